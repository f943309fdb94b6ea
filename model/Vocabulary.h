#pragma once
// The stable ids of DESIGN §2: launch types, role kinds, statuses, severities.
// They appear in data files, JSON output and tests, so they are spelled in one place only.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace rolemap {

enum class LaunchType { Ec2, Fargate, External, ManagedInstances };
inline constexpr std::array<LaunchType, 4> kAllLaunchTypes = {LaunchType::Ec2, LaunchType::Fargate,
                                                               LaunchType::External, LaunchType::ManagedInstances};

enum class RoleKind { Instance, Execution, Task, Infrastructure, ServiceLinked, AwsManaged };
inline constexpr std::array<RoleKind, 6> kAllRoleKinds = {RoleKind::Instance,       RoleKind::Execution,
                                                          RoleKind::Task,           RoleKind::Infrastructure,
                                                          RoleKind::ServiceLinked, RoleKind::AwsManaged};

enum class Status { Ok, Unverified, MissingRole, NotTrusted, NotAllowed, Denied, Conditional, Unsupported, AwsManaged };

enum class Via { Primary, Fallback };

enum class Severity { Info, Warning, Error };

std::string_view toId(LaunchType);
std::string_view toId(RoleKind);
std::string_view toId(Status);
std::string_view toId(Via);
std::string_view toId(Severity);

std::optional<LaunchType> launchTypeFromId(std::string_view);
std::optional<RoleKind> roleKindFromId(std::string_view);

// The task-definition field that names a role of this kind, or empty when the role does not come
// from the task definition (the host's role, the infrastructure role given at launch, …).
std::string_view taskDefinitionField(RoleKind);

} // namespace rolemap
