// SPDX-License-Identifier: Apache-2.0
#include "engine/OperationDetector.h"
#include "core/Translation.h"

#include <QCoreApplication>

#include "core/Arn.h"

#include <algorithm>
#include <cctype>

#include "core/Ascii.h"

namespace rolemap {

namespace {

// Findings are user-visible: their sentences go through Qt's translation.
struct DetectorText
{
    Q_DECLARE_TR_FUNCTIONS(DetectorText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

namespace {

void addUnique(std::vector<std::string> &list, const std::string &value)
{
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return asciiLower(c); });
    return s;
}

// Docker's awslogs driver reads the option with Go's strconv.ParseBool.
bool parseGoBool(const std::string &s)
{
    return s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True";
}

// Repository prefixes the ECR console suggests for pull-through cache rules.
bool looksLikePullThroughCache(const std::string &repository)
{
    const std::string first = repository.substr(0, repository.find('/'));
    static const char *prefixes[] = {"ecr-public", "docker-hub", "quay", "k8s", "github", "gitlab", "azure"};
    return repository.find('/') != std::string::npos &&
           std::any_of(std::begin(prefixes), std::end(prefixes), [&](const char *p) { return first == p; });
}

class Detector
{
public:
    Detector(const TaskDefinition &td, LaunchType launchType, const CoverageOptions &options, const RulesCatalog &catalog)
        : m_td(td), m_launchType(launchType), m_options(options), m_catalog(catalog)
    {
        const std::string region = options.region.empty() ? td.inferredRegion() : options.region;
        m_region = region.empty() ? "*" : region;
        const std::string account = td.inferredAccount();
        m_account = account.empty() ? "*" : account;
        m_partition = region.empty() ? partitionOfRoles() : partitionOfRegion(region);
    }

    Detection run()
    {
        NeededOperation &agent = need("agent-control-plane");
        // The agent registers with its cluster and polls as its container instance.
        const std::string cluster = m_options.clusterName.empty() ? "*" : m_options.clusterName;
        addUnique(agent.clusters, arnIn("ecs", "cluster/" + cluster, {}));
        addUnique(agent.containerInstances, arnIn("ecs", "container-instance/*", {}));
        for (const ContainerDefinition &c : m_td.containers)
            container(c);
        for (const Volume &v : m_td.volumes)
            volume(v);
        if (m_td.networkMode == "awsvpc" || m_launchType == LaunchType::Fargate) {
            NeededOperation &op = need("service-networking");
            op.notes.push_back(m_td.networkMode == "awsvpc" ? s8(DetectorText::tr("networkMode is awsvpc: ECS attaches an ENI to the task"))
                                                            : s8(DetectorText::tr("Fargate tasks always use awsvpc networking")));
        }
        if (m_td.hasProxyConfiguration) {
            NeededOperation &op = need("app-mesh-envoy");
            op.notes.push_back(s8(DetectorText::tr("proxyConfiguration is set: the Envoy proxy streams its configuration from App Mesh")));
        }
        NeededOperation &app = need("app-aws-api");
        for (const ContainerDefinition &c : m_td.containers)
            addUnique(app.containers, c.name);
        if (m_options.enableExecuteCommand) {
            NeededOperation &exec = need("ecs-exec");
            for (const ContainerDefinition &c : m_td.containers)
                addUnique(exec.containers, c.name);
            exec.notes.push_back(s8(DetectorText::tr("ECS Exec is enabled on the run (--enable-execute-command)")));
        }
        return std::move(m_result);
    }

private:
    // Without a Region, the role ARNs still tell the partition (aws-cn, aws-us-gov).
    std::string partitionOfRoles() const
    {
        for (const std::string *role : {&m_td.executionRoleArn, &m_td.taskRoleArn})
            if (const auto arn = parseArn(*role); arn && !looksLikePlaceholder(arn->partition))
                return arn->partition;
        return "aws";
    }

    NeededOperation &need(const std::string &id)
    {
        for (NeededOperation &op : m_result.operations)
            if (op.operation == id)
                return op;
        m_result.operations.push_back({id, {}, {}, {}, {}, {}, {}, {}, {}});
        return m_result.operations.back();
    }

    NeededOperation &need(const std::string &id, const ContainerDefinition &c)
    {
        NeededOperation &op = need(id);
        addUnique(op.containers, c.name);
        return op;
    }

    void warn(Severity severity, const std::string &operation, const std::string &pointer, std::string message, std::string fix)
    {
        m_result.findings.push_back({severity, operation, std::move(message), std::move(fix), pointer});
    }

    std::string arnIn(const std::string &service, const std::string &resource, const std::string &region) const
    {
        return "arn:" + m_partition + ':' + service + ':' + (region.empty() ? m_region : region) + ':' + m_account + ':' + resource;
    }

    void container(const ContainerDefinition &c)
    {
        image(c);
        if (!c.repositoryCredentialsParameter.empty()) {
            NeededOperation &op = need("registry-auth", c);
            addUnique(op.triggers, c.pointer + "/repositoryCredentials");
            const auto arn = parseArn(c.repositoryCredentialsParameter);
            addUnique(op.resources, arn ? secretArnWithoutSuffix(*arn) : c.repositoryCredentialsParameter);
        }
        if (c.logConfiguration)
            logging(c, *c.logConfiguration);
        if (c.firelensConfiguration)
            firelensRouter(c, *c.firelensConfiguration);
        for (const SecretReference &s : c.secrets)
            secret(c, s);
        for (const EnvironmentFile &f : c.environmentFiles) {
            NeededOperation &op = need("environment-files", c);
            addUnique(op.triggers, f.pointer);
            s3Object(op, f.value);
        }
        for (const std::string &spec : c.credentialSpecs)
            credentialSpec(c, spec);
    }

    void image(const ContainerDefinition &c)
    {
        if (c.image.empty())
            return;
        const auto ecr = parseEcrImage(c.image);
        if (!ecr) {
            if (looksLikePlaceholder(c.image) && c.image.find('/') == std::string::npos)
                warn(Severity::Info, "ecr-pull", c.pointer + "/image",
                     s8(DetectorText::tr("the image of container \"%1\" is a placeholder (\"%2\"): Rolemap cannot tell whether it is in a "
                                         "private ECR repository")
                            .arg(q(c.name), q(c.image))),
                     s8(DetectorText::tr("Render the template first; an image in a private ECR repository needs the ecr-pull permissions.")));
            return;
        }
        NeededOperation &op = need("ecr-pull", c);
        addUnique(op.triggers, c.pointer + "/image");
        addUnique(op.resources, ecr->repositoryArn());
        if (ecr->account != m_account && isAccountId(ecr->account) && isAccountId(m_account))
            op.notes.push_back(s8(DetectorText::tr("the repository is in account %1, another account: its repository policy must allow the "
                                                   "pulling role too")
                                      .arg(q(ecr->account))));
        if (looksLikePullThroughCache(ecr->repository)) {
            NeededOperation &ptc = need("ecr-pull-through-cache", c);
            addUnique(ptc.triggers, c.pointer + "/image");
            addUnique(ptc.resources, ecr->repositoryArn());
            ptc.notes.push_back(s8(DetectorText::tr("the repository prefix \"%1\" is a usual pull-through cache prefix, so this may be a cached "
                                                    "upstream image")
                                       .arg(q(ecr->repository.substr(0, ecr->repository.find('/'))))));
        }
    }

    void logging(const ContainerDefinition &c, const LogConfiguration &log)
    {
        if (log.driver == "awslogs") {
            NeededOperation &op = need("awslogs", c);
            addUnique(op.triggers, c.pointer + "/logConfiguration");
            const std::string *group = log.option("awslogs-group");
            const std::string *region = log.option("awslogs-region");
            if (group)
                addUnique(op.resources, arnIn("logs", "log-group:" + *group + ":*", region ? *region : std::string()));
            if (const std::string *create = log.option("awslogs-create-group"); create && parseGoBool(*create)) {
                addUnique(op.conditions, "awslogs-create-group");
                op.notes.push_back(s8(DetectorText::tr("awslogs-create-group is %1: the role also needs logs:CreateLogGroup").arg(q(*create))));
            }
            if (region && region->size() && *region != m_region && m_region != "*")
                op.notes.push_back(s8(DetectorText::tr("logs go to %1, another Region than the task's").arg(q(*region))));
        } else if (log.driver == "awsfirelens") {
            firelensOutput(c, log);
        }
        for (const SecretReference &s : log.secretOptions)
            addUnique(secret(c, s).conditions, "secret-in-log-options");
    }

    void firelensOutput(const ContainerDefinition &c, const LogConfiguration &log)
    {
        // Fluent Bit output options are case-insensitive; Fluentd names its output with @type.
        const std::string *name = log.optionIgnoringCase("Name");
        if (!name)
            name = log.option("@type");
        if (!name) {
            warn(Severity::Info, "firelens-destination", c.pointer + "/logConfiguration/options",
                 s8(DetectorText::tr("container \"%1\" logs through FireLens without a Name option: Rolemap cannot tell "
                                     "whether the destination is an AWS service that the task role must allow")
                        .arg(q(c.name))),
                 s8(DetectorText::tr("Name the output plugin (options.Name), or check the router's own configuration file.")));
            return;
        }
        const std::string plugin = lower(*name);
        const std::string *role = log.optionIgnoringCase("role_arn");
        // Only AWS destinations (the outputs the catalog has actions for) need the task role.
        if (!m_catalog.hasCondition("firelens-output-" + plugin) && !role)
            return;
        NeededOperation &op = need("firelens-destination");
        addUnique(op.triggers, c.pointer + "/logConfiguration");
        addUnique(op.conditions, "firelens-output-" + plugin);
        // The router container sends the logs, with the task role's credentials.
        bool router = false;
        for (const ContainerDefinition &other : m_td.containers)
            if (other.firelensConfiguration) {
                addUnique(op.containers, other.name);
                router = true;
            }
        if (!router)
            addUnique(op.containers, c.name);
        op.notes.push_back(s8(DetectorText::tr("the FireLens router sends the logs of \"%1\" to the %2 output").arg(q(c.name), q(*name))));
        const std::string *regionOption = log.optionIgnoringCase("region");
        const std::string region = regionOption ? *regionOption : std::string();
        if (role) {
            addUnique(op.conditions, "firelens-cross-account-role");
            addUnique(op.resources, *role);
        }
        if (const std::string *create = log.optionIgnoringCase("auto_create_group"); create && parseGoBool(*create))
            addUnique(op.conditions, "firelens-cloudwatch-auto-create-group");
        if (const std::string *days = log.optionIgnoringCase("log_retention_days");
            days && !days->empty() && (plugin == "cloudwatch_logs" || plugin == "cloudwatch"))
            addUnique(op.conditions, "firelens-cloudwatch-log-retention");
        if (const std::string *group = log.optionIgnoringCase("log_group_name"))
            addUnique(op.resources, arnIn("logs", "log-group:" + *group + ":*", region));
        if (const std::string *stream = log.optionIgnoringCase("delivery_stream"))
            addUnique(op.resources, arnIn("firehose", "deliverystream/" + *stream, region));
        if (const std::string *stream = log.optionIgnoringCase("stream"))
            addUnique(op.resources, arnIn("kinesis", "stream/" + *stream, region));
        if (const std::string *bucket = log.optionIgnoringCase("bucket"))
            addUnique(op.resources, "arn:" + m_partition + ":s3:::" + *bucket + "/*");
    }

    void firelensRouter(const ContainerDefinition &c, const FirelensConfiguration &fl)
    {
        const std::string *type = fl.option("config-file-type");
        if (!type || *type != "s3")
            return;
        NeededOperation &op = need("firelens-config-s3", c);
        addUnique(op.triggers, c.pointer + "/firelensConfiguration");
        if (const std::string *value = fl.option("config-file-value"))
            s3Object(op, *value);
    }

    void s3Object(NeededOperation &op, const std::string &value)
    {
        addUnique(op.resources, value);
        const auto arn = parseArn(value);
        if (arn && arn->service == "s3") {
            const std::string bucket = arn->resource.substr(0, arn->resource.find('/'));
            addUnique(op.buckets, "arn:" + arn->partition + ":s3:::" + bucket);
        }
    }

    NeededOperation &secret(const ContainerDefinition &c, const SecretReference &s)
    {
        const auto arn = parseArn(s.valueFrom);
        if (arn && arn->service == "secretsmanager") {
            NeededOperation &op = need("secrets-manager", c);
            addUnique(op.triggers, s.pointer);
            const std::string reduced = secretArnWithoutSuffix(*arn);
            addUnique(op.resources, reduced);
            if (reduced != s.valueFrom)
                op.notes.push_back(s8(DetectorText::tr("\"%1\" names a JSON key or version of the secret %2").arg(q(s.valueFrom), q(reduced))));
            return op;
        }
        NeededOperation &op = need("ssm-parameters", c);
        addUnique(op.triggers, s.pointer);
        std::string name;
        if (arn && arn->service == "ssm") {
            addUnique(op.resources, s.valueFrom);
            constexpr std::string_view prefix = "parameter/";
            if (arn->resource.rfind(prefix, 0) == 0)
                name = "/" + arn->resource.substr(prefix.size());
        } else {
            name = s.valueFrom;
            const std::string path = name.rfind('/', 0) == 0 ? name.substr(1) : name;
            addUnique(op.resources, arnIn("ssm", "parameter/" + path, {}));
            if (looksLikePlaceholder(s.valueFrom)) {
                warn(Severity::Warning, "ssm-parameters", s.pointer + "/valueFrom",
                     s8(DetectorText::tr("valueFrom \"%1\" is a placeholder: Rolemap reads it as an SSM parameter "
                                         "name, as ECS does with anything that is not an ARN")
                            .arg(q(s.valueFrom))),
                     s8(DetectorText::tr("Replace it with the parameter's name or ARN; if it stands for a Secrets Manager secret, use "
                                         "the secret's ARN so that the execution role is checked for secretsmanager:GetSecretValue.")));
            }
        }
        if (name.rfind("/aws/reference/secretsmanager/", 0) == 0)
            addUnique(op.conditions, "ssm-secretsmanager-reference");
        return op;
    }

    void credentialSpec(const ContainerDefinition &c, const std::string &spec)
    {
        // "credentialspec:VALUE" or "credentialspecdomainless:VALUE"; a local file needs no IAM.
        const size_t colon = spec.find(':');
        const std::string value = colon == std::string::npos ? spec : spec.substr(colon + 1);
        const bool domainless = spec.rfind("credentialspecdomainless:", 0) == 0;
        if (value.rfind("file://", 0) == 0 && !domainless)
            return;
        NeededOperation &op = need("gmsa-credential-spec", c);
        addUnique(op.triggers, c.pointer + "/credentialSpecs");
        addUnique(op.conditions, domainless ? "credspec-domainless" : "credspec-domain-joined");
        if (domainless)
            op.notes.push_back(s8(DetectorText::tr("the credential spec is domainless: the agent reads the domain user's secret named in "
                                                   "its HostAccountConfig with the execution role")));
        if (value.rfind("file://", 0) == 0)
            return;
        addUnique(op.resources, value);
        if (const auto arn = parseArn(value)) {
            if (arn->service == "ssm")
                addUnique(op.conditions, "credspec-ssm");
            else if (arn->service == "s3")
                addUnique(op.conditions, "credspec-s3");
        }
    }

    void volume(const Volume &v)
    {
        auto mountingContainers = [&](NeededOperation &op) {
            for (const ContainerDefinition &c : m_td.containers)
                if (std::find(c.mountedVolumes.begin(), c.mountedVolumes.end(), v.name) != c.mountedVolumes.end())
                    addUnique(op.containers, c.name);
        };
        if (v.efs && v.efs->iamEnabled) {
            NeededOperation &op = need("efs-iam");
            addUnique(op.triggers, v.pointer);
            mountingContainers(op);
            addUnique(op.resources, arnIn("elasticfilesystem", "file-system/" + v.efs->fileSystemId, {}));
            if (!v.efs->transitEncryption)
                warn(Severity::Error, "efs-iam", v.pointer + "/efsVolumeConfiguration/transitEncryption",
                     s8(DetectorText::tr("volume \"%1\" enables EFS IAM authorization without transit encryption: ECS "
                                         "rejects this task definition")
                            .arg(q(v.name))),
                     s8(DetectorText::tr("Set efsVolumeConfiguration.transitEncryption to ENABLED.")));
        }
        if (v.configuredAtLaunch) {
            NeededOperation &op = need("ebs-volume");
            addUnique(op.triggers, v.pointer);
            mountingContainers(op);
            op.notes.push_back(s8(DetectorText::tr("volume \"%1\" is configured at launch: the infrastructure role is given in "
                                                   "volumeConfigurations[].managedEBSVolume.roleArn of RunTask or CreateService")
                                      .arg(q(v.name))));
        }
        if (!v.fsxCredentialsParameter.empty()) {
            NeededOperation &op = need("fsx-windows-credentials");
            addUnique(op.triggers, v.pointer);
            mountingContainers(op);
            addUnique(op.resources, v.fsxCredentialsParameter);
            if (m_td.networkMode == "awsvpc")
                addUnique(op.conditions, "network-awsvpc");
            const auto arn = parseArn(v.fsxCredentialsParameter);
            if (!arn)
                warn(Severity::Error, "fsx-windows-credentials",
                     v.pointer + "/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter",
                     s8(DetectorText::tr("the credentialsParameter of volume \"%1\" is \"%2\", not an ARN: the ECS agent accepts only the ARN "
                                         "of a Secrets Manager secret or an SSM parameter here")
                            .arg(q(v.name), q(v.fsxCredentialsParameter))),
                     s8(DetectorText::tr("Use the full ARN, arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME or "
                                         "arn:aws:ssm:REGION:ACCOUNT:parameter/NAME.")));
            addUnique(op.conditions, arn && arn->service == "secretsmanager" ? "fsx-credentials-secretsmanager" : "fsx-credentials-ssm");
        }
    }

    const TaskDefinition &m_td;
    LaunchType m_launchType;
    const CoverageOptions &m_options;
    const RulesCatalog &m_catalog;
    std::string m_region;
    std::string m_account;
    std::string m_partition;
    Detection m_result;
};

} // namespace

const NeededOperation *Detection::find(std::string_view id) const
{
    for (const NeededOperation &op : operations)
        if (op.operation == id)
            return &op;
    return nullptr;
}

Detection detectOperations(const TaskDefinition &td, LaunchType launchType, const CoverageOptions &options, const RulesCatalog &catalog)
{
    return Detector(td, launchType, options, catalog).run();
}

} // namespace rolemap
