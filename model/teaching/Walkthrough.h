// SPDX-License-Identifier: Apache-2.0
#pragma once
// A task's start, step by step (resources/rules/walkthrough.json): the phases in the order the ECS
// agent and Fargate run them, each with the operations of the catalog that happen in it. For one
// task definition's coverage, the steps are the operations it needs, in phase order; a step whose
// role is missing or not allowed is a step that fails, with the error AWS would give.

#include "core/JsonText.h"
#include "core/LocalizedText.h"
#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <map>
#include <string>
#include <vector>

namespace rolemap {

struct WalkthroughPhase
{
    std::string id;
    LocalizedText title;
    LocalizedText text;                         // default text
    std::map<LaunchType, LocalizedText> textOn; // per launch type where it differs
    std::vector<std::string> operations;        // in the order they happen within the phase
    std::vector<std::string> sources;           // URLs

    const LocalizedText &textFor(LaunchType t) const;
};

struct WalkthroughStep
{
    const WalkthroughPhase *phase = nullptr;
    const OperationCoverage *operation = nullptr; // null for a phase with no operation of this task
    bool fails = false;
    LocalizedText error; // the error AWS gives when it fails (catalog)
};

class Walkthrough
{
public:
    // Validates against the catalog: every operation in exactly one phase, no unknown ids, every
    // source known. Throws InputError naming the JSON pointer.
    static Walkthrough fromJson(const Json &document, const std::string &label, const RulesCatalog &catalog);
    // The walkthrough compiled into the program, checked against the built-in catalog.
    static const Walkthrough &builtIn();

    const std::vector<WalkthroughPhase> &phases() const { return m_phases; }
    // The phase an operation belongs to.
    const WalkthroughPhase *phaseOf(std::string_view operation) const;

    // The steps of one task's start: the placement step always, then one step per operation the
    // task needs, in phase order. `coverage` must outlive the steps.
    std::vector<WalkthroughStep> steps(const Coverage &coverage, const RulesCatalog &catalog) const;

private:
    std::vector<WalkthroughPhase> m_phases;
};

} // namespace rolemap
