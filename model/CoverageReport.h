#pragma once
// Coverage results written for people and programs: the text table for a terminal, Markdown, the
// JSON of DESIGN §4 and SARIF for `rolemap check`.

#include "Coverage.h"
#include "RulesCatalog.h"
#include "Workspace.h"

#include <string>
#include <vector>

namespace rolemap {

struct ReportInput
{
    const std::vector<Coverage> &results;
    const std::vector<ImportWarning> &warnings;
    const RulesCatalog &catalog;
};

std::string coverageText(const ReportInput &input, bool colour);
std::string coverageMarkdown(const ReportInput &input);
std::string coverageJson(const ReportInput &input);
std::string checkSarif(const ReportInput &input);

// The last path segment of a role ARN ("arn:…:role/path/ecsInstanceRole" → "ecsInstanceRole").
std::string shortRoleName(const std::string &roleArn);

} // namespace rolemap
