// SPDX-License-Identifier: Apache-2.0
#pragma once
// The coverage table (per task definition and launch type) and the launch-type comparison table as
// Markdown, CSV (RFC 4180) and HTML, for docs, spreadsheets and wikis.

#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <string>
#include <vector>

namespace rolemap {

enum class TableFormat { Markdown, Csv, Html };

// One table: a header row and rows of cells.
struct Table
{
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

Table coverageTable(const Coverage &coverage, const RulesCatalog &catalog);
Table comparisonTable(const RulesCatalog &catalog);
std::string renderTables(const std::vector<Table> &tables, TableFormat format);

} // namespace rolemap
