// SPDX-License-Identifier: Apache-2.0
// The command line end to end through the real executable: the contract of docs/CLI.md (formats,
// exit codes, errors on stderr naming file and position), and no crash on any corpus file.

#include "TestSupport.h"
#include "core/JsonText.h"

#include <QProcess>
#include <QtTest>

using namespace rolemap;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

Run runRolemap(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLEMAP_EXE), arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString unseen(const char *name)
{
    return test::testData(QStringLiteral("unseen/") + QLatin1String(name));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const Run v = runRolemap({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QLatin1String("rolemap ")));
        const Run h = runRolemap({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QLatin1String("coverage")));
        for (const char *sub : {"coverage", "check", "explain"}) {
            const Run r = runRolemap({QLatin1String(sub), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: rolemap ") + QLatin1String(sub)), qPrintable(r.out));
        }
    }

    // An export in Japanese is Japanese everywhere: headings, the legend, the PDF's subtitle.
    void japaneseExportsHaveNoEnglishHeadings()
    {
        const QString file =
            test::corpusDir(QStringLiteral("taskdefs/aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__s3__task-definition.json"));
        const QStringList english = {QStringLiteral("Who acts"),     QStringLiteral("WHO ACTS"),
                                     QStringLiteral("Role it uses"), QStringLiteral("ROLE IT USES"),
                                     QStringLiteral("AWS SERVICE"),  QStringLiteral("Legend"),
                                     QStringLiteral("launch type"),  QStringLiteral("Register the container instance")};
        for (const QString &format : {QStringLiteral("svg"), QStringLiteral("dot"), QStringLiteral("mermaid"), QStringLiteral("drawio")}) {
            const Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--format"),
                                      format, QStringLiteral("-o"), QStringLiteral("-"), file});
            QCOMPARE(r.exitCode, 0);
            for (const QString &word : english)
                QVERIFY2(!r.out.contains(word), qPrintable(format + QStringLiteral(": ") + word));
            QVERIFY2(r.out.contains(QStringLiteral("実行者")) || format != QStringLiteral("svg"), qPrintable(format));
        }
    }

    // Tables say each id once ("… CloudWatch Logs (awslogs)", not "… (awslogs) (awslogs)"), and
    // HTML has a title of its own.
    void tablesSayEachIdOnce()
    {
        const QString sample = QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/samples/sample.rolemap.json");
        const Run md = runRolemap(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("-o"), QStringLiteral("-"), sample});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains(QStringLiteral("Send container logs to CloudWatch Logs (awslogs) |")));
        QVERIFY(!md.out.contains(QStringLiteral("(awslogs) (awslogs)")));
        QVERIFY(md.out.contains(QStringLiteral("Pull the image from Amazon ECR (ecr-pull)")));
        const QString one = test::corpusDir(QStringLiteral("taskdefs/aws-samples__aws-containers-task-definitions__nginx__nginx_fargate.json"));
        const Run html = runRolemap(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-"), one});
        QCOMPARE(html.exitCode, 0);
        QVERIFY2(html.out.contains(QStringLiteral("<title>nginx on FARGATE</title>")), qPrintable(html.out.left(200)));
    }

    void coverageJsonNamesTheRole()
    {
        const Run r = runRolemap(
            {QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"), unseen("fargate-ecr-no-execution-role.json")});
        QCOMPARE(r.exitCode, 0);
        const Json doc = Json::parse(r.out.toStdString());
        const Json &ops = doc.at("results").at(0).at("operations");
        bool ecr = false;
        for (const Json &op : ops)
            if (op.at("operation") == "ecr-pull") {
                ecr = true;
                QCOMPARE(op.at("coveredBy"), "execution");
                QCOMPARE(op.at("status"), "missing-role");
            }
        QVERIFY(ecr);
    }

    void launchTypeOptionAndOverrides()
    {
        const Run r = runRolemap({QStringLiteral("coverage"), QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("--launch-type"),
                                  QStringLiteral("all"), QStringLiteral("--execution-role"), QStringLiteral("arn:aws:iam::111122223333:role/x"),
                                  unseen("fargate-ecr-no-execution-role.json")});
        QCOMPARE(r.exitCode, 0);
        const Json doc = Json::parse(r.out.toStdString());
        QCOMPARE(doc.at("results").size(), size_t(4));
        QCOMPARE(doc.at("results").at(1).at("launchType"), "FARGATE");
        QCOMPARE(doc.at("results").at(1).at("roles").at("execution"), "arn:aws:iam::111122223333:role/x");
    }

    void checkExitCodes()
    {
        const Run bad = runRolemap({QStringLiteral("check"), unseen("fargate-ecr-no-execution-role.json")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains(QLatin1String("error")));
        const Run good = runRolemap(
            {QStringLiteral("check"), QStringLiteral("--launch-type"), QStringLiteral("EC2"), unseen("terraform-container-definitions.json")});
        QCOMPARE(good.exitCode, 0);
        const Run sarif =
            runRolemap({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif"), unseen("fargate-ecr-no-execution-role.json")});
        QCOMPARE(sarif.exitCode, 1);
        QCOMPARE(Json::parse(sarif.out.toStdString()).at("version"), "2.1.0");
    }

    void badUsageAndBadInputExitTwo()
    {
        const Run noFile = runRolemap({QStringLiteral("coverage")});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains(QLatin1String("needs at least one FILE")));
        const Run badType =
            runRolemap({QStringLiteral("coverage"), QStringLiteral("--launch-type"), QStringLiteral("LAMBDA"), unseen("china-ecr-fargate.json")});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY(badType.err.contains(QLatin1String("unknown launch type 'LAMBDA'")));
        const Run badFormat =
            runRolemap({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("markdown"), unseen("china-ecr-fargate.json")});
        QCOMPARE(badFormat.exitCode, 2);
        const Run badOption = runRolemap({QStringLiteral("coverage"), QStringLiteral("--frobnicate"), unseen("china-ecr-fargate.json")});
        QCOMPARE(badOption.exitCode, 2);
        const QString odd = test::corpusDir(QStringLiteral("odd")) +
                            QStringLiteral("/aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__dynatrace__task-definition.json");
        const Run syntax = runRolemap({QStringLiteral("coverage"), odd});
        QCOMPARE(syntax.exitCode, 2);
        QVERIFY2(syntax.err.startsWith(QStringLiteral("rolemap: ") + odd + QStringLiteral(":34:20: ")), qPrintable(syntax.err));
        QVERIFY(syntax.out.isEmpty());
    }

    void everyCorpusFileEndsCleanly()
    {
        QStringList files;
        for (const QString &dir :
             {QStringLiteral("taskdefs"), QStringLiteral("describe"), QStringLiteral("odd"), QStringLiteral("iam"), QStringLiteral("cfn")})
            files << test::filesIn(test::corpusDir(dir));
        QVERIFY(files.size() > 100);
        for (const QString &file : files) {
            const Run r = runRolemap({QStringLiteral("check"), QStringLiteral("--launch-type"), QStringLiteral("all"), file});
            QVERIFY2(!r.crashed && r.exitCode >= 0 && r.exitCode <= 2, qPrintable(file));
            if (r.exitCode == 2) // a clear message naming the file
                QVERIFY2(r.err.startsWith(QStringLiteral("rolemap: ") + file) || r.err.contains(QLatin1String("no task definition")),
                         qPrintable(r.err));
            if (file.contains(QLatin1String("/taskdefs/")) || file.contains(QLatin1String("/describe/")))
                QVERIFY2(r.exitCode != 2, qPrintable(file + r.err));
        }
    }

    void explainFormats()
    {
        const Run text = runRolemap({QStringLiteral("explain")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("MANAGED_INSTANCES")));
        const Run json = runRolemap({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--launch-type"),
                                     QStringLiteral("FARGATE")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(Json::parse(json.out.toStdString()).at("operations").at(0).at("launchTypes").size(), size_t(1));
        const Run ja = runRolemap(
            {QStringLiteral("explain"), QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--launch-type"), QStringLiteral("EC2")});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY(ja.out.contains(QStringLiteral("インスタンスロール")));
        QVERIFY(ja.out.contains(QStringLiteral("信頼:"))); // the labels too
        QVERIFY(!ja.out.contains(QLatin1String("trusts:")));
    }

    // Every subcommand that prints prose speaks Japanese with --language ja; ids stay ids.
    void otherSubcommandsSpeakJapanese()
    {
        const Run en = runRolemap({QStringLiteral("check"), QStringLiteral("--sample"), QStringLiteral("--launch-type"), QStringLiteral("FARGATE")});
        QCOMPARE(en.exitCode, 1);
        QVERIFY(en.out.contains(QLatin1String("Fargate needs a task execution role to pull the image from Amazon ECR")));
        const Run ja = runRolemap({QStringLiteral("check"), QStringLiteral("--sample"), QStringLiteral("--launch-type"), QStringLiteral("FARGATE"),
                                   QStringLiteral("--language"), QStringLiteral("ja")});
        QCOMPARE(ja.exitCode, 1);
        QVERIFY(ja.out.contains(QStringLiteral("Amazon ECR からのイメージのプル")));
        QVERIFY(ja.out.contains(QStringLiteral("タスク実行ロール")));
        QVERIFY(ja.out.contains(QStringLiteral("修正:")));
        QVERIFY(!ja.out.contains(QLatin1String("needs a task execution role")));
        QVERIFY(ja.out.contains(QLatin1String("ecr-pull"))); // ids are not translated
        const Run json = runRolemap({QStringLiteral("coverage"), QStringLiteral("--sample"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--language"), QStringLiteral("ja")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"status\": \"missing-role\"")) ||
                json.out.contains(QStringLiteral("\"status\":\"missing-role\"")));
        const Run bad = runRolemap({QStringLiteral("coverage"), QStringLiteral("--sample"), QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("unknown language 'fr'")));
    }

    // Rolemap reads local files only: the network module is not even linked.
    void noNetworkLibraryIsLinked()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(ROLEMAP_EXE)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY(libraries.contains(QLatin1String("libQt6Core")));
        QVERIFY2(!libraries.contains(QLatin1String("Network")), qPrintable(libraries));
    }

    void withoutADisplayTheAppPrintsTheSample()
    {
        const Run r = runRolemap({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("no display")));
        QVERIFY(r.out.contains(QLatin1String("catalog-api-fargate:1")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
