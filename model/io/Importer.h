// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads the files a user opens, recognising each by its shape (docs/CLI.md): task definitions in
// register-task-definition input or describe-task-definition output shape, arrays of either,
// Terraform container_definitions arrays, Rolemap workspaces, and IAM documents. An import succeeds
// whole or throws InputError and yields nothing.

#include "core/Workspace.h"

#include <string>
#include <string_view>
#include <vector>

namespace rolemap {

// ECS's quota of containers per task definition.
inline constexpr size_t kMaxContainersPerTask = 10;

// What a file turned out to be.
enum class FileKind { TaskDefinitions, ContainerDefinitions, Workspace, Iam };

// Reads one document already parsed; `file` names it in errors and warnings.
Workspace importDocument(const Json &document, const std::string &file);

// Parses and reads JSON text.
Workspace importText(std::string_view text, const std::string &file);

// Reads files in order into one workspace; any error leaves nothing imported.
Workspace importFiles(const std::vector<std::string> &paths);

// Recognises a document's shape without reading it; throws InputError when it is none of them.
FileKind recogniseShape(const Json &document, const std::string &file);

// The embedded sample workspace (resources/samples/sample.rolemap.json).
Workspace loadSample();

} // namespace rolemap
