// SPDX-License-Identifier: Apache-2.0
#include "GraphPresenter.h"

#include "GraphScene.h"
#include "GraphView.h"
#include "core/Translation.h"
#include "document/Document.h"
#include "graph/ViewGraph.h"

namespace rolemap {

GraphPresenter::GraphPresenter(Document *document, ViewContext *context, GraphScene *scene, GraphView *view, QObject *parent)
    : QObject(parent), m_document(document), m_context(context), m_scene(scene), m_view(view)
{
    connect(m_context, &ViewContext::taskDefinitionChanged, this, &GraphPresenter::rebuild);
    connect(m_context, &ViewContext::launchTypeChanged, this, &GraphPresenter::rebuild);
    // An edit redraws only when it changed what is shown.
    connect(m_document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (index == m_context->taskDefinition() || m_overview)
            rebuild();
    });
    connect(m_document, &Document::workspaceReset, this, &GraphPresenter::rebuild);
}

void GraphPresenter::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    rebuild();
}

std::vector<int> GraphPresenter::shownTaskDefinitions() const
{
    const int index = m_context->taskDefinition();
    if (index < 0 || index >= m_document->taskDefinitionCount())
        return {};
    if (!m_overview)
        return {index};
    std::vector<int> shown;
    const Cluster *cluster = m_document->clusterOf(index);
    for (int i = 0; i < m_document->taskDefinitionCount(); ++i)
        if (m_document->clusterOf(i) == cluster)
            shown.push_back(i);
    return shown;
}

void GraphPresenter::rebuild()
{
    const std::vector<int> shown = shownTaskDefinitions();
    if (shown.empty()) {
        m_scene->setGraph({});
        emit rebuilt();
        return;
    }
    const LaunchType launchType = m_context->launchType();
    std::vector<Coverage> coverages;
    std::vector<const TaskDefinition *> taskDefinitions;
    for (int i : shown) {
        coverages.push_back(m_document->coverage(i, launchType));
        taskDefinitions.push_back(&m_document->taskDefinition(i));
    }
    ViewGraphRequest request;
    if (m_overview) {
        request.kind = ViewGraphKind::Overview;
        const Cluster *cluster = m_document->clusterOf(m_context->taskDefinition());
        request.title = overviewTitle(cluster ? cluster->name : std::string(), shown.size(), launchType, m_document->catalog(), currentLanguage());
    }
    const ViewGraph view = buildViewGraph(request, coverages, taskDefinitions, m_document->catalog(), currentLanguage());
    QStringList headings;
    for (const std::string &h : view.headings)
        headings << QString::fromStdString(h);
    m_scene->setGraph(view.graph, headings);
    m_scene->selectOperation(m_context->operation());
    m_view->fitAll();
    emit rebuilt();
}

} // namespace rolemap
