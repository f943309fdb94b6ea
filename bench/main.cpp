// SPDX-License-Identifier: Apache-2.0
// rolemap-bench: times Rolemap on synthetic workspaces of N task definitions with the feature mix
// of the shared corpus, one line per measurement. Usage:
//   rolemap-bench [N…]                 measure at each N (default 100 1000 10000)
//   rolemap-bench --write N FILE       write a synthetic workspace of N task definitions
//   rolemap-bench --window N FILE      only the window session on FILE (N labels the lines)
// Build it Release (cmake --preset release); a Debug build measures the debug build.
// ROLEMAP_BENCH_RSS=1 also prints the resident memory before each line, ROLEMAP_BENCH_FRAMES=1 each
// frame's time and zoom.

#include "ExportService.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "document/Document.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphBuilder.h"
#include "graph/GraphText.h"
#include "graph/LayeredLayout.h"
#include "io/Importer.h"
#include "io/WorkspaceWriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <sys/resource.h>

using namespace rolemap;

namespace {

// N task definitions, 1–4 containers each, in clusters of up to 1 000, with the corpus's mix:
// ECR and public images, awslogs, FireLens, secrets, parameters, env files, EFS, awsvpc.
std::string syntheticWorkspace(int n, unsigned seed = 7)
{
    std::mt19937 random(seed);
    auto chance = [&](int percent) { return int(random() % 100) < percent; };
    Json tds = Json::array();
    Json clusters = Json::array();
    const int perCluster = 1000;
    for (int c = 0; c * perCluster < n; ++c)
        clusters.push_back({{"name", "cluster-" + std::to_string(c)},
                            {"launchType", c % 2 ? "FARGATE" : "EC2"},
                            {"instanceRoleArn", "arn:aws:iam::111122223333:role/ecsInstanceRole"},
                            {"taskDefinitions", Json::array()}});
    for (int i = 0; i < n; ++i) {
        const std::string family = "svc-" + std::to_string(i);
        Json containers = Json::array();
        const int count = 1 + int(random() % 4);
        for (int k = 0; k < count; ++k) {
            Json c = {{"name", family + "-" + std::to_string(k)}, {"essential", k == 0}};
            c["image"] = chance(70) ? "111122223333.dkr.ecr.eu-west-1.amazonaws.com/" + family + ":" + std::to_string(k)
                                    : std::string("public.ecr.aws/nginx/nginx:stable");
            if (chance(75))
                c["logConfiguration"] = {
                    {"logDriver", "awslogs"},
                    {"options", {{"awslogs-group", "/ecs/" + family}, {"awslogs-region", "eu-west-1"}, {"awslogs-stream-prefix", "app"}}}};
            if (chance(30))
                c["secrets"] =
                    Json::array({{{"name", "DB"}, {"valueFrom", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:" + family + "/db-AbCdEf"}},
                                 {{"name", "URL"}, {"valueFrom", "/" + family + "/url"}}});
            if (chance(10))
                c["environmentFiles"] = Json::array({{{"value", "arn:aws:s3:::config/" + family + ".env"}, {"type", "s3"}}});
            containers.push_back(c);
        }
        if (chance(10)) {
            containers.push_back({{"name", "log_router"},
                                  {"image", "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"},
                                  {"firelensConfiguration", {{"type", "fluentbit"}}}});
            containers[0]["logConfiguration"] = {{"logDriver", "awsfirelens"},
                                                 {"options", {{"Name", "firehose"}, {"delivery_stream", family}, {"region", "eu-west-1"}}}};
        }
        Json td = {{"family", family}, {"revision", 1 + int(random() % 20)}, {"containerDefinitions", containers}};
        if (chance(80))
            td["executionRoleArn"] = "arn:aws:iam::111122223333:role/exec-" + std::to_string(i % 50);
        if (chance(70))
            td["taskRoleArn"] = "arn:aws:iam::111122223333:role/task-" + std::to_string(i % 200);
        if (chance(60))
            td["networkMode"] = "awsvpc";
        if (chance(5))
            td["volumes"] =
                Json::array({{{"name", "data"},
                              {"efsVolumeConfiguration",
                               {{"fileSystemId", "fs-1"}, {"transitEncryption", "ENABLED"}, {"authorizationConfig", {{"iam", "ENABLED"}}}}}}});
        clusters[size_t(i / perCluster)]["taskDefinitions"].push_back(family + ":" + std::to_string(td["revision"].get<int>()));
        tds.push_back(std::move(td));
    }
    return Json({{"rolemap", 1}, {"name", "synthetic"}, {"clusters", clusters}, {"taskDefinitions", tds}}).dump();
}

double ms(QElapsedTimer &t)
{
    const double elapsed = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    return elapsed;
}

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

long currentMegabytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLong() * 4096 / (1024 * 1024) : 0;
}

void line(const char *what, int n, double value, const char *unit = "ms")
{
    if (qEnvironmentVariableIsSet("ROLEMAP_BENCH_RSS"))
        std::printf("    rss %ld MB\n", currentMegabytes());
    std::printf("%-44s N=%-6d %10.1f %s\n", what, n, value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Counts the paints of a widget, so the benchmark knows a frame was drawn.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Runs the event loop until the graph view has painted a new frame (posted events, the update
// request, the paint, the flush).
void untilRepainted(const PaintCounter &counter)
{
    const int before = counter.paints;
    QElapsedTimer waited;
    waited.start();
    while (counter.paints == before) {
        if (waited.elapsed() > 10000)
            qFatal("the graph view did not repaint within 10 s");
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents();
}

void windowSession(int n, const QString &path)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    PaintCounter counter;
    window.graphView()->viewport()->installEventFilter(&counter);
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    if (!window.open({path}))
        qFatal("the window refused the synthetic workspace");
    untilRepainted(counter);
    line("window: open file, first view", n, ms(t));
    Document &document = *window.document();
    double slowest = 0;
    for (LaunchType lt : kAllLaunchTypes) {
        if (window.launchTypeAction(lt)->isChecked())
            continue;
        window.launchTypeAction(lt)->trigger();
        untilRepainted(counter);
        if (qEnvironmentVariableIsSet("ROLEMAP_BENCH_RSS"))
            std::printf("    rss %ld MB after %s, %zu coverages cached\n", currentMegabytes(), std::string(toId(lt)).c_str(),
                        document.cachedCoverageCount());
        slowest = std::max(slowest, ms(t));
    }
    line("window: switch launch type (slowest)", n, slowest);
    // The task definition in the middle, on its own launch type; then its neighbours in the same
    // cluster, one click each in the tree.
    const int index = n / 2;
    window.context()->setTaskDefinition(index);
    if (!window.launchTypeAction(document.defaultLaunchType(index))->isChecked())
        window.launchTypeAction(document.defaultLaunchType(index))->trigger();
    untilRepainted(counter);
    std::vector<double> selections;
    for (int k = 1; k <= 10 && index + k < n; ++k) {
        t.restart();
        window.context()->setTaskDefinition(index + k % 2);
        untilRepainted(counter);
        selections.push_back(ms(t));
    }
    if (!selections.empty())
        line("window: select a task definition (median)", n, median(selections));
    // A typical edit: a new image for the first container (its ECR repository is re-derived). Timed
    // from the edit to the repainted window: the document, the models, the tree, the tables, the
    // explanation, the task's graph and the frame. 15 edits, each followed by its undo.
    std::vector<double> edits, undos;
    for (int k = 0; k < 15; ++k) {
        Json edited = document.taskDefinition(index).document;
        edited["containerDefinitions"][0]["image"] = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/edited:" + std::to_string(k);
        t.restart();
        document.editTaskDefinition(index, edited, QStringLiteral("edit"));
        untilRepainted(counter);
        edits.push_back(ms(t));
        document.undoStack()->undo();
        untilRepainted(counter);
        undos.push_back(ms(t));
    }
    line("window: edit, re-evaluate, repaint (median)", n, median(edits));
    line("window: edit, re-evaluate, repaint (slowest)", n, *std::max_element(edits.begin(), edits.end()));
    line("window: undo, re-evaluate, repaint (median)", n, median(undos));
    // Smooth scrolling and zooming: frames of the cluster overview panned and zoomed.
    window.overviewAction()->trigger();
    untilRepainted(counter);
    line("window: cluster overview", n, ms(t));
    GraphView *view = window.graphView();
    // From the fitted page: out to the smallest zoom, in step by step past 100 %, then panned
    // across and down at that zoom, where every label is drawn.
    std::vector<std::function<void()>> gestures;
    for (int k = 0; k < 4; ++k)
        gestures.push_back([view] { view->zoomOut(); });
    for (int k = 0; k < 16; ++k)
        gestures.push_back([view] { view->zoomIn(); });
    for (int k = 0; k < 8; ++k)
        gestures.push_back([view] { view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 120); });
    for (int k = 0; k < 8; ++k)
        gestures.push_back([view] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 120); });
    std::vector<double> frames;
    for (const auto &gesture : gestures) {
        t.restart();
        gesture();
        view->viewport()->update(); // the whole viewport, as a zoom repaints it anyway
        untilRepainted(counter);
        frames.push_back(ms(t));
        if (qEnvironmentVariableIsSet("ROLEMAP_BENCH_FRAMES"))
            std::printf("    frame %zu at zoom %.3f: %.1f ms\n", frames.size(), view->transform().m11(), frames.back());
    }
    line("window: zoom / scroll frame (median)", n, median(frames));
    line("window: zoom / scroll frame (slowest)", n, *std::max_element(frames.begin(), frames.end()));
    document.undoStack()->setClean(); // nothing to ask about when the window closes
    line("peak memory, window session", n, double(peakMegabytes()), "MB");
}

// `rolemap check FILE` against `python3 -c 'json.load(open(FILE))'` on the same file, side by side:
// the median of five runs each, and their ratio (the reading path's target is at most 2).
void checkAgainstPythonJson(int n, const QString &path)
{
    auto median = [](const QString &program, const QStringList &arguments) {
        std::vector<double> seconds;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start(program, arguments);
            if (!p.waitForFinished(120000))
                return -1.0;
            seconds.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(seconds.begin(), seconds.end());
        return seconds[2];
    };
    const double rolemap = median(QStringLiteral(ROLEMAP_EXE), {QStringLiteral("check"), path});
    const double python =
        median(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import json, sys; json.load(open(sys.argv[1]))"), path});
    if (rolemap < 0 || python <= 0)
        return;
    line("rolemap check (whole process)", n, rolemap);
    line("python3 json.load (whole process)", n, python);
    line("ratio check / json.load", n, rolemap / python, "x");
}

void measure(int n)
{
    std::string text = syntheticWorkspace(n);
    const QString path = QDir::temp().filePath(QStringLiteral("rolemap-bench-%1.rolemap.json").arg(n));
    writeFileAtomically(path.toStdString(), text);
    checkAgainstPythonJson(n, path);
    QElapsedTimer t;
    t.start();
    Workspace ws = importText(text, "synthetic.rolemap.json");
    line("import", n, ms(t));
    std::string().swap(text); // the app keeps the parsed workspace, not the file's text
    computeWorkspaceCoverage(ws, {}, {});
    line("coverage, each task's launch type", n, ms(t));
    // Throughput on all four launch types, one launch type at a time (what the window does when
    // the user switches; rolemap coverage --launch-type all holds all four, see the README).
    for (LaunchType lt : kAllLaunchTypes)
        computeWorkspaceCoverage(ws, {lt}, {});
    line("coverage, 4 launch types", n, ms(t));

    // The overview of the first cluster (up to 1 000 task definitions); its scene and exports are
    // gone before the window session below, which draws its own.
    {
        std::vector<Coverage> cluster;
        for (size_t i = 0; i < ws.taskDefinitions.size() && i < 1000; ++i)
            cluster.push_back(computeTaskCoverage(ws, i, LaunchType::Ec2, {}));
        t.restart();
        Graph graph = buildClusterGraph("cluster-0", cluster, RulesCatalog::builtIn());
        layoutGraph(graph);
        line("build + layout, cluster overview", n, ms(t));
        GraphScene scene;
        scene.setGraph(graph, {QStringLiteral("Task definition"), QStringLiteral("Role")});
        line("scene build", n, ms(t));
        QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, image.rect(), scene.sceneRect(), Qt::KeepAspectRatio);
        painter.end();
        line("first paint (1280x800)", n, ms(t));
        ExportOptions options;
        options.format = ExportFormat::Svg;
        options.overview = true;
        std::vector<int> chosen;
        for (int i = 0; i < int(ws.taskDefinitions.size()) && i < 1000; ++i)
            chosen.push_back(i);
        const QByteArray svg = exportWorkspace(ws, chosen, options);
        line("SVG export, cluster overview", n, ms(t));
        // The detailed sheet of the same cluster: every task definition's own graph (~10 nodes each),
        // laid out and written as SVG — what bench/compare-graphviz.sh gives dot to do.
        {
            std::vector<const TaskDefinition *> tds;
            for (size_t i = 0; i < cluster.size(); ++i)
                tds.push_back(&ws.taskDefinitions[i]);
            t.restart();
            const Graph grid = buildTaskGrid("cluster-0", cluster, tds, RulesCatalog::builtIn());
            const std::string sheet = graphToSvg(grid, {}, "bench");
            line("layout + SVG, detailed sheet", n, ms(t));
        }
    }

    // A window session in the real MainWindow: it opens the workspace from a file (loading on its
    // worker thread), the user looks at every launch type in turn (the findings cover every task on
    // the launch type shown), then edits one task definition and the window repaints.
    ws = Workspace();
    line("peak memory, headless", n, double(peakMegabytes()), "MB");
    // The window runs in a process of its own, so its peak memory is the app's, not this one's.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--window"), QString::number(n), path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("the window session failed");
    QFile::remove(path);
}
} // namespace

int main(int argc, char **argv)
{
    QHashSeed::setDeterministicGlobalSeed();
    QStandardPaths::setTestModeEnabled(true); // the user's settings and recovery files stay theirs
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--window") && args.size() == 3) {
        windowSession(args[1].toInt(), args[2]);
        return 0;
    }
    if (args.value(0) == QLatin1String("--write") && args.size() == 3) {
        writeFileAtomically(args[2].toStdString(), syntheticWorkspace(args[1].toInt()));
        return 0;
    }
    std::vector<int> sizes;
    for (const QString &a : args)
        sizes.push_back(a.toInt());
    if (sizes.empty())
        sizes = {100, 1000, 10000};
    for (int n : sizes)
        if (n > 0)
            measure(n);
    return 0;
}
