// SPDX-License-Identifier: Apache-2.0
// The coverage engine: which role covers each operation on each launch type, written from
// the ECS role facts (tests/data/expected-matrix.json and tests/data/unseen/expected.json were written
// from the domain facts, independently of the engine and the catalog).

#include "TestSupport.h"
#include "engine/CoverageEngine.h"
#include "iam/IamData.h"
#include "io/Importer.h"

#include <QtTest>

using namespace rolemap;

namespace {

const char *kExecutionRole = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole";
const char *kTaskRole = "arn:aws:iam::111122223333:role/app-task";
const char *kEcrImage = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.2";

// A task definition with one container "app" and the given extra fields merged in.
TaskDefinition makeTask(const Json &containerFields, const Json &taskFields = Json::object())
{
    Json container = {{"name", "app"}, {"image", "nginx:latest"}};
    if (containerFields.is_object()) // "{}" in a call reads as null
        container.update(containerFields);
    Json td = {{"family", "t"}, {"containerDefinitions", Json::array({container})}};
    if (taskFields.is_object())
        td.update(taskFields);
    TaskDefinition out = importText(td.dump(), "t.json").taskDefinitions.at(0);
    return out;
}

// The fields that make a task need each operation.
TaskDefinition taskNeeding(const std::string &op, bool withRoles)
{
    Json c = Json::object();
    Json t = Json::object();
    if (op == "ecr-pull")
        c["image"] = kEcrImage;
    else if (op == "ecr-pull-through-cache")
        c["image"] = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/docker-hub/library/nginx:latest";
    else if (op == "registry-auth")
        c["repositoryCredentials"] = {{"credentialsParameter", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:reg-AbCdEf"}};
    else if (op == "awslogs")
        c["logConfiguration"] = {{"logDriver", "awslogs"}, {"options", {{"awslogs-group", "/ecs/t"}, {"awslogs-region", "eu-west-1"}}}};
    else if (op == "firelens-destination")
        c["logConfiguration"] = {{"logDriver", "awsfirelens"}, {"options", {{"Name", "firehose"}, {"delivery_stream", "s"}}}};
    else if (op == "firelens-config-s3")
        c["firelensConfiguration"] = {{"type", "fluentbit"},
                                      {"options", {{"config-file-type", "s3"}, {"config-file-value", "arn:aws:s3:::cfg/fb.conf"}}}};
    else if (op == "secrets-manager")
        c["secrets"] = Json::array({{{"name", "A"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}}});
    else if (op == "ssm-parameters")
        c["secrets"] = Json::array({{{"name", "A"}, {"valueFrom", "/app/url"}}});
    else if (op == "environment-files")
        c["environmentFiles"] = Json::array({{{"value", "arn:aws:s3:::cfg/app.env"}, {"type", "s3"}}});
    else if (op == "efs-iam")
        t["volumes"] =
            Json::array({{{"name", "data"},
                          {"efsVolumeConfiguration",
                           {{"fileSystemId", "fs-12345678"}, {"transitEncryption", "ENABLED"}, {"authorizationConfig", {{"iam", "ENABLED"}}}}}}});
    else if (op == "ebs-volume")
        t["volumes"] = Json::array({{{"name", "data"}, {"configuredAtLaunch", true}}});
    else if (op == "service-networking")
        t["networkMode"] = "awsvpc";
    else if (op == "app-mesh-envoy")
        t["proxyConfiguration"] = {{"type", "APPMESH"}, {"containerName", "envoy"}};
    else if (op == "gmsa-credential-spec")
        c["credentialSpecs"] = Json::array({"credentialspecdomainless:arn:aws:ssm:eu-west-1:111122223333:parameter/gmsa"});
    else if (op == "fsx-windows-credentials")
        t["volumes"] = Json::array(
            {{{"name", "share"},
              {"fsxWindowsFileServerVolumeConfiguration",
               {{"fileSystemId", "fs-0123456789abcdef0"},
                {"rootDirectory", "share"},
                {"authorizationConfig",
                 {{"credentialsParameter", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:fsx-AbCdEf"}, {"domain", "example.com"}}}}}}});
    if (withRoles) {
        t["executionRoleArn"] = kExecutionRole;
        t["taskRoleArn"] = kTaskRole;
    }
    return makeTask(c, t);
}

QString str(const std::optional<RoleKind> &k)
{
    return k ? QString::fromStdString(std::string(toId(*k))) : QStringLiteral("null");
}

QString str(const std::optional<Via> &v)
{
    return v ? QString::fromStdString(std::string(toId(*v))) : QStringLiteral("null");
}

const Finding *findingFor(const Coverage &c, const std::string &op, Severity severity)
{
    for (const Finding &f : c.findings)
        if (f.operation == op && f.severity == severity)
            return &f;
    return nullptr;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    // Every catalog row: each operation on each launch type, with and without the task's roles.
    void everyCell_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("launchType");
        QTest::addColumn<bool>("withRoles");
        for (const std::string &op : knownOperationIds())
            for (LaunchType t : kAllLaunchTypes)
                for (bool roles : {true, false})
                    QTest::addRow("%s/%s/%s", op.c_str(), std::string(toId(t)).c_str(), roles ? "roles" : "no-roles")
                        << QString::fromStdString(op) << QString::fromStdString(std::string(toId(t))) << roles;
    }

    void everyCell()
    {
        QFETCH(QString, operation);
        QFETCH(QString, launchType);
        QFETCH(bool, withRoles);
        static const Json matrix = test::readJson(test::testData(QStringLiteral("expected-matrix.json")));
        const Json &cell = matrix.at(operation.toStdString()).at(launchType.toStdString());
        const LaunchType lt = *launchTypeFromId(launchType.toStdString());

        CoverageOptions options;
        options.enableExecuteCommand = operation == QLatin1String("ecs-exec");
        const Coverage c = computeCoverage(taskNeeding(operation.toStdString(), withRoles), lt, options);
        const OperationCoverage *oc = c.operation(operation.toStdString());
        QVERIFY2(oc, "the operation was not detected");

        // The expectation, from the rules of docs/VOCABULARY.md applied to the independent matrix.
        const QString primary = cell.at("primary").is_null() ? QStringLiteral("null") : QString::fromStdString(cell.at("primary").get<std::string>());
        const QString fallback =
            cell.at("fallback").is_null() ? QStringLiteral("null") : QString::fromStdString(cell.at("fallback").get<std::string>());
        QString coveredBy, via, status;
        if (!cell.at("supported").get<bool>()) {
            coveredBy = QStringLiteral("null"), via = QStringLiteral("null"), status = QStringLiteral("unsupported");
        } else if (primary == QLatin1String("aws-managed")) {
            coveredBy = primary, via = QStringLiteral("primary"), status = QStringLiteral("aws-managed");
        } else if (primary == QLatin1String("execution") || primary == QLatin1String("task")) {
            if (withRoles)
                coveredBy = primary, via = QStringLiteral("primary"), status = QStringLiteral("unverified");
            else if (fallback != QLatin1String("null"))
                coveredBy = fallback, via = QStringLiteral("fallback"), status = QStringLiteral("unverified");
            else
                coveredBy = primary, via = QStringLiteral("primary"), status = QStringLiteral("missing-role");
        } else {
            coveredBy = primary, via = QStringLiteral("primary"), status = QStringLiteral("unverified");
        }
        QCOMPARE(str(oc->coveredBy), coveredBy);
        QCOMPARE(str(oc->via), via);
        QCOMPARE(QString::fromStdString(std::string(toId(oc->status))), status);
        QCOMPARE(oc->verified, cell.at("verified").get<bool>());
        QVERIFY(!oc->actions.empty() || operation == QLatin1String("gmsa-credential-spec"));
        QVERIFY(QString::fromStdString(oc->source).startsWith(QLatin1String("https://")));
        if (status == QLatin1String("unsupported") || (status == QLatin1String("missing-role") && operation != QLatin1String("app-aws-api")))
            QVERIFY2(findingFor(c, oc->operation, Severity::Error), "a failing operation must be an error finding");
        if (withRoles && oc->via == Via::Primary && (primary == QLatin1String("execution") || primary == QLatin1String("task")))
            QCOMPARE(oc->roleArn, std::string(primary == QLatin1String("task") ? kTaskRole : kExecutionRole));
    }

    // Task definitions the engine's authors never saw, with results written from the ECS role facts (the AWS documentation).
    void unseenTaskDefinitions_data()
    {
        QTest::addColumn<QString>("file");
        const Json expected = test::readJson(test::testData(QStringLiteral("unseen/expected.json")));
        for (const auto &[file, value] : expected.items()) {
            (void)value;
            QTest::newRow(file.c_str()) << QString::fromStdString(file);
        }
        QVERIFY(expected.size() >= 10);
    }

    void unseenTaskDefinitions()
    {
        QFETCH(QString, file);
        static const Json expected = test::readJson(test::testData(QStringLiteral("unseen/expected.json")));
        const Json &entry = expected.at(file.toStdString());
        std::vector<std::string> paths = {test::testData(QStringLiteral("unseen/") + file).toStdString()};
        CoverageOptions options;
        const Json options0 = entry.value("_options", Json::object());
        if (options0.contains("iam"))
            paths.push_back(test::testData(QStringLiteral("unseen/") + QString::fromStdString(options0.at("iam").get<std::string>())).toStdString());
        options.enableExecuteCommand = options0.value("enableExecuteCommand", false);
        if (options0.contains("instanceRole"))
            options.overrides.instance = options0.at("instanceRole").get<std::string>();
        options.region = options0.value("region", std::string());
        const Workspace ws = importFiles(paths);
        QCOMPARE(ws.taskDefinitions.size(), size_t(1));
        std::optional<IamData> iam;
        if (options0.contains("iam")) {
            iam = IamData::fromWorkspace(ws);
            options.iam = &*iam;
        }
        std::vector<LaunchType> launchTypes = defaultLaunchTypes(ws.taskDefinitions[0], nullptr);
        if (entry.contains("_launchTypes")) {
            launchTypes.clear();
            for (const Json &lt : entry.at("_launchTypes"))
                launchTypes.push_back(*launchTypeFromId(lt.get<std::string>()));
        }
        size_t launchTypeKeys = 0;
        for (const auto &[key, value] : entry.items())
            launchTypeKeys += key.rfind('_', 0) != 0;
        QCOMPARE(launchTypes.size(), launchTypeKeys);
        for (LaunchType lt : launchTypes) {
            const Json &ops = entry.at(std::string(toId(lt)));
            const Coverage c = computeCoverage(ws.taskDefinitions[0], lt, options);
            if (entry.contains("_operatingSystem"))
                QCOMPARE(std::string(toId(c.operatingSystem)), entry.at("_operatingSystem").get<std::string>());
            QStringList got, want;
            for (const OperationCoverage &oc : c.operations)
                got << QString::fromStdString(oc.operation);
            for (const auto &[op, value] : ops.items()) {
                (void)value;
                want << QString::fromStdString(op);
            }
            got.sort();
            want.sort();
            QCOMPARE(got, want);
            for (const auto &[op, e] : ops.items()) {
                const OperationCoverage *oc = c.operation(op);
                const QString where =
                    file + QLatin1Char(' ') + QString::fromStdString(std::string(toId(lt))) + QLatin1Char(' ') + QString::fromStdString(op);
                QVERIFY2(str(oc->coveredBy) ==
                             (e.at("coveredBy").is_null() ? QStringLiteral("null") : QString::fromStdString(e.at("coveredBy").get<std::string>())),
                         qPrintable(where + QStringLiteral(" coveredBy ") + str(oc->coveredBy)));
                QVERIFY2(str(oc->via) == (e.at("via").is_null() ? QStringLiteral("null") : QString::fromStdString(e.at("via").get<std::string>())),
                         qPrintable(where + QStringLiteral(" via")));
                QVERIFY2(toId(oc->status) == e.at("status").get<std::string>(),
                         qPrintable(where + QStringLiteral(" status ") + QString::fromStdString(std::string(toId(oc->status))) +
                                    QStringLiteral(": ") + QString::fromStdString(oc->detail)));
                if (e.contains("minimumVersion"))
                    QVERIFY2(oc->minimumVersion == e.at("minimumVersion").get<std::string>(),
                             qPrintable(where + QStringLiteral(" minimumVersion ") + QString::fromStdString(oc->minimumVersion)));
                if (e.contains("verified"))
                    QVERIFY2(oc->verified == e.at("verified").get<bool>(), qPrintable(where + QStringLiteral(" verified")));
                for (const Json &a : e.value("actionsInclude", Json::array()))
                    QVERIFY2(std::find(oc->actions.begin(), oc->actions.end(), a.get<std::string>()) != oc->actions.end(),
                             qPrintable(where + QStringLiteral(" lacks ") + QString::fromStdString(a.get<std::string>())));
                for (const Json &a : e.value("actionsExclude", Json::array()))
                    QVERIFY2(std::find(oc->actions.begin(), oc->actions.end(), a.get<std::string>()) == oc->actions.end(),
                             qPrintable(where + QStringLiteral(" has ") + QString::fromStdString(a.get<std::string>())));
            }
            for (const Json &f : entry.value("_findings", Json::array())) {
                const std::string op = f.value("operation", std::string());
                const std::string text = f.value("contains", std::string());
                const bool absent = f.value("absent", false);
                bool found = false;
                for (const Finding &g : c.findings) {
                    if (g.operation != op)
                        continue;
                    if (absent) {
                        found = found || (!text.empty() && (g.message.find(text) != std::string::npos || g.fix.find(text) != std::string::npos));
                    } else if (toId(g.severity) == f.at("severity").get<std::string>() && g.message.find(text) != std::string::npos) {
                        found = true;
                    }
                }
                const QString where = file + QLatin1Char(' ') + QString::fromStdString(std::string(toId(lt))) + QStringLiteral(" finding ") +
                                      QString::fromStdString(f.dump());
                QVERIFY2(found != absent, qPrintable(where));
            }
        }
    }

    void operationsAreListedInCatalogOrder()
    {
        const TaskDefinition td = makeTask({{"image", kEcrImage},
                                            {"secrets", Json::array({{{"name", "A"}, {"valueFrom", "p"}}})},
                                            {"logConfiguration", {{"logDriver", "awslogs"}, {"options", {{"awslogs-group", "g"}}}}}},
                                           {{"networkMode", "awsvpc"}});
        const Coverage c = computeCoverage(td, LaunchType::Ec2, {});
        QStringList ids;
        for (const OperationCoverage &oc : c.operations)
            ids << QString::fromStdString(oc.operation);
        QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("agent-control-plane ecr-pull awslogs ssm-parameters app-aws-api service-networking"));
    }

    void ec2WithoutExecutionRoleFallsBackForPullAndLogsButNotSecrets()
    {
        const TaskDefinition td =
            makeTask({{"image", kEcrImage},
                      {"logConfiguration", {{"logDriver", "awslogs"}, {"options", {{"awslogs-group", "g"}}}}},
                      {"secrets", Json::array({{{"name", "A"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}}})}});
        CoverageOptions options;
        options.overrides.instance = "arn:aws:iam::111122223333:role/ecsInstanceRole";
        const Coverage c = computeCoverage(td, LaunchType::Ec2, options);
        QCOMPARE(c.operation("ecr-pull")->via, Via::Fallback);
        QCOMPARE(c.operation("ecr-pull")->roleArn, std::string("arn:aws:iam::111122223333:role/ecsInstanceRole"));
        QCOMPARE(c.operation("awslogs")->coveredBy, RoleKind::Instance);
        QCOMPARE(c.operation("secrets-manager")->status, Status::MissingRole);
        const Finding *f = findingFor(c, "secrets-manager", Severity::Error);
        QVERIFY(f);
        QVERIFY(QString::fromStdString(f->fix).contains(QLatin1String("secretsmanager:GetSecretValue")));
        QVERIFY(QString::fromStdString(f->fix).contains(QLatin1String("ecs-tasks.amazonaws.com")));
        QVERIFY(c.hasErrors());
    }

    void ec2ApplicationWithoutTaskRoleReachesTheInstanceRoleWithAWarning()
    {
        const Coverage c = computeCoverage(makeTask({}), LaunchType::Ec2, {});
        const OperationCoverage *app = c.operation("app-aws-api");
        QCOMPARE(app->coveredBy, RoleKind::Instance);
        QCOMPARE(app->via, Via::Fallback);
        const Finding *f = findingFor(c, "app-aws-api", Severity::Warning);
        QVERIFY(f);
        const QString text = QString::fromStdString(f->message + ' ' + f->fix);
        QVERIFY2(text.contains(QLatin1String("ECS_AWSVPC_BLOCK_IMDS")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("iptables")), qPrintable(text));
        QVERIFY(!c.hasErrors());
    }

    void fargateWithoutTaskRoleIsOnlyInformation()
    {
        const Coverage c = computeCoverage(makeTask({}), LaunchType::Fargate, {});
        QCOMPARE(c.operation("app-aws-api")->status, Status::MissingRole);
        QVERIFY(findingFor(c, "app-aws-api", Severity::Info));
        QVERIFY(!c.hasErrors());
    }

    void fargateWithoutExecutionRoleCannotPullFromEcr()
    {
        const Coverage c = computeCoverage(makeTask({{"image", kEcrImage}}), LaunchType::Fargate, {});
        const Finding *f = findingFor(c, "ecr-pull", Severity::Error);
        QVERIFY(f);
        const QString message = QString::fromStdString(f->message);
        QVERIFY2(message.startsWith(QLatin1String("Fargate needs a task execution role")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CannotPullContainerError")), qPrintable(message));
        QVERIFY(QString::fromStdString(f->fix).startsWith(
            QLatin1String("Add executionRoleArn with a role that trusts ecs-tasks.amazonaws.com and allows ecr:GetAuthorizationToken")));
        QCOMPARE(f->pointer, std::string("/executionRoleArn"));
    }

    void publicImagesNeedNoEcrPermissions()
    {
        for (const char *image : {"public.ecr.aws/nginx/nginx:latest", "nginx:1.25", "docker.io/library/redis:7", "ghcr.io/org/app:1",
                                  "quay.io/prometheus/node-exporter"}) {
            const Coverage c = computeCoverage(makeTask({{"image", image}}), LaunchType::Fargate, {});
            QVERIFY2(!c.operation("ecr-pull"), image);
        }
    }

    void ecrResourcesAreDerivedFromTheImage()
    {
        const Coverage c =
            computeCoverage(makeTask({{"image", "123456789012.dkr.ecr.us-east-2.amazonaws.com/team/api@sha256:abc"}}), LaunchType::Ec2, {});
        QCOMPARE(c.operation("ecr-pull")->resources, std::vector<std::string>{"arn:aws:ecr:us-east-2:123456789012:repository/team/api"});
        const Coverage china = computeCoverage(makeTask({{"image", "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/api:1"}}), LaunchType::Ec2, {});
        QCOMPARE(china.operation("ecr-pull")->resources, std::vector<std::string>{"arn:aws-cn:ecr:cn-north-1:123456789012:repository/api"});
    }

    void awslogsCreateGroupAddsCreateLogGroup()
    {
        for (const char *value : {"true", "True", "1"}) {
            const TaskDefinition td =
                makeTask({{"logConfiguration",
                           {{"logDriver", "awslogs"},
                            {"options", {{"awslogs-group", "/ecs/web"}, {"awslogs-region", "us-west-2"}, {"awslogs-create-group", value}}}}}},
                         {{"executionRoleArn", kExecutionRole}});
            const Coverage c = computeCoverage(td, LaunchType::Fargate, {});
            const OperationCoverage *logs = c.operation("awslogs");
            QVERIFY2(std::count(logs->actions.begin(), logs->actions.end(), "logs:CreateLogGroup") == 1, value);
            QCOMPARE(logs->resources, std::vector<std::string>{"arn:aws:logs:us-west-2:111122223333:log-group:/ecs/web:*"});
        }
        const TaskDefinition off = makeTask({{"logConfiguration", {{"logDriver", "awslogs"}, {"options", {{"awslogs-create-group", "false"}}}}}});
        const Coverage c = computeCoverage(off, LaunchType::Ec2, {});
        const OperationCoverage *logs = c.operation("awslogs");
        QCOMPARE(std::count(logs->actions.begin(), logs->actions.end(), "logs:CreateLogGroup"), 0);
    }

    void secretsAreSplitByArnType()
    {
        const TaskDefinition td = makeTask(
            {{"logConfiguration",
              {{"logDriver", "splunk"}, {"secretOptions", Json::array({{{"name", "splunk-token"}, {"valueFrom", "/splunk/token"}}})}}},
             {"secrets", Json::array({{{"name", "A"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf:password::"}},
                                      {{"name", "B"}, {"valueFrom", "arn:aws:ssm:eu-west-1:111122223333:parameter/app/url"}},
                                      {{"name", "C"}, {"valueFrom", "/aws/reference/secretsmanager/legacy"}}})}},
            {{"executionRoleArn", kExecutionRole}});
        const Coverage c = computeCoverage(td, LaunchType::Fargate, {});
        QCOMPARE(c.operation("secrets-manager")->resources,
                 std::vector<std::string>{"arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"});
        const OperationCoverage *ssm = c.operation("ssm-parameters");
        // The bare names live in the Region the task's other ARNs name.
        QCOMPARE(ssm->resources, (std::vector<std::string>{"arn:aws:ssm:eu-west-1:111122223333:parameter/splunk/token",
                                                           "arn:aws:ssm:eu-west-1:111122223333:parameter/app/url",
                                                           "arn:aws:ssm:eu-west-1:111122223333:parameter/aws/reference/secretsmanager/legacy"}));
        QVERIFY(std::count(ssm->actions.begin(), ssm->actions.end(), "secretsmanager:GetSecretValue") == 1);
    }

    void placeholderRolesAreNotArnFindings()
    {
        const TaskDefinition td = makeTask({}, {{"taskRoleArn", "{{ecsTaskRoleArn}}"}, {"executionRoleArn", "CHANGEME_EXEC_ROLE"}});
        const Coverage c = computeCoverage(td, LaunchType::Fargate, {});
        int notArn = 0;
        for (const Finding &f : c.findings)
            notArn += QString::fromStdString(f.message).contains(QLatin1String("is not an ARN"));
        QCOMPARE(notArn, 2);
        QCOMPARE(c.operation("app-aws-api")->roleArn, std::string("{{ecsTaskRoleArn}}")); // kept as written
    }

    void firelensS3ConfigIsUnsupportedOnFargate()
    {
        const Coverage c = computeCoverage(taskNeeding("firelens-config-s3", true), LaunchType::Fargate, {});
        QCOMPARE(c.operation("firelens-config-s3")->status, Status::Unsupported);
        const Finding *f = findingFor(c, "firelens-config-s3", Severity::Error);
        QVERIFY(f);
        QVERIFY2(QString::fromStdString(f->message).contains(QLatin1String("not supported on Fargate")), f->message.c_str());
    }

    void firelensDestinationActionsFollowThePlugin()
    {
        const Coverage c = computeCoverage(taskNeeding("firelens-destination", true), LaunchType::Ec2, {});
        const OperationCoverage *fl = c.operation("firelens-destination");
        QCOMPARE(fl->coveredBy, RoleKind::Task);
        QVERIFY(std::count(fl->actions.begin(), fl->actions.end(), "firehose:PutRecordBatch") == 1);
        QCOMPARE(fl->resources, std::vector<std::string>{"arn:aws:firehose:*:111122223333:deliverystream/s"});
    }

    void executeCommandNeedsATaskRole()
    {
        CoverageOptions options;
        options.enableExecuteCommand = true;
        QVERIFY(!computeCoverage(makeTask({}), LaunchType::Fargate, {}).operation("ecs-exec"));
        const Coverage c = computeCoverage(makeTask({}), LaunchType::Fargate, options);
        QCOMPARE(c.operation("ecs-exec")->status, Status::MissingRole);
        QVERIFY(findingFor(c, "ecs-exec", Severity::Error));
        options.overrides.task = kTaskRole;
        QCOMPARE(computeCoverage(makeTask({}), LaunchType::Fargate, options).operation("ecs-exec")->status, Status::Unverified);
    }

    void overridesReplaceTheTaskDefinitionsRoles()
    {
        CoverageOptions options;
        options.overrides.execution = "arn:aws:iam::999999999999:role/other";
        const Coverage c = computeCoverage(makeTask({{"image", kEcrImage}}, {{"executionRoleArn", kExecutionRole}}), LaunchType::Fargate, options);
        QCOMPARE(c.roles.execution, std::string("arn:aws:iam::999999999999:role/other"));
        QCOMPARE(c.operation("ecr-pull")->roleArn, std::string("arn:aws:iam::999999999999:role/other"));
    }

    void efsIamWithoutTransitEncryptionIsAnError()
    {
        const TaskDefinition td = makeTask(
            {},
            {{"taskRoleArn", kTaskRole},
             {"volumes", Json::array({{{"name", "d"},
                                       {"efsVolumeConfiguration", {{"fileSystemId", "fs-1"}, {"authorizationConfig", {{"iam", "ENABLED"}}}}}}})}});
        const Coverage c = computeCoverage(td, LaunchType::Fargate, {});
        const Finding *f = findingFor(c, "efs-iam", Severity::Error);
        QVERIFY(f);
        QCOMPARE(f->pointer, std::string("/volumes/0/efsVolumeConfiguration/transitEncryption"));
    }

    void launchTypesDefaultToClusterThenCompatibilitiesThenEc2()
    {
        const TaskDefinition none = makeTask({});
        QCOMPARE(defaultLaunchTypes(none, nullptr), std::vector<LaunchType>{LaunchType::Ec2});
        const TaskDefinition both = makeTask({}, {{"requiresCompatibilities", {"EC2", "{{launchtype}}", "FARGATE"}}});
        QCOMPARE(defaultLaunchTypes(both, nullptr), (std::vector<LaunchType>{LaunchType::Ec2, LaunchType::Fargate}));
        Cluster cluster;
        cluster.launchType = LaunchType::External;
        QCOMPARE(defaultLaunchTypes(both, &cluster), std::vector<LaunchType>{LaunchType::External});
        const Coverage c = computeCoverage(both, LaunchType::Ec2, {});
        QVERIFY(std::any_of(c.findings.begin(), c.findings.end(),
                            [](const Finding &f) { return f.message.find("\"{{launchtype}}\", which is not a launch type") != std::string::npos; }));
    }

    void firelensToANonAwsDestinationNeedsNoRole()
    {
        const Json router = {{"name", "router"},
                             {"image", "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"},
                             {"firelensConfiguration", {{"type", "fluentbit"}}}};
        auto taskLoggingTo = [&](const Json &options) {
            Json app = {{"name", "app"}, {"image", "httpd"}, {"logConfiguration", {{"logDriver", "awsfirelens"}, {"options", options}}}};
            return importText(Json({{"family", "f"}, {"containerDefinitions", {router, app}}}).dump(), "f.json").taskDefinitions.at(0);
        };
        const Coverage forward = computeCoverage(taskLoggingTo({{"Name", "forward"}, {"Host", "agg"}}), LaunchType::Fargate, {});
        QVERIFY(!forward.operation("firelens-destination"));
        QVERIFY(!forward.hasErrors());
        // Option keys are case-insensitive in Fluent Bit; the router sends, with the task role.
        const Coverage cw = computeCoverage(
            taskLoggingTo({{"name", "cloudwatch_logs"}, {"Region", "eu-west-1"}, {"log_group_name", "g"}, {"auto_create_group", "true"}}),
            LaunchType::Ec2, {});
        const OperationCoverage *fl = cw.operation("firelens-destination");
        QVERIFY(fl);
        QCOMPARE(fl->containers, std::vector<std::string>{"router"});
        QVERIFY(std::count(fl->actions.begin(), fl->actions.end(), "logs:PutLogEvents") == 1);
        QVERIFY(std::count(fl->actions.begin(), fl->actions.end(), "logs:CreateLogGroup") == 1);
        QCOMPARE(fl->resources, std::vector<std::string>{"arn:aws:logs:eu-west-1:*:log-group:g:*"});
        const Coverage unnamed = computeCoverage(taskLoggingTo(Json::object()), LaunchType::Ec2, {});
        QVERIFY(findingFor(unnamed, "firelens-destination", Severity::Info));
    }

    void ecrHostsInEveryForm_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("repository");
        QTest::newRow("port") << "123456789012.dkr.ecr.us-east-1.amazonaws.com:443/web"
                              << "arn:aws:ecr:us-east-1:123456789012:repository/web";
        QTest::newRow("upper case") << "123456789012.DKR.ECR.us-east-1.amazonaws.com/web:1"
                                    << "arn:aws:ecr:us-east-1:123456789012:repository/web";
        QTest::newRow("fips") << "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/web"
                              << "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/web";
        QTest::newRow("dual-stack") << "123456789012.dkr-ecr.eu-west-1.on.aws/team/web@sha256:0f"
                                    << "arn:aws:ecr:eu-west-1:123456789012:repository/team/web";
        QTest::newRow("dual-stack fips") << "123456789012.dkr-ecr-fips.us-east-1.on.aws/web"
                                         << "arn:aws:ecr:us-east-1:123456789012:repository/web";
        QTest::newRow("china dual-stack") << "123456789012.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn/web"
                                          << "arn:aws-cn:ecr:cn-north-1:123456789012:repository/web";
        QTest::newRow("not ecr") << "registry.example.com:5000/web"
                                 << "";
        QTest::newRow("lookalike") << "dkr.ecr.evil.example.com/web"
                                   << "";
    }

    void ecrHostsInEveryForm()
    {
        QFETCH(QString, image);
        QFETCH(QString, repository);
        const Coverage c = computeCoverage(makeTask({{"image", image.toStdString()}}), LaunchType::Fargate, {});
        const OperationCoverage *ecr = c.operation("ecr-pull");
        if (repository.isEmpty()) {
            QVERIFY(!ecr);
            return;
        }
        QVERIFY(ecr);
        QCOMPARE(QString::fromStdString(ecr->resources.at(0)), repository);
    }

    void partialSecretArnsMatchTheRealSecret()
    {
        const TaskDefinition td = makeTask(
            {{"secrets", Json::array({{{"name", "A"}, {"valueFrom", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db:password::"}}})}});
        const Coverage c = computeCoverage(td, LaunchType::Ec2, {});
        QCOMPARE(c.operation("secrets-manager")->resources,
                 std::vector<std::string>{"arn:aws:secretsmanager:us-east-1:111111111111:secret:db-??????"});
    }

    void partitionComesFromTheRolesWithoutARegion()
    {
        const TaskDefinition td = makeTask({{"secrets", Json::array({{{"name", "A"}, {"valueFrom", "/db/pass"}}})}},
                                           {{"executionRoleArn", "arn:aws-cn:iam::123456789012:role/e"}});
        const Coverage c = computeCoverage(td, LaunchType::Ec2, {});
        QCOMPARE(c.operation("ssm-parameters")->resources, std::vector<std::string>{"arn:aws-cn:ssm:*:123456789012:parameter/db/pass"});
    }

    void aShortTaskRoleNameIsValid()
    {
        const Coverage c = computeCoverage(makeTask({}, {{"taskRoleArn", "myAppRole"}, {"executionRoleArn", "myExecRole"}}), LaunchType::Fargate, {});
        int notArn = 0;
        for (const Finding &f : c.findings)
            notArn += f.message.find("is not an ARN") != std::string::npos;
        QCOMPARE(notArn, 1); // executionRoleArn takes only an ARN
    }

    void aFallbackRoleNeedingMoreThanUsualIsAWarning()
    {
        const TaskDefinition td =
            makeTask({{"logConfiguration", {{"logDriver", "awslogs"}, {"options", {{"awslogs-group", "g"}, {"awslogs-create-group", "true"}}}}}});
        const Coverage c = computeCoverage(td, LaunchType::Ec2, {});
        const Finding *f = findingFor(c, "awslogs", Severity::Warning);
        QVERIFY(f);
        QVERIFY2(f->message.find("logs:CreateLogGroup") != std::string::npos, f->message.c_str());
        // On ECS Anywhere the create-group need is not documented: the result says so.
        const Coverage external = computeCoverage(td, LaunchType::External, {});
        QVERIFY(!external.operation("awslogs")->verified);
        QVERIFY(
            computeCoverage(makeTask({{"logConfiguration", {{"logDriver", "awslogs"}}}}), LaunchType::External, {}).operation("awslogs")->verified);
    }

    void sampleTellsTheEc2VersusFargateStory()
    {
        const Workspace ws = loadSample();
        const std::vector<Coverage> results = computeWorkspaceCoverage(ws, {}, {});
        auto find = [&](const std::string &name) -> const Coverage * {
            for (const Coverage &c : results)
                if (c.taskDefinition == name)
                    return &c;
            return nullptr;
        };
        const Coverage *ec2 = find("catalog-api:7");
        const Coverage *fargate = find("catalog-api-fargate:1");
        QVERIFY(ec2 && fargate);
        QCOMPARE(ec2->launchType, LaunchType::Ec2);
        QCOMPARE(ec2->operation("ecr-pull")->via, Via::Fallback);
        QCOMPARE(ec2->operation("ecr-pull")->roleArn, std::string("arn:aws:iam::111122223333:role/ecsInstanceRole"));
        QVERIFY(!ec2->hasErrors());
        QCOMPARE(fargate->launchType, LaunchType::Fargate);
        QCOMPARE(fargate->operation("ecr-pull")->status, Status::MissingRole);
        QVERIFY(fargate->hasErrors());
    }

    void everyCorpusTaskDefinitionIsCoveredOnEveryLaunchType()
    {
        for (const QString &dir : {QStringLiteral("taskdefs"), QStringLiteral("describe")})
            for (const QString &path : test::filesIn(test::corpusDir(dir), {QStringLiteral("*.json")})) {
                const Workspace ws = importFiles({path.toStdString()});
                const std::vector<LaunchType> all(kAllLaunchTypes.begin(), kAllLaunchTypes.end());
                for (const Coverage &c : computeWorkspaceCoverage(ws, all, {})) {
                    QVERIFY(c.operation("agent-control-plane") && c.operation("app-aws-api"));
                    for (const OperationCoverage &oc : c.operations)
                        QVERIFY2(oc.status == Status::Unsupported || oc.coveredBy, qPrintable(path));
                }
            }
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
