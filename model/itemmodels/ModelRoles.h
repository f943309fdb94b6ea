#pragma once
// Item-data roles shared by Rolemap's item models, so views can ask any of them the same way.

#include <Qt>

namespace rolemap {

enum ModelRole {
    OperationIdRole = Qt::UserRole + 1, // QString: the operation id of a row or item
    OperationIdsRole,                    // QStringList: the operations a tree item triggers
    TaskDefinitionIndexRole,             // int: index into the workspace's task definitions
    RoleKindRole,                        // QString: role kind id
    StatusRole,                          // QString: status id
    SeverityRole,                        // QString: severity id
    ItemKindRole,                        // QString: cluster | taskDefinition | container | feature | group
    JsonPointerRole,                     // QString: where a deletable feature lives in its task definition
    SortRole,
};

} // namespace rolemap
