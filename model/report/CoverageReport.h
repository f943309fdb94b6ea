// SPDX-License-Identifier: Apache-2.0
#pragma once
// Coverage results written for people and programs: the text table for a terminal, Markdown, the
// JSON of docs/CLI.md and SARIF for `rolemap check`.

#include "core/Workspace.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rolemap {

struct ReportInput
{
    const std::vector<Coverage> &results;
    const std::vector<ImportWarning> &warnings;
    const RulesCatalog &catalog;
};

enum class ReportFormat { Text, Markdown, Json, Sarif };

// Writes a report as results come, one coverage at a time, so that a whole account's report holds
// neither every result nor the whole text: `sink` gets the text in order. The output is the same,
// byte for byte, as the functions below give for the same results.
class ReportWriter
{
public:
    ReportWriter(ReportFormat format, const RulesCatalog &catalog, const std::vector<ImportWarning> &warnings,
                 std::function<void(std::string_view)> sink, bool colour = false);
    void add(const Coverage &coverage);
    void finish(); // once, after the last add()

private:
    ReportFormat m_format;
    std::function<void(std::string_view)> m_sink;
    bool m_colour;
    std::string m_tail;      // JSON and SARIF: what follows the results array
    size_t m_itemIndent = 0; // ...and how far its items are indented
    size_t m_items = 0;
};

std::string coverageText(const ReportInput &input, bool colour);
std::string coverageMarkdown(const ReportInput &input);
std::string coverageJson(const ReportInput &input);
std::string checkSarif(const ReportInput &input);

// The last path segment of a role ARN ("arn:…:role/path/ecsInstanceRole" → "ecsInstanceRole").
std::string shortRoleName(const std::string &roleArn);

} // namespace rolemap
