// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every finding of every task definition on the selected launch type: errors first.

#include "document/Document.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rolemap {

// The findings at or above a severity (the Findings dock's filter).
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severity m_minimum = Severity::Info;
};

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TaskDefinitionColumn, OperationColumn, MessageColumn, ColumnCount };

    FindingsModel(Document *document, ViewContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count(Severity severity) const;

private:
    // Rows point into the document's coverage of the launch type shown (kept while it is shown),
    // so a whole account's findings cost a few bytes each.
    struct Row
    {
        int taskDefinition;
        int finding;
        Severity severity;
        bool operator<(const Row &other) const;
    };
    void refresh();
    void taskDefinitionChanged(int index);
    const Finding *findingOf(const Row &row) const;

    Document *m_document;
    ViewContext *m_context;
    std::vector<Row> m_rows;
};

} // namespace rolemap
