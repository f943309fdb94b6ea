// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/CoverageModel.h"

#include "core/Arn.h"
#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "itemmodels/ModelRoles.h"
#include "teaching/Explanation.h"

#include <QFont>

namespace rolemap {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &items, const QString &separator = QStringLiteral(", "))
{
    QStringList out;
    for (const std::string &s : items)
        out << q(s);
    return out.join(separator);
}

} // namespace

CoverageModel::CoverageModel(Document *document, ViewContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_context(context)
{
    connect(document, &Document::workspaceReset, this, &CoverageModel::refresh);
    connect(document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (index == m_context->taskDefinition())
            refresh();
    });
    connect(context, &ViewContext::launchTypeChanged, this, &CoverageModel::refresh);
    connect(context, &ViewContext::taskDefinitionChanged, this, &CoverageModel::refresh);
    refresh();
}

const Coverage *CoverageModel::current() const
{
    const int index = m_context->taskDefinition();
    if (index < 0 || index >= m_document->taskDefinitionCount())
        return nullptr;
    return &m_document->coverage(index, m_context->launchType());
}

void CoverageModel::refresh()
{
    beginResetModel();
    m_coverage = current();
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_coverage ? 0 : int(m_coverage->operations.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CoverageModel::rowOf(const QString &operation) const
{
    if (!m_coverage)
        return -1;
    for (size_t i = 0; i < m_coverage->operations.size(); ++i)
        if (q(m_coverage->operations[i].operation) == operation)
            return int(i);
    return -1;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_coverage)
        return {};
    const OperationCoverage &oc = m_coverage->operations[size_t(index.row())];
    const RulesCatalog &catalog = m_document->catalog();
    const CatalogOperation *op = catalog.operation(oc.operation);
    switch (role) {
    case OperationIdRole: return q(oc.operation);
    case RoleKindRole: return oc.coveredBy ? q(std::string(toId(*oc.coveredBy))) : QString();
    case StatusRole: return q(std::string(toId(oc.status)));
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperationColumn:
            return op ? q(op->title.in(currentLanguage())) + (oc.verified ? QString() : QStringLiteral(" \u2020")) : q(oc.operation);
        case ContainersColumn: return joined(oc.containers);
        case CoveredByColumn: return oc.coveredBy ? q(catalog.roleKind(*oc.coveredBy).title.in(currentLanguage())) : tr("nobody");
        case RoleColumn:
            if (!oc.roleArn.empty())
                return q(roleNameOf(oc.roleArn));
            return oc.status == Status::MissingRole ? tr("(none)") : QString();
        case ViaColumn: return oc.via ? (*oc.via == Via::Fallback ? tr("fallback") : tr("primary")) : QString();
        case StatusColumn: return statusTitle(oc.status);
        case ActionsColumn: return joined(oc.actions);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OperationColumn: return q(oc.operation) + QStringLiteral("\n") + q(oc.detail);
        case RoleColumn: return q(oc.roleArn);
        case ActionsColumn:
            return joined(oc.actions, QStringLiteral("\n")) + QStringLiteral("\n\nResources:\n") + joined(oc.resources, QStringLiteral("\n"));
        default: return q(oc.detail);
        }
    case Qt::DecorationRole:
        if (index.column() == CoveredByColumn && oc.coveredBy)
            return roleStyle(*oc.coveredBy).colour;
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            // The verdict's colour; a role that is missing without consequence is not drawn as a failure.
            return onScreen(verdictColour(oc.verdict).isValid() ? verdictColour(oc.verdict)
                            : oc.status == Status::MissingRole  ? statusColour(Status::Unverified)
                                                                : statusColour(oc.status));
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && oc.fails()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (index.column() == ViaColumn && oc.via == Via::Fallback) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperationColumn: return tr("Operation");
    case ContainersColumn: return tr("Containers");
    case CoveredByColumn: return tr("Covered by");
    case RoleColumn: return tr("Role");
    case ViaColumn: return tr("Via");
    case StatusColumn: return tr("Status");
    case ActionsColumn: return tr("Actions");
    }
    return {};
}

} // namespace rolemap
