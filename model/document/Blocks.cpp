// SPDX-License-Identifier: Apache-2.0
#include "document/Blocks.h"

#include "core/InputError.h"
#include "core/TaskDefinition.h"

#include <QtGlobal>

namespace rolemap {

namespace {

struct Place
{
    std::string account = "123456789012";
    std::string region = "us-east-1";
    std::string family = "app";
};

// Account, Region and family for the values a block fills in, from the task's own fields.
Place placeOf(const Json &td)
{
    Place p;
    try {
        const TaskDefinition parsed = readTaskDefinition(td, "");
        if (const std::string a = parsed.inferredAccount(); !a.empty())
            p.account = a;
        if (const std::string r = parsed.inferredRegion(); !r.empty())
            p.region = r;
        if (!parsed.family.empty())
            p.family = parsed.family;
    } catch (const ShapeError &) {
    }
    return p;
}

Json &arrayMember(Json &object, const char *key)
{
    if (!object.contains(key) || !object[key].is_array())
        object[key] = Json::array();
    return object[key];
}

std::string uniqueName(const Json &list, const char *key, const std::string &base)
{
    auto taken = [&](const std::string &name) {
        for (const Json &item : list)
            if (item.is_object() && item.value(key, std::string()) == name)
                return true;
        return false;
    };
    std::string name = base;
    for (int n = 2; taken(name); ++n)
        name = base + '-' + std::to_string(n);
    return name;
}

Json container(const std::string &name, const std::string &image)
{
    return Json({{"name", name}, {"image", image}, {"essential", true}});
}

} // namespace

const std::vector<Block> &paletteBlocks()
{
    static const std::vector<Block> blocks = {
        {"container-ecr", QT_TRANSLATE_NOOP("Blocks", "Container (ECR image)"),
         QT_TRANSLATE_NOOP(
             "Blocks", "A container whose image is in a private Amazon ECR repository: the execution role (or, on EC2, the instance role) pulls it."),
         "container", false},
        {"container-public", QT_TRANSLATE_NOOP("Blocks", "Container (public image)"),
         QT_TRANSLATE_NOOP("Blocks", "A container from a public registry (public.ecr.aws): no IAM permissions needed to pull."), "container", false},
        {"container-private", QT_TRANSLATE_NOOP("Blocks", "Container (private registry)"),
         QT_TRANSLATE_NOOP("Blocks",
                           "A container from a private non-ECR registry, with repositoryCredentials: the execution role reads the registry secret."),
         "container", false},
        {"awslogs", QT_TRANSLATE_NOOP("Blocks", "awslogs logging"),
         QT_TRANSLATE_NOOP(
             "Blocks",
             "Send the container's logs to CloudWatch Logs with the awslogs driver (execution role; on EC2 the instance role without one)."),
         "logs", true},
        {"firelens", QT_TRANSLATE_NOOP("Blocks", "FireLens router + awsfirelens"),
         QT_TRANSLATE_NOOP("Blocks",
                           "Add a Fluent Bit router and route the container's logs through it to CloudWatch Logs (the router uses the task role)."),
         "router", true},
        {"firelens-s3-config", QT_TRANSLATE_NOOP("Blocks", "FireLens configuration from S3"),
         QT_TRANSLATE_NOOP("Blocks", "Have the router read its configuration file from S3 (execution role; not supported on Fargate)."), "router",
         true},
        {"secret", QT_TRANSLATE_NOOP("Blocks", "Secret (Secrets Manager)"),
         QT_TRANSLATE_NOOP("Blocks", "An environment variable from Secrets Manager, read by the execution role."), "secret", true},
        {"parameter", QT_TRANSLATE_NOOP("Blocks", "Parameter (SSM)"),
         QT_TRANSLATE_NOOP("Blocks", "An environment variable from SSM Parameter Store, read by the execution role."), "secret", true},
        {"environment-file", QT_TRANSLATE_NOOP("Blocks", "Environment file (S3)"),
         QT_TRANSLATE_NOOP("Blocks", "Environment variables from a file in S3, read by the execution role."), "file", true},
        {"efs-iam", QT_TRANSLATE_NOOP("Blocks", "EFS volume with IAM authorization"),
         QT_TRANSLATE_NOOP("Blocks", "An EFS volume mounted with the task role's credentials (needs transit encryption)."), "volume", false},
        {"ebs", QT_TRANSLATE_NOOP("Blocks", "EBS volume configured at launch"),
         QT_TRANSLATE_NOOP("Blocks", "A volume ECS creates at launch with the infrastructure role."), "volume", false},
        {"ecs-exec", QT_TRANSLATE_NOOP("Blocks", "ECS Exec"),
         QT_TRANSLATE_NOOP("Blocks", "Run the task with ECS Exec enabled (a RunTask or service setting, not a task-definition field): the task role "
                                     "needs the ssmmessages actions."),
         "explain", false},
        {"role:new-task", QT_TRANSLATE_NOOP("Blocks", "New task role"),
         QT_TRANSLATE_NOOP("Blocks", "Set a task role for the application's AWS calls."), "secret", false},
        {"role:new-execution", QT_TRANSLATE_NOOP("Blocks", "New execution role"),
         QT_TRANSLATE_NOOP("Blocks", "Set a task execution role for pulls, logs and secrets."), "secret", false},
    };
    return blocks;
}

const Block *findBlock(const std::string &id)
{
    for (const Block &b : paletteBlocks())
        if (b.id == id)
            return &b;
    return nullptr;
}

std::string roleBlockId(const std::string &kind, const std::string &arn)
{
    return "role:" + kind + ':' + arn;
}

std::optional<RoleBlock> roleOfBlock(const std::string &blockId)
{
    if (blockId.rfind("role:", 0) != 0)
        return std::nullopt;
    const size_t colon = blockId.find(':', 5);
    return RoleBlock{blockId.substr(5, colon - 5), colon == std::string::npos ? std::string() : blockId.substr(colon + 1)};
}

std::string uniqueContainerName(const Json &taskDefinition, const std::string &base)
{
    const auto it = taskDefinition.find("containerDefinitions");
    return uniqueName(it != taskDefinition.end() && it->is_array() ? *it : Json::array(), "name", base);
}

std::variant<Json, std::string> applyBlock(const std::string &blockId, const Json &taskDefinition, BlockTarget target)
{
    if (!taskDefinition.is_object())
        return std::string("not a task definition");
    Json td = taskDefinition;
    const Place p = placeOf(td);
    Json &containers = arrayMember(td, "containerDefinitions");

    // Roles: set the slot.
    if (blockId.rfind("role:", 0) == 0) {
        std::string kind;
        std::string arn;
        if (blockId == "role:new-task") {
            kind = "task";
            arn = "arn:aws:iam::" + p.account + ":role/" + p.family + "-task-role";
        } else if (blockId == "role:new-execution") {
            kind = "execution";
            arn = "arn:aws:iam::" + p.account + ":role/ecsTaskExecutionRole";
        } else {
            const RoleBlock role = *roleOfBlock(blockId);
            kind = role.kind;
            arn = role.arn;
        }
        if (kind == "task")
            td["taskRoleArn"] = arn;
        else if (kind == "execution")
            td["executionRoleArn"] = arn;
        else
            return std::string("an instance role belongs to a cluster, not to a task definition");
        return td;
    }

    const std::string ecrImage = p.account + ".dkr.ecr." + p.region + ".amazonaws.com/" + p.family + ":latest";
    if (blockId == "container-ecr" || blockId == "container-public" || blockId == "container-private") {
        const std::string name = uniqueContainerName(td, blockId == "container-ecr" ? p.family : "sidecar");
        Json c = blockId == "container-ecr"      ? container(name, ecrImage)
                 : blockId == "container-public" ? container(name, "public.ecr.aws/nginx/nginx:stable")
                                                 : container(name, "registry.example.com/team/" + name + ":1.0");
        if (blockId == "container-private")
            c["repositoryCredentials"] = {
                {"credentialsParameter", "arn:aws:secretsmanager:" + p.region + ':' + p.account + ":secret:registry-credentials"}};
        containers.push_back(std::move(c));
        return td;
    }
    if (blockId == "efs-iam" || blockId == "ebs") {
        Json &volumes = arrayMember(td, "volumes");
        const std::string name = uniqueName(volumes, "name", blockId == "efs-iam" ? "efs-data" : "ebs-data");
        if (blockId == "efs-iam")
            volumes.push_back(
                {{"name", name},
                 {"efsVolumeConfiguration",
                  {{"fileSystemId", "fs-0123456789abcdef0"}, {"transitEncryption", "ENABLED"}, {"authorizationConfig", {{"iam", "ENABLED"}}}}}});
        else
            volumes.push_back({{"name", name}, {"configuredAtLaunch", true}});
        // Adding "volumes" may have moved the task's members: look the containers up again.
        Json &list = td["containerDefinitions"];
        if (target.container >= 0 && target.container < int(list.size())) {
            Json &c = list[size_t(target.container)];
            arrayMember(c, "mountPoints").push_back({{"sourceVolume", name}, {"containerPath", "/mnt/" + name}});
        }
        return td;
    }

    const Block *block = findBlock(blockId);
    if (!block)
        return std::string("unknown block \"" + blockId + '"');
    if (containers.empty())
        return std::string("add a container first");
    const size_t index = target.container >= 0 ? size_t(target.container) : 0;
    if (index >= containers.size() || !containers[index].is_object())
        return std::string("no such container");
    Json &c = containers[index];
    const std::string name = c.value("name", std::string("app"));
    if (blockId == "awslogs") {
        c["logConfiguration"] = {{"logDriver", "awslogs"},
                                 {"options", {{"awslogs-group", "/ecs/" + p.family}, {"awslogs-region", p.region}, {"awslogs-stream-prefix", name}}}};
    } else if (blockId == "firelens" || blockId == "firelens-s3-config") {
        // One router per task; the block routes this container's logs through it.
        size_t router = containers.size();
        for (size_t i = 0; i < containers.size(); ++i)
            if (containers[i].is_object() && containers[i].contains("firelensConfiguration"))
                router = i;
        if (router == containers.size()) {
            Json r = container(uniqueContainerName(td, "log_router"), "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable");
            r["firelensConfiguration"] = {{"type", "fluentbit"}};
            containers.push_back(std::move(r)); // `c` is not used past this point: the push may move it
            router = containers.size() - 1;
        }
        Json &routerContainer = containers[router];
        if (blockId == "firelens-s3-config") {
            routerContainer["firelensConfiguration"]["options"] = {{"config-file-type", "s3"},
                                                                   {"config-file-value", "arn:aws:s3:::" + p.family + "-config/fluent-bit.conf"}};
        } else {
            Json &app = containers[index];
            if (!app.contains("firelensConfiguration"))
                app["logConfiguration"] = {{"logDriver", "awsfirelens"},
                                           {"options",
                                            {{"Name", "cloudwatch_logs"},
                                             {"region", p.region},
                                             {"log_group_name", "/ecs/" + p.family},
                                             {"log_stream_prefix", name + "-"},
                                             {"auto_create_group", "true"}}}};
        }
    } else if (blockId == "secret" || blockId == "parameter") {
        Json &secrets = arrayMember(c, "secrets");
        const std::string var = uniqueName(secrets, "name", blockId == "secret" ? "SECRET" : "PARAMETER");
        secrets.push_back(
            {{"name", var},
             {"valueFrom", blockId == "secret" ? "arn:aws:secretsmanager:" + p.region + ':' + p.account + ":secret:" + p.family + "/secret"
                                               : "/" + p.family + "/parameter"}});
    } else if (blockId == "environment-file") {
        arrayMember(c, "environmentFiles").push_back({{"value", "arn:aws:s3:::" + p.family + "-config/" + name + ".env"}, {"type", "s3"}});
    } else {
        return std::string("\"" + block->title + "\" is not a task-definition field");
    }
    return td;
}

} // namespace rolemap
