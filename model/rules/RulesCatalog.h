// SPDX-License-Identifier: Apache-2.0
#pragma once
// The rules catalog (resources/rules/README.md): every fact about which role covers which operation on which launch
// type, loaded from resources/rules/ecs-roles.json and validated, so that the engine stays generic.

#include "core/JsonText.h"
#include "core/LocalizedText.h"
#include "core/Vocabulary.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rolemap {

// An IAM action and the resources it applies to: "*" (any resource), "resource" (the ARNs derived
// from the task definition) or "bucket" (the buckets of the derived S3 objects).
struct ScopedAction
{
    std::string action;
    std::string scope;               // also "cluster" and "container-instance" (ECS ARNs of the host's cluster)
    bool applicationDefined = false; // the application decides the real list (app-aws-api)
    LocalizedText alsoGrantedBy;     // a resource policy that may grant it instead of IAM (empty: none)
};

struct ConditionalActions
{
    std::string when; // a condition name the importer reports (resources/rules/CONDITIONS.md)
    std::vector<ScopedAction> actions;
    std::vector<LaunchType> unverifiedOn; // launch types where this extra need is not documented
};

struct OptionalAction
{
    ScopedAction action;
    LocalizedText why;
};

// A higher minimum version when a condition holds (secrets in secretOptions, FSx with awsvpc, …).
struct ConditionalVersion
{
    std::string when;
    std::string minimumVersion;
};

// A form of the operation that does not exist on this launch type although the operation does.
struct ConditionalUnsupport
{
    std::string when;
    LocalizedText note;
};

// One cell of the operation × launch-type matrix.
struct LaunchTypeRule
{
    bool supported = false;
    std::optional<RoleKind> primary;
    std::optional<RoleKind> fallback;
    std::string minimumVersion;
    bool verified = false;
    LocalizedText note;
    std::vector<std::string> sources;
    // How a fallback, or a missing role, is reported (defaults: info, error).
    Severity fallbackSeverity = Severity::Info;
    LocalizedText fallbackAdvice;
    Severity missingSeverity = Severity::Error;
    // Host network mode: instance metadata cannot be blocked, so the advice differs.
    LocalizedText fallbackAdviceHostNetwork;
    // What RegisterTaskDefinition answers when the primary role is missing (before anything runs).
    LocalizedText registrationError;
    std::vector<std::string> withoutActions; // base actions that do not apply here
    std::vector<ConditionalVersion> conditionalVersions;
    std::vector<ConditionalUnsupport> unsupportedWhen;
};

struct CatalogOperation
{
    std::string id;
    LocalizedText title;
    LocalizedText explanation;
    std::string trigger;
    std::string service;
    std::string actor;
    std::vector<ScopedAction> actions;
    std::vector<ConditionalActions> conditionalActions;
    std::vector<OptionalAction> optionalActions;
    LocalizedText error;
    std::vector<std::string> sources;
    std::array<LaunchTypeRule, 4> launchTypes;
    // Cells that differ by operating system ("operatingSystems" in the catalog), merged over the cell.
    std::array<std::array<std::optional<LaunchTypeRule>, 2>, 4> byOperatingSystem;

    const LaunchTypeRule &on(LaunchType t) const { return launchTypes[size_t(t)]; }
    const LaunchTypeRule &on(LaunchType t, OperatingSystem os) const
    {
        const auto &rule = byOperatingSystem[size_t(t)][size_t(os)];
        return rule ? *rule : launchTypes[size_t(t)];
    }
    bool dependsOnOperatingSystem(LaunchType t) const
    {
        return byOperatingSystem[size_t(t)][0].has_value() || byOperatingSystem[size_t(t)][1].has_value();
    }
    // The base actions plus those whose condition holds, without duplicates, in catalog order.
    std::vector<ScopedAction> actionsFor(const std::vector<std::string> &conditions) const;
    // The same, less the cell's withoutActions.
    std::vector<ScopedAction> actionsFor(const std::vector<std::string> &conditions, const LaunchTypeRule &cell) const;
    // The conditional actions that hold, alone (what a fallback role needs beyond the usual).
    std::vector<ScopedAction> conditionalActionsFor(const std::vector<std::string> &conditions) const;
    // False when a condition that holds adds a need the sources do not state for this launch type.
    bool conditionsVerified(const std::vector<std::string> &conditions, LaunchType t) const;
};

struct RoleKindInfo
{
    RoleKind kind = RoleKind::AwsManaged;
    LocalizedText title;
    std::string field;
    std::string trustDefault;
    std::map<LaunchType, std::string> trustByLaunchType;

    const std::string &trustedPrincipal(LaunchType t) const;
};

struct Source
{
    std::string id;
    std::string url;
    std::string title;
};

class RulesCatalog
{
public:
    // Validates and loads a catalog document; `label` names it in errors. Throws InputError naming
    // the entry at fault (unknown role kind or launch type, operation without sources or actions, …).
    static RulesCatalog fromJson(const Json &document, const std::string &label);

    // The catalog compiled into the program (:/rules/ecs-roles.json), loaded once.
    static const RulesCatalog &builtIn();

    const std::vector<CatalogOperation> &operations() const { return m_operations; }
    const CatalogOperation *operation(std::string_view id) const;
    const RoleKindInfo &roleKind(RoleKind kind) const { return m_roleKinds[size_t(kind)]; }
    const LocalizedText &launchTypeTitle(LaunchType t) const { return m_launchTypeTitles[size_t(t)]; }
    const Source *source(std::string_view id) const;
    // The display name of an AWS service id ("ecr" → "Amazon ECR"); the id itself when unknown.
    LocalizedText serviceTitle(std::string_view id) const;
    // True when the catalog attaches actions to this condition name.
    bool hasCondition(std::string_view name) const { return m_conditions.count(name) > 0; }
    // The URL of the first source of a cell (or of the operation when the cell has none).
    std::string primarySourceUrl(const CatalogOperation &op, LaunchType t) const;
    std::string primarySourceUrl(const CatalogOperation &op, const LaunchTypeRule &cell) const;

private:
    std::vector<CatalogOperation> m_operations;
    std::array<RoleKindInfo, 6> m_roleKinds;
    std::array<LocalizedText, 4> m_launchTypeTitles;
    std::map<std::string, Source, std::less<>> m_sources;
    std::map<std::string, std::string, std::less<>> m_conditions;
    std::map<std::string, LocalizedText, std::less<>> m_services;
};

// The operation ids of docs/VOCABULARY.md, in their canonical order.
const std::vector<std::string> &knownOperationIds();

} // namespace rolemap
