// SPDX-License-Identifier: Apache-2.0
#include "engine/CoverageEngine.h"
#include "core/Validation.h"

#include "core/Arn.h"
#include "core/Strings.h"
#include "core/Translation.h"
#include "engine/OperatingSystemGuess.h"
#include "engine/OperationDetector.h"
#include "iam/IamData.h"

#include <QCoreApplication>

#include <algorithm>

#include "core/Ascii.h"

namespace rolemap {

bool Coverage::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

const OperationCoverage *Coverage::operation(std::string_view id) const
{
    for (const OperationCoverage &op : operations)
        if (op.operation == id)
            return &op;
    return nullptr;
}

namespace {

// The engine's sentences go through Qt's translation like every other user-visible string; the
// catalog's own texts follow the same language.
struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(EngineText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string withArticle(const std::string &noun)
{
    if (currentLanguage() != Language::English)
        return noun;
    const bool vowel = !noun.empty() && std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + noun;
}

std::string lowerFirst(std::string s)
{
    // Keep acronyms and names ("ECS Exec", "AWS …") as they are; other languages have no case.
    if (currentLanguage() == Language::English && s.size() > 1 && isAsciiLower(s[1]))
        s[0] = asciiLower(s[0]);
    return s;
}

// "the repository is …" → "The repository is ….": notes are written as clauses.
std::string sentence(std::string s)
{
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xe3\x80\x82") == 0) // ends with "。"
        return s;
    if (currentLanguage() == Language::Japanese)
        return s + "\xe3\x80\x82";
    if (!s.empty())
        s[0] = asciiUpper(s[0]);
    return s + '.';
}

std::string containerClause(const std::vector<std::string> &containers)
{
    if (containers.empty())
        return {};
    return s8(containers.size() == 1 ? EngineText::tr(" (container %1)").arg(q(joinStrings(containers)))
                                     : EngineText::tr(" (containers %1)").arg(q(joinStrings(containers))));
}

class Engine
{
public:
    Engine(const TaskDefinition &td, LaunchType lt, const CoverageOptions &options, const RulesCatalog &catalog)
        : m_td(td), m_lt(lt), m_os(guessOperatingSystem(td)), m_region(options.region.empty() ? td.inferredRegion() : options.region),
          m_options(options), m_catalog(catalog)
    {
    }

    Coverage run()
    {
        Coverage cov;
        cov.taskDefinition = m_td.label();
        cov.file = m_td.file;
        cov.launchType = m_lt;
        cov.operatingSystem = m_os.os;
        cov.operatingSystemAssumed = m_os.assumed();
        cov.operatingSystemReason = operatingSystemReason();
        cov.roles = {roleFor(RoleKind::Execution), roleFor(RoleKind::Task), roleFor(RoleKind::Instance)};
        checkRoleValues(cov);
        checkLaunchTypes(cov);
        if (m_options.iam) {
            checkRoleUse(cov);
            checkInstanceRoleExposure(cov);
        }
        const Detection detection = detectOperations(m_td, m_lt, m_options, m_catalog);
        for (const CatalogOperation &op : m_catalog.operations())
            if (const NeededOperation *needed = detection.find(op.id))
                cov.operations.push_back(cover(op, *needed, cov.findings));
        cov.findings.insert(cov.findings.end(), detection.findings.begin(), detection.findings.end());
        for (OperationCoverage &oc : cov.operations)
            for (const Finding &f : cov.findings)
                if (f.operation == oc.operation && (!oc.verdict || f.severity > *oc.verdict))
                    oc.verdict = f.severity;
        return cov;
    }

private:
    std::string operatingSystemReason() const
    {
        const QString os = m_os.os == OperatingSystem::Windows ? EngineText::tr("Windows") : EngineText::tr("Linux");
        switch (m_os.evidence) {
        case OperatingSystemEvidence::Platform: return s8(EngineText::tr("%1: runtimePlatform.operatingSystemFamily is %2").arg(os, q(m_os.detail)));
        case OperatingSystemEvidence::FsxVolume:
            return s8(EngineText::tr("%1, assumed: volume \"%2\" is an FSx for Windows File Server volume").arg(os, q(m_os.detail)));
        case OperatingSystemEvidence::WindowsImage: return s8(EngineText::tr("%1, assumed: the image %2 is a Windows image").arg(os, q(m_os.detail)));
        case OperatingSystemEvidence::CredentialSpec:
            return s8(EngineText::tr("%1, assumed: container \"%2\" has a domain-joined gMSA credential spec").arg(os, q(m_os.detail)));
        case OperatingSystemEvidence::Default: break;
        }
        return s8(EngineText::tr("%1, assumed: runtimePlatform.operatingSystemFamily is not set").arg(os));
    }

    bool hostNetwork() const { return m_td.networkMode == "host"; }

    std::string roleFor(RoleKind kind) const
    {
        const RoleOverrides &o = m_options.overrides;
        switch (kind) {
        case RoleKind::Execution: return o.execution ? *o.execution : m_td.executionRoleArn;
        case RoleKind::Task: return o.task ? *o.task : m_td.taskRoleArn;
        case RoleKind::Instance: return o.instance ? *o.instance : std::string();
        default: return {};
        }
    }

    const std::string &roleTitle(RoleKind kind) const { return m_catalog.roleKind(kind).title.in(m_language); }
    const std::string &launchTypeTitle() const { return m_catalog.launchTypeTitle(m_lt).in(m_language); }

    void checkRoleValues(Coverage &cov) const
    {
        for (RoleKind kind : {RoleKind::Execution, RoleKind::Task}) {
            const std::string value = roleFor(kind);
            const RoleValueKind valueKind = classifyRoleValue(value);
            if (valueKind == RoleValueKind::Empty || valueKind == RoleValueKind::RoleArn)
                continue;
            const std::string field(taskDefinitionField(kind));
            const bool placeholder = valueKind == RoleValueKind::Placeholder;
            if (valueKind == RoleValueKind::OtherIamArn) {
                // An ARN, of a user or a policy: not "not an ARN", but not a role either.
                const std::string resource = parseArn(value)->resource;
                cov.findings.push_back({Severity::Error,
                                        {},
                                        s8(EngineText::tr("%1 \"%2\" is an IAM ARN but not a role's (%3): ECS can only use a role")
                                               .arg(q(field), q(value), q(resource.substr(0, resource.find('/'))))),
                                        s8(EngineText::tr("Use a role's ARN, arn:aws:iam::ACCOUNT:role/NAME.")),
                                        m_td.pointer + '/' + field});
                continue;
            }
            // taskRoleArn takes "the short name or full ARN" (RegisterTaskDefinition); executionRoleArn an ARN.
            if (kind == RoleKind::Task && valueKind == RoleValueKind::ShortName)
                continue;
            cov.findings.push_back(
                {Severity::Warning,
                 {},
                 s8((placeholder ? EngineText::tr("%1 \"%2\" is not an ARN (it looks like a template placeholder): Rolemap keeps it as "
                                                  "written and treats the role as set, but AWS would reject it")
                                 : EngineText::tr("%1 \"%2\" is not an ARN: Rolemap keeps it as written and treats the role as set, "
                                                  "but AWS would reject it"))
                        .arg(q(field), q(value))),
                 s8(EngineText::tr("Replace it with the role's ARN, arn:aws:iam::ACCOUNT:role/NAME.")),
                 m_td.pointer + '/' + field});
        }
    }

    // Findings about how roles are used, from the loaded IAM data.
    void checkRoleUse(Coverage &cov) const
    {
        const std::string exec = roleFor(RoleKind::Execution);
        const std::string task = roleFor(RoleKind::Task);
        if (!exec.empty() && exec == task)
            cov.findings.push_back({Severity::Warning,
                                    {},
                                    s8(EngineText::tr("the same role is the execution role and the task role: the application gets every "
                                                      "permission the agent needs (registry and secret access included)")),
                                    s8(EngineText::tr("Use two roles: an execution role for pulls, logs and secrets, and a task role with only "
                                                      "what the application calls.")),
                                    m_td.pointer + "/taskRoleArn"});
        for (RoleKind kind : {RoleKind::Execution, RoleKind::Task}) {
            const std::string arn = roleFor(kind);
            if (arn.empty())
                continue;
            const IamRole *role = m_options.iam->role(arn);
            const std::string field(taskDefinitionField(kind));
            if (!role) {
                if (!m_options.iam->empty())
                    cov.findings.push_back(
                        {Severity::Warning,
                         {},
                         s8(EngineText::tr("%1 %2 is not in the loaded IAM data").arg(q(field), q(arn))),
                         s8(EngineText::tr("Load the account's IAM data (aws iam get-account-authorization-details) or check the ARN.")),
                         m_td.pointer + '/' + field});
                continue;
            }
            for (const PolicyDocument *p : m_options.iam->permissionsOf(*role))
                for (const Statement &s : p->statements)
                    if (s.allow && s.conditionKeys.empty() && std::find(s.resources.begin(), s.resources.end(), "*") != s.resources.end() &&
                        !s.notResource && (s.notAction || std::find(s.actions.begin(), s.actions.end(), "*") != s.actions.end()))
                        cov.findings.push_back(
                            {Severity::Warning,
                             {},
                             s8((s.notAction ? EngineText::tr("%1 (%2) allows everything but a few actions on every resource (%3)")
                                             : EngineText::tr("%1 (%2) allows every action on every resource (%3)"))
                                    .arg(q(role->name), q(field), q(s.name()))),
                             s8(EngineText::tr("Replace it with the actions this task needs: rolemap policy --role %1 prints them.")
                                    .arg(q(std::string(toId(kind))))),
                             {}});
            if (kind == RoleKind::Task && evaluateTrust(role->trust, "ec2.amazonaws.com").decision == Decision::Allowed &&
                evaluateTrust(role->trust, "ecs-tasks.amazonaws.com").decision != Decision::Allowed)
                cov.findings.push_back(
                    {Severity::Error,
                     {},
                     s8(EngineText::tr("%1 is set as the task role but is trusted by ec2.amazonaws.com, not by ecs-tasks.amazonaws.com "
                                       "(an instance role?): ECS cannot assume it for the task")
                            .arg(q(role->name))),
                     s8(EngineText::tr("Use a role that trusts ecs-tasks.amazonaws.com.")),
                     m_td.pointer + "/taskRoleArn"});
        }
    }

    // EC2 without a task role: containers reach the instance role through IMDS, and with it every
    // permission given to the host beyond what the agent needs.
    void checkInstanceRoleExposure(Coverage &cov) const
    {
        if (m_lt != LaunchType::Ec2 || !roleFor(RoleKind::Task).empty() || roleFor(RoleKind::Instance).empty())
            return;
        const IamRole *role = m_options.iam->role(roleFor(RoleKind::Instance));
        if (!role)
            return;
        std::vector<std::string> extra;
        for (const PolicyDocument &p : role->inlinePolicies)
            extra.push_back(p.name);
        for (const std::string &arn : role->attachedPolicyArns)
            if (!builtInManagedPolicies().count(arn))
                extra.push_back(roleNameOf(arn));
        if (extra.empty())
            return;
        cov.findings.push_back(
            {Severity::Warning,
             "app-aws-api",
             s8(EngineText::tr("without a task role, the containers can use %1's other permissions through instance metadata (%2)")
                    .arg(q(role->name), q(joinStrings(extra)))),
             hostNetwork()
                 ? s8(EngineText::tr("Give the task its own task role. In host network mode the containers share the host's "
                                     "network, so instance metadata cannot be blocked for them (neither the agent's awsvpc blocking "
                                     "setting nor an iptables rule applies): keep the instance role to what the agent needs."))
                 : s8(EngineText::tr("Give the task its own task role and block instance metadata for containers (ECS_AWSVPC_BLOCK_IMDS=true, "
                                     "or an iptables DROP of 169.254.169.254 for bridge networking).")),
             {}});
    }

    void checkLaunchTypes(Coverage &cov) const
    {
        for (size_t i = 0; i < m_td.requiresCompatibilities.size(); ++i) {
            const std::string &value = m_td.requiresCompatibilities[i];
            if (!launchTypeFromId(value))
                cov.findings.push_back(
                    {Severity::Warning,
                     {},
                     s8(EngineText::tr("requiresCompatibilities lists \"%1\", which is not a launch type: it is ignored").arg(q(value))),
                     s8(EngineText::tr("Use EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES.")),
                     m_td.pointer + "/requiresCompatibilities/" + std::to_string(i)});
        }
    }

    std::string actionList(const std::vector<ScopedAction> &actions) const
    {
        std::vector<std::string> names;
        for (const ScopedAction &a : actions)
            names.push_back(a.applicationDefined ? s8(EngineText::tr("the AWS actions the application calls")) : a.action);
        return joinStrings(names);
    }

    std::string fixFor(RoleKind kind, const std::vector<ScopedAction> &actions) const
    {
        const RoleKindInfo &info = m_catalog.roleKind(kind);
        const std::string field(taskDefinitionField(kind));
        if (actions.empty())
            return s8(EngineText::tr("Add %1 with a role that trusts %2.").arg(q(field), q(info.trustedPrincipal(m_lt))));
        return s8(
            EngineText::tr("Add %1 with a role that trusts %2 and allows %3.").arg(q(field), q(info.trustedPrincipal(m_lt)), q(actionList(actions))));
    }

    // "ECS agent 1.27.0" > "ECS agent 1.23.0": versions of one kind compare by their numbers.
    static bool versionBelow(const std::string &a, const std::string &b)
    {
        auto numbers = [](const std::string &v) {
            std::vector<int> out;
            const size_t start = v.find_first_of("0123456789");
            if (start == std::string::npos)
                return out;
            size_t i = start;
            while (i < v.size()) {
                size_t end = i;
                while (end < v.size() && isAsciiDigit(v[end]))
                    ++end;
                if (end == i)
                    break;
                out.push_back(std::atoi(v.substr(i, end - i).c_str()));
                if (end >= v.size() || v[end] != '.')
                    break;
                i = end + 1;
            }
            return out;
        };
        if (a.empty())
            return !b.empty();
        return a.substr(0, a.find_first_of("0123456789")) == b.substr(0, b.find_first_of("0123456789")) && numbers(a) < numbers(b);
    }

    static bool holds(const std::vector<std::string> &conditions, const std::string &name)
    {
        return std::find(conditions.begin(), conditions.end(), name) != conditions.end();
    }

    std::string minimumVersionFor(const LaunchTypeRule &cell, const NeededOperation &needed) const
    {
        std::string version = cell.minimumVersion;
        for (const ConditionalVersion &v : cell.conditionalVersions)
            if (holds(needed.conditions, v.when) && versionBelow(version, v.minimumVersion))
                version = v.minimumVersion;
        return version;
    }

    // "Registering the task definition fails first: …; if it got that far: …".
    std::string whatFails(const LaunchTypeRule &cell, const CatalogOperation &op) const
    {
        if (cell.registrationError.in(m_language).empty())
            return op.error.in(m_language);
        return s8(EngineText::tr("RegisterTaskDefinition refuses the task definition: %1 Were it registered, the task would fail: %2")
                      .arg(q(cell.registrationError.in(m_language)), q(op.error.in(m_language))));
    }

    OperationCoverage cover(const CatalogOperation &op, const NeededOperation &needed, std::vector<Finding> &findings)
    {
        const LaunchTypeRule &cell = op.on(m_lt, m_os.os);
        OperationCoverage oc;
        oc.operation = op.id;
        oc.containers = needed.containers;
        oc.verified = cell.verified && op.conditionsVerified(needed.conditions, m_lt);
        oc.source = m_catalog.primarySourceUrl(op, cell);
        oc.minimumVersion = minimumVersionFor(cell, needed);
        const std::vector<ScopedAction> actions = op.actionsFor(needed.conditions, cell);
        bool bucketScope = false, clusterScope = false, instanceScope = false;
        for (const ScopedAction &a : actions) {
            oc.actions.push_back(a.action);
            bucketScope = bucketScope || a.scope == "bucket";
            clusterScope = clusterScope || a.scope == "cluster";
            instanceScope = instanceScope || a.scope == "container-instance";
        }
        oc.resources = needed.resources;
        if (bucketScope)
            oc.resources.insert(oc.resources.end(), needed.buckets.begin(), needed.buckets.end());
        const bool awsDoesIt = cell.supported && cell.primary == RoleKind::AwsManaged; // no resource of yours
        if (clusterScope && !awsDoesIt)
            oc.resources.insert(oc.resources.end(), needed.clusters.begin(), needed.clusters.end());
        if (instanceScope && !awsDoesIt)
            oc.resources.insert(oc.resources.end(), needed.containerInstances.begin(), needed.containerInstances.end());

        const std::string what = lowerFirst(op.title.in(m_language)) + containerClause(needed.containers);
        std::vector<std::string> detail;
        const ConditionalUnsupport *unsupportedForm = nullptr;
        for (const ConditionalUnsupport &u : cell.unsupportedWhen)
            if (!unsupportedForm && holds(needed.conditions, u.when))
                unsupportedForm = &u;
        if (!cell.supported || unsupportedForm) {
            oc.status = Status::Unsupported;
            std::string message = unsupportedForm ? unsupportedForm->note.in(m_language) : cell.note.in(m_language);
            if (message.empty())
                message = s8(EngineText::tr("%1 is not supported on %2").arg(q(op.title.in(m_language)), q(launchTypeTitle())));
            findings.push_back({Severity::Error,
                                op.id,
                                message + containerClause(needed.containers),
                                s8(EngineText::tr("Run the task on a launch type that supports it, or remove the field that needs it.")),
                                {}});
            detail.push_back(sentence(message));
        } else if (*cell.primary == RoleKind::AwsManaged) {
            oc.coveredBy = RoleKind::AwsManaged;
            oc.via = Via::Primary;
            oc.status = Status::AwsManaged;
            detail.push_back(s8(EngineText::tr("On %1 AWS does this; no role of yours is involved.").arg(q(launchTypeTitle()))));
        } else if (taskDefinitionField(*cell.primary).empty()) {
            // The host's role, the infrastructure role or the service-linked role: not named by the task
            // definition, so assumed present (they come with the host, the launch call or the account).
            oc.coveredBy = *cell.primary;
            oc.via = Via::Primary;
            oc.roleArn = roleFor(*cell.primary);
            oc.status = Status::Unverified;
            detail.push_back(s8(EngineText::tr("The %1 does this; it is not part of the task definition.").arg(q(roleTitle(*cell.primary)))));
        } else if (const std::string arn = roleFor(*cell.primary); !arn.empty()) {
            oc.coveredBy = *cell.primary;
            oc.via = Via::Primary;
            oc.roleArn = arn;
            oc.status = Status::Unverified;
            if (!m_options.iam)
                detail.push_back(s8(EngineText::tr("The %1 is set; no IAM data for it was loaded.").arg(q(roleTitle(*cell.primary)))));
        } else if (cell.fallback) {
            oc.coveredBy = *cell.fallback;
            oc.via = Via::Fallback;
            oc.roleArn = roleFor(*cell.fallback);
            oc.status = Status::Unverified;
            const std::string message = s8(EngineText::tr("No %1 is set, so on %2 the %3 is used to %4")
                                               .arg(q(roleTitle(*cell.primary)), q(launchTypeTitle()), q(roleTitle(*cell.fallback)), q(what)));
            const LocalizedText &advice =
                hostNetwork() && !cell.fallbackAdviceHostNetwork.in(m_language).empty() ? cell.fallbackAdviceHostNetwork : cell.fallbackAdvice;
            std::string fix =
                advice.in(m_language).empty()
                    ? s8(EngineText::tr("Either works; to give this task its own permissions, %1").arg(q(lowerFirst(fixFor(*cell.primary, actions)))))
                    : advice.in(m_language);
            // What this task asks beyond the usual (awslogs-create-group, …) is in no host's managed policy.
            const std::vector<ScopedAction> extra = op.conditionalActionsFor(needed.conditions);
            Severity severity = cell.fallbackSeverity;
            std::string fullMessage = message;
            if (!extra.empty()) {
                severity = std::max(severity, Severity::Warning);
                fullMessage += s8(EngineText::tr("; it must also allow %1, which its usual managed policy does not grant").arg(q(actionList(extra))));
            }
            findings.push_back({severity, op.id, fullMessage, fix, {}});
            detail.push_back(fullMessage + '.');
        } else {
            oc.coveredBy = *cell.primary;
            oc.via = Via::Primary;
            oc.status = Status::MissingRole;
            const std::string message = s8(EngineText::tr("%1 needs %2 to %3. Without it: %4")
                                               .arg(q(launchTypeTitle()), q(withArticle(roleTitle(*cell.primary))), q(what), q(whatFails(cell, op))));
            findings.push_back({cell.missingSeverity, op.id, message, fixFor(*cell.primary, actions),
                                m_td.pointer + '/' + std::string(taskDefinitionField(*cell.primary))});
            detail.push_back(message);
        }
        if (!cell.note.in(m_language).empty() && cell.supported && !unsupportedForm)
            detail.push_back(sentence(cell.note.in(m_language)));
        if (op.dependsOnOperatingSystem(m_lt))
            detail.push_back(sentence(s8(EngineText::tr("This depends on the operating system: %1").arg(q(operatingSystemReason())))));
        for (const std::string &note : needed.notes)
            detail.push_back(sentence(note));
        if (!cell.verified)
            detail.push_back(s8(EngineText::tr("This fact is not verified: AWS does not document it directly.")));
        if (m_options.iam && oc.status == Status::Unverified && oc.coveredBy && !oc.roleArn.empty())
            checkIam(oc, op, needed, actions, findings, detail);
        // Each sentence once: a cell note may repeat what a field note says.
        std::vector<std::string> unique;
        for (std::string &d : detail)
            if (std::find(unique.begin(), unique.end(), d) == unique.end())
                unique.push_back(std::move(d));
        oc.detail = joinStrings(unique, " ");
        return oc;
    }

    // With the account's IAM data: does the role trust the right principal and allow every action
    // on every resource? The status becomes ok, not-trusted, not-allowed, denied or conditional.
    void checkIam(OperationCoverage &oc, const CatalogOperation &op, const NeededOperation &needed, const std::vector<ScopedAction> &actions,
                  std::vector<Finding> &findings, std::vector<std::string> &detail)
    {
        std::vector<std::string> found;
        checkIamPolicies(oc, op, needed, actions, findings, found);
        oc.iamDetail = joinStrings(found, " ");
        detail.insert(detail.end(), found.begin(), found.end());
    }

    void checkIamPolicies(OperationCoverage &oc, const CatalogOperation &op, const NeededOperation &needed, const std::vector<ScopedAction> &actions,
                          std::vector<Finding> &findings, std::vector<std::string> &detail)
    {
        const IamRole *role = m_options.iam->role(oc.roleArn);
        if (!role) {
            detail.push_back(s8(EngineText::tr("The loaded IAM data has no role %1.").arg(q(oc.roleArn))));
            return;
        }
        const std::string principal = m_catalog.roleKind(*oc.coveredBy).trustedPrincipal(m_lt);
        const Evaluation trust = evaluateTrust(role->trust, principal);
        if (trust.decision == Decision::ImplicitDeny || trust.decision == Decision::ExplicitDeny) {
            oc.status = Status::NotTrusted;
            oc.decidedBy = trust.statement ? trust.statement->name() : role->name + " trust policy";
            const std::string message = trust.decision == Decision::ExplicitDeny
                                            ? s8(EngineText::tr("the role %1 does not trust %2 (denied by %3), so it cannot be used to %4")
                                                     .arg(q(role->name), q(principal), q(oc.decidedBy), q(lowerFirst(op.title.in(m_language)))))
                                            : s8(EngineText::tr("the role %1 does not trust %2, so it cannot be used to %3")
                                                     .arg(q(role->name), q(principal), q(lowerFirst(op.title.in(m_language)))));
            detail.push_back(sentence(message));
            findings.push_back(
                {Severity::Error,
                 op.id,
                 sentence(message).substr(0, message.size()),
                 s8(EngineText::tr("Add a statement to its trust policy: %1.")
                        .arg(q("{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"" + principal + "\"}, \"Action\": \"sts:AssumeRole\"}"))),
                 {}});
            return;
        }
        std::vector<std::string> missing;
        std::vector<std::string> denied;
        std::vector<std::string> conditions = trust.conditionKeys;
        std::string decidedBy;
        std::vector<const PolicyDocument *> policies = m_options.iam->permissionsOf(*role);
        const PolicyDocument *boundary = role->boundaryArn ? m_options.iam->managedPolicy(*role->boundaryArn) : nullptr;
        PolicyContext context;
        if (const auto arn = parseArn(role->arn))
            context.account = arn->account;
        context.region = m_region;
        for (const ScopedAction &a : actions) {
            if (a.applicationDefined)
                continue; // the application decides what it calls: only the trust is checked
            const std::vector<std::string> &scoped = a.scope == "bucket"               ? needed.buckets
                                                     : a.scope == "cluster"            ? needed.clusters
                                                     : a.scope == "container-instance" ? needed.containerInstances
                                                                                       : needed.resources;
            std::vector<std::string> resources = a.scope == "*" ? std::vector<std::string>{"*"} : resourcesFor(a.action, scoped);
            if (resources.empty())
                resources = {"*"};
            for (const std::string &resource : resources) {
                std::vector<UnknownPart> unknown;
                const Evaluation e = evaluateWithUnknowns(policies, boundary, a.action, resource, &unknown, context);
                const std::string what = resource == "*" ? a.action : s8(EngineText::tr("%1 on %2").arg(q(a.action), q(resource)));
                if (e.decision == Decision::ExplicitDeny) {
                    denied.push_back(what + " (" + e.statement->name() + ")");
                } else if (e.decision == Decision::ImplicitDeny && !a.alsoGrantedBy.in(m_language).empty()) {
                    // A resource policy may grant it instead (ECR's registry permissions policy): not broken.
                    conditions.push_back(s8(EngineText::tr("%1 may be granted by %2 instead").arg(q(a.action), q(a.alsoGrantedBy.in(m_language)))));
                } else if (e.decision == Decision::ImplicitDeny) {
                    missing.push_back(what);
                } else if (e.decision == Decision::Conditional) {
                    conditions.insert(conditions.end(), e.conditionKeys.begin(), e.conditionKeys.end());
                    for (UnknownPart part : unknown)
                        conditions.push_back(part == UnknownPart::Region    ? s8(EngineText::tr("the Region the task runs in"))
                                             : part == UnknownPart::Account ? s8(EngineText::tr("the account the task runs in"))
                                                                            : s8(EngineText::tr("the cluster the task runs in")));
                    if (decidedBy.empty() && e.statement)
                        decidedBy = e.statement->name();
                } else if (decidedBy.empty() && e.statement) {
                    decidedBy = e.statement->name();
                }
            }
        }
        std::sort(conditions.begin(), conditions.end());
        conditions.erase(std::unique(conditions.begin(), conditions.end()), conditions.end());
        oc.missingActions = denied.empty() ? missing : denied;
        oc.conditionKeys = conditions;
        oc.decidedBy = decidedBy;
        if (!denied.empty()) {
            oc.status = Status::Denied;
            const std::string message = s8(EngineText::tr("the role %1 is denied %2").arg(q(role->name), q(joinStrings(denied))));
            detail.push_back(sentence(message));
            findings.push_back(
                {Severity::Error, op.id, message, s8(EngineText::tr("Remove or narrow the Deny statement, or use another role.")), {}});
        } else if (!missing.empty()) {
            oc.status = Status::NotAllowed;
            const std::string message = s8(EngineText::tr("the role %1 does not allow %2").arg(q(role->name), q(joinStrings(missing))));
            detail.push_back(sentence(message) + s8(EngineText::tr(" Without it: %1").arg(q(op.error.in(m_language)))));
            findings.push_back(
                {Severity::Error, op.id, message, s8(EngineText::tr("Allow %1 in a policy of %2.").arg(q(joinStrings(missing)), q(role->name))), {}});
        } else if (!conditions.empty()) {
            oc.status = Status::Conditional;
            detail.push_back(s8(EngineText::tr("Allowed only under conditions Rolemap cannot decide offline: %1.").arg(q(joinStrings(conditions)))));
        } else {
            oc.status = Status::Ok;
            detail.push_back(decidedBy.empty()
                                 ? s8(EngineText::tr("%1 trusts %2.").arg(q(role->name), q(principal)))
                                 : s8(EngineText::tr("%1 trusts %2 and %3 allows what is needed.").arg(q(role->name), q(principal), q(decidedBy))));
        }
    }

    const TaskDefinition &m_td;
    LaunchType m_lt;
    OperatingSystemGuess m_os;
    std::string m_region; // the task's Region as far as anything tells it, else ""
    Language m_language = currentLanguage();
    const CoverageOptions &m_options;
    const RulesCatalog &m_catalog;
};

} // namespace

Coverage computeCoverage(const TaskDefinition &td, LaunchType launchType, const CoverageOptions &options, const RulesCatalog &catalog)
{
    return Engine(td, launchType, options, catalog).run();
}

std::vector<LaunchType> defaultLaunchTypes(const TaskDefinition &td, const Cluster *cluster)
{
    if (cluster && cluster->launchType)
        return {*cluster->launchType};
    std::vector<LaunchType> out;
    for (const std::string &value : td.requiresCompatibilities)
        if (const auto t = launchTypeFromId(value); t && std::find(out.begin(), out.end(), *t) == out.end())
            out.push_back(*t);
    if (out.empty())
        out.push_back(LaunchType::Ec2);
    return out;
}

namespace {

CoverageOptions withWorkspaceSettings(const CoverageOptions &options, const Workspace &ws, const TaskDefinition &td, const Cluster *cluster)
{
    CoverageOptions out = options;
    if (const auto it = ws.runSettings.find(td.family); it != ws.runSettings.end() && it->second.enableExecuteCommand)
        out.enableExecuteCommand = true;
    if (!out.overrides.instance && cluster && !cluster->instanceRoleArn.empty())
        out.overrides.instance = cluster->instanceRoleArn;
    if (out.clusterName.empty() && cluster)
        out.clusterName = cluster->name;
    if (out.region.empty())
        out.region = ws.region;
    return out;
}

} // namespace

Coverage computeTaskCoverage(const Workspace &ws, size_t index, LaunchType launchType, const CoverageOptions &options, const RulesCatalog &catalog)
{
    return computeTaskCoverage(ws, index, ws.clusterOf(ws.taskDefinitions.at(index)), launchType, options, catalog);
}

Coverage computeTaskCoverage(const Workspace &ws, size_t index, const Cluster *cluster, LaunchType launchType, const CoverageOptions &options,
                             const RulesCatalog &catalog)
{
    const TaskDefinition &td = ws.taskDefinitions.at(index);
    return computeCoverage(td, launchType, withWorkspaceSettings(options, ws, td, cluster), catalog);
}

std::vector<Coverage> computeWorkspaceCoverage(const Workspace &ws, const std::vector<LaunchType> &launchTypes, const CoverageOptions &options,
                                               const RulesCatalog &catalog)
{
    std::vector<Coverage> out;
    forEachCoverage(ws, launchTypes, options, catalog, [&](Coverage &&c) { out.push_back(std::move(c)); });
    return out;
}

void forEachCoverage(const Workspace &ws, const std::vector<LaunchType> &launchTypes, const CoverageOptions &givenOptions,
                     const RulesCatalog &catalog, const std::function<void(Coverage &&)> &visit)
{
    // IAM data that came with the workspace is used unless the caller brought its own.
    std::optional<IamData> iam;
    CoverageOptions options = givenOptions;
    if (!options.iam && (!ws.roles.empty() || !ws.iamDocuments.empty())) {
        iam = IamData::fromWorkspace(ws);
        options.iam = &*iam;
    }
    const Workspace::ClusterIndex clusters = ws.indexClusters();
    for (const TaskDefinition &td : ws.taskDefinitions) {
        const Cluster *cluster = Workspace::clusterOf(td, clusters);
        const CoverageOptions tdOptions = withWorkspaceSettings(options, ws, td, cluster);
        for (LaunchType lt : launchTypes.empty() ? defaultLaunchTypes(td, cluster) : launchTypes)
            visit(computeCoverage(td, lt, tdOptions, catalog));
    }
}

} // namespace rolemap
