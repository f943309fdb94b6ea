#include "Redaction.h"

#include "Arn.h"

#include <cctype>
#include <regex>

namespace rolemap {

std::string Redactor::account(const std::string &id)
{
    auto it = m_accounts.find(id);
    if (it == m_accounts.end()) {
        const int n = int(m_accounts.size()) + 1;
        // 111111111111, 222222222222, …: still twelve digits, obviously not real.
        it = m_accounts.emplace(id, std::string(12, char('0' + (n % 10)))).first;
        if (n >= 10)
            it->second = "9999999999" + std::to_string(10 + n % 90).substr(0, 2);
    }
    return it->second;
}

std::string Redactor::name(const std::string &kind, const std::string &original)
{
    const std::string key = kind + '\x1f' + original;
    auto it = m_names.find(key);
    if (it == m_names.end())
        it = m_names.emplace(key, kind + '-' + std::to_string(++m_counters[kind])).first;
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
    c.roles.execution = text(c.roles.execution);
    c.roles.task = text(c.roles.task);
    c.roles.instance = text(c.roles.instance);
    for (OperationCoverage &op : c.operations) {
        op.roleArn = text(op.roleArn);
        op.detail = text(op.detail);
        for (std::string &r : op.resources)
            r = text(r);
    }
    for (Finding &f : c.findings) {
        f.message = text(f.message);
        f.fix = text(f.fix);
    }
}

} // namespace rolemap
