// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writing Rolemap's own files and task definitions for AWS: the workspace (.rolemap.json, docs/FILES.md)
// and register-task-definition input. Every write is atomic (QSaveFile): a failed save leaves the
// old file as it was.

#include "core/Workspace.h"

#include <map>
#include <string>

namespace rolemap {

// The workspace file's JSON text.
std::string workspaceJson(const Workspace &ws);

// A task definition as register-task-definition input: the original object, in its key order, less
// the fields only describe-task-definition returns; describe output's tags are kept.
Json registerInput(const TaskDefinition &td);

// The fields ECS sets itself and RegisterTaskDefinition does not accept.
const std::vector<std::string> &readOnlyTaskDefinitionFields();

// Writes `text` to `path` atomically. Throws InputError naming the file when it cannot.
void writeFileAtomically(const std::string &path, const std::string &text);

} // namespace rolemap
