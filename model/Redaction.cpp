#include "Redaction.h"

#include "Arn.h"

#include <cctype>
#include <regex>

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

std::string Redactor::text(const std::string &input)
{
    // ARNs first (their names), then any account id left (ECR hosts, …).
    static const std::regex arnPattern(R"(arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):([0-9]{12}|\*)?:([^\s"',;)]+))");
    std::string out;
    auto begin = std::sregex_iterator(input.begin(), input.end(), arnPattern);
    size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        const std::smatch &m = *it;
        out += input.substr(last, size_t(m.position()) - last);
        const std::string service = m[2];
        std::string resource = m[5];
        // Keep the resource type ("role/", "secret:", "parameter/", "log-group:") and replace the name.
        const size_t cut = resource.find_first_of(":/");
        if (service == "s3") {
            const size_t slash = resource.find('/');
            resource = name("bucket", resource.substr(0, slash)) + (slash == std::string::npos ? "" : "/" + name("object", resource.substr(slash + 1)));
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
        const std::string acct = m[4];
        out += "arn:" + m[1].str() + ':' + service + ':' + m[3].str() + ':' + (acct.empty() || acct == "*" ? acct : account(acct)) + ':' + resource;
        last = size_t(m.position() + m.length());
    }
    out += input.substr(last);
    static const std::regex accountPattern(R"((^|[^0-9])([0-9]{12})([^0-9]|$))");
    std::string result;
    std::smatch m;
    std::string rest = out;
    while (std::regex_search(rest, m, accountPattern)) {
        result += m.prefix().str() + m[1].str() + account(m[2]);
        rest = m[3].str() + m.suffix().str();
    }
    return result + rest;
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
    c.roles.execution = text(c.roles.execution);
    c.roles.task = text(c.roles.task);
    c.roles.instance = text(c.roles.instance);
    for (OperationCoverage &op : c.operations) {
        op.roleArn = text(op.roleArn);
        op.detail = scrub(op.detail);
        op.decidedBy = scrub(op.decidedBy);
        for (std::string &m : op.missingActions)
            m = scrub(m);
        for (std::string &r : op.resources)
            r = text(r);
    }
    for (Finding &f : c.findings) {
        f.message = scrub(f.message);
        f.fix = scrub(f.fix);
    }
}

} // namespace rolemap
