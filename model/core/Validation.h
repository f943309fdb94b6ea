// SPDX-License-Identifier: Apache-2.0
#pragma once
// What ECS accepts in the fields people type: role references, image references, names, network
// modes and launch types. One set of rules, used by the engine (findings on what was loaded), the
// Document (an edit that breaks them is refused) and the property editor (errors as you type).

#include <QString>

#include <string_view>

namespace rolemap {

enum class RoleValueKind {
    Empty,
    RoleArn,     // arn:PARTITION:iam::ACCOUNT:role/NAME
    ShortName,   // a bare name (taskRoleArn accepts one, executionRoleArn does not)
    OtherIamArn, // an IAM ARN, but of a user or a policy
    Placeholder, // a template placeholder ({{EXECUTIONROLEARN}}, ${ROLE}, <role-arn>)
    NotAnArn,
};
RoleValueKind classifyRoleValue(std::string_view value);

// Empty when the value may be written, else why not (translated). A role value is a role ARN (with
// the characters IAM allows), or with `shortNameAllowed` a role name; empty is allowed (no role).
QString roleValueProblem(std::string_view value, bool shortNameAllowed);
// [registry[:port]/]path[:tag][@digest], as Docker reads a reference; a container needs one.
QString imageReferenceProblem(std::string_view value);
QString familyProblem(std::string_view value);
QString containerNameProblem(std::string_view value);
QString networkModeProblem(std::string_view value);
// Launch types separated by commas (EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES).
QString launchTypesProblem(std::string_view value);

} // namespace rolemap
