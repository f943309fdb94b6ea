// SPDX-License-Identifier: Apache-2.0
#include "graph/GraphBuilder.h"
#include "core/Translation.h"
#include "graph/NodeIds.h"

#include "core/Arn.h"
#include "graph/LayeredLayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace rolemap {

namespace {

struct GraphLabels
{
    Q_DECLARE_TR_FUNCTIONS(GraphLabels)
};

constexpr int kActorColumn = 0;
constexpr int kRoleColumn = 1;
constexpr int kOperationColumn = 2;
constexpr int kServiceColumn = 3;

class Builder
{
public:
    explicit Builder(Graph &graph) : m_graph(graph) {}

    GraphNode &node(const std::string &id, NodeKind kind, int column, const std::string &label, const std::string &sublabel = {})
    {
        const auto it = m_index.find(id);
        if (it != m_index.end())
            return m_graph.nodes[it->second];
        GraphNode n;
        n.id = id;
        n.kind = kind;
        n.column = column;
        n.label = label;
        n.sublabel = sublabel;
        fitNodeText(n);
        m_index.emplace(id, m_graph.nodes.size());
        m_graph.nodes.push_back(std::move(n));
        return m_graph.nodes.back();
    }

    void edge(const std::string &from, const std::string &to, std::optional<RoleKind> role, bool dashed, const std::string &label = {})
    {
        if (m_edges.insert({from, to}).second)
            m_graph.edges.push_back({from, to, role, dashed, label});
    }

private:
    Graph &m_graph;
    std::map<std::string, size_t> m_index;
    std::set<std::pair<std::string, std::string>> m_edges;
};

std::string statusLabel(const OperationCoverage &oc)
{
    if (oc.status == Status::MissingRole && !oc.fails())
        return s8(GraphLabels::tr("no role: nothing to use"));
    switch (oc.status) {
    case Status::Ok: return s8(GraphLabels::tr("ok"));
    case Status::Unverified: return s8(GraphLabels::tr("unverified"));
    case Status::MissingRole: return s8(GraphLabels::tr("missing role: will fail"));
    case Status::NotTrusted: return s8(GraphLabels::tr("not trusted"));
    case Status::NotAllowed: return s8(GraphLabels::tr("not allowed"));
    case Status::Denied: return s8(GraphLabels::tr("denied"));
    case Status::Conditional: return s8(GraphLabels::tr("conditional"));
    case Status::Unsupported: return s8(GraphLabels::tr("not supported here"));
    case Status::AwsManaged: return s8(GraphLabels::tr("done by AWS"));
    }
    return {};
}

} // namespace

Graph buildTaskGraph(const Coverage &coverage, const TaskDefinition &td, const RulesCatalog &catalog, Language language)
{
    Graph graph;
    graph.title = coverage.taskDefinition + " \xe2\x80\x94 " + catalog.launchTypeTitle(coverage.launchType).in(language);
    Builder b(graph);
    const bool fargate = coverage.launchType == LaunchType::Fargate;

    auto roleNodeOf = [&](const OperationCoverage &oc) { return roleNodeId(*oc.coveredBy, oc.status == Status::MissingRole); };
    auto isRouter = [&](const std::string &name) {
        return std::any_of(td.containers.begin(), td.containers.end(),
                           [&](const ContainerDefinition &c) { return c.name == name && c.firelensConfiguration; });
    };

    for (const OperationCoverage &oc : coverage.operations) {
        const CatalogOperation *op = catalog.operation(oc.operation);
        if (!op)
            continue;

        // Who acts.
        std::vector<std::string> actors;
        if (op->actor == "agent") {
            b.node(agentNodeId(), NodeKind::Actor, kActorColumn, fargate ? s8(GraphLabels::tr("Fargate agent")) : s8(GraphLabels::tr("ECS agent")),
                   fargate ? s8(GraphLabels::tr("AWS-operated")) : s8(GraphLabels::tr("on the container instance")));
            actors.push_back(agentNodeId());
        } else if (op->actor == "ecs-service") {
            b.node(ecsServiceNodeId(), NodeKind::Actor, kActorColumn, "Amazon ECS", s8(GraphLabels::tr("the service, for the task")));
            actors.push_back(ecsServiceNodeId());
        } else {
            for (const std::string &name : oc.containers) {
                b.node(containerNodeId(name), NodeKind::Actor, kActorColumn, name,
                       isRouter(name) ? s8(GraphLabels::tr("FireLens router")) : s8(GraphLabels::tr("container")))
                    .container = name;
                actors.push_back(containerNodeId(name));
            }
        }

        // The operation and the service it talks to.
        GraphNode &opNode = b.node(operationNodeId(oc.operation), NodeKind::Operation, kOperationColumn, op->title.in(language), statusLabel(oc));
        opNode.status = oc.status;
        opNode.verdict = oc.verdict;
        opNode.operation = oc.operation;
        opNode.tooltip = oc.detail;
        const std::string service = serviceNodeId(op->service);
        b.node(service, NodeKind::Service, kServiceColumn, catalog.serviceTitle(op->service).in(language));
        b.edge(operationNodeId(oc.operation), service, std::nullopt, oc.status == Status::Unsupported);

        if (!oc.coveredBy) { // unsupported: nobody can do it here
            for (const std::string &a : actors)
                b.edge(a, operationNodeId(oc.operation), std::nullopt, true, s8(GraphLabels::tr("not supported")));
            continue;
        }

        // The role it uses.
        const RoleKind kind = *oc.coveredBy;
        const std::string roleId = roleNodeOf(oc);
        const std::string kindTitle = catalog.roleKind(kind).title.in(language);
        std::string label = oc.roleArn.empty() ? kindTitle : roleNameOf(oc.roleArn);
        if (kind == RoleKind::AwsManaged)
            label = "AWS";
        GraphNode &role = b.node(roleId, NodeKind::Role, kRoleColumn,
                                 oc.status == Status::MissingRole ? s8(GraphLabels::tr("no %1").arg(QString::fromStdString(kindTitle))) : label,
                                 oc.status != Status::MissingRole ? kindTitle
                                 : oc.fails()                     ? s8(GraphLabels::tr("missing: the task fails"))
                                                                  : s8(GraphLabels::tr("not set")));
        role.role = kind;
        role.missing = oc.status == Status::MissingRole;
        if (oc.verdict && (!role.verdict || *oc.verdict > *role.verdict))
            role.verdict = oc.verdict;
        if (role.missing) {
            for (const Finding &f : coverage.findings)
                if (f.operation == oc.operation && f.severity == Severity::Error)
                    role.tooltip += (role.tooltip.empty() ? "" : "\n\n") + f.message + "\n" + s8(GraphLabels::tr("Fix:")) + ' ' + f.fix;
        } else if (role.tooltip.empty()) {
            role.tooltip = oc.roleArn.empty() ? kindTitle : oc.roleArn;
        }
        const bool dashed = oc.via == Via::Fallback || role.missing;
        for (const std::string &a : actors)
            b.edge(a, roleId, kind, dashed);
        b.edge(roleId, operationNodeId(oc.operation), kind, dashed,
               oc.via == Via::Fallback ? s8(GraphLabels::tr("fallback"))
               : role.missing          ? s8(GraphLabels::tr("missing"))
                                       : "");
    }
    return graph;
}

namespace {

// One framed cell of a grid: a graph laid out on its own, with the title of its frame.
struct Cell
{
    std::string title;
    Graph graph;
};

// Packs cells into rows as wide as a 16:10 page of their total area, so that a sheet of many small
// graphs reads like a page, not a strip. Node ids are made unique with a per-cell prefix, except
// those `keepId` says are unique already (task definitions, which the window finds by id).
Graph packCells(const std::string &title, std::vector<Cell> cells, const std::function<bool(const std::string &)> &keepId, bool keepOperations)
{
    constexpr double kGap = 40;       // between cells
    constexpr double kTitleRoom = 30; // above each cell's graph, for its title
    constexpr double kPad = 12;
    Graph grid;
    grid.title = title;
    std::vector<std::pair<double, double>> sizes;
    double area = 0;
    for (const Cell &cell : cells) {
        double w = 0, h = 0;
        for (const GraphNode &n : cell.graph.nodes) {
            w = std::max(w, n.x + n.width);
            h = std::max(h, n.y + n.height);
        }
        sizes.emplace_back(w + 2 * kPad, h + 2 * kPad + kTitleRoom);
        area += (sizes.back().first + kGap) * (sizes.back().second + kGap);
    }
    const double rowWidth = std::max(1200.0, std::sqrt(area * 1.6));
    double x = 0, y = 0, rowHeight = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
        const auto [width, height] = sizes[i];
        if (x > 0 && x + width > rowWidth) {
            x = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        const int group = int(grid.groups.size());
        grid.groups.push_back({cells[i].title, x, y, width, height});
        const std::string prefix = "g" + std::to_string(i) + "/";
        auto idOf = [&](const std::string &id) { return keepId(id) ? id : prefix + id; };
        for (GraphNode &n : cells[i].graph.nodes) {
            n.id = idOf(n.id);
            n.x += x + kPad;
            n.y += y + kPad + kTitleRoom;
            n.group = group;
            if (!keepOperations)
                n.operation.clear();
            grid.nodes.push_back(std::move(n));
        }
        for (GraphEdge &e : cells[i].graph.edges) {
            e.from = idOf(e.from);
            e.to = idOf(e.to);
            grid.edges.push_back(std::move(e));
        }
        x += width + kGap;
        rowHeight = std::max(rowHeight, height);
    }
    if (grid.groups.empty())
        grid.groups.push_back({title, 0, 0, 0, 0}); // still "laid out": nothing to place
    return grid;
}

Graph flatClusterGraph(const std::string &title, const std::vector<Coverage> &coverages, const RulesCatalog &catalog, Language language)
{
    Graph graph;
    graph.title = title;
    Builder b(graph);
    for (const Coverage &c : coverages) {
        const std::string tdId = taskDefinitionNodeId(c.taskDefinition);
        int errors = 0;
        for (const Finding &f : c.findings)
            errors += f.severity == Severity::Error;
        GraphNode &tdNode = b.node(tdId, NodeKind::TaskDefinition, 0, c.taskDefinition,
                                   errors ? s8(GraphLabels::tr("%n error(s)", nullptr, errors))
                                          : s8(GraphLabels::tr("%n operation(s)", nullptr, int(c.operations.size()))));
        tdNode.taskDefinition = c.taskDefinition;
        tdNode.status = errors ? Status::MissingRole : Status::Unverified;
        for (const OperationCoverage &oc : c.operations) {
            if (!oc.coveredBy || *oc.coveredBy == RoleKind::AwsManaged || *oc.coveredBy == RoleKind::ServiceLinked)
                continue;
            const RoleKind kind = *oc.coveredBy;
            const std::string kindTitle = catalog.roleKind(kind).title.in(language);
            std::string id;
            std::string label;
            if (oc.status == Status::MissingRole) {
                id = roleNodeId(kind, true);
                label = s8(GraphLabels::tr("no %1").arg(QString::fromStdString(kindTitle)));
            } else {
                id = sharedRoleNodeId(kind, oc.roleArn);
                label = oc.roleArn.empty() ? kindTitle : roleNameOf(oc.roleArn);
            }
            GraphNode &role = b.node(id, NodeKind::Role, 1, label, kindTitle);
            role.role = kind;
            role.missing = oc.status == Status::MissingRole;
            role.tooltip = oc.roleArn.empty() ? kindTitle : oc.roleArn;
            b.edge(tdId, id, kind, oc.via == Via::Fallback || role.missing);
        }
    }
    return graph;
}

LayoutOptions cellLayout()
{
    LayoutOptions options;
    options.columnGap = 48;
    options.margin = 0;
    options.sweeps = 4; // small graphs: a few sweeps settle them
    return options;
}

} // namespace

Graph buildClusterGraph(const std::string &title, const std::vector<Coverage> &coverages, const RulesCatalog &catalog, Language language)
{
    // A few task definitions: one graph. Many: a single column of them would be a strip hundreds of
    // times taller than wide, so they are grouped by the execution role they share (in groups of
    // at most kPerGroup), each group drawn as its own small overview, and the groups packed into a page.
    constexpr size_t kFlatUpTo = 60;
    constexpr size_t kPerGroup = 40;
    if (coverages.size() <= kFlatUpTo)
        return flatClusterGraph(title, coverages, catalog, language);
    std::vector<std::string> order;
    std::map<std::string, std::vector<Coverage>> byRole;
    for (const Coverage &c : coverages) {
        auto [it, added] = byRole.try_emplace(c.roles.execution);
        if (added)
            order.push_back(c.roles.execution);
        it->second.push_back(c);
    }
    std::vector<Cell> cells;
    for (const std::string &role : order) {
        const std::vector<Coverage> &members = byRole[role];
        const std::string roleName = role.empty() ? s8(GraphLabels::tr("no task execution role")) : roleNameOf(role);
        for (size_t first = 0; first < members.size(); first += kPerGroup) {
            const size_t last = std::min(members.size(), first + kPerGroup);
            std::vector<Coverage> part(members.begin() + long(first), members.begin() + long(last));
            Graph g = flatClusterGraph({}, part, catalog, language);
            layoutGraph(g, cellLayout());
            std::string cellTitle = roleName + " \xc2\xb7 " + s8(GraphLabels::tr("%n task definition(s)", nullptr, int(part.size())));
            if (members.size() > kPerGroup)
                cellTitle += " (" + std::to_string(first / kPerGroup + 1) + '/' + std::to_string((members.size() + kPerGroup - 1) / kPerGroup) + ')';
            cells.push_back({cellTitle, std::move(g)});
        }
    }
    return packCells(
        title, std::move(cells), [](const std::string &id) { return isTaskDefinitionNodeId(id); }, true);
}

Graph buildTaskGrid(const std::string &title, const std::vector<Coverage> &coverages, const std::vector<const TaskDefinition *> &taskDefinitions,
                    const RulesCatalog &catalog, Language language)
{
    std::vector<Cell> cells;
    for (size_t i = 0; i < coverages.size() && i < taskDefinitions.size(); ++i) {
        Graph g = buildTaskGraph(coverages[i], *taskDefinitions[i], catalog, language);
        layoutGraph(g, cellLayout());
        cells.push_back(
            {coverages[i].taskDefinition + " \xe2\x80\x94 " + catalog.launchTypeTitle(coverages[i].launchType).in(language), std::move(g)});
    }
    return packCells(
        title, std::move(cells), [](const std::string &) { return false; }, false);
}

} // namespace rolemap
