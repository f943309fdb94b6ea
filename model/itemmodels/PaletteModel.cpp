// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/PaletteModel.h"

#include "core/Validation.h"

#include <QCoreApplication>

#include <unordered_set>

#include "core/Arn.h"
#include "document/Blocks.h"
#include "itemmodels/ModelRoles.h"

#include "itemmodels/Icons.h"

namespace rolemap {

PaletteModel::PaletteModel(Document *document, QObject *parent) : QAbstractListModel(parent), m_document(document)
{
    connect(document, &Document::workspaceReset, this, &PaletteModel::refresh);
    // Edits that leave roles and names alone change no row here.
    connect(document, &Document::rolesChanged, this, &PaletteModel::refresh);
    refresh();
}

void PaletteModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    for (const Block &b : paletteBlocks())
        m_entries.push_back({QString::fromStdString(b.id), QCoreApplication::translate("Blocks", b.title.c_str()),
                             QCoreApplication::translate("Blocks", b.tooltip.c_str()), QString::fromStdString(b.icon)});
    // Every loaded role, as the kind it is used as.
    std::unordered_set<std::string> seen;
    auto addRole = [&](const std::string &arn, const char *kind, const QString &as) {
        // Only real roles: not a template's placeholder ({{EXECUTIONROLEARN}}), nor a value ECS refuses.
        const RoleValueKind value = classifyRoleValue(arn);
        if (value != RoleValueKind::RoleArn && value != RoleValueKind::ShortName)
            return;
        const std::string id = roleBlockId(kind, arn);
        if (!seen.insert(id).second)
            return;
        m_entries.push_back({QString::fromStdString(id), tr("%1 (%2)").arg(QString::fromStdString(roleNameOf(arn)), as),
                             tr("Drop on a task definition to use %1 as its %2").arg(QString::fromStdString(arn), as), QStringLiteral("secret")});
    };
    const Workspace &ws = m_document->workspace();
    const QString instance = tr("instance role"), execution = tr("execution role"), task = tr("task role");
    for (const Cluster &c : ws.clusters)
        addRole(c.instanceRoleArn, "instance", instance);
    for (const TaskDefinition &td : ws.taskDefinitions) {
        addRole(td.executionRoleArn, "execution", execution);
        addRole(td.taskRoleArn, "task", task);
    }
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return e.title;
    case Qt::ToolTipRole: return e.tooltip;
    case Qt::DecorationRole: return resourceIcon(e.icon);
    case OperationIdRole: return e.id; // the block id
    }
    return {};
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList PaletteModel::mimeTypes() const
{
    return {kBlockMimeType};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    return encodeBlock(m_entries[size_t(indexes.first().row())].id);
}

int PaletteModel::rowOf(const QString &blockId) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == blockId)
            return int(i);
    return -1;
}

} // namespace rolemap
