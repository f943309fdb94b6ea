// SPDX-License-Identifier: Apache-2.0
// Reports: the JSON of docs/CLI.md, Markdown, SARIF, the terminal table and `explain`.

#include "TestSupport.h"
#include "engine/CoverageEngine.h"
#include "io/Importer.h"
#include "report/CatalogReport.h"
#include "report/CoverageReport.h"
#include "report/TextTable.h"

#include <QtTest>

#include <set>

using namespace rolemap;

class TestReports : public QObject
{
    Q_OBJECT

private:
    Workspace m_sample;
    std::vector<Coverage> m_results;

    ReportInput input() const { return {m_results, m_sample.warnings, RulesCatalog::builtIn()}; }

private slots:
    void initTestCase()
    {
        m_sample = loadSample();
        m_results = computeWorkspaceCoverage(m_sample, {}, {});
    }

    void jsonFollowsTheContract()
    {
        const Json doc = Json::parse(coverageJson(input()));
        QCOMPARE(doc.at("results").size(), m_results.size());
        for (const Json &r : doc.at("results")) {
            for (const char *key : {"taskDefinition", "file", "launchType", "roles", "operations", "findings"})
                QVERIFY2(r.contains(key), key);
            for (const char *key : {"execution", "task", "instance"})
                QVERIFY(r.at("roles").contains(key));
            QVERIFY(launchTypeFromId(r.at("launchType").get<std::string>()));
            for (const Json &op : r.at("operations")) {
                for (const char *key :
                     {"operation", "containers", "coveredBy", "via", "roleArn", "status", "actions", "resources", "detail", "source", "verified"})
                    QVERIFY2(op.contains(key), key);
                QVERIFY(op.at("actions").is_array());
            }
            for (const Json &f : r.at("findings")) {
                const std::string severity = f.at("severity").get<std::string>();
                QVERIFY(severity == "error" || severity == "warning" || severity == "info");
                QVERIFY(!f.at("message").get<std::string>().empty());
                QVERIFY(f.contains("fix"));
            }
        }
        // The Fargate move without an execution role is in there, as a missing role.
        bool found = false;
        for (const Json &r : doc.at("results"))
            if (r.at("taskDefinition") == "catalog-api-fargate:1")
                for (const Json &op : r.at("operations"))
                    found = found || (op.at("operation") == "ecr-pull" && op.at("status") == "missing-role" && op.at("coveredBy") == "execution" &&
                                      op.at("roleArn").is_null());
        QVERIFY(found);
    }

    void markdownHasOneTablePerResult()
    {
        const QString md = QString::fromStdString(coverageMarkdown(input()));
        QCOMPARE(md.count(QLatin1String("\n## ")) + int(md.startsWith(QLatin1String("## "))), int(m_results.size()));
        QCOMPARE(md.count(QLatin1String("| Operation | Containers | Covered by | Via | Status | Role | Actions |")), int(m_results.size()));
        QVERIFY(md.contains(QLatin1String("**missing-role**")));
    }

    void sarifIsValidShape()
    {
        const Json doc = Json::parse(checkSarif(input()));
        QCOMPARE(doc.at("version"), "2.1.0");
        const Json &run = doc.at("runs").at(0);
        QCOMPARE(run.at("tool").at("driver").at("name"), "Rolemap");
        std::set<std::string> ruleIds;
        for (const Json &rule : run.at("tool").at("driver").at("rules"))
            ruleIds.insert(rule.at("id").get<std::string>());
        int errors = 0;
        for (const Json &result : run.at("results")) {
            QVERIFY(ruleIds.count(result.at("ruleId").get<std::string>()));
            const std::string level = result.at("level").get<std::string>();
            QVERIFY(level == "error" || level == "warning" || level == "note");
            errors += level == "error";
            QVERIFY(!result.at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri").get<std::string>().empty());
        }
        int expectedErrors = 0;
        for (const Coverage &c : m_results)
            for (const Finding &f : c.findings)
                expectedErrors += f.severity == Severity::Error;
        QCOMPARE(errors, expectedErrors);
        QVERIFY(errors > 0);
    }

    // The JSON and SARIF reports are written one result at a time into a frame cut from
    // nlohmann/json's own output: the text must be exactly what dumping the whole document gives,
    // with many results, one, none, and import warnings after them.
    void streamedJsonIsTheWholeDocumentsText()
    {
        const std::vector<ImportWarning> warnings = {{"a.json", "/containerDefinitions", "a \"quoted\" warning"}};
        const std::vector<Coverage> none;
        const std::vector<Coverage> one(m_results.begin(), m_results.begin() + 1);
        const std::vector<Coverage> &all = m_results;
        for (const std::vector<Coverage> *results : {&all, &one, &none}) {
            for (const std::vector<ImportWarning> *w : {&std::as_const(m_sample.warnings), &warnings}) {
                const ReportInput in{*results, *w, RulesCatalog::builtIn()};
                for (const std::string &text : {coverageJson(in), checkSarif(in)}) {
                    const Json doc = Json::parse(text);
                    QCOMPARE(doc.dump(2) + '\n', text);
                }
                const Json json = Json::parse(coverageJson(in));
                QCOMPARE(json.at("results").size(), results->size());
                QCOMPARE(json.contains("warnings"), !w->empty());
                size_t findings = 0;
                for (const Coverage &c : *results)
                    findings += c.findings.size();
                QCOMPARE(Json::parse(checkSarif(in)).at("runs").at(0).at("results").size(), findings);
            }
        }
        // Chunks reach the sink in order, and the writer's text equals the whole report's.
        std::vector<std::string> chunks;
        ReportWriter writer(ReportFormat::Json, RulesCatalog::builtIn(), m_sample.warnings,
                            [&](std::string_view text) { chunks.emplace_back(text); });
        for (const Coverage &c : m_results)
            writer.add(c);
        writer.finish();
        QVERIFY(chunks.size() >= m_results.size() + 2);
        std::string joined;
        for (const std::string &c : chunks)
            joined += c;
        QCOMPARE(joined, coverageJson(input()));
    }

    void textTableIsAlignedAndColourOnlyWhenAsked()
    {
        const std::string plain = coverageText(input(), false);
        QVERIFY(plain.find("\x1b[") == std::string::npos);
        QVERIFY(coverageText(input(), true).find("\x1b[") != std::string::npos);
        // Within one table, the STATUS column starts at the same place on every row.
        const QStringList lines = QString::fromStdString(plain).split(QLatin1Char('\n'));
        const int header = lines.indexOf(QRegularExpression(QStringLiteral("^  OPERATION .*$")));
        QVERIFY(header >= 0);
        const int column = lines[header].indexOf(QLatin1String("STATUS"));
        for (int i = header + 1; i < lines.size() && lines[i].startsWith(QLatin1String("  ")) && !lines[i].trimmed().isEmpty(); ++i) {
            if (lines[i].contains(QStringLiteral("\u2020 not verified")))
                break;
            const QString cell = lines[i].mid(column).section(QLatin1Char(' '), 0, 0);
            QVERIFY2(QString::fromLatin1("ok unverified missing-role unsupported aws-managed").split(QLatin1Char(' ')).contains(cell),
                     qPrintable(lines[i]));
        }
    }

    void displayWidthCountsWideCharacters()
    {
        QCOMPARE(displayWidth("abc"), size_t(3));
        QCOMPARE(displayWidth("\xe3\x82\xbf\xe3\x82\xb9\xe3\x82\xaf"), size_t(6)); // タスク
        QCOMPARE(displayWidth("\xe2\x80\xa0"), size_t(1));                         // †
        TextTable t({"A", "B"});
        t.addRow({"\xe3\x82\xbf\xe3\x82\xb9\xe3\x82\xaf", "x"});
        t.addRow({"abcdefgh", "y"});
        const QStringList lines = QString::fromStdString(t.render("", false)).split(QLatin1Char('\n'));
        QCOMPARE(lines[1].indexOf(QLatin1Char('x')), 3 + (8 - 6) + 2); // three characters, six cells wide
        QCOMPARE(lines[2].indexOf(QLatin1Char('y')), 10);
    }

    void explainMatrixShowsEveryOperationAndLaunchType()
    {
        const std::vector<LaunchType> all(kAllLaunchTypes.begin(), kAllLaunchTypes.end());
        const QString text = QString::fromStdString(explainText(RulesCatalog::builtIn(), all, Language::English, false));
        for (const std::string &op : knownOperationIds())
            QVERIFY2(text.contains(QString::fromStdString(op)), op.c_str());
        QVERIFY(text.contains(QStringLiteral("execution \u2192 instance")));
        QVERIFY(text.contains(QLatin1String("not supported")));
        const Json json = Json::parse(explainJson(RulesCatalog::builtIn(), all, Language::English));
        QCOMPARE(json.at("operations").size(), knownOperationIds().size());
        QCOMPARE(json.at("operations").at(1).at("launchTypes").at("EC2").at("fallback"), "instance");
        QCOMPARE(json.at("operations").at(1).at("launchTypes").at("FARGATE").at("trusts"), "ecs-tasks.amazonaws.com");
    }

    void explainSpeaksJapanese()
    {
        const QString text = QString::fromStdString(explainText(RulesCatalog::builtIn(), {LaunchType::Fargate}, Language::Japanese, false));
        QVERIFY(text.contains(QStringLiteral("タスク実行ロール")));
        const QString md =
            QString::fromStdString(explainMarkdown(RulesCatalog::builtIn(), {LaunchType::Ec2, LaunchType::Fargate}, Language::Japanese));
        QVERIFY(md.startsWith(QLatin1String("| Operation | EC2 |")));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
