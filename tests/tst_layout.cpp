// SPDX-License-Identifier: Apache-2.0
// The layered layout: nodes never overlap, columns stay left to right and centred, the barycenter
// sweeps never add crossings (and remove the obvious ones), the crossing count is right on graphs
// counted by hand, and the same graph always gives the same positions.

#include "graph/LayeredLayout.h"

#include <QtTest>

#include <map>
#include <random>
#include <string>

using namespace rolemap;

namespace {

GraphNode node(const std::string &id, NodeKind kind, int column, double width = 160, double height = 44)
{
    GraphNode n;
    n.id = id;
    n.kind = kind;
    n.column = column;
    n.width = width;
    n.height = height;
    return n;
}

// A node already at a row, for counting crossings without a layout.
GraphNode placed(const std::string &id, int column, double y)
{
    GraphNode n = node(id, NodeKind::Operation, column);
    n.y = y;
    return n;
}

GraphEdge edge(const std::string &from, const std::string &to)
{
    GraphEdge e;
    e.from = from;
    e.to = to;
    return e;
}

// Like the app's graph: actors → roles → operations → services, listed so that the plain order crosses.
Graph appGraph()
{
    Graph g;
    g.title = "app";
    g.nodes = {
        node("actor:agent", NodeKind::Actor, 0),
        node("actor:app", NodeKind::Actor, 0),
        node("actor:scheduler", NodeKind::Actor, 0),
        node("role:task", NodeKind::Role, 1),
        node("role:service-linked", NodeKind::Role, 1),
        node("role:execution", NodeKind::Role, 1),
        node("role:instance", NodeKind::Role, 1),
        node("op:s3-read", NodeKind::Operation, 2),
        node("op:load-balancer", NodeKind::Operation, 2),
        node("op:ecr-pull", NodeKind::Operation, 2),
        node("op:awslogs", NodeKind::Operation, 2),
        node("op:secrets", NodeKind::Operation, 2),
        node("op:register", NodeKind::Operation, 2),
        node("svc:ecs", NodeKind::Service, 3),
        node("svc:logs", NodeKind::Service, 3),
        node("svc:s3", NodeKind::Service, 3),
        node("svc:elb", NodeKind::Service, 3),
        node("svc:ecr", NodeKind::Service, 3),
        node("svc:secretsmanager", NodeKind::Service, 3),
    };
    g.edges = {
        edge("actor:agent", "role:instance"),
        edge("actor:agent", "role:execution"),
        edge("actor:app", "role:task"),
        edge("actor:scheduler", "role:service-linked"),
        edge("role:instance", "op:register"),
        edge("role:execution", "op:ecr-pull"),
        edge("role:execution", "op:awslogs"),
        edge("role:execution", "op:secrets"),
        edge("role:task", "op:s3-read"),
        edge("role:task", "op:awslogs"),
        edge("role:service-linked", "op:load-balancer"),
        edge("op:register", "svc:ecs"),
        edge("op:ecr-pull", "svc:ecr"),
        edge("op:awslogs", "svc:logs"),
        edge("op:secrets", "svc:secretsmanager"),
        edge("op:s3-read", "svc:s3"),
        edge("op:load-balancer", "svc:elb"),
    };
    return g;
}

// 300 nodes in 4 columns; every node right of the first gets 1–3 random parents in the column before.
Graph generatedGraph()
{
    Graph g;
    const int sizes[] = {30, 60, 110, 100};
    std::mt19937 random(20240611);
    for (int c = 0; c < 4; ++c)
        for (int i = 0; i < sizes[c]; ++i)
            g.nodes.push_back(node("n" + std::to_string(c) + ":" + std::to_string(i), NodeKind::Operation, c));
    for (int c = 1; c < 4; ++c) {
        std::uniform_int_distribution<int> parent(0, sizes[c - 1] - 1);
        std::uniform_int_distribution<int> count(1, 3);
        for (int i = 0; i < sizes[c]; ++i)
            for (int k = count(random); k > 0; --k)
                g.edges.push_back(
                    edge("n" + std::to_string(c - 1) + ":" + std::to_string(parent(random)), "n" + std::to_string(c) + ":" + std::to_string(i)));
    }
    return g;
}

// Nodes of many sizes, with edges that skip columns, go right to left, stay in a column or dangle.
Graph variedGraph()
{
    Graph g;
    std::mt19937 random(7);
    std::uniform_int_distribution<int> width(60, 280);
    std::uniform_int_distribution<int> height(18, 96);
    std::uniform_int_distribution<int> column(0, 4);
    std::uniform_int_distribution<int> any(0, 59);
    for (int i = 0; i < 60; ++i)
        g.nodes.push_back(node("v" + std::to_string(i), NodeKind::Role, column(random), width(random), height(random)));
    for (int k = 0; k < 120; ++k)
        g.edges.push_back(edge("v" + std::to_string(any(random)), "v" + std::to_string(any(random))));
    g.edges.push_back(edge("v0", "nowhere"));
    return g;
}

Graph sample(const QString &name)
{
    if (name == QLatin1String("app"))
        return appGraph();
    if (name == QLatin1String("generated"))
        return generatedGraph();
    return variedGraph();
}

void addSamples()
{
    QTest::addColumn<QString>("graph");
    for (const char *name : {"app", "generated", "varied"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

bool overlap(const GraphNode &a, const GraphNode &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

long long baselineCrossings(Graph g)
{
    LayoutOptions plain;
    plain.sweeps = 0;
    layoutGraph(g, plain);
    return countCrossings(g);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void noNodesOverlap_data() { addSamples(); }
    void noNodesOverlap()
    {
        QFETCH(QString, graph);
        Graph g = sample(graph);
        layoutGraph(g);
        for (size_t i = 0; i < g.nodes.size(); ++i)
            for (size_t j = i + 1; j < g.nodes.size(); ++j)
                QVERIFY2(!overlap(g.nodes[i], g.nodes[j]), (g.nodes[i].id + " and " + g.nodes[j].id).c_str());
    }

    void columnsRunLeftToRight_data() { addSamples(); }
    void columnsRunLeftToRight()
    {
        QFETCH(QString, graph);
        Graph g = sample(graph);
        layoutGraph(g);
        for (const GraphNode &a : g.nodes)
            for (const GraphNode &b : g.nodes)
                if (b.column == a.column + 1)
                    QVERIFY2(a.x + a.width < b.x, (a.id + " reaches " + b.id).c_str());
    }

    void sweepsNeverAddCrossings_data() { addSamples(); }
    void sweepsNeverAddCrossings()
    {
        QFETCH(QString, graph);
        Graph g = sample(graph);
        const long long before = baselineCrossings(g);
        layoutGraph(g);
        const long long after = countCrossings(g);
        QVERIFY2(after <= before, qPrintable(QStringLiteral("%1 > %2").arg(after).arg(before)));
        if (graph == QLatin1String("app") || graph == QLatin1String("generated"))
            QVERIFY2(after < before, qPrintable(QStringLiteral("%1 not below %2").arg(after).arg(before)));
    }

    void swappedRolesAreUncrossed()
    {
        Graph g;
        g.nodes = {node("actor:a", NodeKind::Actor, 0), node("actor:b", NodeKind::Actor, 0), node("role:b", NodeKind::Role, 1),
                   node("role:a", NodeKind::Role, 1)};
        g.edges = {edge("actor:a", "role:a"), edge("actor:b", "role:b")};
        QCOMPARE(baselineCrossings(g), 1LL);
        layoutGraph(g);
        QCOMPARE(countCrossings(g), 0LL);
    }

    void countsCrossingsByHand()
    {
        Graph g;
        g.nodes = {placed("a", 0, 0), placed("b", 0, 100), placed("c", 0, 200), placed("x", 1, 0), placed("y", 1, 100), placed("z", 1, 200)};
        QCOMPARE(countCrossings(g), 0LL);

        // Parallel, and sharing an end: nothing crosses.
        g.edges = {edge("a", "x"), edge("a", "y"), edge("b", "y"), edge("c", "z")};
        QCOMPARE(countCrossings(g), 0LL);

        g.edges = {edge("a", "y"), edge("b", "x")};
        QCOMPARE(countCrossings(g), 1LL);

        g.edges = {edge("a", "z"), edge("b", "y"), edge("c", "x")};
        QCOMPARE(countCrossings(g), 3LL);

        // Right to left counts the same; edges within a column and to unknown ids are ignored.
        g.edges = {edge("z", "a"), edge("y", "b"), edge("x", "c"), edge("a", "c"), edge("b", "ghost")};
        QCOMPARE(countCrossings(g), 3LL);

        // Rows come from y, not from the order in graph.nodes.
        std::swap(g.nodes[3].y, g.nodes[5].y);
        QCOMPARE(countCrossings(g), 0LL);
    }

    void countsEdgesThatSkipAColumnBetweenTheirEnds()
    {
        Graph g;
        g.nodes = {placed("p", 0, 0), placed("q", 0, 100), placed("m", 1, 50), placed("s", 2, 0), placed("t", 2, 100)};
        g.edges = {edge("p", "t"), edge("q", "s")};
        QCOMPARE(countCrossings(g), 1LL);
        g.edges.push_back(edge("p", "m")); // a different pair of columns: crosses neither
        QCOMPARE(countCrossings(g), 1LL);
    }

    void sameGraphSamePositions_data() { addSamples(); }
    void sameGraphSamePositions()
    {
        QFETCH(QString, graph);
        const Graph original = sample(graph);
        Graph first = original;
        layoutGraph(first);
        const Graph laidOut = first;
        layoutGraph(first);
        Graph copy = original;
        layoutGraph(copy);
        for (size_t i = 0; i < original.nodes.size(); ++i) {
            QCOMPARE(first.nodes[i].x, laidOut.nodes[i].x);
            QCOMPARE(first.nodes[i].y, laidOut.nodes[i].y);
            QCOMPARE(copy.nodes[i].x, laidOut.nodes[i].x);
            QCOMPARE(copy.nodes[i].y, laidOut.nodes[i].y);
        }
    }

    void columnsAreCentred_data() { addSamples(); }
    void columnsAreCentred()
    {
        QFETCH(QString, graph);
        Graph g = sample(graph);
        const LayoutOptions options;
        layoutGraph(g, options);
        std::map<int, std::pair<double, double>> extent; // column → (top, bottom)
        double left = 1e300;
        for (const GraphNode &n : g.nodes) {
            auto [it, fresh] = extent.try_emplace(n.column, n.y, n.y + n.height);
            it->second.first = std::min(it->second.first, n.y);
            it->second.second = std::max(it->second.second, n.y + n.height);
            left = std::min(left, n.x);
        }
        QVERIFY(extent.size() > 1);
        double tallestTop = 0;
        double tallestHeight = -1;
        for (const auto &[column, span] : extent)
            if (span.second - span.first > tallestHeight) {
                tallestTop = span.first;
                tallestHeight = span.second - span.first;
            }
        QCOMPARE(tallestTop, options.margin);
        QCOMPARE(left, options.margin);
        const double centre = tallestTop + tallestHeight / 2;
        for (const auto &[column, span] : extent)
            QVERIFY2(qAbs((span.first + span.second) / 2 - centre) < 1e-6, qPrintable(QString::number(column)));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
