// SPDX-License-Identifier: Apache-2.0
#pragma once
// One row per operation the selected task definition needs on the selected launch type: who covers
// it, through which role, with what status and actions.

#include "document/Document.h"

#include <QAbstractTableModel>

namespace rolemap {

class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OperationColumn, ContainersColumn, CoveredByColumn, RoleColumn, ViaColumn, StatusColumn, ActionsColumn, ColumnCount };

    CoverageModel(Document *document, ViewContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of an operation, or -1.
    int rowOf(const QString &operation) const;

private:
    void refresh();
    const Coverage *current() const;

    Document *m_document;
    ViewContext *m_context;
    const Coverage *m_coverage = nullptr;
};

} // namespace rolemap
