// SPDX-License-Identifier: Apache-2.0
#pragma once
// Item-data roles shared by Rolemap's item models, so views can ask any of them the same way.

#include <QObject>

namespace rolemap {
Q_NAMESPACE

// What an item of the workspace tree stands for (ItemKindRole).
enum class ItemKind { Cluster, Group, TaskDefinition, Container, Feature };
Q_ENUM_NS(ItemKind)

enum ModelRole {
    OperationIdRole = Qt::UserRole + 1, // QString: the operation id of a row or item
    OperationIdsRole,                   // QStringList: the operations a tree item triggers
    TaskDefinitionIndexRole,            // int: index into the workspace's task definitions
    RoleKindRole,                       // QString: role kind id
    StatusRole,                         // QString: status id
    SeverityRole,                       // QString: severity id
    ItemKindRole,                       // ItemKind
    JsonPointerRole,                    // QString: where a deletable feature lives in its task definition
    SortRole,
};

} // namespace rolemap
