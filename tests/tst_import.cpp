// SPDX-License-Identifier: Apache-2.0
// Import: every real task definition of the shared corpus reads; every odd file ends in a clear
// error or a clear warning; errors name the file with line and column or the JSON pointer; an
// import succeeds whole or yields nothing; saving gives back every field in its order.

#include "TestSupport.h"
#include "core/InputError.h"
#include "iam/IamData.h"
#include "io/Importer.h"
#include "io/TaskDefinitionWriter.h"
#include "io/WorkspaceWriter.h"

#include <QtTest>

using namespace rolemap;

namespace {

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const InputError &e) {
        return QString::fromStdString(e.toString());
    }
    return {};
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    // A workspace saved with IAM files loaded keeps them: opened again, the same roles are checked.
    void savedWorkspaceKeepsItsIamData()
    {
        const Workspace ws = importFiles({test::testData(QStringLiteral("unseen/fargate-ssm-bare-name-region-inferred.json")).toStdString(),
                                          test::testData(QStringLiteral("unseen/iam-checkout-tokyo.json")).toStdString()});
        QVERIFY(!ws.iamDocuments.empty());
        const std::string saved = workspaceJson(ws);
        const Workspace again = importText(saved, "again.rolemap.json");
        QCOMPARE(again.iamDocuments.size(), ws.iamDocuments.size());
        QCOMPARE(IamData::fromWorkspace(again).roles().size(), IamData::fromWorkspace(ws).roles().size());
        QVERIFY(!IamData::fromWorkspace(again).empty());
        QCOMPARE(workspaceJson(again), saved);
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 importText(R"({"rolemap": 1, "taskDefinitions": [], "iamData": [{"document": {}}]})", "bad.rolemap.json"));
    }

    void corpusTaskDefinitionsImport_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &dir : {QStringLiteral("taskdefs"), QStringLiteral("describe")})
            for (const QString &path : test::filesIn(test::corpusDir(dir), {QStringLiteral("*.json")}))
                QTest::newRow(qPrintable(dir + QLatin1Char('/') + QFileInfo(path).fileName())) << path;
    }

    void corpusTaskDefinitionsImport()
    {
        QFETCH(QString, path);
        const Workspace ws = importFiles({path.toStdString()});
        QVERIFY(!ws.taskDefinitions.empty());
        for (const TaskDefinition &td : ws.taskDefinitions) {
            QVERIFY(!td.containers.empty());
            QCOMPARE(td.file, path.toStdString());
            QVERIFY(!td.document.empty());
        }
    }

    void corpusCoversEveryShape()
    {
        int register_ = 0, describe = 0;
        for (const QString &dir : {QStringLiteral("taskdefs"), QStringLiteral("describe")})
            for (const QString &path : test::filesIn(test::corpusDir(dir), {QStringLiteral("*.json")}))
                for (const TaskDefinition &td : importFiles({path.toStdString()}).taskDefinitions)
                    (td.shape == TaskDefinitionShape::DescribeOutput ? describe : register_)++;
        QVERIFY(register_ >= 50);
        QVERIFY(describe >= 5);
    }

    void describeOutputKeepsItsTags()
    {
        const QString path =
            test::corpusDir(QStringLiteral("describe")) +
            QStringLiteral("/cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_tags__ecs.DescribeTaskDefinition_1.json");
        const Workspace ws = importFiles({path.toStdString()});
        QCOMPARE(ws.taskDefinitions.size(), size_t(1));
        const TaskDefinition &td = ws.taskDefinitions.front();
        QCOMPARE(td.shape, TaskDefinitionShape::DescribeOutput);
        QCOMPARE(td.pointer, std::string("/data/taskDefinition"));
        QVERIFY(td.revision.has_value());
        QVERIFY(td.describeTags.is_array());
    }

    // Every odd file: a clear error (naming the file, with line:column for syntax) or a warning.
    void oddFilesFailClearly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // the start of the error after "PATH", or "warning:…"
        QTest::newRow("trailing comma") << "aws-containers__ecs-task-protection-examples__task-execution-role.json"
                                        << ":15:1: JSON syntax error";
        QTest::newRow("unquoted mustache") << "aws-observability__aws-otel-collector__examples__ecs__aws-cloudwatch__ecs-ec2-sidecar.json"
                                           << ":42:10: JSON syntax error";
        QTest::newRow("run-task input")
            << "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__config-file-type-file__runtask_firelens.json"
            << ": /taskDefinition: is the string \"firelens-amazon-es-bug-bash:4\": this looks like run-task input";
        QTest::newRow("missing comma") << "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__dynatrace__task-definition.json"
                                       << ":34:20: JSON syntax error";
        QTest::newRow("jsonnet") << "kayac__ecspresso__tests__ci__ecs-task-def.jsonnet"
                                 << ":1:1: JSON syntax error";
        QTest::newRow("terraform containers") << "hashicorp__terraform-provider-aws__examples__ecs-alb__task-definition.json"
                                              << "warning:an array of container definitions (Terraform container_definitions)";
    }

    void oddFilesFailClearly()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const std::string path = (test::corpusDir(QStringLiteral("odd")) + QLatin1Char('/') + file).toStdString();
        Workspace ws;
        const QString error = errorOf([&] { ws = importFiles({path}); });
        if (expected.startsWith(QLatin1String("warning:"))) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(ws.warnings.size(), size_t(1));
            QVERIFY(QString::fromStdString(ws.warnings[0].message).startsWith(expected.mid(8)));
            QCOMPARE(ws.taskDefinitions.size(), size_t(1));
            QCOMPARE(ws.taskDefinitions[0].shape, TaskDefinitionShape::ContainersOnly);
        } else {
            QVERIFY2(error.startsWith(QString::fromStdString(path) + expected), qPrintable(error));
        }
    }

    void everyOddFileIsCovered() { QCOMPARE(test::filesIn(test::corpusDir(QStringLiteral("odd"))).size(), 6); }

    void templatesGetAHint()
    {
        const QString error = errorOf([] { importText("{\"family\": {{name}} }", "t.json"); });
        QVERIFY2(error.contains(QLatin1String("looks like a template")), qPrintable(error));
    }

    void shapeErrorsNameTheJsonPointer_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("secret valueFrom")
            << R"({"family":"f","containerDefinitions":[{"name":"a","secrets":[{"name":"A","valueFrom":"x"},{"name":"B","valueFrom":7}]}]})"
            << "t.json: /containerDefinitions/0/secrets/1/valueFrom: expected a string";
        QTest::newRow("containers not an array") << R"({"family":"f","containerDefinitions":{}})"
                                                 << "t.json: /containerDefinitions: expected an array";
        QTest::newRow("container not an object") << R"({"family":"f","containerDefinitions":[{"name":"a"},"b"]})"
                                                 << "t.json: /containerDefinitions/1: expected an object";
        QTest::newRow("role not a string") << R"({"family":"f","taskRoleArn":["x"],"containerDefinitions":[]})"
                                           << "t.json: /taskRoleArn: expected a string";
        QTest::newRow("describe inner")
            << R"({"taskDefinition":{"family":"f","containerDefinitions":[{"logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":[]}}}]}})"
            << "t.json: /taskDefinition/containerDefinitions/0/logConfiguration/options/awslogs-group: expected a string";
        QTest::newRow("array element")
            << R"([{"family":"a","containerDefinitions":[]},{"family":"b","containerDefinitions":[],"volumes":[{"name":"v","configuredAtLaunch":"yes"}]}])"
            << "t.json: /1/volumes/0/configuredAtLaunch: expected true or false";
        QTest::newRow("not a task definition") << R"({"Resources":{}})"
                                               << "t.json: /: not a task definition";
        QTest::newRow("empty array") << "[]"
                                     << "t.json: /: the array is empty";
        QTest::newRow("secret without valueFrom") << R"({"containerDefinitions":[{"secrets":[{"name":"A"}]}]})"
                                                  << "t.json: /containerDefinitions/0/secrets/0/valueFrom: missing";
        QTest::newRow("unknown cluster launch type") << R"({"rolemap":1,"clusters":[{"name":"c","launchType":"LAMBDA"}]})"
                                                     << "t.json: /clusters/0/launchType: unknown launch type \"LAMBDA\"";
        QTest::newRow("key with slash") << R"({"containerDefinitions":[{"logConfiguration":{"options":{"a/b~c":{}}}}]})"
                                        << "t.json: /containerDefinitions/0/logConfiguration/options/a~1b~0c: expected a string";
    }

    void shapeErrorsNameTheJsonPointer()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QString error = errorOf([&] { importText(json.toStdString(), "t.json"); });
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void syntaxErrorPositions_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first line") << "{\"a\" 1}"
                                    << "t.json:1:6: JSON syntax error";
        QTest::newRow("third line") << "{\n  \"a\": 1,\n  \"b\": tru\n}"
                                    << "t.json:3:8: JSON syntax error";
        QTest::newRow("unterminated") << "{\n  \"a\": [1, 2"
                                      << "t.json:2:13: JSON syntax error";
    }

    void syntaxErrorPositions()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QString error = errorOf([&] { importText(json.toStdString(), "t.json"); });
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void deepNestingIsRefusedNotACrash()
    {
        const std::string deep = "{\"family\":\"p\",\"x\":" + std::string(20000, '[') + std::string(20000, ']') + "}";
        const QString error = errorOf([&] { importText(deep, "deep.json"); });
        QVERIFY2(error.startsWith(QLatin1String("deep.json:1:")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("nested deeper than")));
        // Brackets inside strings do not count.
        const std::string text = "{\"family\":\"" + std::string(1000, '[') + "\",\"containerDefinitions\":[]}";
        QCOMPARE(importText(text, "s.json").taskDefinitions.size(), size_t(1));
    }

    void hostileBytesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        static const char nul[] = "{\"family\":\"a\0b\"}";
        QTest::newRow("NUL byte") << QByteArray(nul, sizeof nul - 1) << "t.json:1:";
        QTest::newRow("invalid UTF-8") << QByteArray("{\"family\":\"\xff\xfe\"}") << "t.json:1:";
        QTest::newRow("truncated") << QByteArray("{\"family\":\"x\",\"containerDefinitions\":[{\"name\"") << "t.json:1:";
        QTest::newRow("empty") << QByteArray() << "t.json:1:1:";
    }

    void hostileBytesGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString error = errorOf([&] { importText(std::string_view(bytes.constData(), size_t(bytes.size())), "t.json"); });
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void tooManyContainersIsAWarning()
    {
        Json containers = Json::array();
        for (int i = 0; i < 2000; ++i)
            containers.push_back({{"name", "c" + std::to_string(i)}, {"image", "nginx"}});
        const Workspace ws = importText(Json({{"family", "big"}, {"containerDefinitions", containers}}).dump(), "big.json");
        QCOMPARE(ws.taskDefinitions.at(0).containers.size(), size_t(2000));
        QCOMPARE(ws.warnings.size(), size_t(1));
        QVERIFY(QString::fromStdString(ws.warnings[0].message).contains(QLatin1String("ECS accepts at most 10")));
    }

    void importIsAllOrNothing()
    {
        const std::string good =
            (test::corpusDir(QStringLiteral("taskdefs")) + QStringLiteral("/aws-samples__aws-containers-task-definitions__nginx__nginx_ec2.json"))
                .toStdString();
        const std::string bad = (test::corpusDir(QStringLiteral("odd")) +
                                 QStringLiteral("/aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__dynatrace__task-definition.json"))
                                    .toStdString();
        Workspace ws = importFiles({good});
        QCOMPARE(ws.taskDefinitions.size(), size_t(1));
        const QString error = errorOf([&] { ws = importFiles({good, bad}); });
        QVERIFY(!error.isEmpty());
        QCOMPARE(ws.taskDefinitions.size(), size_t(1)); // untouched
    }

    void missingFileIsAClearError()
    {
        const QString error = errorOf([] { importFiles({"/nonexistent/task.json"}); });
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent/task.json: cannot read the file")), qPrintable(error));
    }

    void shapesAreRecognised()
    {
        const char *placebo =
            R"({"status_code":200,"data":{"taskDefinition":{"family":"p","revision":3,"containerDefinitions":[{"name":"c","image":"x"}]},"ResponseMetadata":{}}})";
        QCOMPARE(importText(placebo, "p.json").taskDefinitions.at(0).displayName(), std::string("p:3"));
        const char *arrayOfDescribe = R"([{"taskDefinition":{"family":"a","containerDefinitions":[]}},{"family":"b","containerDefinitions":[]}])";
        const Workspace ws = importText(arrayOfDescribe, "a.json");
        QCOMPARE(ws.taskDefinitions.size(), size_t(2));
        QCOMPARE(ws.taskDefinitions[0].shape, TaskDefinitionShape::DescribeOutput);
        QCOMPARE(ws.taskDefinitions[1].shape, TaskDefinitionShape::RegisterInput);
        QCOMPARE(ws.taskDefinitions[1].pointer, std::string("/1"));
        const Workspace iam = importText(R"({"Version":"2012-10-17","Statement":[]})", "policy.json");
        QVERIFY(iam.taskDefinitions.empty());
        QCOMPARE(iam.iamDocuments.size(), size_t(1));
    }

    void placeholderRolesAreKeptAsWritten()
    {
        const QString path = test::corpusDir(QStringLiteral("taskdefs")) +
                             QStringLiteral("/aws-containers__ecs-anywhere-tutorial__anywhere-deployment__ecsworker-external-task-def-template.json");
        const TaskDefinition td = importFiles({path.toStdString()}).taskDefinitions.at(0);
        QVERIFY(QString::fromStdString(td.executionRoleArn).startsWith(QLatin1String("CHANGEME")));
    }

    void sampleWorkspaceLoads()
    {
        const Workspace ws = loadSample();
        QCOMPARE(ws.clusters.size(), size_t(2));
        QVERIFY(ws.taskDefinitions.size() >= 4);
        QVERIFY(ws.warnings.empty());
        for (const TaskDefinition &td : ws.taskDefinitions)
            QVERIFY2(ws.clusterOf(td), td.displayName().c_str());
        QVERIFY(!ws.roles.empty());
    }

    // Saving writes back the same value with keys in the same order: nothing the code does not
    // model is lost. (ordered_json compares objects key by key in order.)
    void roundTripKeepsEveryFieldInOrder_data() { corpusTaskDefinitionsImport_data(); }

    void roundTripKeepsEveryFieldInOrder()
    {
        QFETCH(QString, path);
        const Json original = test::readJson(path);
        const Workspace ws = importFiles({path.toStdString()});
        if (original.is_array())
            return; // arrays hold several definitions; each element is checked by the element tests
        QCOMPARE(ws.taskDefinitions.size(), size_t(1));
        const std::string saved = writeTaskDefinition(ws.taskDefinitions[0]);
        Json expected = original;
        if (original.contains("status_code")) { // a recorded response: the response is what is saved
            expected = original["data"];
            expected.erase("ResponseMetadata");
        }
        QVERIFY(Json::parse(saved) == expected);
        // Saving again gives the same bytes.
        const Workspace again = importText(saved, "again.json");
        QCOMPARE(writeTaskDefinition(again.taskDefinitions.at(0)), saved);
    }

    // Files already written in two-space JSON come back byte for byte.
    void roundTripIsByteIdenticalForCanonicalFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QString t = test::corpusDir(QStringLiteral("taskdefs")) + QLatin1Char('/');
        const QString d = test::corpusDir(QStringLiteral("describe")) + QLatin1Char('/');
        for (const QString &p :
             {t + QStringLiteral("aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__gmsa-ssm__task-definition.json"),
              t + QStringLiteral("kayac__ecspresso__tests__ci__ecs-task-def-daemon.json"),
              t + QStringLiteral("newrelic__nri-ecs__deploy__task_definition_example.json"),
              t + QStringLiteral("awslabs__ecs-nginx-reverse-proxy__reverse-proxy__task-definition.json"),
              t + QStringLiteral("aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__newrelic__example-task-definition.json"),
              d + QStringLiteral("kayac__ecspresso__tests__td-in-tags.json")})
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }

    void roundTripIsByteIdenticalForCanonicalFiles()
    {
        QFETCH(QString, path);
        const std::string bytes = readFileBytes(path.toStdString());
        const Workspace ws = importText(bytes, path.toStdString());
        QCOMPARE(writeTaskDefinition(ws.taskDefinitions.at(0)), bytes);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
