// SPDX-License-Identifier: Apache-2.0
#pragma once
// The whiteboard table, generated from the catalog: one row per operation, one column per launch
// type, each cell the covering role (and fallback); cells that differ from EC2 are highlighted, and
// the operations the selected task definition needs are in bold.

#include "document/Document.h"

#include <QAbstractTableModel>

namespace rolemap {

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ComparisonModel(Document *document, ViewContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // True when the cell's rule differs from the EC2 cell of the same operation.
    bool differsFromEc2(int row, LaunchType launchType) const;

private:
    void refreshNeeded();

    Document *m_document;
    ViewContext *m_context;
    QStringList m_needed; // operations of the selected task definition
};

} // namespace rolemap
