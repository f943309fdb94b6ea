// SPDX-License-Identifier: Apache-2.0
#include "report/Redaction.h"

#include "core/Arn.h"

#include <optional>
#include <string_view>

namespace rolemap {

std::string Redactor::account(const std::string &id)
{
    // Replacing twice must not replace again: a text may pass through more than once.
    if (m_fakes.count(id))
        return id;
    auto it = m_accounts.find(id);
    if (it == m_accounts.end()) {
        // 000000000001, 000000000002, …: twelve digits, unique, and plainly not real.
        std::string fake = std::to_string(m_accounts.size() + 1);
        fake = std::string(12 - fake.size(), '0') + fake;
        it = m_accounts.emplace(id, fake).first;
        m_fakes.insert(fake);
    }
    return it->second;
}

std::string Redactor::name(const std::string &kind, const std::string &original)
{
    if (m_fakes.count(original))
        return original;
    const std::string key = kind + '\x1f' + original;
    auto it = m_names.find(key);
    if (it == m_names.end())
        it = m_names.emplace(key, kind + '-' + std::to_string(++m_counters[kind])).first;
    m_fakes.insert(it->second);
    return it->second;
}

namespace {

bool lowerOrDigitOrDash(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Where an ARN's resource ends: at whitespace, a quote, a comma, a semicolon or a closing parenthesis.
bool endsResource(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ')';
}

// An ARN at `at` ("arn:aws…:service:region:account:resource"), its fields as views into `text`.
struct ArnMatch
{
    std::string_view partition, service, region, account, resource;
    size_t end = 0;
};

std::optional<ArnMatch> arnAt(std::string_view text, size_t at)
{
    if (text.compare(at, 4, "arn:") != 0)
        return std::nullopt;
    ArnMatch m;
    size_t i = at + 4;
    auto field = [&](auto accept) {
        const size_t start = i;
        while (i < text.size() && accept(text[i]))
            ++i;
        return text.substr(start, i - start);
    };
    auto colon = [&] { return i < text.size() && text[i] == ':' ? (++i, true) : false; };
    m.partition = field([](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    if (m.partition.substr(0, 3) != "aws" || !colon())
        return std::nullopt;
    m.service = field(lowerOrDigitOrDash);
    if (m.service.empty() || !colon())
        return std::nullopt;
    m.region = field(lowerOrDigitOrDash);
    if (!colon())
        return std::nullopt;
    if (i < text.size() && text[i] == '*') {
        m.account = text.substr(i++, 1);
    } else {
        m.account = field(isDigit);
        if (!m.account.empty() && m.account.size() != 12)
            return std::nullopt;
    }
    if (!colon())
        return std::nullopt;
    m.resource = field([](char c) { return !endsResource(c); });
    if (m.resource.empty())
        return std::nullopt;
    m.end = i;
    return m;
}

} // namespace

std::string Redactor::text(const std::string &input)
{
    // One pass for ARNs (their names), then one for any account id left (ECR hosts, …): linear in
    // the text, however long its ARNs or how many ids it holds.
    std::string out;
    out.reserve(input.size());
    size_t i = 0;
    while (i < input.size()) {
        const size_t next = input.find("arn:", i);
        if (next == std::string::npos) {
            out.append(input, i, std::string::npos);
            break;
        }
        out.append(input, i, next - i);
        const auto m = arnAt(input, next);
        if (!m) {
            out += 'a';
            i = next + 1;
            continue;
        }
        const std::string service(m->service);
        std::string resource(m->resource);
        // Keep the resource type ("role/", "secret:", "parameter/", "log-group:") and replace the name.
        const size_t cut = resource.find_first_of(":/");
        if (service == "s3") {
            const size_t slash = resource.find('/');
            resource =
                name("bucket", resource.substr(0, slash)) + (slash == std::string::npos ? "" : "/" + name("object", resource.substr(slash + 1)));
        } else if (cut != std::string::npos) {
            const std::string type = resource.substr(0, cut);
            std::string rest = resource.substr(cut + 1);
            std::string suffix;
            if (type == "log-group" && rest.size() > 2 && rest.substr(rest.size() - 2) == ":*") {
                rest.resize(rest.size() - 2);
                suffix = ":*";
            }
            resource = type + resource[cut] + (rest == "*" ? rest : name(type == "role" ? "role" : type, rest)) + suffix;
        }
        const std::string acct(m->account);
        out += "arn:" + std::string(m->partition) + ':' + service + ':' + std::string(m->region) + ':' +
               (acct.empty() || acct == "*" ? acct : account(acct)) + ':' + resource;
        i = m->end;
    }
    // Twelve digits standing alone are an account id.
    std::string result;
    result.reserve(out.size());
    for (size_t j = 0; j < out.size();) {
        if (!isDigit(out[j])) {
            result += out[j++];
            continue;
        }
        size_t end = j;
        while (end < out.size() && isDigit(out[end]))
            ++end;
        if (end - j == 12)
            result += account(out.substr(j, 12));
        else
            result.append(out, j, end - j);
        j = end;
    }
    return result;
}

void Redactor::json(Json &document)
{
    // Iteratively: a document may nest as deep as the reader allows. Keys are rewritten too: field
    // names never hold an ARN or an account id, but dockerLabels and options keys may.
    std::vector<Json *> pending{&document};
    while (!pending.empty()) {
        Json *j = pending.back();
        pending.pop_back();
        if (j->is_string()) {
            *j = text(j->get_ref<const std::string &>());
        } else if (j->is_object()) {
            Json renamed = Json::object();
            for (auto &[key, value] : j->items())
                renamed[text(key)] = std::move(value);
            *j = std::move(renamed);
        }
        if (j->is_structured()) // children pushed last-first, so they are visited in document order
            for (auto child = j->rbegin(); child != j->rend(); ++child)
                pending.push_back(&*child);
    }
}

void Redactor::graph(Graph &graph)
{
    graph.title = text(graph.title);
    for (GraphNode &n : graph.nodes) {
        // Role nodes show the role's name: replace it the way its ARN is replaced.
        if (n.kind == NodeKind::Role && !n.tooltip.empty() && n.tooltip.rfind("arn:", 0) == 0) {
            const std::string redacted = text(n.tooltip);
            if (n.label == roleNameOf(n.tooltip))
                n.label = roleNameOf(redacted);
            n.tooltip = redacted;
        } else {
            n.tooltip = text(n.tooltip);
        }
        n.id = text(n.id);
        n.label = text(n.label);
        n.sublabel = text(n.sublabel);
        rewrapNodeText(n); // the lines as drawn follow the redacted text, in the box already laid out
    }
    for (GraphEdge &e : graph.edges) {
        e.from = text(e.from);
        e.to = text(e.to);
    }
}

void Redactor::coverage(Coverage &c)
{
    // Messages name roles by name too ("ecsTaskExecutionRole does not allow …"): map them like their ARNs.
    std::vector<std::pair<std::string, std::string>> names;
    auto learn = [&](const std::string &arn) {
        const auto parsed = parseArn(arn);
        if (parsed && parsed->resource.rfind("role/", 0) == 0 && !m_fakes.count(roleNameOf(arn)))
            names.emplace_back(roleNameOf(arn), roleNameOf(text(arn)));
    };
    for (const std::string *arn : {&c.roles.execution, &c.roles.task, &c.roles.instance})
        learn(*arn);
    for (const OperationCoverage &op : c.operations)
        learn(op.roleArn);
    auto scrub = [&](std::string s) {
        s = text(s);
        for (const auto &[from, to] : names)
            for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
                s.replace(at, from.size(), to);
        return s;
    };
    c.operatingSystemReason = scrub(c.operatingSystemReason);
    c.taskDefinition = text(c.taskDefinition); // a family or file name may hold an account id too
    c.file = text(c.file);
    c.roles.execution = text(c.roles.execution);
    c.roles.task = text(c.roles.task);
    c.roles.instance = text(c.roles.instance);
    for (OperationCoverage &op : c.operations) {
        op.roleArn = text(op.roleArn);
        for (std::string &name : op.containers) // a container's name may hold an account id too
            name = text(name);
        op.detail = scrub(op.detail);
        op.decidedBy = scrub(op.decidedBy);
        op.iamDetail = scrub(op.iamDetail);
        for (std::string &m : op.missingActions)
            m = scrub(m);
        for (std::string &k : op.conditionKeys)
            k = scrub(k);
        for (std::string &r : op.resources)
            r = text(r);
    }
    for (Finding &f : c.findings) {
        f.message = scrub(f.message);
        f.fix = scrub(f.fix);
    }
}

} // namespace rolemap
