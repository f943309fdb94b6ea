// SPDX-License-Identifier: Apache-2.0
// The teaching features' logic: the walkthrough's phases and step order against the catalog, the
// quiz's answers against the catalog's cells, and what changes between two launch types.

#include "TestSupport.h"
#include "core/InputError.h"
#include "engine/CoverageEngine.h"
#include "io/Importer.h"
#include "teaching/LaunchTypeDiff.h"
#include "teaching/Quiz.h"
#include "teaching/Walkthrough.h"

#include <QTest>

#include <set>

using namespace rolemap;

namespace {

// A task that needs something in every phase a task definition can reach.
const char *kBusyTask = R"({
  "family": "busy",
  "executionRoleArn": "arn:aws:iam::111122223333:role/exec",
  "taskRoleArn": "arn:aws:iam::111122223333:role/app",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["EC2", "FARGATE"],
  "cpu": "512", "memory": "1024",
  "containerDefinitions": [{
    "name": "web",
    "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:1",
    "secrets": [{"name": "DB", "valueFrom": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"}],
    "environmentFiles": [{"value": "arn:aws:s3:::cfg/web.env", "type": "s3"}],
    "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/web", "awslogs-region": "eu-west-1"}},
    "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]
  }],
  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-12345678",
               "transitEncryption": "ENABLED", "authorizationConfig": {"iam": "ENABLED"}}}]
})";

Coverage coverageOf(const char *json, LaunchType t)
{
    const Workspace ws = importText(json, "busy.json");
    return computeCoverage(ws.taskDefinitions.at(0), t, {});
}

std::vector<std::string> stepOperations(const std::vector<WalkthroughStep> &steps)
{
    std::vector<std::string> out;
    for (const WalkthroughStep &s : steps)
        out.push_back(s.operation ? s.operation->operation : "(" + s.phase->id + ")");
    return out;
}

Json walkthroughWith(const std::function<void(Json &)> &change)
{
    Json doc = test::readJson(QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/rules/walkthrough.json"));
    change(doc);
    return doc;
}

} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT
private slots:
    void everyOperationIsInOnePhase()
    {
        const Walkthrough &w = Walkthrough::builtIn();
        std::multiset<std::string> seen;
        for (const WalkthroughPhase &p : w.phases()) {
            QVERIFY(!p.sources.empty());
            QVERIFY(!p.title.ja.empty());
            QVERIFY(!p.text.ja.empty());
            for (const std::string &op : p.operations)
                seen.insert(op);
        }
        for (const CatalogOperation &op : RulesCatalog::builtIn().operations())
            QCOMPARE(seen.count(op.id), size_t(1));
        QCOMPARE(seen.size(), RulesCatalog::builtIn().operations().size());
    }

    // The order of a task's start as the ECS agent runs it (walkthrough.json's sources): placement,
    // networking, registry credentials and EFS/FSx volumes before the pull, secrets and files before
    // the container is created, the log driver and ECS Exec's agent at start, the application last.
    void stepsFollowTheAgentsOrder_data()
    {
        QTest::addColumn<int>("launchType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("EC2") << int(LaunchType::Ec2)
                             << QStringLiteral("agent-control-plane service-networking efs-iam ecr-pull secrets-manager environment-files "
                                               "awslogs app-aws-api"); // awsvpc: an ENI on EC2 too
        QTest::newRow("Fargate") << int(LaunchType::Fargate)
                                 << QStringLiteral("agent-control-plane service-networking efs-iam ecr-pull secrets-manager "
                                                   "environment-files awslogs app-aws-api");
    }
    void stepsFollowTheAgentsOrder()
    {
        QFETCH(int, launchType);
        QFETCH(QString, expected);
        const Coverage c = coverageOf(kBusyTask, LaunchType(launchType));
        const auto steps = Walkthrough::builtIn().steps(c, RulesCatalog::builtIn());
        QStringList got;
        for (const std::string &op : stepOperations(steps))
            got << QString::fromStdString(op);
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
        // Every operation the task needs is a step, once.
        QCOMPARE(size_t(got.size()), c.operations.size());
    }

    // With App Mesh, Envoy is healthy before the application starts; ECS Exec's agent starts with the
    // containers (a missing ssmmessages permission shows at task start); registry credentials come
    // before the pull.
    void meshExecAndRegistryCredentialsTakeTheirPlace()
    {
        const Workspace ws = importText(R"({
          "family": "mesh", "executionRoleArn": "arn:aws:iam::111122223333:role/exec",
          "taskRoleArn": "arn:aws:iam::111122223333:role/app", "networkMode": "awsvpc",
          "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy"},
          "containerDefinitions": [
            {"name": "app", "image": "registry.example.com/app:1",
             "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:reg-AbCdEf"},
             "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/app"}}},
            {"name": "envoy", "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/envoy:1"}]})",
                                        "mesh.json");
        CoverageOptions options;
        options.enableExecuteCommand = true;
        const Coverage c = computeCoverage(ws.taskDefinitions.at(0), LaunchType::Ec2, options);
        QStringList got;
        for (const std::string &op : stepOperations(Walkthrough::builtIn().steps(c, RulesCatalog::builtIn())))
            got << QString::fromStdString(op);
        QCOMPARE(got.join(QLatin1Char(' ')), QStringLiteral("agent-control-plane service-networking registry-auth ecr-pull app-mesh-envoy "
                                                            "awslogs ecs-exec app-aws-api"));
    }

    void stepsAreInPhaseOrderOnEveryLaunchType()
    {
        const Walkthrough &w = Walkthrough::builtIn();
        for (LaunchType t : kAllLaunchTypes) {
            const Coverage c = coverageOf(kBusyTask, t);
            const auto steps = w.steps(c, RulesCatalog::builtIn());
            QVERIFY(!steps.empty());
            QCOMPARE(steps.front().phase->id, std::string("place"));
            int last = -1;
            for (const WalkthroughStep &s : steps) {
                const int phase = int(s.phase - w.phases().data());
                QVERIFY2(phase >= last, s.phase->id.c_str());
                last = phase;
            }
        }
    }

    void fargateTextSaysFargateProvisions()
    {
        const WalkthroughPhase &place = Walkthrough::builtIn().phases().front();
        QVERIFY(place.textFor(LaunchType::Fargate).en.find("Fargate provisions") != std::string::npos);
        QVERIFY(place.textFor(LaunchType::Ec2).en.find("registered") != std::string::npos);
    }

    void aFailingStepCarriesTheAwsError()
    {
        // The sample's task has no execution role: on Fargate the pull and the logs fail.
        const Workspace ws = loadSample();
        const Coverage c = computeCoverage(ws.taskDefinitions.at(0), LaunchType::Fargate, {});
        const auto steps = Walkthrough::builtIn().steps(c, RulesCatalog::builtIn());
        int failing = 0;
        for (const WalkthroughStep &s : steps) {
            if (!s.fails)
                continue;
            ++failing;
            QVERIFY(s.operation->status == Status::MissingRole);
            QCOMPARE(s.error.en, RulesCatalog::builtIn().operation(s.operation->operation)->error.en);
            QVERIFY(!s.error.en.empty());
        }
        QCOMPARE(failing, 2);
        // On EC2 the instance role covers both as a fallback: nothing fails.
        const Coverage ec2 = computeCoverage(ws.taskDefinitions.at(0), LaunchType::Ec2, {});
        for (const WalkthroughStep &s : Walkthrough::builtIn().steps(ec2, RulesCatalog::builtIn()))
            QVERIFY(!s.fails);
    }

    void badWalkthroughFilesAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("operation in two phases") << 0 << QStringLiteral("/phases/1/operations/2");
        QTest::newRow("unknown operation") << 1 << QStringLiteral("/phases/0/operations/1");
        QTest::newRow("operation in no phase") << 2 << QStringLiteral("/phases");
        QTest::newRow("unknown source") << 3 << QStringLiteral("/phases/0/sources/0");
        QTest::newRow("unknown launch type") << 4 << QStringLiteral("/phases/0/text/FARGATEX");
    }
    void badWalkthroughFilesAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, pointer);
        const std::vector<std::function<void(Json &)>> changes = {
            [](Json &d) { d["phases"][1]["operations"].push_back("agent-control-plane"); },
            [](Json &d) { d["phases"][0]["operations"].push_back("teleport"); },
            [](Json &d) { d["phases"][6]["operations"] = Json::array(); },
            [](Json &d) { d["phases"][0]["sources"] = {"NOPE"}; },
            [](Json &d) {
                d["phases"][0]["text"]["FARGATEX"] = {{"en", "x"}};
            },
        };
        try {
            Walkthrough::fromJson(walkthroughWith(changes[size_t(which)]), "w.json", RulesCatalog::builtIn());
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.pointer()), pointer);
        }
    }

    // Two questions in a row never ask about the same operation.
    void quizNeverAsksTheSameOperationTwiceInARow()
    {
        for (std::uint32_t seed = 0; seed < 200; ++seed) {
            const std::vector<QuizQuestion> quiz = makeQuiz(RulesCatalog::builtIn(), {}, 10, seed);
            QCOMPARE(quiz.size(), size_t(10));
            for (size_t i = 1; i < quiz.size(); ++i)
                QVERIFY2(quiz[i].operation != quiz[i - 1].operation, qPrintable(QStringLiteral("seed %1, question %2").arg(seed).arg(i)));
        }
    }

    void quizAnswersAreTheCatalogsCells()
    {
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        const auto quiz = makeQuiz(catalog, {}, 20, 7);
        QCOMPARE(quiz.size(), size_t(20));
        std::set<std::pair<std::string, LaunchType>> asked;
        for (const QuizQuestion &q : quiz) {
            QVERIFY(asked.insert({q.operation, q.launchType}).second);
            const LaunchTypeRule &rule = catalog.operation(q.operation)->on(q.launchType);
            const std::string expected = rule.supported ? std::string(toId(*rule.primary)) : std::string(kQuizNone);
            QCOMPARE(q.answer, expected);
            QCOMPARE(q.choices.size(), size_t(4));
            QCOMPARE(std::set<std::string>(q.choices.begin(), q.choices.end()).size(), size_t(4));
            QVERIFY(std::find(q.choices.begin(), q.choices.end(), q.answer) != q.choices.end());
        }
        // The same seed gives the same quiz; another seed another.
        const auto again = makeQuiz(catalog, {}, 20, 7);
        const auto other = makeQuiz(catalog, {}, 20, 8);
        bool differs = false;
        for (size_t i = 0; i < quiz.size(); ++i) {
            QCOMPARE(again[i].operation, quiz[i].operation);
            QCOMPARE(again[i].choices, quiz[i].choices);
            differs = differs || other[i].operation != quiz[i].operation || other[i].launchType != quiz[i].launchType;
        }
        QVERIFY(differs);
    }

    void quizAboutTheOpenTaskUsesItsCoverage()
    {
        const Workspace ws = loadSample();
        const std::vector<Coverage> coverages = {computeCoverage(ws.taskDefinitions.at(0), LaunchType::Ec2, {}),
                                                 computeCoverage(ws.taskDefinitions.at(0), LaunchType::Fargate, {})};
        const auto quiz = makeQuiz(RulesCatalog::builtIn(), coverages, 10, 1);
        int aboutTask = 0;
        for (const QuizQuestion &q : quiz) {
            if (q.taskDefinition.empty())
                continue;
            ++aboutTask;
            if (q.operation == "ecr-pull" && q.launchType == LaunchType::Ec2) {
                QCOMPARE(q.answer, std::string("instance")); // the fallback, since there is no execution role
                QVERIFY(q.fallback);
            }
            if (q.operation == "ecr-pull" && q.launchType == LaunchType::Fargate)
                QCOMPARE(q.answer, std::string(kQuizNone)); // the task fails
        }
        QVERIFY(aboutTask >= 4);
    }

    void quizSessionKeepsScore()
    {
        QuizSession s(makeQuiz(RulesCatalog::builtIn(), {}, 3, 3));
        QVERIFY(s.answer(s.question().answer));
        QVERIFY(!s.answer(s.question().answer)); // once per question
        s.next();
        const std::string wrong = s.question().choices.front() == s.question().answer ? s.question().choices.back() : s.question().choices.front();
        QVERIFY(!s.answer(wrong));
        s.next();
        s.answer(s.question().answer);
        s.next();
        QVERIFY(s.finished());
        QCOMPARE(s.score(), 2);
        QCOMPARE(s.asked(), 3);
    }

    void movingToFargateShowsWhatBreaks()
    {
        const Workspace ws = loadSample();
        const Coverage ec2 = computeCoverage(ws.taskDefinitions.at(0), LaunchType::Ec2, {});
        const Coverage fargate = computeCoverage(ws.taskDefinitions.at(0), LaunchType::Fargate, {});
        std::map<std::string, OperationChange> changes;
        for (const OperationChange &c : compareLaunchTypes(ec2, fargate))
            changes[c.operation] = c;
        QVERIFY(changes.count("ecr-pull") && changes["ecr-pull"].breaks);
        QVERIFY(changes.count("awslogs") && changes["awslogs"].breaks);
        QVERIFY(changes.count("agent-control-plane") && !changes["agent-control-plane"].breaks); // instance → AWS
        QVERIFY(changes.count("service-networking") && !changes["service-networking"].before);   // Fargate only
        QVERIFY(!changes.count("app-aws-api"));                                                  // the task role both ways
        QVERIFY(compareLaunchTypes(ec2, ec2).empty());
    }
};

QTEST_GUILESS_MAIN(TestTeaching)
#include "tst_teaching.moc"
