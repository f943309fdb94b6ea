// SPDX-License-Identifier: Apache-2.0
#pragma once
// The explanation panel's text for one operation on one launch type, as HTML: who covers it and
// why, the actions, the principal the role must trust, what fails without it, the minimum version,
// whether the fact is verified, and links to the AWS documentation.

#include "core/LocalizedText.h"
#include "core/Vocabulary.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <QString>

namespace rolemap {

QString explanationHtml(const Coverage &coverage, const std::string &operation, const RulesCatalog &catalog, Language language = Language::English);

// Shown when no operation is selected: the task definition at a glance.
QString overviewHtml(const Coverage &coverage, const RulesCatalog &catalog, Language language = Language::English);

// One step of the walkthrough: the phase, who acts with which role on which service, and, when the
// step fails, the error AWS gives.
struct WalkthroughStep;
QString walkthroughStepHtml(const WalkthroughStep &step, const Coverage &coverage, const RulesCatalog &catalog,
                            Language language = Language::English);

// Short display names, in the interface language.
QString statusTitle(Status status);
QString severityTitle(Severity severity);
QString actorTitle(const std::string &actor); // an operation's actor id ("agent", "application", …)

} // namespace rolemap
