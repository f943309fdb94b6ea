// SPDX-License-Identifier: Apache-2.0
// The role graph: built from coverage (every operation, the role that covers it, fallbacks dashed,
// missing roles as placeholders), laid out without overlaps, and drawn by the scene item for item.

#include "GraphItems.h"
#include "GraphScene.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphBuilder.h"
#include "graph/LayeredLayout.h"
#include "io/Importer.h"

#include <QPainter>
#include <QtTest>

#include <set>

using namespace rolemap;

namespace {

const GraphEdge *edgeBetween(const Graph &g, const std::string &from, const std::string &to)
{
    for (const GraphEdge &e : g.edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private:
    Workspace m_sample = loadSample();

    size_t indexOf(const std::string &name) const
    {
        for (size_t i = 0; i < m_sample.taskDefinitions.size(); ++i)
            if (m_sample.taskDefinitions[i].displayName() == name)
                return i;
        return 0;
    }

private slots:
    void everyOperationIsCoveredByItsRole_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("launchType");
        for (const TaskDefinition &td : m_sample.taskDefinitions)
            for (LaunchType t : kAllLaunchTypes)
                QTest::addRow("%s/%s", td.displayName().c_str(), std::string(toId(t)).c_str()) << QString::fromStdString(td.displayName()) << int(t);
    }

    void everyOperationIsCoveredByItsRole()
    {
        QFETCH(QString, task);
        QFETCH(int, launchType);
        const size_t i = indexOf(task.toStdString());
        const Coverage c = computeTaskCoverage(m_sample, i, LaunchType(launchType), {});
        const Graph g = buildTaskGraph(c, m_sample.taskDefinitions[i], RulesCatalog::builtIn());
        for (const OperationCoverage &oc : c.operations) {
            const std::string opId = operationNodeId(oc.operation);
            QVERIFY2(g.indexOf(opId) >= 0, opId.c_str());
            if (!oc.coveredBy)
                continue;
            // Exactly one role node leads to the operation, of the covering kind.
            int roles = 0;
            for (const GraphEdge &e : g.edges)
                if (e.to == opId && g.nodes[size_t(g.indexOf(e.from))].kind == NodeKind::Role) {
                    ++roles;
                    const GraphNode &role = g.nodes[size_t(g.indexOf(e.from))];
                    QCOMPARE(role.role, oc.coveredBy);
                    QCOMPARE(role.missing, oc.status == Status::MissingRole);
                    QCOMPARE(e.dashed, oc.via == Via::Fallback || oc.status == Status::MissingRole);
                    if (oc.via == Via::Fallback)
                        QCOMPARE(e.label, std::string("fallback"));
                    QCOMPARE(e.role, oc.coveredBy);
                }
            QCOMPARE(roles, 1);
        }
        // The layout places it without overlaps.
        Graph placed = g;
        layoutGraph(placed);
        for (size_t a = 0; a < placed.nodes.size(); ++a)
            for (size_t b = a + 1; b < placed.nodes.size(); ++b) {
                const GraphNode &x = placed.nodes[a];
                const GraphNode &y = placed.nodes[b];
                const bool overlap = x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
                QVERIFY2(!overlap, (x.id + " overlaps " + y.id).c_str());
            }
    }

    void ec2FallbackBecomesAMissingRoleOnFargate()
    {
        const size_t i = indexOf("catalog-api:7");
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        const Graph ec2 = buildTaskGraph(computeTaskCoverage(m_sample, i, LaunchType::Ec2, {}), m_sample.taskDefinitions[i], catalog);
        const GraphEdge *pull = edgeBetween(ec2, "role:instance", "op:ecr-pull");
        QVERIFY(pull && pull->dashed && pull->label == "fallback");
        QCOMPARE(ec2.nodes[size_t(ec2.indexOf("role:instance"))].label, std::string("ecsInstanceRole"));
        QVERIFY(edgeBetween(ec2, "actor:agent", "role:instance"));
        QVERIFY(edgeBetween(ec2, "op:ecr-pull", "svc:ecr"));

        const Graph fargate = buildTaskGraph(computeTaskCoverage(m_sample, i, LaunchType::Fargate, {}), m_sample.taskDefinitions[i], catalog);
        QVERIFY(fargate.indexOf("role:instance") < 0);
        const int missing = fargate.indexOf("role:execution:missing");
        QVERIFY(missing >= 0);
        QVERIFY(fargate.nodes[size_t(missing)].missing);
        QVERIFY(fargate.nodes[size_t(missing)].tooltip.find("CannotPullContainerError") != std::string::npos);
        QVERIFY(edgeBetween(fargate, "role:execution:missing", "op:awslogs"));
        QCOMPARE(fargate.nodes[size_t(fargate.indexOf("actor:agent"))].label, std::string("Fargate agent"));
    }

    void clusterOverviewSharesRoles()
    {
        std::vector<Coverage> coverages;
        for (size_t i = 0; i < m_sample.taskDefinitions.size(); ++i)
            if (m_sample.clusterOf(m_sample.taskDefinitions[i])->name == "shop-fargate")
                coverages.push_back(computeTaskCoverage(m_sample, i, LaunchType::Fargate, {}));
        const Graph g = buildClusterGraph("shop-fargate", coverages, RulesCatalog::builtIn());
        const std::string exec = "role:execution:arn:aws:iam::111122223333:role/ecsTaskExecutionRole";
        QVERIFY(g.indexOf(exec) >= 0);
        int users = 0;
        for (const GraphEdge &e : g.edges)
            users += e.to == exec;
        QCOMPARE(users, 2);                                // storefront and log-router share it
        QVERIFY(g.indexOf("role:execution:missing") >= 0); // catalog-api-fargate has none
    }

    // Hundreds of task definitions: grouped by shared execution role and packed into a page, not
    // drawn as one column; the task-definition nodes keep their ids, every id stays unique, no two
    // groups overlap, and a second build is identical.
    void bigOverviewsAreGroupedIntoAPage()
    {
        std::vector<Coverage> coverages;
        for (int i = 0; i < 300; ++i) {
            Json td = {{"family", "svc-" + std::to_string(i)},
                       {"executionRoleArn", "arn:aws:iam::111122223333:role/exec-" + std::to_string(i % 7)},
                       {"containerDefinitions",
                        Json::array({{{"name", "app"}, {"image", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/a:1"}, {"essential", true}}})}};
            const Workspace ws = importText(td.dump(), "t.json");
            coverages.push_back(computeCoverage(ws.taskDefinitions.at(0), LaunchType::Fargate, {}));
        }
        Graph g = buildClusterGraph("many", coverages, RulesCatalog::builtIn());
        layoutGraph(g);                    // leaves a packed grid as it is
        QVERIFY(g.groups.size() >= 7 * 2); // 7 roles, about 43 each, at most 40 a group
        std::set<std::string> ids;
        double right = 0, bottom = 0;
        for (const GraphNode &n : g.nodes) {
            QVERIFY2(ids.insert(n.id).second, n.id.c_str());
            QVERIFY(n.group >= 0);
            const GraphGroup &frame = g.groups[size_t(n.group)];
            QVERIFY(n.x >= frame.x && n.x + n.width <= frame.x + frame.width + 0.01);
            QVERIFY(n.y >= frame.y && n.y + n.height <= frame.y + frame.height + 0.01);
            right = std::max(right, n.x + n.width);
            bottom = std::max(bottom, n.y + n.height);
        }
        for (int i = 0; i < 300; ++i)
            QVERIFY(g.indexOf("td:svc-" + std::to_string(i)) >= 0);
        for (size_t a = 0; a < g.groups.size(); ++a)
            for (size_t b = a + 1; b < g.groups.size(); ++b) {
                const GraphGroup &p = g.groups[a], &q = g.groups[b];
                QVERIFY(p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y);
            }
        const double aspect = right / bottom;
        QVERIFY2(aspect > 0.25 && aspect < 4, qPrintable(QString::number(aspect))); // a page, not a strip
        const Graph again = buildClusterGraph("many", coverages, RulesCatalog::builtIn());
        QCOMPARE(again.nodes.size(), g.nodes.size());
        for (size_t i = 0; i < g.nodes.size(); ++i)
            QVERIFY(again.nodes[i].id == g.nodes[i].id && again.nodes[i].x == g.nodes[i].x && again.nodes[i].y == g.nodes[i].y);
    }

    // The detailed sheet: one framed graph per task definition, each node inside its frame.
    void detailedSheetHasOneFramePerTask()
    {
        std::vector<Coverage> coverages;
        std::vector<const TaskDefinition *> tds;
        for (size_t i = 0; i < m_sample.taskDefinitions.size(); ++i) {
            coverages.push_back(computeTaskCoverage(m_sample, i, LaunchType::Ec2, {}));
            tds.push_back(&m_sample.taskDefinitions[i]);
        }
        const Graph g = buildTaskGrid("sheet", coverages, tds, RulesCatalog::builtIn());
        QCOMPARE(g.groups.size(), m_sample.taskDefinitions.size());
        std::set<std::string> ids;
        for (const GraphNode &n : g.nodes) {
            QVERIFY(ids.insert(n.id).second);
            const GraphGroup &frame = g.groups[size_t(n.group)];
            QVERIFY(n.x >= frame.x && n.x + n.width <= frame.x + frame.width + 0.01);
        }
        GraphScene scene;
        scene.setGraph(g);
        QCOMPARE(scene.nodeItemCount(), int(g.nodes.size()));
        QCOMPARE(scene.edgeItemCount(), int(g.edges.size()));
    }

    void sceneDrawsEveryNodeAndEdge()
    {
        const size_t i = indexOf("orders-worker:12");
        Graph g = buildTaskGraph(computeTaskCoverage(m_sample, i, LaunchType::Ec2, {}), m_sample.taskDefinitions[i], RulesCatalog::builtIn());
        layoutGraph(g);
        GraphScene scene;
        scene.setGraph(g, {QStringLiteral("Who acts"), QStringLiteral("Role"), QStringLiteral("Operation"), QStringLiteral("Service")});
        QCOMPARE(scene.nodeItemCount(), int(g.nodes.size()));
        QCOMPARE(scene.edgeItemCount(), int(g.edges.size()));
        QSignalSpy selected(&scene, &GraphScene::operationSelected);
        scene.selectOperation(QStringLiteral("secrets-manager")); // programmatic: no signal back
        QCOMPARE(selected.count(), 0);
        QVERIFY(scene.nodeItem(QStringLiteral("op:secrets-manager"))->isSelected());
        scene.clearSelection();
        QCOMPARE(selected.count(), 1);
        QVERIFY(selected.takeFirst().at(0).toString().isEmpty());
    }

    // Zoomed far out the window draws nodes without their text; a scene drawn for export keeps
    // every label at any scale (a PDF is zoomed in its reader).
    void textDropsOutWhenZoomedFarOutExceptInExports()
    {
        const size_t i = indexOf("orders-worker:12");
        Graph g = buildTaskGraph(computeTaskCoverage(m_sample, i, LaunchType::Ec2, {}), m_sample.taskDefinitions[i], RulesCatalog::builtIn());
        layoutGraph(g);
        // Dark pixels inside the nodes' boxes (borders left out), drawn at `scale`.
        auto inkInsideNodes = [&](bool fullDetail, double scale) {
            GraphScene scene;
            scene.setFullDetail(fullDetail);
            scene.setGraph(g);
            const QRectF source = scene.sceneRect();
            QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
            painter.end();
            int ink = 0;
            for (const GraphNode &n : g.nodes) {
                const QRect inside = QRectF((n.x - source.x()) * scale, (n.y - source.y()) * scale, n.width * scale, n.height * scale)
                                         .toAlignedRect()
                                         .adjusted(3, 3, -3, -3);
                for (int y = inside.top(); y <= inside.bottom(); ++y)
                    for (int x = inside.left(); x <= inside.right(); ++x)
                        ink += image.rect().contains(x, y) && qGray(image.pixel(x, y)) < 200;
            }
            return ink;
        };
        QVERIFY(inkInsideNodes(false, 1.0) > 100);
        QCOMPARE(inkInsideNodes(false, 0.3), 0);
        QVERIFY(inkInsideNodes(true, 0.3) > 10);
    }
};

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"
