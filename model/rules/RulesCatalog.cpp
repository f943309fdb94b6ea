// SPDX-License-Identifier: Apache-2.0
#include "rules/RulesCatalog.h"

#include "core/InputError.h"

#include <algorithm>

namespace rolemap {

const std::vector<std::string> &knownOperationIds()
{
    static const std::vector<std::string> ids = {"agent-control-plane",
                                                 "ecr-pull",
                                                 "ecr-pull-through-cache",
                                                 "registry-auth",
                                                 "awslogs",
                                                 "firelens-destination",
                                                 "firelens-config-s3",
                                                 "secrets-manager",
                                                 "ssm-parameters",
                                                 "environment-files",
                                                 "app-aws-api",
                                                 "ecs-exec",
                                                 "efs-iam",
                                                 "ebs-volume",
                                                 "service-networking",
                                                 "app-mesh-envoy",
                                                 "gmsa-credential-spec",
                                                 "fsx-windows-credentials"};
    return ids;
}

namespace {

// Reads the catalog document, naming the entry at fault in every error.
class CatalogReader
{
public:
    CatalogReader(const Json &document, std::string label) : m_doc(document), m_label(std::move(label)) {}

    void read(std::vector<CatalogOperation> &operations, std::array<RoleKindInfo, 6> &roleKinds, std::array<LocalizedText, 4> &launchTypeTitles,
              std::map<std::string, Source, std::less<>> &sources, std::map<std::string, std::string, std::less<>> &conditions,
              std::map<std::string, LocalizedText, std::less<>> &services)
    {
        if (!m_doc.is_object())
            fail("", "", "expected an object");
        readSources(sources);
        readConditions(conditions);
        m_conditionNames = &conditions;
        readServices(services);
        readLaunchTypes(launchTypeTitles);
        readRoleKinds(roleKinds);
        readOperations(operations, sources, conditions);
    }

private:
    [[noreturn]] void fail(const std::string &pointer, const std::string &entry, const std::string &message) const
    {
        throw InputError::atPointer(m_label, pointer.empty() ? std::string("/") : pointer, entry.empty() ? message : entry + ": " + message);
    }

    const Json &member(const Json &object, const char *key, const std::string &pointer, const std::string &entry, Json::value_t type) const
    {
        const auto it = object.find(key);
        if (it == object.end())
            fail(pointer + '/' + key, entry, std::string("missing \"") + key + '"');
        if (it->type() != type)
            fail(pointer + '/' + key, entry, std::string("expected ") + typeName(type));
        return *it;
    }

    static const char *typeName(Json::value_t type)
    {
        switch (type) {
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: return "a string";
        case Json::value_t::boolean: return "true or false";
        default: return "another type";
        }
    }

    std::string string(const Json &object, const char *key, const std::string &pointer, const std::string &entry) const
    {
        return member(object, key, pointer, entry, Json::value_t::string).get<std::string>();
    }

    LocalizedText text(const Json &object, const char *key, const std::string &pointer, const std::string &entry, bool requireBoth = true) const
    {
        const Json &t = member(object, key, pointer, entry, Json::value_t::object);
        const std::string p = pointer + '/' + key;
        LocalizedText out;
        out.en = string(t, "en", p, entry);
        if (requireBoth || t.contains("ja"))
            out.ja = string(t, "ja", p, entry);
        return out;
    }

    std::optional<RoleKind> optionalRoleKind(const Json &object, const char *key, const std::string &pointer, const std::string &entry) const
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return std::nullopt;
        if (!it->is_string())
            fail(pointer + '/' + key, entry, "expected a role kind or null");
        const auto kind = roleKindFromId(it->get<std::string>());
        if (!kind)
            fail(pointer + '/' + key, entry, "unknown role kind \"" + it->get<std::string>() + '"');
        return kind;
    }

    Severity severity(const Json &object, const char *key, Severity fallback, const std::string &pointer, const std::string &entry) const
    {
        const auto it = object.find(key);
        if (it == object.end())
            return fallback;
        const std::string s = it->is_string() ? it->get<std::string>() : std::string();
        for (Severity v : {Severity::Info, Severity::Warning, Severity::Error})
            if (toId(v) == s)
                return v;
        fail(pointer + '/' + key, entry, "expected info, warning or error");
    }

    std::vector<std::string> sourceIds(const Json &object, const std::string &pointer, const std::string &entry,
                                       const std::map<std::string, Source, std::less<>> &sources) const
    {
        const auto it = object.find("sources");
        if (it == object.end() || !it->is_array() || it->empty())
            fail(pointer + "/sources", entry, "every fact needs at least one source");
        std::vector<std::string> ids;
        for (size_t i = 0; i < it->size(); ++i) {
            const Json &s = (*it)[i];
            const std::string p = pointer + "/sources/" + std::to_string(i);
            if (!s.is_string())
                fail(p, entry, "expected a source id");
            if (!sources.count(s.get<std::string>()))
                fail(p, entry, "unknown source \"" + s.get<std::string>() + '"');
            ids.push_back(s.get<std::string>());
        }
        return ids;
    }

    ScopedAction scopedAction(const Json &a, const std::string &pointer, const std::string &entry) const
    {
        if (!a.is_object())
            fail(pointer, entry, "expected an action object");
        ScopedAction out;
        out.action = string(a, "action", pointer, entry);
        out.scope = string(a, "scope", pointer, entry);
        if (out.scope != "*" && out.scope != "resource" && out.scope != "bucket" && out.scope != "cluster" && out.scope != "container-instance")
            fail(pointer + "/scope", entry, "unknown scope \"" + out.scope + "\" (expected *, resource, bucket, cluster or container-instance)");
        if (out.action.empty() || (out.action != "*" && out.action.find(':') == std::string::npos))
            fail(pointer + "/action", entry, "\"" + out.action + "\" is not an IAM action");
        out.applicationDefined = a.value("applicationDefined", false);
        if (a.contains("alsoGrantedBy"))
            out.alsoGrantedBy = text(a, "alsoGrantedBy", pointer, entry);
        return out;
    }

    std::vector<ScopedAction> actionList(const Json &list, const std::string &pointer, const std::string &entry) const
    {
        if (!list.is_array())
            fail(pointer, entry, "expected an array of actions");
        std::vector<ScopedAction> out;
        for (size_t i = 0; i < list.size(); ++i)
            out.push_back(scopedAction(list[i], pointer + '/' + std::to_string(i), entry));
        return out;
    }

    void readSources(std::map<std::string, Source, std::less<>> &sources) const
    {
        const Json &s = member(m_doc, "sources", "", "", Json::value_t::object);
        for (const auto &[id, value] : s.items()) {
            const std::string p = "/sources/" + pointerToken(id);
            const std::string entry = "source \"" + id + '"';
            if (!value.is_object())
                fail(p, entry, "expected an object");
            Source src{id, string(value, "url", p, entry), value.value("title", std::string())};
            if (src.url.rfind("https://", 0) != 0)
                fail(p + "/url", entry, "a source URL must start with https://");
            sources.emplace(id, std::move(src));
        }
    }

    void readConditions(std::map<std::string, std::string, std::less<>> &conditions) const
    {
        const auto it = m_doc.find("conditions");
        if (it == m_doc.end())
            return;
        if (!it->is_object())
            fail("/conditions", "", "expected an object");
        for (const auto &[name, description] : it->items())
            conditions.emplace(name, description.is_string() ? description.get<std::string>() : std::string());
    }

    void readServices(std::map<std::string, LocalizedText, std::less<>> &services) const
    {
        const auto it = m_doc.find("services");
        if (it == m_doc.end())
            return;
        if (!it->is_object())
            fail("/services", "", "expected an object");
        for (const auto &[id, value] : it->items())
            services.emplace(id, text(*it, id.c_str(), "/services", "service \"" + id + '"'));
    }

    void readLaunchTypes(std::array<LocalizedText, 4> &titles) const
    {
        const Json &list = member(m_doc, "launchTypes", "", "", Json::value_t::array);
        std::array<bool, 4> seen{};
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/launchTypes/" + std::to_string(i);
            const std::string id = string(list[i], "id", p, "launchTypes[" + std::to_string(i) + ']');
            const auto t = launchTypeFromId(id);
            if (!t)
                fail(p + "/id", "launchTypes[" + std::to_string(i) + ']', "unknown launch type \"" + id + '"');
            titles[size_t(*t)] = text(list[i], "title", p, "launch type \"" + id + '"');
            seen[size_t(*t)] = true;
        }
        for (LaunchType t : kAllLaunchTypes)
            if (!seen[size_t(t)])
                fail("/launchTypes", "", "launch type \"" + std::string(toId(t)) + "\" is missing");
    }

    void readRoleKinds(std::array<RoleKindInfo, 6> &kinds) const
    {
        const Json &list = member(m_doc, "roleKinds", "", "", Json::value_t::array);
        std::array<bool, 6> seen{};
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/roleKinds/" + std::to_string(i);
            const std::string entry = "roleKinds[" + std::to_string(i) + ']';
            const std::string id = string(list[i], "id", p, entry);
            const auto kind = roleKindFromId(id);
            if (!kind)
                fail(p + "/id", entry, "unknown role kind \"" + id + '"');
            RoleKindInfo &info = kinds[size_t(*kind)];
            info.kind = *kind;
            info.title = text(list[i], "title", p, "role kind \"" + id + '"');
            if (list[i].contains("field") && list[i]["field"].is_string())
                info.field = list[i]["field"].get<std::string>();
            const Json &trusts = member(list[i], "trusts", p, entry, Json::value_t::object);
            for (const auto &[key, value] : trusts.items()) {
                if (!value.is_string())
                    fail(p + "/trusts/" + pointerToken(key), entry, "expected a service principal");
                if (key == "default") {
                    info.trustDefault = value.get<std::string>();
                } else if (const auto t = launchTypeFromId(key)) {
                    info.trustByLaunchType[*t] = value.get<std::string>();
                } else {
                    fail(p + "/trusts/" + pointerToken(key), entry, "unknown launch type \"" + key + '"');
                }
            }
            seen[size_t(*kind)] = true;
        }
        for (RoleKind k : kAllRoleKinds)
            if (!seen[size_t(k)])
                fail("/roleKinds", "", "role kind \"" + std::string(toId(k)) + "\" is missing");
    }

    void readOperations(std::vector<CatalogOperation> &operations, const std::map<std::string, Source, std::less<>> &sources,
                        const std::map<std::string, std::string, std::less<>> &conditions) const
    {
        const Json &list = member(m_doc, "operations", "", "", Json::value_t::array);
        const auto &known = knownOperationIds();
        for (size_t i = 0; i < list.size(); ++i) {
            const Json &o = list[i];
            const std::string p = "/operations/" + std::to_string(i);
            std::string entry = "operations[" + std::to_string(i) + ']';
            if (!o.is_object())
                fail(p, entry, "expected an object");
            CatalogOperation op;
            op.id = string(o, "id", p, entry);
            entry += " \"" + op.id + '"';
            if (std::find(known.begin(), known.end(), op.id) == known.end())
                fail(p + "/id", entry, "unknown operation id (not one of Rolemap's operations, docs/VOCABULARY.md)");
            if (std::any_of(operations.begin(), operations.end(), [&](const auto &x) { return x.id == op.id; }))
                fail(p + "/id", entry, "duplicate operation id");
            op.title = text(o, "title", p, entry);
            op.explanation = text(o, "explanation", p, entry);
            op.error = text(o, "error", p, entry);
            op.trigger = string(o, "trigger", p, entry);
            op.service = o.value("service", std::string());
            op.actor = o.value("actor", std::string());
            op.sources = sourceIds(o, p, entry, sources);
            op.actions = actionList(member(o, "actions", p, entry, Json::value_t::array), p + "/actions", entry);
            if (const auto c = o.find("conditionalActions"); c != o.end()) {
                if (!c->is_array())
                    fail(p + "/conditionalActions", entry, "expected an array");
                for (size_t j = 0; j < c->size(); ++j) {
                    const std::string cp = p + "/conditionalActions/" + std::to_string(j);
                    ConditionalActions ca;
                    ca.when = string((*c)[j], "when", cp, entry);
                    if (!conditions.count(ca.when))
                        fail(cp + "/when", entry, "unknown condition \"" + ca.when + "\" (not in \"conditions\")");
                    ca.actions = actionList(member((*c)[j], "actions", cp, entry, Json::value_t::array), cp + "/actions", entry);
                    if (const auto u = (*c)[j].find("unverifiedOn"); u != (*c)[j].end()) {
                        if (!u->is_array())
                            fail(cp + "/unverifiedOn", entry, "expected an array of launch types");
                        for (const Json &t : *u) {
                            const auto lt = t.is_string() ? launchTypeFromId(t.get<std::string>()) : std::nullopt;
                            if (!lt)
                                fail(cp + "/unverifiedOn", entry, "unknown launch type " + t.dump());
                            ca.unverifiedOn.push_back(*lt);
                        }
                    }
                    op.conditionalActions.push_back(std::move(ca));
                }
            }
            if (const auto opt = o.find("optionalActions"); opt != o.end() && opt->is_array()) {
                for (size_t j = 0; j < opt->size(); ++j) {
                    const std::string ap = p + "/optionalActions/" + std::to_string(j);
                    OptionalAction oa{scopedAction((*opt)[j], ap, entry), {}};
                    if ((*opt)[j].contains("why"))
                        oa.why = text((*opt)[j], "why", ap, entry, false);
                    op.optionalActions.push_back(std::move(oa));
                }
            }
            const bool anyAction = !op.actions.empty() || std::any_of(op.conditionalActions.begin(), op.conditionalActions.end(),
                                                                      [](const auto &c) { return !c.actions.empty(); });
            if (!anyAction)
                fail(p + "/actions", entry, "an operation needs at least one IAM action");
            readCells(o, p, entry, op, sources);
            operations.push_back(std::move(op));
        }
    }

    // A cell, or (partial) an operating system's changes to it: keys it leaves out keep their value.
    void readCell(const Json &cell, const std::string &cp, const std::string &cellEntry, LaunchTypeRule &rule, bool partial,
                  const std::map<std::string, Source, std::less<>> &sources) const
    {
        if (!partial || cell.contains("supported"))
            rule.supported = member(cell, "supported", cp, cellEntry, Json::value_t::boolean).get<bool>();
        if (!partial || cell.contains("verified"))
            rule.verified = member(cell, "verified", cp, cellEntry, Json::value_t::boolean).get<bool>();
        if (!partial || cell.contains("primary"))
            rule.primary = optionalRoleKind(cell, "primary", cp, cellEntry);
        if (!partial || cell.contains("fallback"))
            rule.fallback = optionalRoleKind(cell, "fallback", cp, cellEntry);
        if (rule.supported && !rule.primary)
            fail(cp + "/primary", cellEntry, "a supported operation needs a primary role kind");
        if (const auto v = cell.find("minimumVersion"); v != cell.end())
            rule.minimumVersion = v->is_string() ? v->get<std::string>() : std::string();
        if (cell.contains("note") && cell["note"].is_object())
            rule.note = text(cell, "note", cp, cellEntry, false);
        if (!partial || cell.contains("sources"))
            rule.sources = sourceIds(cell, cp, cellEntry, sources);
        rule.fallbackSeverity = severity(cell, "fallbackSeverity", partial ? rule.fallbackSeverity : Severity::Info, cp, cellEntry);
        rule.missingSeverity = severity(cell, "missingSeverity", partial ? rule.missingSeverity : Severity::Error, cp, cellEntry);
        if (cell.contains("fallbackAdvice"))
            rule.fallbackAdvice = text(cell, "fallbackAdvice", cp, cellEntry, false);
        if (cell.contains("fallbackAdviceHostNetwork"))
            rule.fallbackAdviceHostNetwork = text(cell, "fallbackAdviceHostNetwork", cp, cellEntry);
        if (cell.contains("registrationError"))
            rule.registrationError = text(cell, "registrationError", cp, cellEntry);
        if (const auto w = cell.find("withoutActions"); w != cell.end()) {
            rule.withoutActions.clear();
            if (!w->is_array())
                fail(cp + "/withoutActions", cellEntry, "expected an array of IAM actions");
            for (const Json &a : *w) {
                if (!a.is_string())
                    fail(cp + "/withoutActions", cellEntry, "expected an array of IAM actions");
                rule.withoutActions.push_back(a.get<std::string>());
            }
        }
        conditionalList(cell, "conditionalVersions", cp, cellEntry, rule.conditionalVersions,
                        [&](const Json &item, const std::string &ip, const std::string &when) {
                            return ConditionalVersion{when, string(item, "minimumVersion", ip, cellEntry)};
                        });
        conditionalList(cell, "unsupportedWhen", cp, cellEntry, rule.unsupportedWhen,
                        [&](const Json &item, const std::string &ip, const std::string &when) {
                            return ConditionalUnsupport{when, text(item, "note", ip, cellEntry)};
                        });
    }

    void requireCondition(const std::string &name, const std::string &pointer, const std::string &entry) const
    {
        if (!m_conditionNames || !m_conditionNames->count(name))
            fail(pointer, entry, "unknown condition \"" + name + "\" (not in \"conditions\")");
    }

    // A cell's list of {"when": CONDITION, …} entries, each made by `make` once its condition is known.
    template <typename Item, typename Make>
    void conditionalList(const Json &cell, const char *key, const std::string &cp, const std::string &entry, std::vector<Item> &out, Make make) const
    {
        const auto list = cell.find(key);
        if (list == cell.end())
            return;
        out.clear();
        const std::string lp = cp + '/' + key;
        if (!list->is_array())
            fail(lp, entry, "expected an array");
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string ip = lp + '/' + std::to_string(i);
            const std::string when = string((*list)[i], "when", ip, entry);
            requireCondition(when, ip + "/when", entry);
            out.push_back(make((*list)[i], ip, when));
        }
    }

    void readCells(const Json &o, const std::string &p, const std::string &entry, CatalogOperation &op,
                   const std::map<std::string, Source, std::less<>> &sources) const
    {
        const Json &cells = member(o, "launchTypes", p, entry, Json::value_t::object);
        std::array<bool, 4> seen{};
        for (const auto &[key, cell] : cells.items()) {
            const std::string cp = p + "/launchTypes/" + pointerToken(key);
            const auto t = launchTypeFromId(key);
            if (!t)
                fail(cp, entry, "unknown launch type \"" + key + '"');
            const std::string cellEntry = entry + " on " + key;
            if (!cell.is_object())
                fail(cp, cellEntry, "expected an object");
            LaunchTypeRule &rule = op.launchTypes[size_t(*t)];
            readCell(cell, cp, cellEntry, rule, false, sources);
            if (const auto os = cell.find("operatingSystems"); os != cell.end()) {
                if (!os->is_object())
                    fail(cp + "/operatingSystems", cellEntry, "expected an object keyed by LINUX or WINDOWS");
                for (const auto &[osKey, osCell] : os->items()) {
                    const std::string osPointer = cp + "/operatingSystems/" + pointerToken(osKey);
                    const auto system = osKey == "LINUX" || osKey == "WINDOWS" ? operatingSystemFromId(osKey) : std::nullopt;
                    if (!system)
                        fail(osPointer, cellEntry, "unknown operating system \"" + osKey + "\" (expected LINUX or WINDOWS)");
                    if (!osCell.is_object())
                        fail(osPointer, cellEntry + " (" + osKey + ")", "expected an object");
                    LaunchTypeRule merged = rule; // what the cell says, unless the operating system changes it
                    readCell(osCell, osPointer, cellEntry + " (" + osKey + ")", merged, true, sources);
                    op.byOperatingSystem[size_t(*t)][size_t(*system)] = std::move(merged);
                }
            }
            seen[size_t(*t)] = true;
        }
        for (LaunchType t : kAllLaunchTypes)
            if (!seen[size_t(t)])
                fail(p + "/launchTypes", entry, "launch type \"" + std::string(toId(t)) + "\" is missing");
    }

    const Json &m_doc;
    std::string m_label;
    const std::map<std::string, std::string, std::less<>> *m_conditionNames = nullptr;
};

} // namespace

std::vector<ScopedAction> CatalogOperation::actionsFor(const std::vector<std::string> &conditions) const
{
    std::vector<ScopedAction> out = actions;
    for (const ConditionalActions &c : conditionalActions) {
        if (std::find(conditions.begin(), conditions.end(), c.when) == conditions.end())
            continue;
        for (const ScopedAction &a : c.actions)
            if (std::none_of(out.begin(), out.end(), [&](const auto &x) { return x.action == a.action; }))
                out.push_back(a);
    }
    return out;
}

std::vector<ScopedAction> CatalogOperation::actionsFor(const std::vector<std::string> &conditions, const LaunchTypeRule &cell) const
{
    std::vector<ScopedAction> out = actionsFor(conditions);
    std::erase_if(out, [&](const ScopedAction &a) {
        return std::find(cell.withoutActions.begin(), cell.withoutActions.end(), a.action) != cell.withoutActions.end();
    });
    return out;
}

std::vector<ScopedAction> CatalogOperation::conditionalActionsFor(const std::vector<std::string> &conditions) const
{
    std::vector<ScopedAction> out;
    for (const ScopedAction &a : actionsFor(conditions))
        if (std::none_of(actions.begin(), actions.end(), [&](const auto &x) { return x.action == a.action; }))
            out.push_back(a);
    return out;
}

bool CatalogOperation::conditionsVerified(const std::vector<std::string> &conditions, LaunchType t) const
{
    for (const ConditionalActions &c : conditionalActions)
        if (std::find(conditions.begin(), conditions.end(), c.when) != conditions.end() &&
            std::find(c.unverifiedOn.begin(), c.unverifiedOn.end(), t) != c.unverifiedOn.end())
            return false;
    return true;
}

const std::string &RoleKindInfo::trustedPrincipal(LaunchType t) const
{
    const auto it = trustByLaunchType.find(t);
    return it != trustByLaunchType.end() ? it->second : trustDefault;
}

RulesCatalog RulesCatalog::fromJson(const Json &document, const std::string &label)
{
    RulesCatalog catalog;
    CatalogReader(document, label)
        .read(catalog.m_operations, catalog.m_roleKinds, catalog.m_launchTypeTitles, catalog.m_sources, catalog.m_conditions, catalog.m_services);
    return catalog;
}

const RulesCatalog &RulesCatalog::builtIn()
{
    static const RulesCatalog catalog = [] {
        const std::string path = ":/rules/ecs-roles.json"; // compiled in; QFile reads resources
        return fromJson(parseJsonFile(path), path);
    }();
    return catalog;
}

const CatalogOperation *RulesCatalog::operation(std::string_view id) const
{
    for (const CatalogOperation &op : m_operations)
        if (op.id == id)
            return &op;
    return nullptr;
}

LocalizedText RulesCatalog::serviceTitle(std::string_view id) const
{
    const auto it = m_services.find(id);
    return it == m_services.end() ? LocalizedText{std::string(id), std::string(id)} : it->second;
}

const Source *RulesCatalog::source(std::string_view id) const
{
    const auto it = m_sources.find(id);
    return it == m_sources.end() ? nullptr : &it->second;
}

std::string RulesCatalog::primarySourceUrl(const CatalogOperation &op, LaunchType t) const
{
    return primarySourceUrl(op, op.on(t));
}

std::string RulesCatalog::primarySourceUrl(const CatalogOperation &op, const LaunchTypeRule &cell) const
{
    // Prefer the AWS documentation, which people can read, over the agent's source code.
    const auto &ids = cell.sources.empty() ? op.sources : cell.sources;
    std::string first;
    for (const std::string &id : ids) {
        const Source *s = source(id);
        if (!s)
            continue;
        if (s->url.rfind("https://docs.aws.amazon.com/", 0) == 0)
            return s->url;
        if (first.empty())
            first = s->url;
    }
    return first;
}

} // namespace rolemap
