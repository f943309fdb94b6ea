// SPDX-License-Identifier: Apache-2.0
// Exports: every format for several inputs, read back by a real consumer where Debian has one
// (dot, rsvg-convert, pdftoppm, an XML parser), every node present, byte-identical runs, redaction,
// and the window's Export giving the command line's bytes.

#include "ExportService.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphBuilder.h"
#include "io/Importer.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace rolemap;

Q_DECLARE_METATYPE(rolemap::ExportFormat)

namespace {

struct Input
{
    const char *name;
    QString file;
    bool overview;
};

std::vector<Input> inputs()
{
    return {{"sample", QString(), false},
            {"sample-overview", QString(), true},
            {"fargate-unseen", test::testData(QStringLiteral("unseen/fargate-ecr-no-execution-role.json")), false},
            {"firelens-corpus",
             test::corpusDir(QStringLiteral("taskdefs")) +
                 QStringLiteral("/aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__s3__task-definition.json"),
             false}};
}

Workspace load(const QString &file)
{
    return file.isEmpty() ? loadSample() : importFiles({file.toStdString()});
}

bool run(const QString &program, const QStringList &arguments, QByteArray input = {})
{
    QProcess p;
    p.start(program, arguments);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool wellFormedXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The program fixes its hash seed so that PDF objects come in one order; so does this test (CTest sets it).
        QVERIFY2(qEnvironmentVariable("QT_HASH_SEED") == QLatin1String("0"), "run through CTest, which sets QT_HASH_SEED=0");
        test::useTestSettings();
    }

    void everyFormatOpensInItsConsumer_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<ExportFormat>("format");
        const auto all = inputs();
        for (size_t i = 0; i < all.size(); ++i)
            for (ExportFormat f : allExportFormats())
                QTest::addRow("%s/%s", all[i].name, qPrintable(exportFormatId(f))) << int(i) << f;
    }

    void everyFormatOpensInItsConsumer()
    {
        QFETCH(int, input);
        QFETCH(ExportFormat, format);
        const Input in = inputs()[size_t(input)];
        const Workspace ws = load(in.file);
        ExportOptions options;
        options.format = format;
        options.overview = in.overview;
        const std::vector<int> chosen = in.overview ? std::vector<int>{} : std::vector<int>{0};
        const QByteArray bytes = exportWorkspace(ws, chosen, options);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(exportWorkspace(ws, chosen, options), bytes); // deterministic

        // What every diagram must show: the graph's title and each node's label.
        const Coverage c = computeTaskCoverage(ws, 0, defaultLaunchTypes(ws.taskDefinitions[0], ws.clusterOf(ws.taskDefinitions[0])).front(), {});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + exportFormatSuffix(format));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        switch (format) {
        case ExportFormat::Svg:
            QVERIFY(wellFormedXml(bytes));
            QVERIFY(bytes.contains("<title>"));
            QVERIFY(bytes.contains("<text")); // text stays text
            if (QStandardPaths::findExecutable(QStringLiteral("rsvg-convert")).isEmpty())
                QSKIP("rsvg-convert is not installed (./test.sh installs it)");
            QVERIFY(run(QStringLiteral("rsvg-convert"), {path, QStringLiteral("-o"), dir.filePath(QStringLiteral("svg.png"))}));
            break;
        case ExportFormat::Png: {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QVERIFY(image.width() > 400);
            break;
        }
        case ExportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
                QSKIP("pdftoppm is not installed (./test.sh installs it)");
            QVERIFY(run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), path, dir.filePath(QStringLiteral("page"))}));
            break;
        case ExportFormat::Dot:
            if (QStandardPaths::findExecutable(QStringLiteral("dot")).isEmpty())
                QSKIP("graphviz is not installed (./test.sh installs it)");
            QVERIFY(run(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("dot.svg"))}));
            break;
        case ExportFormat::Drawio:
            QVERIFY(wellFormedXml(bytes));
            QVERIFY(bytes.startsWith("<?xml"));
            QVERIFY(bytes.contains("<mxfile host=\"Rolemap\">"));
            QVERIFY(bytes.contains("<mxGeometry x="));
            break;
        case ExportFormat::Mermaid:
            QVERIFY(bytes.contains("flowchart LR"));
            QVERIFY(bytes.contains("subgraph legend"));
            break;
        case ExportFormat::Markdown: QVERIFY(bytes.contains("| Operation |")); break;
        case ExportFormat::Csv: QVERIFY(bytes.startsWith("Table,Operation,")); break;
        case ExportFormat::Html: QVERIFY(wellFormedXml(bytes.mid(bytes.indexOf("<html>")))); break;
        }
        // Labels are never cut: each node's whole label is in the file, wrapped at most (the
        // format's line breaks read as spaces), and in SVG each drawn line is the label's.
        if (!in.overview && format != ExportFormat::Png && format != ExportFormat::Pdf && isDiagramFormat(format)) {
            const Graph g = buildTaskGraph(c, ws.taskDefinitions[0], RulesCatalog::builtIn());
            QByteArray text = bytes;
            if (format == ExportFormat::Dot)
                text.replace("\\n", " ");
            else if (format == ExportFormat::Mermaid)
                text.replace("<br/>", " ");
            else if (format == ExportFormat::Drawio)
                text.replace("&lt;br&gt;", " ");
            for (const GraphNode &n : g.nodes) {
                QVERIFY2(n.labelLines.size() <= 3, n.label.c_str());
                QByteArray label = QByteArray::fromStdString(n.label);
                if (format == ExportFormat::Drawio)
                    label = QString::fromStdString(n.label).toHtmlEscaped().toHtmlEscaped().toUtf8();
                if (format == ExportFormat::Svg) {
                    std::string joined;
                    for (const std::string &line : n.labelLines) {
                        QVERIFY2(bytes.contains(">" + QByteArray::fromStdString(line) + "</text>"), line.c_str());
                        joined += (joined.empty() ? "" : " ") + line;
                    }
                    QCOMPARE(joined, n.label);
                } else {
                    QVERIFY2(text.contains(label), n.label.c_str());
                }
            }
            if (format != ExportFormat::Svg) // the SVG's legend is drawn, not named
                QVERIFY(bytes.contains("Legend") || bytes.contains("legend"));
        }
    }

    void redactionHidesAccountsButKeepsRoleKinds()
    {
        const Workspace ws = loadSample();
        for (ExportFormat f :
             {ExportFormat::Svg, ExportFormat::Dot, ExportFormat::Mermaid, ExportFormat::Drawio, ExportFormat::Markdown, ExportFormat::Csv}) {
            ExportOptions options;
            options.format = f;
            options.redact = true;
            ExportOptions plainOptions;
            plainOptions.format = f;
            const QByteArray plain = exportWorkspace(ws, {1}, plainOptions);
            const QByteArray bytes = exportWorkspace(ws, {1}, options);
            QVERIFY2(plain.contains("111122223333") || plain.contains("orders-worker-task") || f == ExportFormat::Svg, qPrintable(exportFormatId(f)));
            QVERIFY2(!bytes.contains("111122223333"), qPrintable(exportFormatId(f)));
            QVERIFY2(!bytes.contains("orders-worker-task"), qPrintable(exportFormatId(f)));
            QVERIFY2(bytes.contains("task execution role") || bytes.contains("task-execution") || bytes.contains("execution"),
                     qPrintable(exportFormatId(f)));
            QCOMPARE(exportWorkspace(ws, {1}, options), bytes);
        }
    }

    void theWindowExportsTheCommandLinesBytes()
    {
        const QString file = test::testData(QStringLiteral("unseen/multi-compat-ec2-fargate.json"));
        MainWindow w;
        QVERIFY(w.open({file}));
        w.context()->setLaunchType(LaunchType::Fargate);
        QTemporaryDir dir;
        for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Dot, ExportFormat::Drawio}) {
            const QString out = dir.filePath(QStringLiteral("cli.") + exportFormatSuffix(f));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ROLEMAP_EXE), {QStringLiteral("export"), QStringLiteral("--format"), exportFormatId(f),
                                                  QStringLiteral("--launch-type"), QStringLiteral("FARGATE"), QStringLiteral("-o"), out, file});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QFile cli(out);
            QVERIFY(cli.open(QIODevice::ReadOnly));
            ExportOptions options;
            options.format = f;
            QCOMPARE(w.exportView(options), cli.readAll());
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
