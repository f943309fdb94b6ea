#include "FindingsModel.h"

#include "Explanation.h"
#include "Translation.h"
#include "ModelRoles.h"
#include "RolePalette.h"

#include <QIcon>

#include <algorithm>

namespace rolemap {

FindingsModel::FindingsModel(Document *document, ViewContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_context(context)
{
    connect(document, &Document::workspaceReset, this, &FindingsModel::refresh);
    connect(document, &Document::taskDefinitionChanged, this, &FindingsModel::refresh);
    connect(context, &ViewContext::launchTypeChanged, this, &FindingsModel::refresh);
    refresh();
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
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.severity > b.severity; });
    endResetModel();
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
        case TaskDefinitionColumn: return QString::fromStdString(m_document->taskDefinition(row.taskDefinition).displayName());
        case OperationColumn: return QString::fromStdString(f.operation);
        case MessageColumn: return QString::fromStdString(f.message);
        }
        break;
    case Qt::ToolTipRole:
        return QString::fromStdString(f.message) + (f.fix.empty() ? QString() : QStringLiteral("\n\n") + tr("Fix: %1").arg(QString::fromStdString(f.fix)));
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromStdString(std::string(toId(f.severity)))));
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

} // namespace rolemap
