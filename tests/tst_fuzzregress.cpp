// SPDX-License-Identifier: Apache-2.0
// Hostile input: every file in tests/data/fuzz-regressions (reproducers the fuzzers found, and
// hand-made nasty inputs) goes through the fuzz targets' own entry points (fuzz/EntryPoints.h) and
// either imports or ends in InputError with a message; duplicate JSON keys are reported as warnings
// with line, column and pointer; the parser builds the same document as nlohmann's own.

#include "EntryPoints.h"
#include "TestSupport.h"

#include <QtTest>

#include <functional>

using namespace rolemap;

namespace {

std::string bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

InputError errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const InputError &e) {
        return e;
    }
    return InputError({}, {});
}

std::string containers(int n)
{
    std::string text = R"({"family": "many", "containerDefinitions": [)";
    for (int i = 0; i < n; ++i)
        text += (i ? "," : "") + std::string(R"({"name": "c)") + std::to_string(i) + R"(", "image": "nginx"})";
    return text + "]}";
}

} // namespace

class TestFuzzRegress : public QObject
{
    Q_OBJECT

private slots:
    void entryPoints_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QStringList files = test::filesIn(test::testData(QStringLiteral("fuzz-regressions")));
        QVERIFY(files.size() >= 10);
        for (const QString &path : files + test::filesIn(test::testData(QStringLiteral("reliability")), {QStringLiteral("*.json")})) {
            const std::string bytes = bytesOf(path);
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << QByteArray(bytes.data(), qsizetype(bytes.size()));
        }
        // Generated: too large to keep as files.
        QTest::newRow("5000 containers") << QByteArray::fromStdString(containers(5000));
        std::string manyKeys = "{";
        for (int i = 0; i < 5000; ++i)
            manyKeys += (i ? ",\"k" : "\"k") + std::to_string(i % 2500) + "\": " + std::to_string(i);
        QTest::newRow("5000 keys, half repeated") << QByteArray::fromStdString(manyKeys + "}");
        QTest::newRow("only NULs") << QByteArray(4096, '\0');
        QTest::newRow("empty") << QByteArray();
    }

    // Each fuzz target's entry point: imports, or InputError with a message; never another exception.
    void entryPoints()
    {
        QFETCH(QByteArray, bytes);
        const std::string_view text(bytes.constData(), size_t(bytes.size()));
        const std::pair<const char *, void (*)(std::string_view)> entries[] = {{"importAnyFile", fuzz::importAnyFile},
                                                                               {"importIamData", fuzz::importIamData},
                                                                               {"loadWorkspace", fuzz::loadWorkspace},
                                                                               {"exportAll", fuzz::exportAll}};
        for (const auto &[name, entry] : entries) {
            try {
                entry(text);
            } catch (const InputError &e) {
                QVERIFY2(!e.message().empty(), name);
                QVERIFY2(!e.toString().empty(), name);
            } catch (const fuzz::PropertyViolation &e) {
                QFAIL(qPrintable(QLatin1String(name) + QLatin1String(": ") + QLatin1String(e.what())));
            }
        }
    }

    // Was: nlohmann's out_of_range escaped (the command line aborted). Now a syntax error at the number.
    void numberTooLargeIsAnErrorAtItsPosition()
    {
        const InputError e = errorOf([] { importText("{\n  \"family\": 1e999\n}", "n.json"); });
        QCOMPARE(e.file(), std::string("n.json"));
        QCOMPARE(e.line(), 2);
        QCOMPARE(e.column(), 13);
        QVERIFY2(QString::fromStdString(e.message()).contains(QLatin1String("1e999' is too large")), e.message().c_str());
    }

    // Was: out_of_range from a policy string escaped the workspace loader.
    void policyStringWithTooLargeANumberIsAShapeError()
    {
        const std::string path = test::testData(QStringLiteral("fuzz-regressions/number-overflow-in-policy-string.rolemap.json")).toStdString();
        const InputError e = errorOf([&] { importFiles({path}); });
        QCOMPARE(e.pointer(), std::string("/roles/0/AssumeRolePolicyDocument"));
    }

    // Was: recognised as a workspace, then read from the outer object (an assertion; undefined
    // behaviour in Release). A workspace is never inside an API recording.
    void workspaceInsideARecordingIsRefused()
    {
        const InputError e = errorOf([] { importText(R"({"status_code": 200, "data": {"rolemap": 1}})", "r.json"); });
        QCOMPARE(e.pointer(), std::string("/"));
        QVERIFY(!e.message().empty());
    }

    // Was: read with get<int>(), so 4294967297 passed for version 1.
    void workspaceVersionIsCompared()
    {
        const InputError e = errorOf([] { importText(R"({"rolemap": 4294967297})", "v.rolemap.json"); });
        QCOMPARE(e.pointer(), std::string("/rolemap"));
    }

    // Was: a task definition nested 256 levels deep imported, and the workspace saved with it (two
    // levels deeper) could not be opened again.
    void taskDefinitionsFitInAWorkspace()
    {
        const std::string fits = bytesOf(test::testData(QStringLiteral("fuzz-regressions/nesting-254-task-definition.json")));
        const std::string saved = workspaceJson(importText(fits, "fits.json"));
        QCOMPARE(importText(saved, "saved.rolemap.json").taskDefinitions.size(), size_t(1));
        const std::string deep = bytesOf(test::testData(QStringLiteral("fuzz-regressions/nesting-256-task-definition.json")));
        QVERIFY(parseJsonText(deep, "deep.json").is_object()); // the file itself is within the limit
        const InputError e = errorOf([&] { importText(deep, "deep.json"); });
        QCOMPARE(e.pointer(), std::string("/"));
        QVERIFY2(e.message().find("deeper than 254 levels") != std::string::npos, e.message().c_str());
    }

    // Was: read with get<long long>(), so 18446744073709551615 became revision -1 ("a:-1").
    void revisionBeyondLongLongIsRefused()
    {
        const std::string path = test::testData(QStringLiteral("fuzz-regressions/revision-beyond-long-long.rolemap.json")).toStdString();
        const InputError e = errorOf([&] { importFiles({path}); });
        QCOMPARE(e.pointer(), std::string("/taskDefinitions/0/revision"));
        const Workspace ws = importText(R"({"family": "a", "revision": 9223372036854775807, "containerDefinitions": []})", "max.json");
        QCOMPARE(ws.taskDefinitions.front().displayName(), std::string("a:9223372036854775807"));
    }

    void nestingLimitIsExact()
    {
        const std::string at = std::string(size_t(kMaxJsonDepth), '[') + std::string(size_t(kMaxJsonDepth), ']');
        QVERIFY(parseJsonText(at, "at.json").is_array());
        const std::string past = '[' + at + ']';
        const InputError e = errorOf([&] { parseJsonText(past, "past.json"); });
        QCOMPARE(e.line(), 1);
        QCOMPARE(e.column(), kMaxJsonDepth + 1);
    }

    void duplicateKeysAreWarnings()
    {
        const std::string text = "{\n"
                                 "  \"family\": \"web\",\n"
                                 "  \"containerDefinitions\": [\n"
                                 "    {\n"
                                 "      \"name\": \"app\",\n"
                                 "      \"image\": \"nginx\",\n"
                                 "      \"image\": \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\"\n"
                                 "    }\n"
                                 "  ]\n"
                                 "}\n";
        const Workspace ws = importText(text, "dup.json");
        QCOMPARE(ws.warnings.size(), size_t(1));
        const ImportWarning &w = ws.warnings.front();
        QCOMPARE(w.file, std::string("dup.json"));
        QCOMPARE(w.pointer, std::string("/containerDefinitions/0/image"));
        QCOMPARE(w.toString(), std::string("dup.json: /containerDefinitions/0/image: duplicate key \"image\" (line 7, "
                                           "column 7): the last value is used, earlier ones are ignored"));
        // What nlohmann does, and what the warning says: the last value, in the first one's place.
        QCOMPARE(ws.taskDefinitions.front().containers.front().image, std::string("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"));
        QCOMPARE(ws.taskDefinitions.front().document["containerDefinitions"][0].dump(),
                 std::string(R"({"name":"app","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"})"));
    }

    void duplicateKeysComeBeforeOtherWarningsInDocumentOrder()
    {
        const std::string path = test::testData(QStringLiteral("fuzz-regressions/duplicate-keys.json")).toStdString();
        const Workspace ws = importFiles({path});
        QStringList got;
        for (const ImportWarning &w : ws.warnings)
            got << QString::fromStdString(w.pointer + " " + w.message.substr(0, w.message.find(':')));
        const QStringList expected = {
            QStringLiteral("/family duplicate key \"family\" (line 3, column 3)"),
            QStringLiteral("/containerDefinitions/0/image duplicate key \"image\" (line 8, column 7)"),
            QStringLiteral("/containerDefinitions/0/logConfiguration/logDriver duplicate key \"logDriver\" (line 9, column 52)"),
            QStringLiteral("/containerDefinitions/0/logConfiguration/options duplicate key \"options\" (line 9, column 90)"),
            QStringLiteral("/containerDefinitions/0/logConfiguration/options/a duplicate key \"a\" (line 9, column 110)"),
            QStringLiteral("/containerDefinitions duplicate key \"containerDefinitions\" (line 12, column 3)"),
            QStringLiteral("/executionRoleArn duplicate key \"executionRoleArn\" (line 14, column 3)"),
        };
        QCOMPARE(got, expected);
    }

    // Keys are found by their ordinal: strings holding quotes and colons must not be counted.
    void duplicateKeyPositionsSkipStringsAndEscapePointers()
    {
        // (An ordinary literal: moc misreads backslashes in raw strings.)
        const std::string text = "{\"x\": [0, {\"a/b~c\": \"v\\\": \\\"\", \"q\\\"\": \":\", \"a/b~c\": 2}], \"rolemap\": 1}";
        DuplicateKeys duplicates;
        parseJsonText(text, "k.json", &duplicates);
        QCOMPARE(duplicates.count, size_t(1));
        QCOMPARE(duplicates.first.size(), size_t(1));
        const DuplicateKey &d = duplicates.first.front();
        QCOMPARE(d.key, std::string("a/b~c"));
        QCOMPARE(d.pointer, std::string("/x/1/a~1b~0c"));
        QCOMPARE(d.line, 1);
        QCOMPARE(d.column, int(text.rfind("\"a/b~c\"") + 1));
    }

    void manyDuplicateKeysAreSummarised()
    {
        std::string text = R"({"family": "f", "containerDefinitions": [{"name": "n", "image": "i"}])";
        for (int i = 0; i < 30; ++i)
            text += R"(, "cpu": )" + std::to_string(i);
        const Workspace ws = importText(text + "}", "many.json");
        QCOMPARE(ws.warnings.size(), kMaxReportedDuplicateKeys + 1);
        QCOMPARE(ws.warnings.back().message, std::string("9 more duplicate keys: the last value of each is used"));
        QCOMPARE(ws.taskDefinitions.front().document["cpu"], Json(29));
    }

    void duplicateKeysInAWorkspace()
    {
        const std::string text = R"({"rolemap": 1, "taskDefinitions": [{"family": "a", "containerDefinitions": []},
            {"family": "b", "containerDefinitions": [], "family": "c"}], "clusters": []})";
        const Workspace ws = importText(text, "w.rolemap.json");
        QCOMPARE(ws.warnings.size(), size_t(1));
        QCOMPARE(ws.warnings.front().pointer, std::string("/taskDefinitions/1/family"));
        QVERIFY(ws.warnings.front().message.find("(line 2, column 57)") != std::string::npos);
        QCOMPARE(ws.taskDefinitions[1].family, std::string("c"));
    }

    // The SAX builder in parseJsonText must build exactly what Json::parse builds, order included.
    void parserBuildsWhatNlohmannBuilds_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &dir : {QStringLiteral("taskdefs"), QStringLiteral("describe"), QStringLiteral("iam")})
            for (const QString &path : test::filesIn(test::corpusDir(dir), {QStringLiteral("*.json")}))
                QTest::newRow(qPrintable(dir + QLatin1Char('/') + QFileInfo(path).fileName())) << path;
        QTest::newRow("sample") << QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/samples/sample.rolemap.json");
        QTest::newRow("duplicate keys") << test::testData(QStringLiteral("fuzz-regressions/duplicate-keys.json"));
        QTest::newRow("huge numbers") << test::testData(QStringLiteral("fuzz-regressions/huge-numbers.json"));
    }

    void parserBuildsWhatNlohmannBuilds()
    {
        QFETCH(QString, path);
        const std::string text = bytesOf(path);
        QVERIFY(!text.empty());
        const Json ours = parseJsonText(text, path.toStdString());
        const Json theirs = Json::parse(text);
        QCOMPARE(ours.dump(), theirs.dump());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegress)
#include "tst_fuzzregress.moc"
