// SPDX-License-Identifier: Apache-2.0
#pragma once
// The stable ids of docs/VOCABULARY.md: launch types, role kinds, statuses, severities.
// They appear in data files, JSON output and tests, so they are spelled in one place only.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace rolemap {

enum class LaunchType { Ec2, Fargate, External, ManagedInstances };
inline constexpr std::array<LaunchType, 4> kAllLaunchTypes = {LaunchType::Ec2, LaunchType::Fargate, LaunchType::External,
                                                              LaunchType::ManagedInstances};

enum class RoleKind { Instance, Execution, Task, Infrastructure, ServiceLinked, AwsManaged };
inline constexpr std::array<RoleKind, 6> kAllRoleKinds = {RoleKind::Instance,       RoleKind::Execution,     RoleKind::Task,
                                                          RoleKind::Infrastructure, RoleKind::ServiceLinked, RoleKind::AwsManaged};

enum class Status { Ok, Unverified, MissingRole, NotTrusted, NotAllowed, Denied, Conditional, Unsupported, AwsManaged };

enum class Via { Primary, Fallback };

enum class Severity { Info, Warning, Error };

// The container operating system a task runs (runtimePlatform.operatingSystemFamily): some facts
// differ between Linux and Windows containers. Every WINDOWS_SERVER_* family is Windows.
enum class OperatingSystem { Linux, Windows };
inline constexpr std::array<OperatingSystem, 2> kAllOperatingSystems = {OperatingSystem::Linux, OperatingSystem::Windows};

std::string_view toId(LaunchType);
std::string_view toId(RoleKind);
std::string_view toId(Status);
std::string_view toId(Via);
std::string_view toId(Severity);
std::string_view toId(OperatingSystem);

std::optional<LaunchType> launchTypeFromId(std::string_view);
std::optional<RoleKind> roleKindFromId(std::string_view);
// "LINUX", "WINDOWS" (the catalog's ids) and runtimePlatform's families ("WINDOWS_SERVER_2022_CORE", …).
std::optional<OperatingSystem> operatingSystemFromId(std::string_view);

// The task-definition field that names a role of this kind, or empty when the role does not come
// from the task definition (the host's role, the infrastructure role given at launch, …).
std::string_view taskDefinitionField(RoleKind);

} // namespace rolemap
