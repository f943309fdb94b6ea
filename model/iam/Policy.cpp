// SPDX-License-Identifier: Apache-2.0
#include "iam/Policy.h"

#include "core/InputError.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <optional>

#include "core/Ascii.h"

namespace rolemap {

std::string urlDecode(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && isAsciiXdigit(text[i + 1]) && isAsciiXdigit(text[i + 2])) {
            out += char(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else { // RFC 3986: a literal '+' stays '+' (IAM encodes it as %2B)
            out += text[i];
        }
    }
    return out;
}

namespace {

std::vector<std::string> stringOrList(const Json &value, const std::string &pointer)
{
    std::vector<std::string> out;
    if (value.is_string()) {
        out.push_back(value.get<std::string>());
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i) {
            if (!value[i].is_string())
                throw ShapeError(pointer + '/' + std::to_string(i), "expected a string");
            out.push_back(value[i].get<std::string>());
        }
    } else {
        throw ShapeError(pointer, "expected a string or a list of strings");
    }
    return out;
}

void readPrincipal(const Json &principal, Statement &s, const std::string &pointer)
{
    if (principal.is_string()) {
        s.anyPrincipal = principal.get<std::string>() == "*";
        return;
    }
    if (!principal.is_object())
        throw ShapeError(pointer, "expected \"*\" or an object of principals");
    for (const auto &[kind, value] : principal.items()) {
        const auto names = stringOrList(value, pointer + '/' + pointerToken(kind));
        for (const std::string &n : names) {
            if (kind == "Service")
                s.services.push_back(n);
            else if (n == "*" && kind == "AWS")
                s.anyPrincipal = true;
            else
                s.otherPrincipals.push_back(kind + ':' + n);
        }
    }
}

Statement readStatement(const Json &j, const std::string &policy, size_t index, const std::string &pointer)
{
    if (!j.is_object())
        throw ShapeError(pointer, "expected a statement object");
    Statement s;
    s.policy = policy;
    s.sid = j.contains("Sid") && j["Sid"].is_string() && !j["Sid"].get<std::string>().empty() ? j["Sid"].get<std::string>()
                                                                                              : "#" + std::to_string(index + 1);
    const auto effectValue = j.find("Effect");
    const std::string effect = effectValue != j.end() && effectValue->is_string() ? effectValue->get<std::string>() : std::string();
    if (effect != "Allow" && effect != "Deny")
        throw ShapeError(pointer + "/Effect", "expected \"Allow\" or \"Deny\"");
    s.allow = effect == "Allow";
    if (j.contains("Action") && j.contains("NotAction"))
        throw ShapeError(pointer, "a statement has Action and NotAction: IAM refuses it");
    if (j.contains("Resource") && j.contains("NotResource"))
        throw ShapeError(pointer, "a statement has Resource and NotResource: IAM refuses it");
    if (j.contains("Action"))
        s.actions = stringOrList(j["Action"], pointer + "/Action");
    else if (j.contains("NotAction")) {
        s.actions = stringOrList(j["NotAction"], pointer + "/NotAction");
        s.notAction = true;
    }
    if (j.contains("Resource"))
        s.resources = stringOrList(j["Resource"], pointer + "/Resource");
    else if (j.contains("NotResource")) {
        s.resources = stringOrList(j["NotResource"], pointer + "/NotResource");
        s.notResource = true;
    } else {
        s.resources = {"*"}; // trust policies have no Resource
    }
    if (j.contains("Principal"))
        readPrincipal(j["Principal"], s, pointer + "/Principal");
    else if (j.contains("NotPrincipal")) {
        readPrincipal(j["NotPrincipal"], s, pointer + "/NotPrincipal");
        s.notPrincipal = true;
    }
    // A Condition is {operator: {key: value}}; anything else is refused rather than ignored (which
    // would turn a conditional Allow into an unconditional one).
    if (const auto c = j.find("Condition"); c != j.end()) {
        if (!c->is_object())
            throw ShapeError(pointer + "/Condition", "expected an object of condition operators ({\"StringEquals\": {\"key\": \"value\"}})");
        for (const auto &[op, keys] : c->items()) {
            if (!keys.is_object() || keys.empty())
                throw ShapeError(pointer + "/Condition/" + pointerToken(op), "expected an object of condition keys and values");
            for (const auto &[key, value] : keys.items()) {
                (void)value;
                s.conditionKeys.push_back(op + ' ' + key);
            }
        }
    }
    return s;
}

bool anyMatch(const std::vector<std::string> &patterns, const std::string &text, bool caseInsensitive)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const std::string &p) { return wildcardMatch(p, text, caseInsensitive); });
}

// Policy variables in a resource pattern: the ones the context decides are replaced; `unknown`
// receives the first one it does not ("${aws:username}"), and the pattern is then not usable.
std::string resolveVariables(const std::string &pattern, const PolicyContext &context, std::string &unknown)
{
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
        const size_t start = pattern.find("${", i);
        if (start == std::string::npos) {
            out.append(pattern, i, std::string::npos);
            break;
        }
        out.append(pattern, i, start - i);
        const size_t end = pattern.find('}', start);
        if (end == std::string::npos) {
            out.append(pattern, start, std::string::npos);
            break;
        }
        const std::string name = pattern.substr(start + 2, end - start - 2);
        std::string value;
        if (name == "*" || name == "?" || name == "$")
            value = name; // IAM's escapes for a literal character
        else if (name == "aws:PrincipalAccount")
            value = context.account;
        else if (name == "aws:RequestedRegion")
            value = context.region;
        if (value.empty() && unknown.empty())
            unknown = "${" + name + "}";
        out += value;
        i = end + 1;
    }
    return out;
}

// Whether a statement applies to the action on the resource; `uncertain` names the policy variable
// the answer depends on when the context cannot decide it.
bool appliesTo(const Statement &s, const std::string &action, const std::string &resource, const PolicyContext &context,
               std::string *uncertain = nullptr)
{
    // An action that takes no resource (ecr:GetAuthorizationToken) is requested on "*", which only a
    // statement with Resource "*" grants: the same literal match as any other resource.
    const bool actionMatches = anyMatch(s.actions, action, true) != s.notAction;
    if (!actionMatches)
        return false;
    bool matched = false, couldMatch = false;
    std::string unknownVariable;
    for (const std::string &pattern : s.resources) {
        if (pattern.find("${") == std::string::npos) {
            matched = matched || wildcardMatch(pattern, resource, false);
            continue;
        }
        std::string unknown;
        const std::string resolved = resolveVariables(pattern, context, unknown);
        if (unknown.empty()) {
            matched = matched || wildcardMatch(resolved, resource, false);
        } else {
            couldMatch = true; // an unknown value could make it match
            if (unknownVariable.empty())
                unknownVariable = unknown;
        }
    }
    // With NotResource, a pattern that could match could also take the resource out.
    if (!matched && couldMatch) {
        if (uncertain)
            *uncertain = unknownVariable;
        return true; // applies only under a condition the caller records
    }
    return matched != s.notResource;
}

// The decision of one set of policies alone.
Evaluation decide(const std::vector<const PolicyDocument *> &policies, const std::string &action, const std::string &resource,
                  const PolicyContext &context)
{
    Evaluation allowed;
    Evaluation conditional;
    conditional.decision = Decision::Conditional;
    bool conditionalDeny = false;
    for (const PolicyDocument *p : policies)
        for (const Statement &s : p->statements) {
            std::string variable;
            if (!appliesTo(s, action, resource, context, &variable))
                continue;
            std::vector<std::string> keys = s.conditionKeys;
            if (!variable.empty())
                keys.push_back("policy variable " + variable);
            if (!s.allow) {
                if (keys.empty())
                    return {Decision::ExplicitDeny, &s, {}};
                conditionalDeny = true;
                conditional.statement = conditional.statement ? conditional.statement : &s;
                conditional.conditionKeys.insert(conditional.conditionKeys.end(), keys.begin(), keys.end());
                continue;
            }
            if (keys.empty()) {
                if (!allowed.statement)
                    allowed = {Decision::Allowed, &s, {}};
            } else {
                conditional.statement = conditional.statement ? conditional.statement : &s;
                conditional.conditionKeys.insert(conditional.conditionKeys.end(), keys.begin(), keys.end());
            }
        }
    // A conditional Deny can take away an unconditional Allow; a conditional Allow is all there is.
    if (allowed.statement && conditionalDeny)
        return conditional;
    if (allowed.statement)
        return allowed;
    if (conditional.statement)
        return conditional;
    return {};
}

} // namespace

namespace {

bool sameChar(char a, char b, bool caseInsensitive)
{
    if (!caseInsensitive)
        return a == b;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return lower(a) == lower(b);
}

// Whether `chunk` (no '*'; '?' is any one character) matches `text` at `at`.
bool chunkAt(std::string_view chunk, std::string_view text, size_t at, bool caseInsensitive)
{
    if (at + chunk.size() > text.size())
        return false;
    for (size_t i = 0; i < chunk.size(); ++i)
        if (chunk[i] != '?' && !sameChar(chunk[i], text[at + i], caseInsensitive))
            return false;
    return true;
}

// The first place at or after `from` where `chunk` matches. Without '?' and case folding this is a
// Boyer-Moore search, linear on the long repetitive patterns hostile policies use.
size_t findChunk(std::string_view chunk, std::string_view text, size_t from, bool caseInsensitive)
{
    if (chunk.size() > text.size() || from > text.size() - chunk.size())
        return std::string_view::npos;
    if (!caseInsensitive && chunk.find('?') == std::string_view::npos) {
        const auto found = std::search(text.begin() + std::ptrdiff_t(from), text.end(), std::boyer_moore_searcher(chunk.begin(), chunk.end()));
        return found == text.end() ? std::string_view::npos : size_t(found - text.begin());
    }
    for (size_t at = from; at + chunk.size() <= text.size(); ++at)
        if (chunkAt(chunk, text, at, caseInsensitive))
            return at;
    return std::string_view::npos;
}

} // namespace

bool wildcardMatch(std::string_view pattern, std::string_view text, bool caseInsensitive)
{
    // The pattern is literal chunks between '*'s: the first must match at the start, the last at
    // the end, and each middle one at its leftmost place after the previous (greedy is exact for
    // globs). No backtracking, so long patterns cost a search each, not a product of lengths.
    const size_t firstStar = pattern.find('*');
    if (firstStar == std::string_view::npos)
        return pattern.size() == text.size() && chunkAt(pattern, text, 0, caseInsensitive);
    const size_t lastStar = pattern.rfind('*');
    const std::string_view head = pattern.substr(0, firstStar);
    const std::string_view tail = pattern.substr(lastStar + 1);
    if (head.size() + tail.size() > text.size() || !chunkAt(head, text, 0, caseInsensitive) ||
        !chunkAt(tail, text, text.size() - tail.size(), caseInsensitive))
        return false;
    size_t at = head.size();
    const size_t end = text.size() - tail.size();
    size_t p = firstStar + 1;
    while (p < lastStar) {
        const size_t next = pattern.find('*', p);
        const std::string_view chunk = pattern.substr(p, next - p);
        p = next + 1;
        if (chunk.empty())
            continue;
        const size_t found = findChunk(chunk, text.substr(0, end), at, caseInsensitive);
        if (found == std::string_view::npos)
            return false;
        at = found + chunk.size();
    }
    return at <= end;
}

PolicyDocument readPolicyDocument(const Json &document, const std::string &name, const std::string &pointer)
{
    Json parsed;
    const Json *doc = &document;
    if (document.is_string()) {
        // IAM returns documents URL-encoded; CloudFormation and Terraform pass plain JSON strings.
        // Parsed like a file: the same nesting, size and value limits, and repeated keys refused.
        const std::string &text = document.get_ref<const std::string &>();
        DuplicateKeys duplicates;
        try {
            parsed = parseJsonText(text, name, &duplicates);
        } catch (const InputError &plain) {
            if (text.find('%') == std::string::npos)
                throw ShapeError(pointer, "the policy string is not JSON: " + plain.message());
            try {
                duplicates = {};
                parsed = parseJsonText(urlDecode(text), name, &duplicates);
            } catch (const InputError &e) {
                throw ShapeError(pointer, "the policy string is not JSON, URL-encoded or not: " + e.message());
            }
        }
        if (duplicates.count)
            throw ShapeError(pointer, "the policy string repeats the key \"" + duplicates.first.front().key + "\" (at " +
                                          duplicates.first.front().pointer + "): which one IAM reads is undefined");
        doc = &parsed;
    }
    if (!doc->is_object())
        throw ShapeError(pointer, "expected a policy document");
    PolicyDocument out;
    out.name = name;
    const auto statements = doc->find("Statement");
    if (statements == doc->end())
        throw ShapeError(pointer + "/Statement", "missing: a policy needs Statement");
    if (statements->is_object()) {
        out.statements.push_back(readStatement(*statements, name, 0, pointer + "/Statement"));
    } else if (statements->is_array()) {
        for (size_t i = 0; i < statements->size(); ++i)
            out.statements.push_back(readStatement((*statements)[i], name, i, pointer + "/Statement/" + std::to_string(i)));
    } else {
        throw ShapeError(pointer + "/Statement", "expected a statement or a list of statements");
    }
    return out;
}

Evaluation evaluate(const std::vector<const PolicyDocument *> &policies, const PolicyDocument *boundary, const std::string &action,
                    const std::string &resource, const PolicyContext &context)
{
    const Evaluation identity = decide(policies, action, resource, context);
    if (!boundary || identity.decision == Decision::ExplicitDeny)
        return identity;
    // A permissions boundary caps what identity policies allow: both must allow.
    const Evaluation limit = decide({boundary}, action, resource, context);
    if (limit.decision == Decision::ExplicitDeny || identity.decision == Decision::ImplicitDeny)
        return limit.decision == Decision::ExplicitDeny ? limit : identity;
    if (limit.decision == Decision::ImplicitDeny)
        return {Decision::ImplicitDeny, nullptr, {}};
    if (limit.decision == Decision::Conditional)
        return identity.decision == Decision::Conditional
                   ? Evaluation{Decision::Conditional, identity.statement,
                                [&] {
                                    auto keys = identity.conditionKeys;
                                    keys.insert(keys.end(), limit.conditionKeys.begin(), limit.conditionKeys.end());
                                    return keys;
                                }()}
                   : limit;
    return identity;
}

namespace {

// "arn:P:S:R:A:RESOURCE" split into its six fields (the resource keeps its ':'); nullopt otherwise.
std::optional<std::array<std::string, 6>> arnFields(const std::string &text)
{
    std::array<std::string, 6> out;
    size_t start = 0;
    for (size_t i = 0; i < 5; ++i) {
        const size_t colon = text.find(':', start);
        if (colon == std::string::npos)
            return std::nullopt;
        out[i] = text.substr(start, colon - start);
        start = colon + 1;
    }
    out[5] = text.substr(start);
    if (out[0] != "arn")
        return std::nullopt;
    return out;
}

// The name part of an ECS cluster or container-instance resource ("cluster/NAME" → 8).
size_t ecsNameStart(const std::array<std::string, 6> &f)
{
    if (f[2] != "ecs")
        return std::string::npos;
    for (const char *type : {"cluster/", "container-instance/"})
        if (f[5].rfind(type, 0) == 0)
            return std::string_view(type).size();
    return std::string::npos;
}

std::string joinArn(const std::array<std::string, 6> &f)
{
    return f[0] + ':' + f[1] + ':' + f[2] + ':' + f[3] + ':' + f[4] + ':' + f[5];
}

bool hasWildcard(const std::string &s)
{
    return s.find_first_of("*?") != std::string::npos;
}

} // namespace

Evaluation evaluateWithUnknowns(const std::vector<const PolicyDocument *> &policies, const PolicyDocument *boundary, const std::string &action,
                                const std::string &resource, std::vector<UnknownPart> *dependsOn, const PolicyContext &context)
{
    const auto fields = arnFields(resource);
    const size_t nameStart = fields ? ecsNameStart(*fields) : std::string::npos;
    const bool region = fields && (*fields)[3] == "*";
    const bool account = fields && (*fields)[4] == "*";
    const bool name = nameStart != std::string::npos && (*fields)[5].substr(nameStart) == "*";
    if (!region && !account && !name)
        return evaluate(policies, boundary, action, resource, context);

    // A value no policy names literally: only wildcards match it.
    static const std::string kUnnamed = "\x01";
    auto fill = [&](const std::array<std::string, 6> *from) {
        std::array<std::string, 6> f = *fields;
        auto pick = [&](const std::string &given) { return given.empty() || hasWildcard(given) ? kUnnamed : given; };
        if (region)
            f[3] = pick(from ? (*from)[3] : std::string());
        if (account)
            f[4] = pick(from ? (*from)[4] : std::string());
        if (name) {
            const size_t fromStart = from ? ecsNameStart(*from) : std::string::npos;
            const bool sameType = from && fromStart == nameStart && (*from)[5].compare(0, nameStart, (*fields)[5], 0, nameStart) == 0;
            std::string given = sameType ? (*from)[5].substr(fromStart) : std::string();
            f[5] = (*fields)[5].substr(0, nameStart) + pick(given.substr(0, given.find('/')));
        }
        return joinArn(f);
    };

    const Evaluation unnamed = evaluate(policies, boundary, action, fill(nullptr), context);
    std::vector<const PolicyDocument *> all = policies;
    if (boundary)
        all.push_back(boundary);
    std::vector<std::string> tried;
    for (const PolicyDocument *p : all)
        for (const Statement &st : p->statements)
            for (const std::string &pattern : st.resources) {
                const auto named = arnFields(pattern);
                if (!named || (*named)[2] != (*fields)[2] || tried.size() >= 64)
                    continue;
                const std::string candidate = fill(&*named);
                if (std::find(tried.begin(), tried.end(), candidate) != tried.end())
                    continue;
                tried.push_back(candidate);
                const Evaluation e = evaluate(policies, boundary, action, candidate, context);
                if (e.decision == unnamed.decision)
                    continue;
                // Some Region (account, cluster) decides otherwise than the rest: it depends.
                if (dependsOn) {
                    if (region && !hasWildcard((*named)[3]))
                        dependsOn->push_back(UnknownPart::Region);
                    if (account && !hasWildcard((*named)[4]))
                        dependsOn->push_back(UnknownPart::Account);
                    if (name)
                        dependsOn->push_back(UnknownPart::EcsName);
                    if (dependsOn->empty())
                        dependsOn->push_back(region ? UnknownPart::Region : account ? UnknownPart::Account : UnknownPart::EcsName);
                    std::sort(dependsOn->begin(), dependsOn->end());
                    dependsOn->erase(std::unique(dependsOn->begin(), dependsOn->end()), dependsOn->end());
                }
                return {Decision::Conditional, e.statement ? e.statement : unnamed.statement, {}};
            }
    return unnamed;
}

Evaluation evaluateTrust(const PolicyDocument &trust, const std::string &service)
{
    Evaluation result;
    bool conditionalDeny = false;
    std::vector<std::string> denyKeys;
    for (const Statement &s : trust.statements) {
        if (!anyMatch(s.actions, "sts:AssumeRole", true) == !s.notAction)
            continue;
        const bool named = s.anyPrincipal ||
                           std::any_of(s.services.begin(), s.services.end(), [&](const std::string &p) { return wildcardMatch(p, service, true); });
        // NotPrincipal with Allow is not supported in role trust policies (IAM NotPrincipal page): it grants nothing.
        if (s.notPrincipal && s.allow)
            continue;
        const bool applies = s.notPrincipal ? !named : named;
        if (!applies)
            continue;
        if (!s.allow) {
            if (s.conditionKeys.empty())
                return {Decision::ExplicitDeny, &s, {}};
            conditionalDeny = true;
            denyKeys.insert(denyKeys.end(), s.conditionKeys.begin(), s.conditionKeys.end());
            continue;
        }
        if (s.conditionKeys.empty()) {
            if (result.decision != Decision::Allowed)
                result = {Decision::Allowed, &s, {}};
        } else if (result.decision == Decision::ImplicitDeny) {
            result = {Decision::Conditional, &s, s.conditionKeys};
        }
    }
    // A Deny that applies only under some conditions makes an Allow conditional.
    if (conditionalDeny && result.decision != Decision::ImplicitDeny) {
        result.decision = Decision::Conditional;
        result.conditionKeys.insert(result.conditionKeys.end(), denyKeys.begin(), denyKeys.end());
    }
    return result;
}

} // namespace rolemap
