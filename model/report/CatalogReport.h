// SPDX-License-Identifier: Apache-2.0
#pragma once
// `rolemap explain`: the rules catalog as the operation × launch-type matrix, for people (text,
// Markdown) and programs (JSON).

#include "core/LocalizedText.h"
#include "rules/RulesCatalog.h"

#include <string>
#include <vector>

namespace rolemap {

// A matrix cell as people read it: "execution → instance", "aws-managed", "not supported".
std::string cellSummary(const LaunchTypeRule &rule);
// The same for a launch type whose answer depends on the operating system: "task / Windows: not
// supported" (the Linux answer first, then the Windows one where it differs).
std::string cellSummary(const CatalogOperation &op, LaunchType t);

std::string explainText(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language, bool colour);
std::string explainMarkdown(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language);
std::string explainJson(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language);

} // namespace rolemap
