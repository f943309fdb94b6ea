// SPDX-License-Identifier: Apache-2.0
#include "core/Vocabulary.h"

namespace rolemap {

std::string_view toId(LaunchType t)
{
    switch (t) {
    case LaunchType::Ec2: return "EC2";
    case LaunchType::Fargate: return "FARGATE";
    case LaunchType::External: return "EXTERNAL";
    case LaunchType::ManagedInstances: return "MANAGED_INSTANCES";
    }
    return {};
}

std::string_view toId(RoleKind k)
{
    switch (k) {
    case RoleKind::Instance: return "instance";
    case RoleKind::Execution: return "execution";
    case RoleKind::Task: return "task";
    case RoleKind::Infrastructure: return "infrastructure";
    case RoleKind::ServiceLinked: return "service-linked";
    case RoleKind::AwsManaged: return "aws-managed";
    }
    return {};
}

std::string_view toId(Status s)
{
    switch (s) {
    case Status::Ok: return "ok";
    case Status::Unverified: return "unverified";
    case Status::MissingRole: return "missing-role";
    case Status::NotTrusted: return "not-trusted";
    case Status::NotAllowed: return "not-allowed";
    case Status::Denied: return "denied";
    case Status::Conditional: return "conditional";
    case Status::Unsupported: return "unsupported";
    case Status::AwsManaged: return "aws-managed";
    }
    return {};
}

std::string_view toId(Via v)
{
    return v == Via::Primary ? "primary" : "fallback";
}

std::string_view toId(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return {};
}

std::string_view toId(OperatingSystem os)
{
    return os == OperatingSystem::Windows ? "WINDOWS" : "LINUX";
}

std::optional<OperatingSystem> operatingSystemFromId(std::string_view id)
{
    if (id == "LINUX")
        return OperatingSystem::Linux;
    if (id == "WINDOWS" || id.rfind("WINDOWS_SERVER_", 0) == 0)
        return OperatingSystem::Windows;
    return std::nullopt;
}

std::optional<LaunchType> launchTypeFromId(std::string_view id)
{
    for (LaunchType t : kAllLaunchTypes)
        if (toId(t) == id)
            return t;
    return std::nullopt;
}

std::optional<RoleKind> roleKindFromId(std::string_view id)
{
    for (RoleKind k : kAllRoleKinds)
        if (toId(k) == id)
            return k;
    return std::nullopt;
}

std::string_view taskDefinitionField(RoleKind k)
{
    switch (k) {
    case RoleKind::Execution: return "executionRoleArn";
    case RoleKind::Task: return "taskRoleArn";
    default: return {};
    }
}

} // namespace rolemap
