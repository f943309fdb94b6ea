#include "CoverageReport.h"

#include "Arn.h"
#include "JsonText.h"
#include "Strings.h"
#include "TextTable.h"

#include <QCoreApplication>

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


// Labels and headings of the text and Markdown reports are user-visible: translated. Values stay
// ids (operation, role kind, status), which scripts read.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

std::string t8(const QString &s)
{
    return s.toStdString();
}

std::string roleCell(const OperationCoverage &op)
{
    if (!op.roleArn.empty())
        return shortRoleName(op.roleArn);
    if (op.status == Status::MissingRole)
        return t8(ReportText::tr("(none)"));
    return "-";
}

std::string heading(const Coverage &c)
{
    return t8(ReportText::tr("%1 on %2").arg(QString::fromStdString(c.taskDefinition), QString::fromStdString(std::string(toId(c.launchType)))))
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
        out += ansi("33", t8(ReportText::tr("warning:")) + ' ', colour) + w.toString() + '\n';
    if (!input.warnings.empty())
        out += '\n';
    for (const Coverage &c : input.results) {
        out += ansi("1", heading(c), colour) + '\n';
        const std::vector<std::string> labels = alignedLabels({t8(ReportText::tr("execution role:")), t8(ReportText::tr("task role:")),
                                                         t8(ReportText::tr("instance role:"))});
        const auto role = [&](const std::string &label, const std::string &arn) {
            out += "  " + label + (arn.empty() ? t8(ReportText::tr("(none)")) : arn) + '\n';
        };
        role(labels[0], c.roles.execution);
        role(labels[1], c.roles.task);
        if (c.launchType != LaunchType::Fargate)
            role(labels[2], c.roles.instance.empty() ? std::string() : c.roles.instance);
        out += '\n';

        TextTable table({t8(ReportText::tr("OPERATION")), t8(ReportText::tr("CONTAINERS")), t8(ReportText::tr("COVERED BY")),
                         t8(ReportText::tr("VIA")), t8(ReportText::tr("STATUS")), t8(ReportText::tr("ROLE"))});
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
            out += std::string("  ") + kNotVerifiedMark + ' ' + t8(ReportText::tr("not verified: AWS does not document this fact directly")) + '\n';
        if (!c.findings.empty()) {
            out += '\n';
            for (const Finding &f : c.findings) {
                const std::string sev(toId(f.severity));
                out += "  " + ansi(severityColour(f.severity), sev, colour) + std::string(9 - sev.size(), ' ')
                    + (f.operation.empty() ? std::string() : f.operation + ": ") + f.message + '\n';
                if (!f.fix.empty())
                    out += "           " + t8(ReportText::tr("fix:")) + ' ' + f.fix + '\n';
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
        out += "> **" + t8(ReportText::tr("Warning:")) + "** " + cell(w.toString()) + "\n\n";
    for (const Coverage &c : input.results) {
        out += "## " + heading(c) + "\n\n";
        const std::string none = t8(ReportText::tr("none"));
        out += "- " + t8(ReportText::tr("Execution role:")) + ' ' + (c.roles.execution.empty() ? none : '`' + c.roles.execution + '`') + '\n';
        out += "- " + t8(ReportText::tr("Task role:")) + ' ' + (c.roles.task.empty() ? none : '`' + c.roles.task + '`') + '\n';
        if (c.launchType != LaunchType::Fargate)
            out += "- " + t8(ReportText::tr("Instance role:")) + ' '
                + (c.roles.instance.empty() ? t8(ReportText::tr("the container instance's role")) : '`' + c.roles.instance + '`') + '\n';
        out += "\n| " + t8(ReportText::tr("Operation")) + " | " + t8(ReportText::tr("Containers")) + " | " + t8(ReportText::tr("Covered by"))
            + " | " + t8(ReportText::tr("Via")) + " | " + t8(ReportText::tr("Status")) + " | " + t8(ReportText::tr("Role")) + " | "
            + t8(ReportText::tr("Actions")) + " |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (const OperationCoverage &op : c.operations) {
            const std::string opCell = '[' + op.operation + "](" + op.source + ')' + (op.verified ? std::string() : " (" + t8(ReportText::tr("not verified")) + ')');
            out += "| " + cell(opCell) + " | " + cell(orDash(joinStrings(op.containers))) + " | "
                + (op.coveredBy ? std::string(toId(*op.coveredBy)) : "-") + " | "
                + (op.via ? std::string(toId(*op.via)) : "-") + " | **" + std::string(toId(op.status)) + "** | "
                + cell(roleCell(op)) + " | " + cell(joinStrings(op.actions)) + " |\n";
        }
        if (!c.findings.empty()) {
            out += "\n### " + t8(ReportText::tr("Findings")) + "\n\n";
            for (const Finding &f : c.findings)
                out += "- **" + std::string(toId(f.severity)) + "**" + (f.operation.empty() ? "" : " `" + f.operation + '`')
                    + ": " + f.message + (f.fix.empty() ? std::string() : "  \n  *" + t8(ReportText::tr("Fix:")) + "* " + f.fix) + '\n';
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
