// SPDX-License-Identifier: Apache-2.0
#include "graph/ViewGraph.h"
#include "core/Translation.h"

#include "graph/GraphBuilder.h"
#include "graph/LayeredLayout.h"

#include <QCoreApplication>

namespace rolemap {

namespace {
struct ViewGraphText
{
    Q_DECLARE_TR_FUNCTIONS(ViewGraphText)
};

} // namespace

ViewGraph buildViewGraph(const ViewGraphRequest &request, const std::vector<Coverage> &coverages,
                         const std::vector<const TaskDefinition *> &taskDefinitions, const RulesCatalog &catalog, Language language)
{
    ViewGraph out;
    switch (request.kind) {
    case ViewGraphKind::Grid: out.graph = buildTaskGrid(request.title, coverages, taskDefinitions, catalog, language); break;
    case ViewGraphKind::Overview:
        out.graph = buildClusterGraph(request.title, coverages, catalog, language);
        out.headings = {s8(ViewGraphText::tr("Task definition")), s8(ViewGraphText::tr("Role"))};
        break;
    case ViewGraphKind::Task:
        if (coverages.empty() || taskDefinitions.empty())
            return out;
        out.graph = buildTaskGraph(coverages.front(), *taskDefinitions.front(), catalog, language);
        out.headings = {s8(ViewGraphText::tr("Who acts")), s8(ViewGraphText::tr("Role it uses")), s8(ViewGraphText::tr("Operation")),
                        s8(ViewGraphText::tr("AWS service"))};
        break;
    }
    LayoutOptions layout;
    layout.columnGap = request.columnGap;
    layoutGraph(out.graph, layout);
    return out;
}

std::string overviewTitle(const std::string &clusterName, size_t count, std::optional<LaunchType> launchType, const RulesCatalog &catalog,
                          Language language)
{
    const QString what = clusterName.empty() ? ViewGraphText::tr("%n task definition(s)", nullptr, int(count))
                                             : ViewGraphText::tr("Cluster %1").arg(QString::fromStdString(clusterName));
    std::string title = what.toStdString();
    if (launchType)
        title += " \xe2\x80\x94 " + catalog.launchTypeTitle(*launchType).in(language);
    return title;
}

} // namespace rolemap
