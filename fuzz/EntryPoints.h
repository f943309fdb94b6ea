// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the fuzz targets run on each input, shared with tests/tst_fuzzregress.cpp so that every saved
// reproducer is replayed through exactly the same code. Each entry point returns for input Rolemap
// accepts, lets InputError through for input it refuses, and throws PropertyViolation when the model
// contradicts itself (uncaught in a fuzz target: libFuzzer keeps the input).

#include "core/Strings.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphBuilder.h"
#include "graph/GraphText.h"
#include "graph/LayeredLayout.h"
#include "report/CoverageReport.h"
#include "report/Redaction.h"
#include "report/TableExport.h"

#include "core/InputError.h"
#include "iam/IamData.h"
#include "iam/Policy.h"
#include "io/Importer.h"
#include "io/TaskDefinitionWriter.h"
#include "io/WorkspaceWriter.h"
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rolemap::fuzz {

struct PropertyViolation : std::logic_error
{
    using std::logic_error::logic_error;
};

inline void check(bool holds, const char *property)
{
    if (!holds)
        throw PropertyViolation(property);
}

inline void checkWarnings(const Workspace &ws)
{
    for (const ImportWarning &w : ws.warnings)
        check(!w.message.empty(), "every warning has a message");
}

// A file the user opens: a task definition in any shape, container definitions, a workspace or IAM
// data. What imports is checked on every launch type and written back, and what is written must
// import again as one task definition.
inline void importAnyFile(std::string_view text)
{
    const Workspace ws = importText(text, "fuzz.json");
    checkWarnings(ws);
    const IamData iam = IamData::fromWorkspace(ws, "fuzz.json");
    CoverageOptions options;
    options.iam = &iam;
    (void)computeWorkspaceCoverage(ws, std::vector<LaunchType>(kAllLaunchTypes.begin(), kAllLaunchTypes.end()), options);
    for (const TaskDefinition &td : ws.taskDefinitions) {
        (void)td.displayName();
        (void)td.inferredRegion();
        (void)td.inferredAccount();
        (void)registerInput(td).dump();
        const std::string written = writeTaskDefinition(td);
        try {
            check(importText(written, "fuzz-written.json").taskDefinitions.size() == 1,
                  "a written task definition reads back as one task definition");
        } catch (const InputError &e) {
            throw PropertyViolation("a task definition Rolemap wrote does not import again: " + e.toString());
        }
    }
}

// IAM data (get-account-authorization-details, get-role, get-role-policy, get-policy-version, a
// policy). The document is also read as a policy on its own; each role is evaluated for fixed
// requests, and its trust policy for the service principals ECS roles trust.
inline void importIamData(std::string_view text)
{
    static const std::vector<std::pair<std::string, std::string>> requests = {
        {"ecr:GetAuthorizationToken", "*"},
        {"ecr:BatchGetImage", "arn:aws:ecr:us-east-1:123456789012:repository/web"},
        {"logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:log-stream:web/app/1"},
        {"secretsmanager:GetSecretValue", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf"},
        {"ssm:GetParameters", "arn:aws-cn:ssm:cn-north-1:123456789012:parameter/app/token"},
        {"s3:GetObject", "arn:aws:s3:::bucket/key?*"},
        {"elasticfilesystem:ClientMount", "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1"},
        {"ssmmessages:CreateControlChannel", "*"},
        {"iam:PassRole", ""}, // "": the role's own ARN
    };
    static const std::vector<std::string> services = {"ecs-tasks.amazonaws.com", "ec2.amazonaws.com", "ecs.amazonaws.com", "ssm.amazonaws.com", ""};
    auto touch = [](const Evaluation &e) {
        if (e.statement)
            (void)e.statement->name();
        check(e.decision != Decision::Allowed || e.statement, "an Allow names its statement");
    };

    Workspace ws;
    ws.iamDocuments.push_back({"fuzz-iam.json", parseJsonText(text, "fuzz-iam.json")});
    try {
        const PolicyDocument policy = readPolicyDocument(ws.iamDocuments.front().json, "fuzz", "");
        for (const auto &[action, resource] : requests)
            touch(evaluate({&policy}, &policy, action, resource));
        for (const std::string &service : services)
            touch(evaluateTrust(policy, service));
    } catch (const ShapeError &) { // not a policy: IamData says what it is
    }
    const IamData iam = IamData::fromWorkspace(ws);
    for (const auto &[arn, role] : iam.roles()) {
        check(iam.role(arn) == &role, "a role is found by its ARN");
        (void)iam.role(role.name);
        std::vector<std::string> missing;
        const std::vector<const PolicyDocument *> policies = iam.permissionsOf(role, &missing);
        const PolicyDocument *boundary = role.boundaryArn ? iam.managedPolicy(*role.boundaryArn) : nullptr;
        for (const auto &[action, resource] : requests)
            touch(evaluate(policies, boundary, action, resource.empty() ? arn : resource));
        for (const std::string &service : services)
            touch(evaluateTrust(role.trust, service));
    }
}

// A workspace (.rolemap.json): indexed, checked with its own IAM roles and saved; the saved text must
// load again with the same content, and saving that gives the same bytes.
inline void loadWorkspace(std::string_view text)
{
    const Workspace ws = importText(text, "fuzz.rolemap.json");
    checkWarnings(ws);
    const IamData iam = IamData::fromWorkspace(ws, "fuzz.rolemap.json");
    const Workspace::ClusterIndex index = ws.indexClusters();
    for (const TaskDefinition &td : ws.taskDefinitions)
        check(Workspace::clusterOf(td, index) == ws.clusterOf(td), "the cluster index agrees with clusterOf()");
    CoverageOptions options;
    options.iam = &iam;
    (void)computeWorkspaceCoverage(ws, {}, options);

    const std::string saved = workspaceJson(ws);
    try {
        const Workspace again = importText(saved, "fuzz-saved.rolemap.json");
        check(again.taskDefinitions.size() == ws.taskDefinitions.size() && again.clusters == ws.clusters && again.roles == ws.roles,
              "a saved workspace loads back the same");
        check(workspaceJson(again) == saved, "saving a loaded saved workspace gives the same text");
    } catch (const InputError &e) {
        throw PropertyViolation("a workspace Rolemap saved does not load again: " + e.toString());
    }
}

// Twelve digits standing alone: an account id.
inline std::vector<std::string> accountIdsIn(std::string_view text)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        if (end - i == 12 && text.substr(i, 12).find_first_not_of('0') != std::string_view::npos && text.substr(i, 11) != "00000000000")
            out.emplace_back(text.substr(i, 12));
        i = end;
    }
    return out;
}

inline void checkXml(const std::string &text, const char *what)
{
    QXmlStreamReader xml(QByteArray::fromStdString(text));
    while (!xml.atEnd())
        xml.readNext();
    check(!xml.hasError(), what);
}

// The exporters, redacted and not: every text format is well-formed, no account id of the input
// survives --redact, and names cannot inject into CSV, Mermaid, Markdown or a terminal.
inline void exportAll(std::string_view text)
{
    const Workspace ws = importText(text, "fuzz.json");
    std::vector<Coverage> results = computeWorkspaceCoverage(ws, {}, {});
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    const std::vector<ImportWarning> none;
    for (bool redact : {false, true}) {
        Redactor redactor;
        std::vector<Coverage> shown = results;
        std::vector<Graph> graphs;
        size_t index = 0;
        for (Coverage &c : shown) { // one coverage per task definition and launch type, in order
            while (index + 1 < ws.taskDefinitions.size() && ws.taskDefinitions[index].label() != c.taskDefinition)
                ++index;
            Graph g = buildTaskGraph(c, ws.taskDefinitions.at(index), catalog);
            if (redact) {
                redactor.coverage(c);
                redactor.graph(g);
            }
            layoutGraph(g);
            graphs.push_back(std::move(g));
        }
        std::vector<std::string> outputs;
        for (const Graph &g : graphs) {
            const std::string svg = graphToSvg(g, {}, g.title);
            checkXml(svg, "an SVG export is well-formed XML");
            const std::string drawio = graphToDrawio(g);
            checkXml(drawio, "a draw.io export is well-formed XML");
            const std::string mermaid = graphToMermaid(g);
            for (size_t at = 0; (at = mermaid.find('\n', at)) != std::string::npos; ++at)
                check(mermaid.compare(at + 1, 3, "%%{") != 0, "no Mermaid directive comes from a name");
            outputs.insert(outputs.end(), {svg, drawio, mermaid, graphToDot(g)});
        }
        std::vector<Table> tables;
        for (const Coverage &c : shown)
            tables.push_back(coverageTable(c, catalog));
        const std::string csv = renderTables(tables, TableFormat::Csv);
        for (size_t at = 0; at < csv.size(); at = csv.find('\n', at) + 1) {
            check(csv[at] != '=' && csv[at] != '+' && csv[at] != '@', "no CSV row starts with a formula");
            if (csv.find('\n', at) == std::string::npos)
                break;
        }
        const std::string html = renderTables(tables, TableFormat::Html);
        checkXml(html.substr(html.find("<html>")), "the HTML table export is well-formed");
        const std::string text = coverageText({shown, none, catalog}, false);
        for (char c : text)
            check(c == '\n' || !isControl(c), "the text report holds no control character but line breaks");
        outputs.insert(outputs.end(), {csv, html, text, renderTables(tables, TableFormat::Markdown), coverageMarkdown({shown, none, catalog}),
                                       coverageJson({shown, none, catalog}), checkSarif({shown, none, catalog})});
        if (redact) {
            Json document = ws.taskDefinitions.empty() ? Json() : registerInput(ws.taskDefinitions.front());
            redactor.json(document);
            outputs.push_back(document.dump());
            std::vector<std::string> ids;
            for (const TaskDefinition &td : ws.taskDefinitions)
                for (const std::string &id : accountIdsIn(registerInput(td).dump()))
                    ids.push_back(id);
            for (size_t i = 0; i < outputs.size(); ++i)
                for (const std::string &left : accountIdsIn(outputs[i]))
                    if (std::find(ids.begin(), ids.end(), left) != ids.end())
                        throw PropertyViolation("no account id of the input survives --redact; " + left + " in output " + std::to_string(i) + ": " +
                                                outputs[i].substr(outputs[i].find(left) > 80 ? outputs[i].find(left) - 80 : 0, 160));
        }
    }
}

// One fuzz input through `entry`: refused input must say why; anything else escaping is a finding.
inline int run(const uint8_t *data, size_t size, void (*entry)(std::string_view))
{
    try {
        entry({reinterpret_cast<const char *>(data), size});
    } catch (const InputError &e) {
        check(!e.message().empty(), "an InputError has a message");
    }
    return 0;
}

} // namespace rolemap::fuzz
