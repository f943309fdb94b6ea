#include "CoverageReport.h"

#include "Arn.h"
#include "JsonText.h"
#include "Strings.h"
#include "TextTable.h"

namespace rolemap {

namespace {

const char *kNotVerifiedMark = "\xe2\x80\xa0"; // †

std::string statusColour(Status s)
{
    switch (s) {
    case Status::Ok: return "32";
    case Status::Unverified: return "36";
    case Status::AwsManaged: return "34";
    case Status::Conditional: return "33";
    default: return "1;31";
    }
}

std::string severityColour(Severity s)
{
    switch (s) {
    case Severity::Error: return "1;31";
    case Severity::Warning: return "33";
    case Severity::Info: return "34";
    }
    return {};
}

std::string orDash(const std::string &s)
{
    return s.empty() ? std::string("-") : s;
}


std::string roleCell(const OperationCoverage &op)
{
    if (!op.roleArn.empty())
        return shortRoleName(op.roleArn);
    if (op.status == Status::MissingRole)
        return "(none)";
    return "-";
}

std::string heading(const Coverage &c)
{
    return c.taskDefinition + " on " + std::string(toId(c.launchType))
        + (c.file.empty() ? std::string() : " \xe2\x80\x94 " + c.file);
}

} // namespace

std::string shortRoleName(const std::string &roleArn)
{
    return roleNameOf(roleArn);
}

std::string coverageText(const ReportInput &input, bool colour)
{
    std::string out;
    for (const ImportWarning &w : input.warnings)
        out += ansi("33", "warning: ", colour) + w.toString() + '\n';
    if (!input.warnings.empty())
        out += '\n';
    for (const Coverage &c : input.results) {
        out += ansi("1", heading(c), colour) + '\n';
        const auto role = [&](const char *label, const std::string &arn) {
            out += std::string("  ") + label + (arn.empty() ? std::string("(none)") : arn) + '\n';
        };
        role("execution role: ", c.roles.execution);
        role("task role:      ", c.roles.task);
        if (c.launchType != LaunchType::Fargate)
            role("instance role:  ", c.roles.instance.empty() ? std::string() : c.roles.instance);
        out += '\n';

        TextTable table({"OPERATION", "CONTAINERS", "COVERED BY", "VIA", "STATUS", "ROLE"});
        bool anyUnverifiedFact = false;
        for (const OperationCoverage &op : c.operations) {
            anyUnverifiedFact = anyUnverifiedFact || !op.verified;
            table.addRow({op.operation + (op.verified ? "" : kNotVerifiedMark), orDash(joinStrings(op.containers)),
                          op.coveredBy ? std::string(toId(*op.coveredBy)) : std::string("-"),
                          op.via ? std::string(toId(*op.via)) : std::string("-"), std::string(toId(op.status)),
                          roleCell(op)},
                         {"", "", "", op.via == Via::Fallback ? "33" : "", statusColour(op.status), ""});
        }
        out += table.render("  ", colour);
        if (anyUnverifiedFact)
            out += std::string("  ") + kNotVerifiedMark + " not verified: AWS does not document this fact directly\n";
        if (!c.findings.empty()) {
            out += '\n';
            for (const Finding &f : c.findings) {
                const std::string sev(toId(f.severity));
                out += "  " + ansi(severityColour(f.severity), sev, colour) + std::string(9 - sev.size(), ' ')
                    + (f.operation.empty() ? std::string() : f.operation + ": ") + f.message + '\n';
                if (!f.fix.empty())
                    out += "           fix: " + f.fix + '\n';
            }
        }
        out += '\n';
    }
    return out;
}

std::string coverageMarkdown(const ReportInput &input)
{
    auto cell = [](std::string s) {
        std::string out;
        for (char ch : s)
            out += ch == '|' ? std::string("\\|") : std::string(1, ch);
        return out;
    };
    std::string out;
    for (const ImportWarning &w : input.warnings)
        out += "> **Warning:** " + cell(w.toString()) + "\n\n";
    for (const Coverage &c : input.results) {
        out += "## " + heading(c) + "\n\n";
        out += "- Execution role: " + (c.roles.execution.empty() ? std::string("none") : '`' + c.roles.execution + '`') + '\n';
        out += "- Task role: " + (c.roles.task.empty() ? std::string("none") : '`' + c.roles.task + '`') + '\n';
        if (c.launchType != LaunchType::Fargate)
            out += "- Instance role: " + (c.roles.instance.empty() ? std::string("the container instance's role") : '`' + c.roles.instance + '`') + '\n';
        out += "\n| Operation | Containers | Covered by | Via | Status | Role | Actions |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (const OperationCoverage &op : c.operations) {
            const std::string opCell = '[' + op.operation + "](" + op.source + ')' + (op.verified ? "" : " (not verified)");
            out += "| " + cell(opCell) + " | " + cell(orDash(joinStrings(op.containers))) + " | "
                + (op.coveredBy ? std::string(toId(*op.coveredBy)) : "-") + " | "
                + (op.via ? std::string(toId(*op.via)) : "-") + " | **" + std::string(toId(op.status)) + "** | "
                + cell(roleCell(op)) + " | " + cell(joinStrings(op.actions)) + " |\n";
        }
        if (!c.findings.empty()) {
            out += "\n### Findings\n\n";
            for (const Finding &f : c.findings)
                out += "- **" + std::string(toId(f.severity)) + "**" + (f.operation.empty() ? "" : " `" + f.operation + '`')
                    + ": " + f.message + (f.fix.empty() ? "" : "  \n  *Fix:* " + f.fix) + '\n';
        }
        out += '\n';
    }
    return out;
}

std::string coverageJson(const ReportInput &input)
{
    Json results = Json::array();
    for (const Coverage &c : input.results) {
        auto nullable = [](const std::string &s) { return s.empty() ? Json(nullptr) : Json(s); };
        Json ops = Json::array();
        for (const OperationCoverage &op : c.operations) {
            ops.push_back({{"operation", op.operation},
                           {"containers", op.containers},
                           {"coveredBy", op.coveredBy ? Json(toId(*op.coveredBy)) : Json(nullptr)},
                           {"via", op.via ? Json(toId(*op.via)) : Json(nullptr)},
                           {"roleArn", nullable(op.roleArn)},
                           {"status", toId(op.status)},
                           {"actions", op.actions},
                           {"resources", op.resources},
                           {"detail", op.detail},
                           {"source", op.source},
                           {"verified", op.verified},
                           {"minimumVersion", nullable(op.minimumVersion)}});
            if (!op.decidedBy.empty())
                ops.back()["decidedBy"] = op.decidedBy;
            if (!op.missingActions.empty())
                ops.back()["missingActions"] = op.missingActions;
            if (!op.conditionKeys.empty())
                ops.back()["conditions"] = op.conditionKeys;
        }
        Json findings = Json::array();
        for (const Finding &f : c.findings) {
            findings.push_back({{"severity", toId(f.severity)},
                                {"operation", nullable(f.operation)},
                                {"message", f.message},
                                {"fix", f.fix}});
            if (!f.pointer.empty())
                findings.back()["pointer"] = f.pointer;
        }
        results.push_back({{"taskDefinition", c.taskDefinition},
                           {"file", c.file},
                           {"launchType", toId(c.launchType)},
                           {"roles",
                            {{"execution", nullable(c.roles.execution)},
                             {"task", nullable(c.roles.task)},
                             {"instance", nullable(c.roles.instance)}}},
                           {"operations", std::move(ops)},
                           {"findings", std::move(findings)}});
    }
    Json warnings = Json::array();
    for (const ImportWarning &w : input.warnings)
        warnings.push_back(w.toString());
    Json doc = {{"results", std::move(results)}};
    if (!warnings.empty())
        doc["warnings"] = std::move(warnings);
    return doc.dump(2) + '\n';
}

std::string checkSarif(const ReportInput &input)
{
    Json rules = Json::array();
    for (const CatalogOperation &op : input.catalog.operations()) {
        rules.push_back({{"id", op.id},
                         {"name", op.id},
                         {"shortDescription", {{"text", op.title.en}}},
                         {"fullDescription", {{"text", op.explanation.en}}},
                         {"helpUri", input.catalog.primarySourceUrl(op, LaunchType::Ec2)}});
    }
    rules.push_back({{"id", "task-definition"},
                     {"name", "task-definition"},
                     {"shortDescription", {{"text", "Fields of the task definition itself"}}}});
    Json results = Json::array();
    for (const Coverage &c : input.results) {
        for (const Finding &f : c.findings) {
            const char *level = f.severity == Severity::Error ? "error" : f.severity == Severity::Warning ? "warning" : "note";
            Json location = {{"physicalLocation", {{"artifactLocation", {{"uri", c.file}}}}}};
            location["logicalLocations"] = Json::array(
                {{{"name", c.taskDefinition}, {"kind", "module"}, {"fullyQualifiedName", c.taskDefinition + '@' + std::string(toId(c.launchType))}}});
            Json result = {{"ruleId", f.operation.empty() ? std::string("task-definition") : f.operation},
                           {"level", level},
                           {"message", {{"text", f.message + (f.fix.empty() ? "" : " Fix: " + f.fix)}}},
                           {"locations", Json::array({location})},
                           {"properties", {{"launchType", toId(c.launchType)}, {"taskDefinition", c.taskDefinition}}}};
            if (!f.pointer.empty())
                result["properties"]["jsonPointer"] = f.pointer;
            results.push_back(std::move(result));
        }
    }
    Json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({{{"tool", {{"driver", {{"name", "Rolemap"},
                                                             {"version", ROLEMAP_VERSION},
                                                             {"informationUri", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html"},
                                                             {"rules", std::move(rules)}}}}},
                                       {"results", std::move(results)}}})}};
    return doc.dump(2) + '\n';
}

} // namespace rolemap
