// SPDX-License-Identifier: Apache-2.0
// IAM: policy evaluation cases from the AWS policy-evaluation documentation, trust, every real
// dump of the corpus, statuses that become real with IAM data, and generated least-privilege
// policies that allow exactly what the task needs.

#include "TestSupport.h"
#include "core/InputError.h"
#include "engine/CoverageEngine.h"
#include "engine/PolicyGenerator.h"
#include "iam/IamData.h"
#include "io/Importer.h"

#include <QtTest>

#include <set>

// Policies with "/*" are ordinary literals split as "/" "*": moc reads /* inside a raw string as a comment.

using namespace rolemap;

namespace {

PolicyDocument policy(const char *json)
{
    return readPolicyDocument(Json::parse(json), "test", "");
}

Decision decide(const PolicyDocument &p, const std::string &action, const std::string &resource, const PolicyDocument *boundary = nullptr)
{
    return evaluate({&p}, boundary, action, resource).decision;
}

IamRole role(const std::string &name, const char *trust, std::vector<PolicyDocument> inlinePolicies)
{
    IamRole r;
    r.arn = "arn:aws:iam::111122223333:role/" + name;
    r.name = name;
    r.trust = policy(trust);
    r.inlinePolicies = std::move(inlinePolicies);
    return r;
}

const char *kEcsTasksTrust =
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]})";

TaskDefinition fargateTask()
{
    return importText(
               R"({"family":"web","executionRoleArn":"arn:aws:iam::111122223333:role/exec","taskRoleArn":"arn:aws:iam::111122223333:role/app",)"
               R"("requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","containerDefinitions":[{"name":"web",)"
               R"("image":"111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:1",)"
               R"("logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/web","awslogs-region":"eu-west-1","awslogs-create-group":"true"}},)"
               R"("secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}],)"
               R"("environmentFiles":[{"value":"arn:aws:s3:::cfg-bucket/web.env","type":"s3"}]}]})",
               "web.json")
        .taskDefinitions.at(0);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void explicitDenyOverridesAllow()
    {
        const PolicyDocument p = policy(R"({"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},)"
                                        "{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"arn:aws:s3:::b/"
                                        "*\"}]}");
        QCOMPARE(decide(p, "s3:GetObject", "arn:aws:s3:::b/k"), Decision::Allowed);
        const Evaluation e = evaluate({&p}, nullptr, "s3:DeleteObject", "arn:aws:s3:::b/k");
        QCOMPARE(e.decision, Decision::ExplicitDeny);
        QCOMPARE(e.statement->sid, std::string("NoDelete"));
        QCOMPARE(decide(p, "s3:DeleteObject", "arn:aws:s3:::other/k"), Decision::Allowed);
    }

    void implicitDenyWithoutAMatchingAllow()
    {
        const PolicyDocument p =
            policy("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws:logs:*:*:log-group:/ecs/"
                   "*\"}}");
        QCOMPARE(decide(p, "logs:PutLogEvents", "arn:aws:logs:eu-west-1:1:log-group:/ecs/web:*"), Decision::Allowed);
        QCOMPARE(decide(p, "logs:CreateLogGroup", "arn:aws:logs:eu-west-1:1:log-group:/ecs/web:*"), Decision::ImplicitDeny);
        QCOMPARE(decide(p, "logs:PutLogEvents", "arn:aws:logs:eu-west-1:1:log-group:/other:*"), Decision::ImplicitDeny);
    }

    void notActionAndNotResource()
    {
        const PolicyDocument notAction = policy(R"({"Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"}]})");
        QCOMPARE(decide(notAction, "s3:GetObject", "*"), Decision::Allowed);
        QCOMPARE(decide(notAction, "iam:CreateUser", "*"), Decision::ImplicitDeny);
        const PolicyDocument notResource =
            policy("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"NotResource\":\"arn:aws:s3:::secret/"
                   "*\"}]}");
        QCOMPARE(decide(notResource, "s3:GetObject", "arn:aws:s3:::public/x"), Decision::Allowed);
        QCOMPARE(decide(notResource, "s3:GetObject", "arn:aws:s3:::secret/x"), Decision::ImplicitDeny);
    }

    void wildcardsAndCase()
    {
        QVERIFY(wildcardMatch("ecr:Batch*", "ECR:BATCHGETIMAGE", true));
        QVERIFY(!wildcardMatch("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x", false)); // resources are case-sensitive
        QVERIFY(wildcardMatch("arn:aws:s3:::b/?.env", "arn:aws:s3:::b/a.env", false));
        QVERIFY(!wildcardMatch("arn:aws:s3:::b/?.env", "arn:aws:s3:::b/ab.env", false));
        QVERIFY(wildcardMatch("*", "", false));
        QVERIFY(wildcardMatch("a*b*c", "aXXbYYbZc", false));
        const PolicyDocument p = policy(R"({"Statement":[{"Effect":"Allow","Action":"ECR:get*","Resource":"*"}]})");
        QCOMPARE(decide(p, "ecr:GetAuthorizationToken", "*"), Decision::Allowed);
    }

    void boundariesIntersect()
    {
        const PolicyDocument identity = policy(R"({"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})");
        const PolicyDocument boundary = policy(R"({"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]})");
        QCOMPARE(decide(identity, "s3:GetObject", "arn:aws:s3:::b/k", &boundary), Decision::Allowed);
        QCOMPARE(decide(identity, "s3:PutObject", "arn:aws:s3:::b/k", &boundary), Decision::ImplicitDeny);
        const PolicyDocument none = policy(R"({"Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]})");
        QCOMPARE(decide(none, "s3:GetObject", "arn:aws:s3:::b/k", &boundary), Decision::ImplicitDeny); // the boundary grants nothing
    }

    void conditionsAreReportedNotGuessed()
    {
        const PolicyDocument p = policy(R"({"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",)"
                                        R"("Condition":{"StringEquals":{"aws:ResourceAccount":"111122223333"}}}]})");
        const Evaluation e = evaluate({&p}, nullptr, "s3:GetObject", "arn:aws:s3:::b/k");
        QCOMPARE(e.decision, Decision::Conditional);
        QCOMPARE(e.conditionKeys, std::vector<std::string>{"StringEquals aws:ResourceAccount"});
    }

    void trustPolicies()
    {
        QCOMPARE(evaluateTrust(policy(kEcsTasksTrust), "ecs-tasks.amazonaws.com").decision, Decision::Allowed);
        QCOMPARE(evaluateTrust(policy(kEcsTasksTrust), "ec2.amazonaws.com").decision, Decision::ImplicitDeny);
        const PolicyDocument list = policy(
            R"({"Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","ecs-tasks.amazonaws.com"]},"Action":["sts:AssumeRole"]}]})");
        QCOMPARE(evaluateTrust(list, "ecs-tasks.amazonaws.com").decision, Decision::Allowed);
        const PolicyDocument denied = policy(R"({"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},)"
                                             R"({"Effect":"Deny","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:*"}]})");
        QCOMPARE(evaluateTrust(denied, "ecs-tasks.amazonaws.com").decision, Decision::ExplicitDeny);
        const PolicyDocument notPrincipal =
            policy(R"({"Statement":[{"Effect":"Allow","NotPrincipal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})");
        // NotPrincipal with Allow is not supported in trust policies: it lets nobody in.
        QCOMPARE(evaluateTrust(notPrincipal, "ecs-tasks.amazonaws.com").decision, Decision::ImplicitDeny);
        QCOMPARE(evaluateTrust(notPrincipal, "ec2.amazonaws.com").decision, Decision::ImplicitDeny);
        // A Deny under conditions makes the Allow conditional.
        const PolicyDocument guarded = policy(
            R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"},{"Effect":"Deny","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringNotEquals":{"aws:SourceAccount":"1"}}}]})");
        QCOMPARE(evaluateTrust(guarded, "ecs-tasks.amazonaws.com").decision, Decision::Conditional);
        // IAM returns documents URL-encoded.
        const PolicyDocument encoded =
            readPolicyDocument(Json(std::string("%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ecs-"
                                                "tasks.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D")),
                               "enc", "");
        QCOMPARE(evaluateTrust(encoded, "ecs-tasks.amazonaws.com").decision, Decision::Allowed);
    }

    void everyRealIamFileImports_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : test::filesIn(test::corpusDir(QStringLiteral("iam"))))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyRealIamFileImports()
    {
        QFETCH(QString, path);
        const Workspace ws = importFiles({path.toStdString()});
        QCOMPARE(ws.iamDocuments.size(), size_t(1));
        const IamData data = IamData::fromWorkspace(ws);
        if (path.contains(QLatin1String("authorization-details")) || path.contains(QLatin1String("authz")) || path.contains(QLatin1String("GetRole")))
            QVERIFY(!data.empty());
        for (const auto &[arn, r] : data.roles()) {
            QVERIFY(!r.name.empty());
            QVERIFY(!r.trust.statements.empty());
        }
    }

    void malformedPoliciesAreRefusedWithThePointer()
    {
        try {
            importText(
                R"({"RoleDetailList":[{"Arn":"arn:aws:iam::1:role/x","RoleName":"x","AssumeRolePolicyDocument":{"Statement":[{"Effect":"Maybe"}]}}]})",
                "iam.json");
            QFAIL("accepted");
        } catch (const InputError &e) {
            QVERIFY2(QString::fromStdString(e.toString())
                         .startsWith(QLatin1String("iam.json: /RoleDetailList/0/AssumeRolePolicyDocument/Statement/0/Effect")),
                     e.what());
        }
    }

    void wrongTypesInIamDataAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("Effect a number")
            << R"({"Role":{"Arn":"arn:aws:iam::1:role/x","RoleName":"x","AssumeRolePolicyDocument":{"Statement":[{"Effect":1,"Action":"sts:AssumeRole"}]}}})";
        QTest::newRow("RolePolicyList of numbers") << R"({"RoleDetailList":[{"Arn":"arn:aws:iam::1:role/x","RoleName":"x","RolePolicyList":[5]}]})";
        QTest::newRow("RoleName a number") << R"({"RoleName":5,"PolicyName":"p","PolicyDocument":{"Statement":[]}})";
        QTest::newRow("IsDefaultVersion a string")
            << R"({"RoleDetailList":[],"Policies":[{"Arn":"arn:aws:iam::1:policy/p","PolicyVersionList":[{"IsDefaultVersion":"true","Document":{"Statement":[]}}]}]})";
    }

    void wrongTypesInIamDataAreErrorsNotCrashes()
    {
        QFETCH(QString, json);
        try {
            importText(json.toStdString(), "iam.json");
        } catch (const InputError &e) {
            QVERIFY(QString::fromStdString(e.toString()).startsWith(QLatin1String("iam.json: ")));
        }
    }

    void actionsWithoutResourcesNeedResourceStar()
    {
        const PolicyDocument p = policy(R"({"Statement":[{"Effect":"Allow","Action":"ecr:*","Resource":"arn:aws:ecr:eu-west-1:1:repository/web"}]})");
        QCOMPARE(decide(p, "ecr:GetAuthorizationToken", "*"), Decision::ImplicitDeny);
        QCOMPARE(decide(p, "ecr:BatchGetImage", "arn:aws:ecr:eu-west-1:1:repository/web"), Decision::Allowed);
        // A conditional Deny takes away an unconditional Allow, wherever it stands.
        const PolicyDocument q = policy(
            R"({"Statement":[{"Effect":"Allow","Action":"ecr:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}},{"Effect":"Allow","Action":"ecr:*","Resource":"*"},{"Effect":"Deny","Action":"ecr:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]})");
        QCOMPARE(decide(q, "ecr:BatchGetImage", "*"), Decision::Conditional);
        // Policy strings: a literal '+' stays (IAM encodes it as %2B); plain JSON strings are read as they are.
        const PolicyDocument plus =
            readPolicyDocument(Json(std::string("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::a+b/"
                                                "*\"}]}")),
                               "p", "");
        QCOMPARE(plus.statements[0].resources[0], std::string("arn:aws:s3:::a+b/"
                                                              "*"));
    }

    void rolePoliciesAttachWhateverTheFileOrder()
    {
        const Json getRole = Json::parse(
            R"({"Role":{"Arn":"arn:aws:iam::111122223333:role/exec","RoleName":"exec","AssumeRolePolicyDocument":{"Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}}})");
        const Json rolePolicy = Json::parse(
            R"({"RoleName":"exec","PolicyName":"pull","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"}]}})");
        for (bool policyFirst : {false, true}) {
            Workspace ws;
            ws.iamDocuments = policyFirst ? std::vector<Workspace::IamDocument>{{"p.json", rolePolicy}, {"r.json", getRole}}
                                          : std::vector<Workspace::IamDocument>{{"r.json", getRole}, {"p.json", rolePolicy}};
            const IamData data = IamData::fromWorkspace(ws);
            QCOMPARE(data.role("arn:aws:iam::111122223333:role/exec")->inlinePolicies.size(), size_t(1));
        }
    }

    void statusesBecomeReal()
    {
        IamData iam;
        const TaskDefinition td = fargateTask();
        CoverageOptions options;
        options.iam = &iam;
        // The execution role has the managed policy and nothing else: secrets, env files and CreateLogGroup are missing.
        IamRole exec = role("exec", kEcsTasksTrust, {});
        exec.attachedPolicyArns = {"arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"};
        iam.addRole(exec);
        iam.addRole(role("app", R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})", {}));
        Coverage c = computeCoverage(td, LaunchType::Fargate, options);
        QCOMPARE(c.operation("ecr-pull")->status, Status::Ok);
        QVERIFY(c.operation("ecr-pull")->decidedBy.find("AmazonECSTaskExecutionRolePolicy") != std::string::npos);
        QCOMPARE(c.operation("awslogs")->status, Status::NotAllowed); // awslogs-create-group
        QCOMPARE(c.operation("awslogs")->missingActions,
                 std::vector<std::string>{"logs:CreateLogGroup on arn:aws:logs:eu-west-1:111122223333:log-group:/ecs/web:*"});
        QCOMPARE(c.operation("secrets-manager")->status, Status::NotAllowed);
        QCOMPARE(c.operation("app-aws-api")->status, Status::NotTrusted); // trusted by ec2, not ecs-tasks
        QVERIFY(std::any_of(c.findings.begin(), c.findings.end(),
                            [](const Finding &f) { return f.message.find("trusted by ec2.amazonaws.com") != std::string::npos; }));
        // A Deny names its statement; a condition makes the answer conditional.
        exec.inlinePolicies.push_back(policy(
            R"({"Statement":[{"Sid":"NoSecrets","Effect":"Deny","Action":"secretsmanager:*","Resource":"*"},)"
            R"({"Effect":"Allow","Action":["s3:GetObject","s3:GetBucketLocation"],"Resource":"*","Condition":{"StringEquals":{"aws:ResourceAccount":"111122223333"}}},)"
            R"({"Effect":"Allow","Action":"logs:CreateLogGroup","Resource":"*"}]})"));
        iam.addRole(exec);
        c = computeCoverage(td, LaunchType::Fargate, options);
        QCOMPARE(c.operation("secrets-manager")->status, Status::Denied);
        QVERIFY(c.operation("secrets-manager")->detail.find("NoSecrets") != std::string::npos);
        QCOMPARE(c.operation("environment-files")->status, Status::Conditional);
        QCOMPARE(c.operation("awslogs")->status, Status::Ok);
        QVERIFY(c.hasErrors());
    }

    void instanceRolePermissionsReachableThroughImds()
    {
        IamData iam;
        IamRole host =
            role("ecsInstanceRole", R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})",
                 {policy(R"({"Statement":[{"Effect":"Allow","Action":"dynamodb:Scan","Resource":"*"}]})")});
        host.inlinePolicies[0].name = "reports-table";
        host.attachedPolicyArns = {"arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"};
        iam.addRole(host);
        CoverageOptions options;
        options.iam = &iam;
        options.overrides.instance = host.arn;
        const TaskDefinition td =
            importText(R"({"family":"t","containerDefinitions":[{"name":"a","image":"nginx"}]})", "t.json").taskDefinitions.at(0);
        const Coverage c = computeCoverage(td, LaunchType::Ec2, options);
        QVERIFY(std::any_of(c.findings.begin(), c.findings.end(),
                            [](const Finding &f) { return f.message.find("through instance metadata (reports-table)") != std::string::npos; }));
        QVERIFY(std::none_of(c.findings.begin(), c.findings.end(),
                             [](const Finding &f) { return f.message.find("AmazonEC2ContainerServiceforEC2Role") != std::string::npos; }));
    }

    void theSampleIsCheckedAgainstItsRoles()
    {
        const Workspace ws = loadSample();
        const std::vector<Coverage> results = computeWorkspaceCoverage(ws, {}, {});
        for (const Coverage &c : results)
            for (const OperationCoverage &oc : c.operations)
                QVERIFY2(oc.status != Status::NotAllowed && oc.status != Status::NotTrusted && oc.status != Status::Denied,
                         (c.taskDefinition + " " + oc.operation + ": " + oc.detail).c_str());
        QCOMPARE(results[0].operation("ecr-pull")->status, Status::Ok); // the instance role's managed policy, built in
    }

    // The generated policy allows every required action and nothing the task does not need.
    void generatedPoliciesAreLeastPrivilege_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("execution") << "execution";
        QTest::newRow("task") << "task";
    }

    void generatedPoliciesAreLeastPrivilege()
    {
        QFETCH(QString, kind);
        const RoleKind roleKind = *roleKindFromId(kind.toStdString());
        TaskDefinition td = fargateTask();
        td = importText(Json::parse(Json(td.document).dump()).dump(), "web.json").taskDefinitions.at(0);
        CoverageOptions plain;
        plain.enableExecuteCommand = true;
        const Coverage needed = computeCoverage(td, LaunchType::Fargate, plain);
        const Json generated = leastPrivilegePolicy({needed}, roleKind, RulesCatalog::builtIn());
        IamData iam;
        IamRole r = role(kind == QLatin1String("task") ? "app" : "exec", kEcsTasksTrust, {readPolicyDocument(generated, "generated", "")});
        iam.addRole(r);
        iam.addRole(role(kind == QLatin1String("task") ? "exec" : "app", kEcsTasksTrust,
                         {policy(R"({"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]})")}));
        CoverageOptions withIam = plain;
        withIam.iam = &iam;
        const Coverage checked = computeCoverage(td, LaunchType::Fargate, withIam);
        std::set<std::string> needs;
        for (const OperationCoverage &oc : checked.operations) {
            if (oc.coveredBy != roleKind)
                continue;
            QVERIFY2(oc.status == Status::Ok, (oc.operation + ": " + oc.detail).c_str());
            needs.insert(oc.actions.begin(), oc.actions.end());
        }
        QVERIFY(!needs.empty());
        for (const Json &s : generated.at("Statement"))
            for (const Json &a : s.at("Action"))
                QVERIFY2(needs.count(a.get<std::string>()), a.get<std::string>().c_str());
        const PolicyDocument doc = readPolicyDocument(generated, "generated", "");
        QCOMPARE(evaluate({&doc}, nullptr, "s3:DeleteBucket", "*").decision, Decision::ImplicitDeny);
        QCOMPARE(evaluate({&doc}, nullptr, "iam:PassRole", "*").decision, Decision::ImplicitDeny);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
