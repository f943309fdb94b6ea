// SPDX-License-Identifier: Apache-2.0
#pragma once
// A task definition as Rolemap sees it: the fields that decide which role does what, read from the
// original JSON object, which is kept whole so that saving loses nothing.

#include "core/JsonText.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rolemap {

// A `secrets[]` or `secretOptions[]` entry; `pointer` locates it in the task definition.
struct SecretReference
{
    std::string name;
    std::string valueFrom;
    std::string pointer;
};

struct LogConfiguration
{
    std::string driver;
    std::vector<std::pair<std::string, std::string>> options;
    std::vector<SecretReference> secretOptions;

    const std::string *option(std::string_view key) const;
    const std::string *optionIgnoringCase(std::string_view key) const;
};

struct FirelensConfiguration
{
    std::string type; // fluentbit | fluentd
    std::vector<std::pair<std::string, std::string>> options;

    const std::string *option(std::string_view key) const;
};

struct EnvironmentFile
{
    std::string value;
    std::string type;
    std::string pointer;
};

struct ContainerDefinition
{
    std::string name;
    std::string image;
    std::string repositoryCredentialsParameter;
    std::optional<LogConfiguration> logConfiguration;
    std::optional<FirelensConfiguration> firelensConfiguration;
    std::vector<SecretReference> secrets;
    std::vector<EnvironmentFile> environmentFiles;
    std::vector<std::string> credentialSpecs; // credentialSpecs[] and dockerSecurityOptions "credentialspec:…"
    std::vector<std::string> mountedVolumes;  // mountPoints[].sourceVolume
    std::string pointer;                      // "/containerDefinitions/N"
};

struct EfsVolume
{
    std::string fileSystemId;
    bool iamEnabled = false;
    bool transitEncryption = false;
    std::string accessPointId;
};

struct Volume
{
    std::string name;
    bool configuredAtLaunch = false;
    std::optional<EfsVolume> efs;
    bool fsx = false; // an FSx for Windows File Server volume
    std::string fsxFileSystemId;
    std::string fsxCredentialsParameter;
    std::string pointer;
};

// The shape a task definition was found in, which decides how it is saved back.
enum class TaskDefinitionShape { RegisterInput, DescribeOutput, ContainersOnly };

struct TaskDefinition
{
    std::string family;
    std::optional<long long> revision;
    std::string taskRoleArn;      // empty: not set
    std::string executionRoleArn; // empty: not set
    std::string networkMode;
    std::vector<std::string> requiresCompatibilities;
    std::vector<ContainerDefinition> containers;
    std::vector<Volume> volumes;
    bool hasProxyConfiguration = false;
    std::string operatingSystemFamily; // runtimePlatform.operatingSystemFamily, empty when absent

    Json document;     // the task definition object exactly as read (register-input keys)
    Json describeTags; // describe-task-definition output's "tags", when it had them
    TaskDefinitionShape shape = TaskDefinitionShape::RegisterInput;
    std::string file;    // where it was read from
    std::string pointer; // where in that file ("" for the whole file, "/1/taskDefinition", …)

    // "family:revision", or "family" when the definition has no revision.
    std::string displayName() const;
    // The name reports and diagrams show: the display name, and the file it came from when another
    // task definition of the workspace has the same display name (two revision-less "web" files).
    std::string label() const { return distinguisher.empty() ? displayName() : displayName() + " (" + distinguisher + ')'; }
    std::string distinguisher; // set by the importer for such namesakes
    // The Region the task runs in as far as its fields tell (awslogs-region, the ECR host, the ARNs of
    // its secrets, parameters and credentials), else "".
    std::string inferredRegion() const;
    // The account as far as its fields tell (role ARNs, ECR host), else "".
    std::string inferredAccount() const;
};

// Reads the modelled fields of a task-definition object. Throws ShapeError with a JSON pointer
// (relative to `object`, prefixed by `pointer`) when a field has the wrong type.
TaskDefinition readTaskDefinition(const Json &object, const std::string &pointer);

// Reads a Terraform `container_definitions` array (containers only); `family` names the result.
TaskDefinition readContainerDefinitions(const Json &array, const std::string &family);

} // namespace rolemap
