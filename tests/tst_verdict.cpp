// SPDX-License-Identifier: Apache-2.0
// One verdict everywhere: for every corpus task definition and every test case, on every launch
// type, the graph's colours, the explanation, the walkthrough, the table, the JSON report and the
// findings' severities tell the same story about each operation.

#include "TestSupport.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphBuilder.h"
#include "graph/RolePalette.h"
#include "iam/IamData.h"
#include "io/Importer.h"
#include "itemmodels/CoverageModel.h"
#include "itemmodels/ModelRoles.h"
#include "report/CoverageReport.h"
#include "teaching/Explanation.h"
#include "teaching/Walkthrough.h"

#include <QtTest>

using namespace rolemap;

namespace {

// The verdict as the findings alone tell it: the most severe finding about the operation.
std::optional<Severity> severityOfFindings(const Coverage &c, const std::string &operation)
{
    std::optional<Severity> out;
    for (const Finding &f : c.findings)
        if (f.operation == operation && (!out || f.severity > *out))
            out = f.severity;
    return out;
}

const GraphNode *nodeById(const Graph &g, const std::string &id)
{
    for (const GraphNode &n : g.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

// Every input the checks run on: the corpus's task definitions, and the hand-written cases (with
// the IAM data some of them come with, so that not-allowed, denied and conditional occur).
struct Input
{
    QString name;
    Workspace workspace;
    std::string region; // --region, where a case asks for it
};

std::vector<Input> inputs()
{
    std::vector<Input> out;
    for (const QString &dir : {QStringLiteral("taskdefs"), QStringLiteral("describe")})
        for (const QString &path : test::filesIn(test::corpusDir(dir), {QStringLiteral("*.json")}))
            out.push_back({path, importFiles({path.toStdString()}), {}});
    const Json expected = test::readJson(test::testData(QStringLiteral("unseen/expected.json")));
    for (const auto &[file, entry] : expected.items()) {
        std::vector<std::string> paths = {test::testData(QStringLiteral("unseen/") + QString::fromStdString(file)).toStdString()};
        if (entry.contains("_options") && entry["_options"].contains("iam"))
            paths.push_back(
                test::testData(QStringLiteral("unseen/") + QString::fromStdString(entry["_options"]["iam"].get<std::string>())).toStdString());
        out.push_back({QString::fromStdString(file), importFiles(paths), entry.value("_options", Json::object()).value("region", std::string())});
    }
    return out;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT
private slots:
    void everyViewTellsTheSameStory()
    {
        const RulesCatalog &catalog = RulesCatalog::builtIn();
        const QColor red = verdictColour(Severity::Error);
        const QColor amber = verdictColour(Severity::Warning);
        int failing = 0, warned = 0, iamFailures = 0, quietMissing = 0;
        for (const auto &[name, ws, region] : inputs()) {
            const std::vector<LaunchType> all(kAllLaunchTypes.begin(), kAllLaunchTypes.end());
            std::optional<IamData> iam;
            if (!ws.iamDocuments.empty())
                iam = IamData::fromWorkspace(ws);
            size_t index = 0;
            for (const TaskDefinition &td : ws.taskDefinitions) {
                for (LaunchType lt : all) {
                    CoverageOptions options;
                    options.iam = iam ? &*iam : nullptr;
                    options.region = region;
                    const Coverage c = computeTaskCoverage(ws, index, lt, options);
                    const std::vector<Coverage> one = {c};
                    const std::vector<ImportWarning> none;
                    const Json json = Json::parse(coverageJson({one, none, catalog}))["results"][0];
                    const Graph graph = buildTaskGraph(c, td, catalog);
                    const auto steps = Walkthrough::builtIn().steps(c, catalog);
                    for (size_t i = 0; i < c.operations.size(); ++i) {
                        const OperationCoverage &oc = c.operations[i];
                        const QByteArray where = (name + QLatin1Char(' ')).toUtf8() + toId(lt).data() + ' ' + oc.operation.c_str();
                        // The findings decide the verdict; the JSON says the same.
                        QVERIFY2(oc.verdict == severityOfFindings(c, oc.operation), where);
                        const Json &jop = json["operations"][i];
                        QVERIFY2(jop["verdict"] == (oc.verdict ? Json(toId(*oc.verdict)) : Json(nullptr)), where);
                        // What fails in IAM terms is a failure everywhere, never grey.
                        if (oc.status == Status::NotAllowed || oc.status == Status::Denied || oc.status == Status::NotTrusted ||
                            oc.status == Status::Unsupported) {
                            QVERIFY2(oc.fails(), where + " status fails but its verdict does not");
                            iamFailures += oc.status != Status::Unsupported;
                        }
                        failing += oc.fails();
                        warned += oc.verdict == Severity::Warning;
                        quietMissing += oc.status == Status::MissingRole && !oc.fails();
                        // The graph: the operation's border.
                        const GraphNode *node = nodeById(graph, "op:" + oc.operation);
                        QVERIFY2(node, where);
                        const QColor stroke = nodeStyle(*node).stroke;
                        QVERIFY2((stroke == red) == oc.fails(), where + " graph colour");
                        QVERIFY2((stroke == amber) == (oc.verdict == Severity::Warning), where + " graph colour (warning)");
                        if (oc.status == Status::MissingRole)
                            QVERIFY2(QString::fromStdString(node->sublabel).contains(QLatin1String("fail")) == oc.fails(),
                                     where + " graph label " + node->sublabel.c_str());
                        // A role that is not set is red only when the task fails for it.
                        if (oc.status == Status::MissingRole) {
                            const GraphNode *role = nodeById(graph, "role:" + std::string(toId(*oc.coveredBy)) + ":missing");
                            QVERIFY2(role, where);
                            bool anyFails = false;
                            for (const OperationCoverage &other : c.operations)
                                anyFails = anyFails || (other.status == Status::MissingRole && other.coveredBy == oc.coveredBy && other.fails());
                            QVERIFY2((nodeStyle(*role).stroke == red) == anyFails, where + " missing role colour");
                        }
                        // The explanation.
                        const QString html = explanationHtml(c, oc.operation, catalog, Language::English);
                        QVERIFY2(html.contains(QLatin1String("Will fail:")) == (oc.fails() && oc.status != Status::Unsupported),
                                 where + " explanation");
                        QVERIFY2(!html.contains(QLatin1String("no IAM data for it was loaded")) || !options.iam,
                                 where + " explanation claims no IAM data");
                        // The walkthrough.
                        for (const WalkthroughStep &s : steps)
                            if (s.operation == &oc)
                                QVERIFY2(s.fails == oc.fails(), where + " walkthrough");
                    }
                    bool anyFails = false;
                    for (const OperationCoverage &oc : c.operations)
                        anyFails = anyFails || oc.fails();
                    QCOMPARE(overviewHtml(c, catalog, Language::English).contains(QLatin1String("will fail")), anyFails);
                }
                ++index;
            }
        }
        // The inputs reach every kind of verdict (else the checks above prove little).
        QVERIFY(failing > 50);
        QVERIFY(warned > 10);
        QVERIFY(iamFailures > 0);
        QVERIFY(quietMissing > 10);
    }

    // The table's status column uses the same colours.
    void theTableUsesTheVerdictColours()
    {
        Document document;
        ViewContext context;
        const std::string file = test::testData(QStringLiteral("unseen/fargate-ssm-bare-name-region-inferred.json")).toStdString();
        const std::string iam = test::testData(QStringLiteral("unseen/iam-checkout-tokyo.json")).toStdString();
        document.setWorkspace(importFiles({file, iam}));
        CoverageModel model(&document, &context);
        context.setTaskDefinition(0);
        context.setLaunchType(LaunchType::Fargate);
        QVERIFY(model.rowCount() > 0);
        const Coverage c = computeTaskCoverage(document.workspace(), 0, LaunchType::Fargate, {});
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, CoverageModel::OperationColumn).data(OperationIdRole).toString();
            const OperationCoverage *oc = c.operation(id.toStdString());
            QVERIFY(oc);
            const QColor colour = model.index(row, CoverageModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
            QVERIFY2((colour == verdictColour(Severity::Error)) == oc->fails(), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
