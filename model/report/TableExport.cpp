// SPDX-License-Identifier: Apache-2.0
#include "report/TableExport.h"

#include "core/Arn.h"
#include "core/Strings.h"
#include "core/Translation.h"
#include "report/CatalogReport.h"

#include <QCoreApplication>

#include <string_view>

namespace rolemap {

namespace {

struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(TableText)
};

// "Title (id)", unless the title already ends with its id: "… CloudWatch Logs (awslogs)".
std::string titleWithId(const std::string &title, const std::string &id)
{
    const std::string suffix = " (" + id + ")";
    if (title.size() >= suffix.size() && title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0)
        return title;
    return title + suffix;
}

std::string csvCell(std::string s)
{
    // A cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet: keep it text.
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

} // namespace

Table coverageTable(const Coverage &c, const RulesCatalog &catalog)
{
    Table t;
    t.title = s8(TableText::tr("%1 on %2").arg(QString::fromStdString(c.taskDefinition), QString::fromStdString(std::string(toId(c.launchType)))));
    t.header = {s8(TableText::tr("Operation")), s8(TableText::tr("Containers")), s8(TableText::tr("Covered by")), s8(TableText::tr("Via")),
                s8(TableText::tr("Status")),    s8(TableText::tr("Role")),       s8(TableText::tr("Actions")),    s8(TableText::tr("Verified"))};
    for (const OperationCoverage &oc : c.operations) {
        const CatalogOperation *op = catalog.operation(oc.operation);
        t.rows.push_back({op ? titleWithId(op->title.in(currentLanguage()), oc.operation) : oc.operation, joinStrings(oc.containers),
                          oc.coveredBy ? catalog.roleKind(*oc.coveredBy).title.in(currentLanguage()) : "-", oc.via ? std::string(toId(*oc.via)) : "-",
                          std::string(toId(oc.status)), oc.roleArn.empty() ? "-" : oc.roleArn, joinStrings(oc.actions),
                          oc.verified ? s8(TableText::tr("yes")) : s8(TableText::tr("no"))});
    }
    return t;
}

Table comparisonTable(const RulesCatalog &catalog)
{
    Table t;
    t.title = s8(TableText::tr("Which role covers each operation, by launch type"));
    t.header = {s8(TableText::tr("Operation"))};
    for (LaunchType lt : kAllLaunchTypes)
        t.header.push_back(catalog.launchTypeTitle(lt).in(currentLanguage()));
    for (const CatalogOperation &op : catalog.operations()) {
        std::vector<std::string> row{titleWithId(op.title.in(currentLanguage()), op.id)};
        for (LaunchType lt : kAllLaunchTypes) {
            const LaunchTypeRule &rule = op.on(lt);
            row.push_back(cellSummary(op, lt) + (rule.verified ? std::string() : s8(TableText::tr(" (not verified)"))));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::string renderTables(const std::vector<Table> &tables, TableFormat format)
{
    std::string out;
    if (format == TableFormat::Html)
        out += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>" +
               xmlEscaped(tables.size() == 1 ? tables.front().title : s8(TableText::tr("Rolemap: %n table(s)", nullptr, int(tables.size())))) +
               "</title>\n"
               "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:2em}"
               "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f0f0f0}</style>"
               "</head><body>\n";
    for (const Table &t : tables) {
        switch (format) {
        case TableFormat::Markdown: {
            out += "## " + markdownCell(t.title) + "\n\n|";
            std::string rule = "|";
            for (const std::string &h : t.header) {
                out += ' ' + markdownCell(h) + " |";
                rule += "---|";
            }
            out += '\n' + rule + '\n';
            for (const auto &row : t.rows) {
                out += '|';
                for (const std::string &cell : row)
                    out += ' ' + markdownCell(cell) + " |";
                out += '\n';
            }
            out += '\n';
            break;
        }
        case TableFormat::Csv: {
            // One header for all rows; the table's title is the first column.
            if (out.empty()) {
                out += "Table";
                for (const std::string &h : t.header)
                    out += ',' + csvCell(h);
                out += "\r\n";
            }
            for (const auto &row : t.rows) {
                out += csvCell(t.title);
                for (const std::string &cell : row)
                    out += ',' + csvCell(cell);
                out += "\r\n";
            }
            break;
        }
        case TableFormat::Html: {
            out += "<h2>" + xmlEscaped(t.title) + "</h2>\n<table>\n<tr>";
            for (const std::string &h : t.header)
                out += "<th>" + xmlEscaped(h) + "</th>";
            out += "</tr>\n";
            for (const auto &row : t.rows) {
                out += "<tr>";
                for (const std::string &cell : row)
                    out += "<td>" + xmlEscaped(cell) + "</td>";
                out += "</tr>\n";
            }
            out += "</table>\n";
            break;
        }
        }
    }
    if (format == TableFormat::Html)
        out += "</body></html>\n";
    return out;
}

} // namespace rolemap
