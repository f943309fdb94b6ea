// SPDX-License-Identifier: Apache-2.0
#include "report/CoverageReport.h"
#include "core/Translation.h"

#include "core/Arn.h"
#include "core/Ascii.h"
#include "core/JsonText.h"
#include "core/Strings.h"
#include "report/TextTable.h"

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

std::string roleCell(const OperationCoverage &op)
{
    if (!op.roleArn.empty())
        return shortRoleName(op.roleArn);
    if (op.status == Status::MissingRole)
        return s8(ReportText::tr("(none)"));
    return "-";
}

std::string heading(const Coverage &c)
{
    return s8(ReportText::tr("%1 on %2").arg(QString::fromStdString(c.taskDefinition), QString::fromStdString(std::string(toId(c.launchType))))) +
           (c.file.empty() ? std::string() : " \xe2\x80\x94 " + c.file);
}

std::string textSection(const Coverage &c, bool colour)
{
    std::string out;
    out += ansi("1", visibleText(heading(c)), colour) + '\n';
    const std::vector<std::string> labels =
        alignedLabels({s8(ReportText::tr("execution role:")), s8(ReportText::tr("task role:")), s8(ReportText::tr("instance role:"))});
    const auto role = [&](const std::string &label, const std::string &arn) {
        out += "  " + label + (arn.empty() ? s8(ReportText::tr("(none)")) : visibleText(arn)) + '\n';
    };
    role(labels[0], c.roles.execution);
    role(labels[1], c.roles.task);
    if (c.launchType != LaunchType::Fargate)
        role(labels[2], c.roles.instance.empty() ? std::string() : c.roles.instance);
    out += '\n';

    TextTable table({s8(ReportText::tr("OPERATION")), s8(ReportText::tr("CONTAINERS")), s8(ReportText::tr("COVERED BY")), s8(ReportText::tr("VIA")),
                     s8(ReportText::tr("STATUS")), s8(ReportText::tr("ROLE"))});
    bool anyUnverifiedFact = false;
    for (const OperationCoverage &op : c.operations) {
        anyUnverifiedFact = anyUnverifiedFact || !op.verified;
        table.addRow({op.operation + (op.verified ? "" : kNotVerifiedMark), orDash(joinStrings(op.containers)),
                      op.coveredBy ? std::string(toId(*op.coveredBy)) : std::string("-"), op.via ? std::string(toId(*op.via)) : std::string("-"),
                      std::string(toId(op.status)), roleCell(op)},
                     {"", "", "", op.via == Via::Fallback ? "33" : "", statusColour(op.status), ""});
    }
    out += table.render("  ", colour);
    if (anyUnverifiedFact)
        out += std::string("  ") + kNotVerifiedMark + ' ' + s8(ReportText::tr("not verified: AWS does not document this fact directly")) + '\n';
    if (!c.findings.empty()) {
        out += '\n';
        for (const Finding &f : c.findings) {
            const std::string sev(toId(f.severity));
            out += "  " + ansi(severityColour(f.severity), sev, colour) + std::string(9 - sev.size(), ' ') +
                   (f.operation.empty() ? std::string() : f.operation + ": ") + visibleText(f.message) + '\n';
            if (!f.fix.empty())
                out += "           " + s8(ReportText::tr("fix:")) + ' ' + visibleText(f.fix) + '\n';
        }
    }
    out += '\n';
    return out;
}

std::string markdownSection(const Coverage &c)
{
    std::string out;
    out += "## " + markdownCell(heading(c)) + "\n\n";
    const std::string none = s8(ReportText::tr("none"));
    out += "- " + s8(ReportText::tr("Execution role:")) + ' ' + (c.roles.execution.empty() ? none : '`' + c.roles.execution + '`') + '\n';
    out += "- " + s8(ReportText::tr("Task role:")) + ' ' + (c.roles.task.empty() ? none : '`' + c.roles.task + '`') + '\n';
    if (c.launchType != LaunchType::Fargate)
        out += "- " + s8(ReportText::tr("Instance role:")) + ' ' +
               (c.roles.instance.empty() ? s8(ReportText::tr("the container instance's role")) : '`' + c.roles.instance + '`') + '\n';
    out += "\n| " + s8(ReportText::tr("Operation")) + " | " + s8(ReportText::tr("Containers")) + " | " + s8(ReportText::tr("Covered by")) + " | " +
           s8(ReportText::tr("Via")) + " | " + s8(ReportText::tr("Status")) + " | " + s8(ReportText::tr("Role")) + " | " +
           s8(ReportText::tr("Actions")) + " |\n";
    out += "|---|---|---|---|---|---|---|\n";
    for (const OperationCoverage &op : c.operations) {
        const std::string opCell =
            '[' + op.operation + "](" + op.source + ')' + (op.verified ? std::string() : " (" + s8(ReportText::tr("not verified")) + ')');
        out += "| " + markdownCell(opCell) + " | " + markdownCell(orDash(joinStrings(op.containers))) + " | " +
               (op.coveredBy ? std::string(toId(*op.coveredBy)) : "-") + " | " + (op.via ? std::string(toId(*op.via)) : "-") + " | **" +
               std::string(toId(op.status)) + "** | " + markdownCell(roleCell(op)) + " | " + markdownCell(joinStrings(op.actions)) + " |\n";
    }
    if (!c.findings.empty()) {
        out += "\n### " + s8(ReportText::tr("Findings")) + "\n\n";
        for (const Finding &f : c.findings)
            out += "- **" + std::string(toId(f.severity)) + "**" + (f.operation.empty() ? "" : " `" + f.operation + '`') + ": " +
                   markdownCell(f.message) + (f.fix.empty() ? std::string() : "  \n  *" + s8(ReportText::tr("Fix:")) + "* " + markdownCell(f.fix)) +
                   '\n';
    }
    out += '\n';
    return out;
}

Json resultJson(const Coverage &c)
{
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
                       {"minimumVersion", nullable(op.minimumVersion)},
                       {"verdict", op.verdict ? Json(toId(*op.verdict)) : Json(nullptr)}});
        if (!op.decidedBy.empty())
            ops.back()["decidedBy"] = op.decidedBy;
        if (!op.missingActions.empty())
            ops.back()["missingActions"] = op.missingActions;
        if (!op.conditionKeys.empty())
            ops.back()["conditions"] = op.conditionKeys;
    }
    Json findings = Json::array();
    for (const Finding &f : c.findings) {
        findings.push_back({{"severity", toId(f.severity)}, {"operation", nullable(f.operation)}, {"message", f.message}, {"fix", f.fix}});
        if (!f.pointer.empty())
            findings.back()["pointer"] = f.pointer;
    }
    return Json(
        {{"taskDefinition", c.taskDefinition},
         {"file", c.file},
         {"launchType", toId(c.launchType)},
         {"operatingSystem", {{"family", toId(c.operatingSystem)}, {"assumed", c.operatingSystemAssumed}, {"reason", c.operatingSystemReason}}},
         {"roles", {{"execution", nullable(c.roles.execution)}, {"task", nullable(c.roles.task)}, {"instance", nullable(c.roles.instance)}}},
         {"operations", std::move(ops)},
         {"findings", std::move(findings)}});
}

// A file path as a SARIF artifact URI (RFC 3986): unreserved characters and '/' as they are, the
// rest percent-encoded ("my tasks/web#1.json" → "my%20tasks/web%231.json").
std::string sarifUri(const std::string &path)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        const auto b = static_cast<unsigned char>(c);
        if (isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 15];
        }
    }
    return out;
}

std::vector<Json> sarifResults(const Coverage &c)
{
    std::vector<Json> out;
    for (const Finding &f : c.findings) {
        const char *level = f.severity == Severity::Error ? "error" : f.severity == Severity::Warning ? "warning" : "note";
        Json location = {{"physicalLocation", {{"artifactLocation", {{"uri", sarifUri(c.file)}}}}}};
        location["logicalLocations"] = Json::array(
            {{{"name", c.taskDefinition}, {"kind", "module"}, {"fullyQualifiedName", c.taskDefinition + '@' + std::string(toId(c.launchType))}}});
        Json result = {{"ruleId", f.operation.empty() ? std::string("task-definition") : f.operation},
                       {"level", level},
                       {"message", {{"text", f.message + (f.fix.empty() ? "" : " Fix: " + f.fix)}}},
                       {"locations", Json::array({location})},
                       {"properties", {{"launchType", toId(c.launchType)}, {"taskDefinition", c.taskDefinition}}}};
        if (!f.pointer.empty())
            result["properties"]["jsonPointer"] = f.pointer;
        out.push_back(std::move(result));
    }
    return out;
}

// The SARIF log around its results, with an empty results array where they go.
Json sarifFrame(const RulesCatalog &catalog)
{
    Json rules = Json::array();
    for (const CatalogOperation &op : catalog.operations()) {
        rules.push_back({{"id", op.id},
                         {"name", op.id},
                         {"shortDescription", {{"text", op.title.en}}},
                         {"fullDescription", {{"text", op.explanation.en}}},
                         {"helpUri", catalog.primarySourceUrl(op, LaunchType::Ec2)}});
    }
    rules.push_back(
        {{"id", "task-definition"}, {"name", "task-definition"}, {"shortDescription", {{"text", "Fields of the task definition itself"}}}});
    Json doc = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         Json::array({{{"tool",
                        {{"driver",
                          {{"name", "Rolemap"},
                           {"version", ROLEMAP_VERSION},
                           {"informationUri", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html"},
                           {"rules", std::move(rules)}}}}},
                       {"results", Json::array()}}})}};
    return doc;
}

// `text` with every line moved right by `spaces`.
std::string indented(const std::string &text, size_t spaces)
{
    const std::string pad(spaces, ' ');
    std::string out = pad;
    for (char ch : text) {
        out += ch;
        if (ch == '\n')
            out += pad;
    }
    return out;
}

} // namespace

std::string shortRoleName(const std::string &roleArn)
{
    return roleNameOf(roleArn);
}

ReportWriter::ReportWriter(ReportFormat format, const RulesCatalog &catalog, const std::vector<ImportWarning> &warnings,
                           std::function<void(std::string_view)> sink, bool colour)
    : m_format(format), m_sink(std::move(sink)), m_colour(colour)
{
    std::string head;
    switch (format) {
    case ReportFormat::Text:
        for (const ImportWarning &w : warnings)
            head += ansi("33", s8(ReportText::tr("warning:")) + ' ', colour) + visibleText(w.toString()) + '\n';
        if (!warnings.empty())
            head += '\n';
        break;
    case ReportFormat::Markdown:
        for (const ImportWarning &w : warnings)
            head += "> **" + s8(ReportText::tr("Warning:")) + "** " + markdownCell(w.toString()) + "\n\n";
        break;
    case ReportFormat::Json:
    case ReportFormat::Sarif: {
        // The document is written by nlohmann/json with an empty results array, then cut there: the
        // results go in between, one at a time, indented as the whole document would have them.
        Json doc;
        if (format == ReportFormat::Json) {
            doc = {{"results", Json::array()}};
            Json list = Json::array();
            for (const ImportWarning &w : warnings)
                list.push_back(w.toString());
            if (!list.empty())
                doc["warnings"] = std::move(list);
        } else {
            doc = sarifFrame(catalog);
            // Import warnings are notifications of the run, each at its file.
            Json notes = Json::array();
            for (const ImportWarning &w : warnings)
                notes.push_back({{"level", "warning"},
                                 {"message", {{"text", w.pointer.empty() ? w.message : w.pointer + ": " + w.message}}},
                                 {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", sarifUri(w.file)}}}}}}})}});
            doc["runs"][0]["invocations"] = Json::array({{{"executionSuccessful", true}, {"toolExecutionNotifications", std::move(notes)}}});
        }
        const std::string text = doc.dump(2) + '\n';
        const std::string marker = "\"results\": [";
        const size_t at = text.find(marker + ']');
        const size_t lineStart = text.rfind('\n', at) + 1;
        m_itemIndent = at - lineStart + 2;
        head = text.substr(0, at + marker.size());
        m_tail = text.substr(at + marker.size());
        break;
    }
    }
    if (!head.empty())
        m_sink(head);
}

void ReportWriter::add(const Coverage &coverage)
{
    auto item = [&](const Json &value) { m_sink((m_items++ ? ",\n" : "\n") + indented(value.dump(2), m_itemIndent)); };
    switch (m_format) {
    case ReportFormat::Text: m_sink(textSection(coverage, m_colour)); break;
    case ReportFormat::Markdown: m_sink(markdownSection(coverage)); break;
    case ReportFormat::Json: item(resultJson(coverage)); break;
    case ReportFormat::Sarif:
        for (const Json &result : sarifResults(coverage))
            item(result);
        break;
    }
}

void ReportWriter::finish()
{
    if (m_tail.empty())
        return;
    if (m_items)
        m_sink('\n' + std::string(m_itemIndent - 2, ' '));
    m_sink(m_tail);
    m_tail.clear();
}

namespace {

std::string wholeReport(ReportFormat format, const ReportInput &input, bool colour = false)
{
    std::string out;
    ReportWriter writer(
        format, input.catalog, input.warnings, [&](std::string_view text) { out += text; }, colour);
    for (const Coverage &c : input.results)
        writer.add(c);
    writer.finish();
    return out;
}

} // namespace

std::string coverageText(const ReportInput &input, bool colour)
{
    return wholeReport(ReportFormat::Text, input, colour);
}

std::string coverageMarkdown(const ReportInput &input)
{
    return wholeReport(ReportFormat::Markdown, input);
}

std::string coverageJson(const ReportInput &input)
{
    return wholeReport(ReportFormat::Json, input);
}

std::string checkSarif(const ReportInput &input)
{
    return wholeReport(ReportFormat::Sarif, input);
}

} // namespace rolemap
