// SPDX-License-Identifier: Apache-2.0
#pragma once
// The graph's node ids, built and recognised here and nowhere else. They are stable, so that views,
// tests and exports can find a node again after the graph is rebuilt:
//   actor:agent, actor:ecs, actor:container:NAME        who acts
//   role:KIND, role:KIND:missing                         a role in one task definition's graph
//   role:KIND:ARN                                        a role shared in the cluster overview
//   op:OPERATION, svc:SERVICE                            what is done, and the AWS service it talks to
//   td:LABEL                                             a task definition (TaskDefinition::label())
// Views read a node's typed fields (GraphNode::operation, container, taskDefinition), never its id.

#include "core/Vocabulary.h"

#include <string>

namespace rolemap {

inline std::string agentNodeId()
{
    return "actor:agent";
}
inline std::string ecsServiceNodeId()
{
    return "actor:ecs";
}
inline std::string containerNodeId(const std::string &container)
{
    return "actor:container:" + container;
}
inline std::string roleNodeId(RoleKind kind, bool missing)
{
    return "role:" + std::string(toId(kind)) + (missing ? ":missing" : "");
}
inline std::string sharedRoleNodeId(RoleKind kind, const std::string &roleArn)
{
    return "role:" + std::string(toId(kind)) + ':' + roleArn;
}
inline std::string operationNodeId(const std::string &operation)
{
    return "op:" + operation;
}
inline std::string serviceNodeId(const std::string &service)
{
    return "svc:" + service;
}
inline std::string taskDefinitionNodeId(const std::string &label)
{
    return "td:" + label;
}
inline bool isTaskDefinitionNodeId(const std::string &id)
{
    return id.rfind("td:", 0) == 0;
}

} // namespace rolemap
