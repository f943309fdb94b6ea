// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes task definitions back as JSON without losing a field: the original object, in its key order.

#include "core/TaskDefinition.h"

#include <string>

namespace rolemap {

// The JSON text of a task definition in the shape it was read in (register-task-definition input,
// or describe-task-definition output with its tags), indented by two spaces, ending in a newline.
std::string writeTaskDefinition(const TaskDefinition &td);

} // namespace rolemap
