// SPDX-License-Identifier: Apache-2.0
#pragma once
// The palette's building blocks and what each does to a task definition's JSON. Blocks only add
// to the user's object (keys they do not touch keep their values and order).

#include "core/JsonText.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rolemap {

struct Block
{
    std::string id;
    std::string title;
    std::string tooltip;
    std::string icon;
    bool needsContainer = false; // applies to a container (dropped on a task: its first container)
};

// Container, logging, secrets, files, volumes, ECS Exec and the two "new role" blocks, in palette order.
const std::vector<Block> &paletteBlocks();
const Block *findBlock(const std::string &id);

// Role blocks name an existing role: "role:KIND:ARN" (KIND: task, execution or instance).
std::string roleBlockId(const std::string &kind, const std::string &arn);
// The role kind ("task", "execution", "instance") and ARN a role block carries, read back from its id.
struct RoleBlock
{
    std::string kind;
    std::string arn;
};
std::optional<RoleBlock> roleOfBlock(const std::string &blockId);

// Where a block lands.
struct BlockTarget
{
    int container = -1; // -1: the task definition
};

// The task definition after the block, or the reason it cannot apply.
std::variant<Json, std::string> applyBlock(const std::string &blockId, const Json &taskDefinition, BlockTarget target);

// A container name not used yet in the task definition ("app", "app-2", …).
std::string uniqueContainerName(const Json &taskDefinition, const std::string &base);

} // namespace rolemap
