#pragma once
// The explanation panel's text for one operation on one launch type, as HTML: who covers it and
// why, the actions, the principal the role must trust, what fails without it, the minimum version,
// whether the fact is verified, and links to the AWS documentation.

#include "Coverage.h"
#include "LocalizedText.h"
#include "RulesCatalog.h"

#include <QString>

namespace rolemap {

QString explanationHtml(const Coverage &coverage, const std::string &operation, const RulesCatalog &catalog,
                        Language language = Language::English);

// Shown when no operation is selected: the task definition at a glance.
QString overviewHtml(const Coverage &coverage, const RulesCatalog &catalog, Language language = Language::English);

} // namespace rolemap
