// SPDX-License-Identifier: Apache-2.0
#pragma once
// Redaction for diagrams shared outside the team: account ids and the names in ARNs that identify an
// account (role, bucket, secret, parameter, log group, repository names) are replaced, consistently
// and deterministically (numbered in order of first appearance), so role kinds and structure remain.

#include "core/JsonText.h"
#include "engine/Coverage.h"
#include "graph/Graph.h"

#include <map>
#include <set>
#include <string>

namespace rolemap {

class Redactor
{
public:
    // Rewrites every ARN and account id inside `text`.
    std::string text(const std::string &text);
    void graph(Graph &graph);
    void coverage(Coverage &coverage);
    // Every string of a JSON document, keys included.
    void json(Json &document);

private:
    std::string account(const std::string &id);
    std::string name(const std::string &kind, const std::string &original);

    std::map<std::string, std::string> m_accounts;
    std::map<std::string, std::string> m_names;
    std::map<std::string, int> m_counters;
    std::set<std::string> m_fakes; // what this redactor wrote, left as it is when met again
};

} // namespace rolemap
