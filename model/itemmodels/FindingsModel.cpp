// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/FindingsModel.h"

#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "itemmodels/ModelRoles.h"
#include "teaching/Explanation.h"

#include "itemmodels/Icons.h"

#include <algorithm>

namespace rolemap {

FindingsModel::FindingsModel(Document *document, ViewContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_context(context)
{
    connect(document, &Document::workspaceReset, this, &FindingsModel::refresh);
    connect(document, &Document::taskDefinitionChanged, this, &FindingsModel::taskDefinitionChanged);
    connect(context, &ViewContext::launchTypeChanged, this, &FindingsModel::refresh);
    refresh();
}

bool FindingsModel::Row::operator<(const Row &other) const
{
    // Errors first; within a severity, in the workspace's order.
    if (severity != other.severity)
        return severity > other.severity;
    return std::pair(taskDefinition, finding) < std::pair(other.taskDefinition, other.finding);
}

void FindingsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_document->taskDefinitionCount(); ++i) {
        const std::vector<Finding> &findings = m_document->coverage(i, m_context->launchType()).findings;
        for (size_t f = 0; f < findings.size(); ++f)
            m_rows.push_back({i, int(f), findings[f].severity});
    }
    std::sort(m_rows.begin(), m_rows.end());
    endResetModel();
}

void FindingsModel::taskDefinitionChanged(int index)
{
    if (index < 0 || index >= m_document->taskDefinitionCount()) {
        refresh();
        return;
    }
    // One task definition's rows leave and its new ones come in: views keep their scroll position,
    // selection and column widths, and a whole account's table is not laid out again.
    auto ofTask = [index](const Row &r) { return r.taskDefinition == index; };
    for (auto first = std::find_if(m_rows.begin(), m_rows.end(), ofTask); first != m_rows.end(); first = std::find_if(first, m_rows.end(), ofTask)) {
        const auto last = std::find_if_not(first, m_rows.end(), ofTask); // a severity's rows of a task are adjacent
        const int from = int(first - m_rows.begin());
        beginRemoveRows({}, from, int(last - m_rows.begin()) - 1);
        first = m_rows.erase(first, last);
        endRemoveRows();
    }
    const std::vector<Finding> &findings = m_document->coverage(index, m_context->launchType()).findings;
    std::vector<Row> fresh;
    for (size_t f = 0; f < findings.size(); ++f)
        fresh.push_back({index, int(f), findings[f].severity});
    std::sort(fresh.begin(), fresh.end());
    for (auto first = fresh.begin(); first != fresh.end();) {
        const auto last = std::find_if(first, fresh.end(), [&](const Row &r) { return r.severity != first->severity; });
        const int at = int(std::lower_bound(m_rows.begin(), m_rows.end(), *first) - m_rows.begin());
        beginInsertRows({}, at, at + int(last - first) - 1);
        m_rows.insert(m_rows.begin() + at, first, last);
        endInsertRows();
        first = last;
    }
}

int FindingsModel::count(Severity severity) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *FindingsModel::findingOf(const Row &row) const
{
    if (row.taskDefinition >= m_document->taskDefinitionCount())
        return nullptr; // between a change and the refresh it announces
    const std::vector<Finding> &findings = m_document->coverage(row.taskDefinition, m_context->launchType()).findings;
    return size_t(row.finding) < findings.size() ? &findings[size_t(row.finding)] : nullptr;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Finding *found = findingOf(row);
    if (!found)
        return {};
    const Finding &f = *found;
    switch (role) {
    case TaskDefinitionIndexRole: return row.taskDefinition;
    case OperationIdRole: return QString::fromStdString(f.operation);
    case SeverityRole: return QString::fromStdString(std::string(toId(f.severity)));
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityTitle(f.severity);
        // The label tells namesakes apart (their files); the operation by its title, not its id.
        case TaskDefinitionColumn: return QString::fromStdString(m_document->taskDefinition(row.taskDefinition).label());
        case OperationColumn: {
            const CatalogOperation *op = m_document->catalog().operation(f.operation);
            return op ? QString::fromStdString(op->title.in(currentLanguage())) : QString::fromStdString(f.operation);
        }
        case MessageColumn: return QString::fromStdString(f.message);
        }
        break;
    case Qt::ToolTipRole:
        return QString::fromStdString(f.message) +
               (f.fix.empty() ? QString() : QStringLiteral("\n\n") + tr("Fix: %1").arg(QString::fromStdString(f.fix)));
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return resourceIcon(QString::fromLatin1(toId(f.severity)));
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TaskDefinitionColumn: return tr("Task definition");
    case OperationColumn: return tr("Operation");
    case MessageColumn: return tr("Message");
    }
    return {};
}

void FindingsFilter::setMinimumSeverity(Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString id = sourceModel()->index(sourceRow, 0, sourceParent).data(SeverityRole).toString();
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error})
        if (id == QLatin1String(toId(s).data(), qsizetype(toId(s).size())))
            return int(s) >= int(m_minimum);
    return true;
}

} // namespace rolemap
