// SPDX-License-Identifier: Apache-2.0
#include "report/CatalogReport.h"
#include "core/Translation.h"

#include "core/JsonText.h"
#include "report/TextTable.h"

#include <QCoreApplication>

namespace rolemap {

namespace {

struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};

const char *kArrow = " \xe2\x86\x92 "; // →
const char *kNotVerifiedMark = "\xe2\x80\xa0";

std::string actionNames(const CatalogOperation &op)
{
    std::string out;
    auto add = [&](const ScopedAction &a, const std::string &suffix) { out += (out.empty() ? "" : ", ") + a.action + suffix; };
    for (const ScopedAction &a : op.actions)
        add(a, "");
    for (const ConditionalActions &c : op.conditionalActions)
        for (const ScopedAction &a : c.actions)
            add(a, s8(CatalogText::tr(" (when %1)").arg(QString::fromStdString(c.when))));
    return out;
}

} // namespace

std::string cellSummary(const LaunchTypeRule &rule)
{
    if (!rule.supported)
        return s8(CatalogText::tr("not supported"));
    std::string out(toId(*rule.primary));
    if (rule.fallback)
        out += kArrow + std::string(toId(*rule.fallback));
    return out;
}

std::string cellSummary(const CatalogOperation &op, LaunchType t)
{
    if (!op.dependsOnOperatingSystem(t))
        return cellSummary(op.on(t));
    const std::string linux = cellSummary(op.on(t, OperatingSystem::Linux));
    const std::string windows = cellSummary(op.on(t, OperatingSystem::Windows));
    return linux == windows ? linux : linux + " / " + s8(CatalogText::tr("Windows: %1").arg(QString::fromStdString(windows)));
}

namespace {

// "ECS agent 1.23.0 (ECS agent 1.27.0 when secret-in-log-options)".
std::string versions(const LaunchTypeRule &rule)
{
    std::string out = rule.minimumVersion;
    for (const ConditionalVersion &v : rule.conditionalVersions)
        out += (out.empty() ? "" : " ") +
               s8(CatalogText::tr("(%1 when %2)").arg(QString::fromStdString(v.minimumVersion), QString::fromStdString(v.when)));
    return out;
}

} // namespace

std::string explainText(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language, bool colour)
{
    std::string out;
    if (launchTypes.size() > 1) {
        std::vector<std::string> headers{s8(CatalogText::tr("OPERATION"))};
        for (LaunchType t : launchTypes)
            headers.emplace_back(toId(t));
        TextTable table(headers);
        for (const CatalogOperation &op : catalog.operations()) {
            std::vector<std::string> cells{op.id};
            std::vector<std::string> colours{""};
            for (LaunchType t : launchTypes) {
                const LaunchTypeRule &rule = op.on(t);
                const bool verified = rule.verified && op.on(t, OperatingSystem::Linux).verified && op.on(t, OperatingSystem::Windows).verified;
                cells.push_back(cellSummary(op, t) + (verified ? "" : kNotVerifiedMark));
                colours.push_back(!rule.supported ? "2" : rule.fallback ? "33" : "");
            }
            table.addRow(cells, colours);
        }
        out += table.render("", colour);
        out += '\n' + s8(CatalogText::tr("A \u2192 B: role A does it; without A, role B does (fallback).")) + "  " + kNotVerifiedMark + ' ' +
               s8(CatalogText::tr("not verified: AWS does not document this fact directly.")) + '\n';
        out += s8(CatalogText::tr("rolemap explain --launch-type LT shows each operation in full.")) + '\n';
        return out;
    }
    const LaunchType t = launchTypes.front();
    const std::vector<std::string> label =
        alignedLabels({s8(CatalogText::tr("role:")), s8(CatalogText::tr("minimum:")), s8(CatalogText::tr("actions:")), s8(CatalogText::tr("trusts:")),
                       s8(CatalogText::tr("note:")), s8(CatalogText::tr("missing:")), s8(CatalogText::tr("why:")), s8(CatalogText::tr("source:"))});
    out += ansi("1", catalog.launchTypeTitle(t).in(language) + " (" + std::string(toId(t)) + ')', colour) + "\n\n";
    for (const CatalogOperation &op : catalog.operations()) {
        const LaunchTypeRule &rule = op.on(t);
        out += ansi("1", op.id, colour) + " \xe2\x80\x94 " + op.title.in(language) + '\n';
        std::string role = !rule.supported ? s8(CatalogText::tr("not supported")) : catalog.roleKind(*rule.primary).title.in(language);
        if (rule.supported && rule.fallback)
            role += s8(CatalogText::tr(", else %1").arg(QString::fromStdString(catalog.roleKind(*rule.fallback).title.in(language))));
        out += "  " + label[0] + role + (rule.verified ? std::string() : "  (" + s8(CatalogText::tr("not verified")) + ')') + '\n';
        if (!versions(rule).empty())
            out += "  " + label[1] + versions(rule) + '\n';
        out += "  " + label[2] + actionNames(op) + '\n';
        if (rule.supported && *rule.primary != RoleKind::AwsManaged)
            out += "  " + label[3] + catalog.roleKind(*rule.primary).trustedPrincipal(t) + '\n';
        if (!rule.note.in(language).empty())
            out += "  " + label[4] + rule.note.in(language) + '\n';
        for (const ConditionalUnsupport &u : rule.unsupportedWhen)
            out += "  " + label[4] +
                   s8(CatalogText::tr("not supported when %1: %2").arg(QString::fromStdString(u.when), QString::fromStdString(u.note.in(language)))) +
                   '\n';
        for (OperatingSystem os : kAllOperatingSystems) {
            if (!op.byOperatingSystem[size_t(t)][size_t(os)])
                continue;
            const LaunchTypeRule &other = op.on(t, os);
            std::string line = !other.supported ? s8(CatalogText::tr("not supported")) : catalog.roleKind(*other.primary).title.in(language);
            if (!versions(other).empty() && versions(other) != versions(rule))
                line += ", " + versions(other);
            if (other.verified != rule.verified)
                line += other.verified ? std::string() : "  (" + s8(CatalogText::tr("not verified")) + ')';
            if (!other.note.in(language).empty() && other.note.in(language) != rule.note.in(language))
                line += ": " + other.note.in(language);
            const std::string osLabel = os == OperatingSystem::Windows ? s8(CatalogText::tr("on Windows:")) : s8(CatalogText::tr("on Linux:"));
            out += "  " + osLabel + std::string(label[0].size() > osLabel.size() + 2 ? label[0].size() - osLabel.size() - 2 : 0, ' ') + "  " + line +
                   '\n';
        }
        std::string missing = rule.supported && *rule.primary == RoleKind::AwsManaged
                                  ? s8(CatalogText::tr("nothing of yours can be missing: AWS does it"))
                                  : op.error.in(language);
        if (!rule.registrationError.in(language).empty())
            missing = s8(CatalogText::tr("RegisterTaskDefinition refuses it first: %1 At run time: %2")
                             .arg(QString::fromStdString(rule.registrationError.in(language)), QString::fromStdString(missing)));
        out += "  " + label[5] + missing + '\n';
        out += "  " + label[6] + op.explanation.in(language) + '\n';
        for (const std::string &id : rule.sources)
            if (const Source *s = catalog.source(id))
                out += "  " + label[7] + s->url + '\n';
        out += '\n';
    }
    return out;
}

std::string explainMarkdown(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language)
{
    std::string out = "| " + s8(CatalogText::tr("Operation")) + " |";
    std::string rule = "|---|";
    for (LaunchType t : launchTypes) {
        out += ' ' + catalog.launchTypeTitle(t).in(language) + " |";
        rule += "---|";
    }
    out += '\n' + rule + '\n';
    for (const CatalogOperation &op : catalog.operations()) {
        out += "| " + op.title.in(language) + " (`" + op.id + "`) |";
        for (LaunchType t : launchTypes) {
            const LaunchTypeRule &cell = op.on(t);
            const std::string url = catalog.primarySourceUrl(op, t);
            out += " [" + cellSummary(op, t) + "](" + url + ')' + (cell.verified ? "" : " \xe2\x80\xa0") + " |";
        }
        out += '\n';
    }
    out += "\n\xe2\x80\xa0 " + s8(CatalogText::tr("not verified: AWS does not document this fact directly.")) + '\n';
    return out;
}

std::string explainJson(const RulesCatalog &catalog, const std::vector<LaunchType> &launchTypes, Language language)
{
    Json ops = Json::array();
    for (const CatalogOperation &op : catalog.operations()) {
        Json cells = Json::object();
        for (LaunchType t : launchTypes) {
            const LaunchTypeRule &rule = op.on(t);
            Json sources = Json::array();
            for (const std::string &id : rule.sources)
                if (const Source *s = catalog.source(id))
                    sources.push_back(s->url);
            cells[std::string(toId(t))] = {{"supported", rule.supported},
                                           {"primary", rule.primary ? Json(toId(*rule.primary)) : Json(nullptr)},
                                           {"fallback", rule.fallback ? Json(toId(*rule.fallback)) : Json(nullptr)},
                                           {"trusts", rule.primary && *rule.primary != RoleKind::AwsManaged
                                                          ? Json(catalog.roleKind(*rule.primary).trustedPrincipal(t))
                                                          : Json(nullptr)},
                                           {"minimumVersion", rule.minimumVersion.empty() ? Json(nullptr) : Json(rule.minimumVersion)},
                                           {"verified", rule.verified},
                                           {"note", rule.note.in(language)},
                                           {"sources", std::move(sources)}};
            Json &cell = cells[std::string(toId(t))];
            if (!rule.conditionalVersions.empty()) {
                Json list = Json::array();
                for (const ConditionalVersion &v : rule.conditionalVersions)
                    list.push_back({{"when", v.when}, {"minimumVersion", v.minimumVersion}});
                cell["conditionalVersions"] = std::move(list);
            }
            for (OperatingSystem os : kAllOperatingSystems)
                if (const auto &other = op.byOperatingSystem[size_t(t)][size_t(os)])
                    cell["operatingSystems"][std::string(toId(os))] = {
                        {"supported", other->supported},
                        {"primary", other->primary ? Json(toId(*other->primary)) : Json(nullptr)},
                        {"fallback", other->fallback ? Json(toId(*other->fallback)) : Json(nullptr)},
                        {"minimumVersion", other->minimumVersion.empty() ? Json(nullptr) : Json(other->minimumVersion)},
                        {"verified", other->verified},
                        {"note", other->note.in(language)}};
        }
        Json actions = Json::array();
        for (const ScopedAction &a : op.actions)
            actions.push_back(a.action);
        Json conditional = Json::array();
        for (const ConditionalActions &c : op.conditionalActions) {
            Json names = Json::array();
            for (const ScopedAction &a : c.actions)
                names.push_back(a.action);
            conditional.push_back({{"when", c.when}, {"actions", std::move(names)}});
        }
        ops.push_back({{"operation", op.id},
                       {"title", op.title.in(language)},
                       {"explanation", op.explanation.in(language)},
                       {"trigger", op.trigger},
                       {"actions", std::move(actions)},
                       {"conditionalActions", std::move(conditional)},
                       {"error", op.error.in(language)},
                       {"launchTypes", std::move(cells)}});
    }
    return Json({{"operations", std::move(ops)}}).dump(2) + '\n';
}

} // namespace rolemap
