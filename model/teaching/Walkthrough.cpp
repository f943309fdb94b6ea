// SPDX-License-Identifier: Apache-2.0
#include "teaching/Walkthrough.h"

#include "core/InputError.h"

#include <set>

namespace rolemap {

namespace {

LocalizedText localized(const Json &value, const std::string &label, const std::string &pointer)
{
    if (!value.is_object() || !value.contains("en") || !value["en"].is_string())
        throw InputError::atPointer(label, pointer, "expected {\"en\": …, \"ja\": …}");
    LocalizedText t;
    t.en = value["en"].get<std::string>();
    if (value.contains("ja") && value["ja"].is_string())
        t.ja = value["ja"].get<std::string>();
    return t;
}

} // namespace

const LocalizedText &WalkthroughPhase::textFor(LaunchType t) const
{
    const auto it = textOn.find(t);
    return it == textOn.end() ? text : it->second;
}

Walkthrough Walkthrough::fromJson(const Json &document, const std::string &label, const RulesCatalog &catalog)
{
    if (!document.is_object() || !document.contains("phases") || !document["phases"].is_array())
        throw InputError::atPointer(label, "/phases", "expected an array of phases");
    std::map<std::string, std::string> sources;
    if (document.contains("sources") && document["sources"].is_object())
        for (const auto &[id, s] : document["sources"].items())
            if (s.is_object() && s.contains("url") && s["url"].is_string())
                sources[id] = s["url"].get<std::string>();

    Walkthrough w;
    std::set<std::string> seen;
    const Json &phases = document["phases"];
    for (size_t i = 0; i < phases.size(); ++i) {
        const std::string at = "/phases/" + std::to_string(i);
        const Json &p = phases[i];
        if (!p.is_object() || !p.contains("id") || !p["id"].is_string())
            throw InputError::atPointer(label, at + "/id", "expected a phase id");
        WalkthroughPhase phase;
        phase.id = p["id"].get<std::string>();
        phase.title = localized(p.value("title", Json()), label, at + "/title");
        if (!p.contains("text") || !p["text"].is_object())
            throw InputError::atPointer(label, at + "/text", "expected the phase's text per launch type");
        for (const auto &[key, value] : p["text"].items()) {
            if (key == "default") {
                phase.text = localized(value, label, at + "/text/default");
            } else if (const auto t = launchTypeFromId(key)) {
                phase.textOn[*t] = localized(value, label, at + "/text/" + key);
            } else {
                throw InputError::atPointer(label, at + "/text/" + key, "unknown launch type \"" + key + '"');
            }
        }
        if (phase.text.en.empty())
            throw InputError::atPointer(label, at + "/text/default", "missing the default text");
        const Json ops = p.value("operations", Json::array());
        for (size_t j = 0; j < ops.size(); ++j) {
            const std::string op = ops[j].is_string() ? ops[j].get<std::string>() : std::string();
            if (!catalog.operation(op))
                throw InputError::atPointer(label, at + "/operations/" + std::to_string(j), "unknown operation \"" + op + '"');
            if (!seen.insert(op).second)
                throw InputError::atPointer(label, at + "/operations/" + std::to_string(j), "operation \"" + op + "\" is in two phases");
            phase.operations.push_back(op);
        }
        const Json src = p.value("sources", Json::array());
        for (size_t j = 0; j < src.size(); ++j) {
            const std::string id = src[j].is_string() ? src[j].get<std::string>() : std::string();
            const auto it = sources.find(id);
            if (it == sources.end())
                throw InputError::atPointer(label, at + "/sources/" + std::to_string(j), "unknown source \"" + id + '"');
            phase.sources.push_back(it->second);
        }
        if (phase.sources.empty())
            throw InputError::atPointer(label, at + "/sources", "a phase needs a source");
        w.m_phases.push_back(std::move(phase));
    }
    for (const CatalogOperation &op : catalog.operations())
        if (!seen.count(op.id))
            throw InputError::atPointer(label, "/phases", "operation \"" + op.id + "\" is in no phase");
    return w;
}

const Walkthrough &Walkthrough::builtIn()
{
    static const Walkthrough walkthrough = [] {
        const std::string path = ":/rules/walkthrough.json"; // compiled in; QFile reads resources
        return fromJson(parseJsonFile(path), path, RulesCatalog::builtIn());
    }();
    return walkthrough;
}

const WalkthroughPhase *Walkthrough::phaseOf(std::string_view operation) const
{
    for (const WalkthroughPhase &p : m_phases)
        for (const std::string &op : p.operations)
            if (op == operation)
                return &p;
    return nullptr;
}

std::vector<WalkthroughStep> Walkthrough::steps(const Coverage &coverage, const RulesCatalog &catalog) const
{
    std::vector<WalkthroughStep> out;
    for (const WalkthroughPhase &phase : m_phases) {
        bool any = false;
        for (const std::string &id : phase.operations) {
            const OperationCoverage *oc = coverage.operation(id);
            if (!oc)
                continue;
            WalkthroughStep step;
            step.phase = &phase;
            step.operation = oc;
            step.fails = oc->fails();
            if (const CatalogOperation *op = catalog.operation(id))
                step.error = op->error;
            out.push_back(step);
            any = true;
        }
        // Placement happens for every task, even where no role of the task's is used for it.
        if (!any && &phase == &m_phases.front())
            out.push_back({&phase, nullptr, false, {}});
    }
    return out;
}

} // namespace rolemap
