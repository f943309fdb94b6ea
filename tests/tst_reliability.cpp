// SPDX-License-Identifier: Apache-2.0
// Hostile input through the real executable: every reproducer of tests/data/reliability (and the
// large ones tests/tools/reliability_gen.py writes, at sizes past each limit) ends in a correct
// result or exit 2 with a message, and never crashes, hangs, or destroys an output.

#include "TestSupport.h"
#include "core/JsonText.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace rolemap;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QString err;
};

Run runRolemap(const QStringList &arguments, const QProcessEnvironment &extra = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLEMAP_EXE), arguments);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, true, p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char *name)
{
    return test::testData(QStringLiteral("reliability/") + QLatin1String(name));
}

// Writes a large reproducer with the generator (python3 tests/tools/reliability_gen.py NAME N).
QString generate(const QTemporaryDir &dir, const QString &name, const QString &n = {})
{
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QProcess p;
    p.setStandardOutputFile(path);
    p.setWorkingDirectory(test::testData(QStringLiteral("reliability")));
    p.start(QStringLiteral("python3"), {QStringLiteral(ROLEMAP_SOURCE_DIR "/tests/tools/reliability_gen.py"), name, n});
    p.waitForFinished(120000);
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(QLatin1String(k), QLatin1String(v));
    return e;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    // High 1: a 30 000-character ARN overflowed std::regex's stack; 128 000 ids took 76 s.
    void redactionIsLinear()
    {
        const QString out = m_dir.filePath(QStringLiteral("redacted.svg"));
        Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--redact"), QStringLiteral("--format"), QStringLiteral("svg"),
                            QStringLiteral("-o"), out, data("redact-regex-stack-overflow.json")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!fileBytes(out).isEmpty());
        const QString many = generate(m_dir, QStringLiteral("redact-accounts"));
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--redact"), QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("-o"),
                        m_dir.filePath(QStringLiteral("many.dot")), many});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!fileBytes(m_dir.filePath(QStringLiteral("many.dot"))).contains("123456789012"));
        QVERIFY(fileBytes(m_dir.filePath(QStringLiteral("many.dot"))).contains("000000000001"));
    }

    // High 2: -o onto a device or FIFO writes to it; onto an input is refused; "-" is stdout.
    void outputsAreNeverReplacedBehindTheUsersBack()
    {
        const QString tiny = data("tiny.json");
        Run r = runRolemap(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("-o"), QStringLiteral("-"), tiny});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("digraph"));
        // Onto an input file: refused, the input unchanged.
        const QString copy = m_dir.filePath(QStringLiteral("input.json"));
        QFile::copy(tiny, copy);
        const QByteArray before = fileBytes(copy);
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), copy, copy});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("one of the input files")));
        QCOMPARE(fileBytes(copy), before);
        // A FIFO with a reader: written to, still a FIFO afterwards.
        const QString fifo = m_dir.filePath(QStringLiteral("out.fifo"));
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("mermaid"), QStringLiteral("-o"), fifo, tiny});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(reader.waitForFinished(10000));
        QVERIFY(reader.readAllStandardOutput().contains("flowchart"));
        struct stat st;
        QCOMPARE(::stat(fifo.toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        // A copy of /dev/null (root only can make one): still a device afterwards.
        const QString device = m_dir.filePath(QStringLiteral("null"));
        if (::mknod(device.toLocal8Bit().constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), device, tiny});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(::stat(device.toLocal8Bit().constData(), &st), 0);
            QVERIFY(S_ISCHR(st.st_mode));
        }
    }

    // High 3: reads are bounded whatever the file is; a FIFO nobody writes to is given up on.
    void readsAreBounded()
    {
        Run r = runRolemap({QStringLiteral("check"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("256 MiB")), qPrintable(r.err));
        const QString fifo = m_dir.filePath(QStringLiteral("in.fifo"));
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        r = runRolemap({QStringLiteral("check"), fifo});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("nothing wrote to it")), qPrintable(r.err));
        r = runRolemap({QStringLiteral("check"), QStringLiteral("-")}, {}, fileBytes(data("tiny.json")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("web"));
    }

    // Medium 4: memory is bounded: too many values, a huge string, a policy string nested deep.
    void memoryIsBounded()
    {
        const QString empties = generate(m_dir, QStringLiteral("empties"), QStringLiteral("6000000"));
        Run r = runRolemap({QStringLiteral("check"), empties});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("million JSON values")), qPrintable(r.err));
        const QString deep = generate(m_dir, QStringLiteral("deep-policy-string"), QStringLiteral("10000000"));
        r = runRolemap({QStringLiteral("check"), data("tiny.json"), deep});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("MiB")), qPrintable(r.err));
    }

    // Medium 5: no quadratic paths (each finished well inside the test's time).
    void noQuadraticPaths()
    {
        const QString keys = generate(m_dir, QStringLiteral("many-keys"));
        Run r = runRolemap({QStringLiteral("check"), keys});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QString td = generate(m_dir, QStringLiteral("glob-td"));
        const QString iam = generate(m_dir, QStringLiteral("glob-iam"));
        r = runRolemap({QStringLiteral("check"), td, iam});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    }

    // Medium 6: PNG size bounded, NaN refused, a good file never replaced by an empty one.
    void pngIsBounded()
    {
        const QString png = m_dir.filePath(QStringLiteral("good.png"));
        Run r =
            runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), png, data("tiny.json")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray good = fileBytes(png);
        QVERIFY(good.startsWith("\x89PNG"));
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--scale"), QStringLiteral("nan"),
                        QStringLiteral("-o"), png, data("tiny.json")});
        QCOMPARE(r.exitCode, 2);
        const QString containers = generate(m_dir, QStringLiteral("containers"), QStringLiteral("1000"));
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--scale"), QStringLiteral("8"),
                        QStringLiteral("-o"), png, containers});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--scale")), qPrintable(r.err));
        QCOMPARE(fileBytes(png), good);
    }

    // Medium 7 and 8: no display needed; a misspelled subcommand fails.
    void subcommandsNeedNoDisplayAndTyposFail()
    {
        const QProcessEnvironment stale = env({{"DISPLAY", ":97"}});
        Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--help")}, stale);
        QCOMPARE(r.exitCode, 0);
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), QStringLiteral("-"),
                        data("tiny.json")},
                       stale);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("<svg"));
        r = runRolemap({QStringLiteral("chek"), data("tiny.json")}, env({{"QT_QPA_PLATFORM", "offscreen"}}));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("did you mean 'check'")), qPrintable(r.err));
    }

    // Medium 9: a single-byte locale and a non-ASCII role name: correct UTF-8 out.
    void outputIsUtf8InAnyLocale()
    {
        const QString locales = m_dir.filePath(QStringLiteral("locales"));
        QDir().mkpath(locales);
        QProcess localedef;
        localedef.start(QStringLiteral("localedef"), {QStringLiteral("-i"), QStringLiteral("en_US"), QStringLiteral("-f"),
                                                      QStringLiteral("ISO-8859-1"), locales + QStringLiteral("/en_US.ISO-8859-1")});
        if (!localedef.waitForFinished(60000) || !QFileInfo::exists(locales + QStringLiteral("/en_US.ISO-8859-1")))
            QSKIP("localedef cannot build an ISO-8859-1 locale here");
        QProcessEnvironment latin1;
        latin1.insert(QStringLiteral("LOCPATH"), locales);
        latin1.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.ISO-8859-1"));
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("text")}) {
            const Run r =
                runRolemap({QStringLiteral("check"), QStringLiteral("--format"), format, data("latin1-locale-utf8-crash.rolemap.json")}, latin1);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
            QVERIFY(QString::fromUtf8(r.out).toUtf8() == r.out); // valid UTF-8
            if (format == QLatin1String("json"))
                QVERIFY(!Json::parse(r.out.toStdString()).empty());
        }
    }

    // Medium 10: --redact applies to the task-definition export too.
    void taskdefExportIsRedacted()
    {
        const Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("taskdef"), QStringLiteral("--redact"),
                                  QStringLiteral("-o"), QStringLiteral("-"), data("taskdef-redact-leak.json")});
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"123456789012", "906394416424", "222222222222"})
            QVERIFY2(!r.out.contains(id), id);
        QVERIFY(!Json::parse(r.out.toStdString()).empty());
    }

    // Medium 11: names cannot act on a terminal, break XML, run in a spreadsheet or a Markdown viewer.
    void hostileNamesStayText()
    {
        Run r = runRolemap({QStringLiteral("check"), data("ansi-escape-in-name.json")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\x07') && !r.out.contains('\r'));
        QVERIFY(r.out.contains("\\x1B"));
        const QString nul = m_dir.filePath(QStringLiteral("nul.json"));
        QFile f(nul);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"family": "a\u0000b", "containerDefinitions": [{"name": "c\u0000d", "image": "nginx"}]})");
        f.close();
        for (const QString &format : {QStringLiteral("svg"), QStringLiteral("drawio")}) {
            r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("-o"), QStringLiteral("-"), nul});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.out.contains('\0'), qPrintable(format));
            QXmlStreamReader xml(r.out);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(format + QLatin1Char(' ') + xml.errorString()));
        }
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("-"),
                        data("output-injection.json")});
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray &line : r.out.split('\n'))
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(!cell.startsWith('=') && !cell.startsWith("\"="), cell.constData());
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("-o"), QStringLiteral("-"),
                        data("output-injection.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("<img"));
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("mermaid"), QStringLiteral("-o"), QStringLiteral("-"),
                        data("output-injection.json")});
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray &line : r.out.split('\n'))
            QVERIFY2(!line.trimmed().startsWith("%%{init") && !line.trimmed().startsWith("X-->Y"), line.constData());
    }

    // Medium 12: namesakes stay apart, with a warning.
    void namesakesStayApart()
    {
        const Run r = runRolemap(
            {QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"), data("samefam-a.json"), data("samefam-b.json")});
        QCOMPARE(r.exitCode, 0);
        const Json doc = Json::parse(r.out.toStdString());
        QCOMPARE(doc["results"].size(), size_t(2));
        QVERIFY(doc["results"][0]["taskDefinition"] != doc["results"][1]["taskDefinition"]);
        QVERIFY2(r.err.contains(QLatin1String("named \"web\"")), qPrintable(r.err));
    }

    // Medium 13: a failed write is an error.
    void failedWritesFail()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(ROLEMAP_EXE), {QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"), data("tiny.json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("No space left on device")));
    }

    // Medium 14 and low items on IAM data: variables resolved, malformed input refused.
    void policiesAreReadAsIamDoes()
    {
        Run r = runRolemap(
            {QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"), data("iam-policy-variable-not-allowed.rolemap.json")});
        QCOMPARE(r.exitCode, 0);
        const Json doc = Json::parse(r.out.toStdString());
        for (const Json &op : doc["results"][0]["operations"])
            if (op["operation"] == "ecr-pull")
                QCOMPARE(op["status"].get<std::string>(), std::string("ok"));
        r = runRolemap({QStringLiteral("check"), data("iam-malformed-condition-ignored.rolemap.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("/Condition")));
        r = runRolemap({QStringLiteral("check"), data("iam-dupkey-in-policy-string.rolemap.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("repeats the key \"Effect\"")));
    }

    // Medium 15: exports depend on their input only, not on the time zone or the locale.
    void exportsIgnoreTimeZoneAndLocale()
    {
        QByteArray first;
        for (const char *tz : {"UTC", "Asia/Tokyo", "America/New_York"}) {
            const Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                      QStringLiteral("-"), data("tiny.json")},
                                     env({{"TZ", tz}}));
            QCOMPARE(r.exitCode, 0);
            if (first.isEmpty())
                first = r.out;
            QVERIFY2(r.out == first, tz);
        }
        first.clear();
        for (const char *lang : {"C", "ja_JP.UTF-8", "de_DE.UTF-8"}) {
            const Run r = runRolemap({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"),
                                      QStringLiteral("-"), data("tiny.json")},
                                     env({{"LANG", lang}, {"LC_ALL", lang}}));
            QCOMPARE(r.exitCode, 0);
            if (first.isEmpty())
                first = r.out;
            QVERIFY2(r.out == first, lang);
        }
    }

    // Low: UTF-16 named, the template hint only where it applies, ISO partitions understood.
    void lowItems()
    {
        const QString utf16 = m_dir.filePath(QStringLiteral("utf16.json"));
        QFile f(utf16);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xff\xfe");
        const QString text = QString::fromUtf8(fileBytes(data("tiny.json")));
        f.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        f.close();
        Run r = runRolemap({QStringLiteral("check"), utf16});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("UTF-16")));
        r = runRolemap({QStringLiteral("check"), data("template-hint.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QLatin1String("looks like a template")), qPrintable(r.err));
        r = runRolemap({QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"), data("partition-iso.json")});
        QCOMPARE(r.exitCode, 0);
        bool pull = false;
        const Json doc = Json::parse(r.out.toStdString());
        for (const Json &op : doc["results"][0]["operations"])
            if (op["operation"] == "ecr-pull") {
                pull = true;
                QCOMPARE(op["resources"][0].get<std::string>(), std::string("arn:aws-iso:ecr:us-iso-east-1:123456789012:repository/a"));
            }
        QVERIFY(pull);
        // Warnings for what ECS would refuse; a user's ARN is "not a role", not "not an ARN".
        auto write = [&](const char *name, const QByteArray &bytes) {
            QFile out(m_dir.filePath(QLatin1String(name)));
            out.open(QIODevice::WriteOnly);
            out.write(bytes);
            return out.fileName();
        };
        r = runRolemap({QStringLiteral("check"), write("empty.json", R"({"family": "z", "containerDefinitions": []})")});
        QVERIFY2(r.out.contains("no container") || r.err.contains(QLatin1String("no container")), qPrintable(r.err));
        r = runRolemap(
            {QStringLiteral("check"),
             write("twins.json", R"({"family": "t", "containerDefinitions": [{"name": "a", "image": "nginx"}, {"name": "a", "image": "nginx"}]})")});
        QVERIFY2(r.out.contains("a second container is named") || r.err.contains(QLatin1String("a second container is named")), r.out.constData());
        r = runRolemap(
            {QStringLiteral("check"),
             write(
                 "user.json",
                 R"({"family": "u", "executionRoleArn": "arn:aws:iam::123456789012:user/deploy", "containerDefinitions": [{"name": "a", "image": "nginx"}]})")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("not a role's (user)"), r.out.constData());
        // SARIF: URIs percent-encoded, import warnings as notifications.
        const QString spaced = m_dir.filePath(QStringLiteral("my tasks#1.json"));
        QFile::copy(data("samefam-a.json"), spaced);
        r = runRolemap({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif"), spaced, data("samefam-b.json")});
        const Json sarif = Json::parse(r.out.toStdString());
        const std::string uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        QVERIFY2(uri.find("my%20tasks%231.json") != std::string::npos, uri.c_str());
        QVERIFY(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"].size() == 1);
        // Options: case as people type it, conflicts refused.
        r = runRolemap({QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("JSON"), data("tiny.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!Json::parse(r.out.toStdString()).empty());
        r = runRolemap({QStringLiteral("export"), QStringLiteral("--overview"), QStringLiteral("--detailed"), QStringLiteral("--format"),
                        QStringLiteral("svg"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.svg")), data("tiny.json")});
        QCOMPARE(r.exitCode, 2);
        // A policy with nothing in it says so.
        r = runRolemap({QStringLiteral("policy"), QStringLiteral("--role"), QStringLiteral("instance"), QStringLiteral("--launch-type"),
                        QStringLiteral("FARGATE"), data("tiny.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("no statement")), qPrintable(r.err));
        // Bytes after a NUL are not ignored.
        r = runRolemap(
            {QStringLiteral("check"),
             write("nul.json", QByteArray(R"({"family": "web", "containerDefinitions": [{"name": "a", "image": "nginx"}]})") + '\0' + "{}")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("NUL")));
        // A family taken from a file name is one ECS accepts.
        r = runRolemap({QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"),
                        write("my tasks (v2).json", R"([{"name": "a", "image": "nginx"}])")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(Json::parse(r.out.toStdString())["results"][0]["taskDefinition"].get<std::string>(), std::string("my-tasks--v2-"));
        // A short task-role name is found among many roles.
        Json roleList = Json::array();
        const Json trust = {
            {"Statement",
             Json::array({{{"Effect", "Allow"}, {"Principal", {{"Service", "ecs-tasks.amazonaws.com"}}}, {"Action", "sts:AssumeRole"}}})}};
        for (int i = 0; i < 3000; ++i)
            roleList.push_back({{"RoleName", "r" + std::to_string(i)},
                                {"Arn", "arn:aws:iam::123456789012:role/r" + std::to_string(i)},
                                {"AssumeRolePolicyDocument", trust}});
        const std::string roles = Json({{"RoleDetailList", roleList}}).dump();
        r = runRolemap(
            {QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("json"),
             write(
                 "short.json",
                 R"({"family": "s", "taskRoleArn": "r2999", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{"name": "a", "image": "nginx"}]})"),
             write("roles.json", QByteArray::fromStdString(roles))});
        QCOMPARE(r.exitCode, 0);
        const Json shortDoc = Json::parse(r.out.toStdString());
        for (const Json &op : shortDoc["results"][0]["operations"])
            if (op["operation"] == "app-aws-api")
                QCOMPARE(op["status"].get<std::string>(), std::string("ok"));
        // A lone CR ends a line in positions too.
        r = runRolemap({QStringLiteral("check"), write("cr.json", "{\r\"family\": \"x\",\r]")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("cr.json:3:")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
