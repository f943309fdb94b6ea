// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RolesModel.h"

#include "core/Arn.h"
#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "itemmodels/ModelRoles.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace rolemap {

RolesModel::RolesModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::workspaceReset, this, &RolesModel::refresh);
    // Edits that leave roles and names alone change no row here.
    connect(document, &Document::rolesChanged, this, &RolesModel::refresh);
    refresh();
}

void RolesModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    // Hashed look-ups: a whole account names each role from hundreds of task definitions.
    std::unordered_map<std::string, size_t> rowOf;
    std::vector<std::unordered_set<QString>> users;
    auto add = [&](const std::string &arn, RoleKind kind, const QString &user) {
        if (arn.empty())
            return;
        auto [it, added] = rowOf.try_emplace(arn, m_rows.size());
        if (added) {
            m_rows.push_back(Row{arn, {}, {}});
            users.emplace_back();
        }
        Row &row = m_rows[it->second];
        if (std::find(row.kinds.begin(), row.kinds.end(), kind) == row.kinds.end())
            row.kinds.push_back(kind);
        if (users[it->second].insert(user).second)
            row.usedBy << user;
    };
    const Workspace &ws = m_document->workspace();
    for (const Cluster &c : ws.clusters)
        add(c.instanceRoleArn, RoleKind::Instance, tr("cluster %1").arg(QString::fromStdString(c.name)));
    for (const TaskDefinition &td : ws.taskDefinitions) {
        const QString name = QString::fromStdString(td.displayName());
        add(td.executionRoleArn, RoleKind::Execution, name);
        add(td.taskRoleArn, RoleKind::Task, name);
    }
    endResetModel();
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const RulesCatalog &catalog = m_document->catalog();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return QString::fromStdString(roleNameOf(row.arn));
        case KindColumn: {
            QStringList kinds;
            for (RoleKind k : row.kinds)
                kinds << QString::fromStdString(catalog.roleKind(k).title.in(currentLanguage()));
            return kinds.join(QStringLiteral(", "));
        }
        case UsedByColumn: return row.usedBy.join(QStringLiteral(", "));
        case ArnColumn: return QString::fromStdString(row.arn);
        }
        break;
    case Qt::ToolTipRole: return QString::fromStdString(row.arn);
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return roleStyle(row.kinds.front()).colour;
        break;
    case RoleKindRole: return QString::fromStdString(std::string(toId(row.kinds.front())));
    }
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Role");
    case KindColumn: return tr("Used as");
    case UsedByColumn: return tr("Used by");
    case ArnColumn: return tr("ARN");
    }
    return {};
}

} // namespace rolemap
