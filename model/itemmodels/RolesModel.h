// SPDX-License-Identifier: Apache-2.0
#pragma once
// The roles the workspace names: each role ARN with the kinds it is used as and the task
// definitions (or clusters) that use it.

#include "document/Document.h"

#include <QAbstractTableModel>

namespace rolemap {

class RolesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, UsedByColumn, ArnColumn, ColumnCount };

    explicit RolesModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::string arn;
        std::vector<RoleKind> kinds;
        QStringList usedBy;
    };
    void refresh();

    Document *m_document;
    std::vector<Row> m_rows;
};

} // namespace rolemap
