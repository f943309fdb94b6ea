// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/ComparisonModel.h"

#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "itemmodels/ModelRoles.h"
#include "report/CatalogReport.h"

#include <QFont>

namespace rolemap {

ComparisonModel::ComparisonModel(Document *document, ViewContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_context(context)
{
    connect(document, &Document::workspaceReset, this, &ComparisonModel::refreshNeeded);
    connect(document, &Document::taskDefinitionChanged, this, &ComparisonModel::refreshNeeded);
    connect(context, &ViewContext::taskDefinitionChanged, this, &ComparisonModel::refreshNeeded);
    connect(context, &ViewContext::launchTypeChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
        refreshNeeded();
    });
    refreshNeeded();
}

void ComparisonModel::refreshNeeded()
{
    m_needed.clear();
    const int index = m_context->taskDefinition();
    if (index >= 0 && index < m_document->taskDefinitionCount())
        for (const OperationCoverage &oc : m_document->coverage(index, m_context->launchType()).operations)
            m_needed << QString::fromStdString(oc.operation);
    if (rowCount() > 0)
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->catalog().operations().size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(kAllLaunchTypes.size());
}

bool ComparisonModel::differsFromEc2(int row, LaunchType t) const
{
    const CatalogOperation &op = m_document->catalog().operations().at(size_t(row));
    const LaunchTypeRule &a = op.on(LaunchType::Ec2);
    const LaunchTypeRule &b = op.on(t);
    return a.supported != b.supported || a.primary != b.primary || a.fallback != b.fallback;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RulesCatalog &catalog = m_document->catalog();
    const CatalogOperation &op = catalog.operations().at(size_t(index.row()));
    const QString id = QString::fromStdString(op.id);
    if (role == OperationIdRole)
        return id;
    if (role == Qt::FontRole && m_needed.contains(id)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QString::fromStdString(op.title.in(currentLanguage()));
        if (role == Qt::ToolTipRole)
            return id + QStringLiteral("\n") + QString::fromStdString(op.explanation.in(currentLanguage()));
        return {};
    }
    const LaunchType t = kAllLaunchTypes[size_t(index.column() - 1)];
    const LaunchTypeRule &rule = op.on(t);
    switch (role) {
    case Qt::DisplayRole: {
        if (!rule.supported)
            return tr("not supported");
        QString text = QString::fromStdString(catalog.roleKind(*rule.primary).title.in(currentLanguage()));
        if (rule.fallback)
            text += QStringLiteral(" \u2192 ") + QString::fromStdString(catalog.roleKind(*rule.fallback).title.in(currentLanguage()));
        return text + (rule.verified ? QString() : QStringLiteral(" \u2020"));
    }
    case Qt::ToolTipRole: {
        QString tip = QString::fromStdString(rule.note.in(currentLanguage()));
        if (!rule.minimumVersion.empty())
            tip += QStringLiteral("\n") + tr("Minimum: %1").arg(QString::fromStdString(rule.minimumVersion));
        if (!rule.verified)
            tip += QStringLiteral("\n") + tr("Not verified: AWS does not document this directly.");
        return tip.trimmed();
    }
    case Qt::DecorationRole: return rule.supported ? QVariant(roleStyle(*rule.primary).colour) : QVariant();
    case Qt::BackgroundRole:
        if (differsFromEc2(index.row(), t))
            return QColor(255, 214, 102, 110); // translucent amber: readable on light and dark palettes
        break;
    case Qt::ForegroundRole:
        if (!rule.supported)
            return QColor(Qt::gray);
        break;
    case RoleKindRole: return rule.primary ? QString::fromStdString(std::string(toId(*rule.primary))) : QString();
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Operation") : QVariant();
    const LaunchType t = kAllLaunchTypes[size_t(section - 1)];
    if (role == Qt::DisplayRole)
        return QString::fromStdString(m_document->catalog().launchTypeTitle(t).in(currentLanguage()));
    if (role == Qt::FontRole && t == m_context->launchType()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

} // namespace rolemap
