// SPDX-License-Identifier: Apache-2.0
#include "TeachingController.h"

#include "CompareView.h"
#include "GraphPresenter.h"
#include "GraphScene.h"
#include "MainDocks.h"
#include "PresentationMode.h"
#include "QuizDialog.h"
#include "WalkthroughPanel.h"
#include "document/Document.h"
#include "teaching/Quiz.h"

#include <QDialog>
#include <QDockWidget>
#include <QVBoxLayout>

#include <random>

namespace rolemap {

TeachingController::TeachingController(Document *document, ViewContext *context, MainDocks *docks, GraphPresenter *graph, GraphScene *scene,
                                       PresentationMode *presentation, QWidget *window)
    : QObject(window), m_document(document), m_context(context), m_docks(docks), m_graph(graph), m_window(window)
{
    connect(docks->walkthrough, &WalkthroughPanel::stepShown, this, [this, scene](const QString &operation) {
        if (!m_docks->walkthroughDock->isVisible())
            return;
        scene->emphasise(operation.isEmpty() ? QStringList{} : QStringList{operation});
        if (!operation.isEmpty())
            m_context->setOperation(operation);
    });
    connect(docks->walkthroughDock, &QDockWidget::visibilityChanged, this, [this, scene, presentation](bool visible) {
        if (!visible && !presentation->isOn())
            scene->emphasise({});
        if (visible)
            m_docks->walkthrough->announce(); // back in view: its step in the graph again
    });
    connect(graph, &GraphPresenter::rebuilt, this, &TeachingController::refresh);
}

void TeachingController::showWalkthrough()
{
    // F6 toggles: a second press puts the panel (and the emphasis) away.
    if (m_docks->walkthroughDock->isVisible() && !m_docks->walkthroughDock->visibleRegion().isEmpty()) {
        m_docks->walkthroughDock->hide();
        return;
    }
    m_docks->walkthroughDock->show();
    m_docks->walkthroughDock->raise();
    refresh();
}

void TeachingController::refresh()
{
    const int index = m_context->taskDefinition();
    if (index < 0 || index >= m_document->taskDefinitionCount() || m_graph->overview()) {
        m_docks->walkthrough->setCoverage(nullptr);
        return;
    }
    m_docks->walkthrough->setCoverage(&m_document->coverage(index, m_context->launchType()));
    if (m_compare)
        m_compare->setTaskDefinition(index);
}

CompareView *TeachingController::compareView()
{
    if (!m_compare) {
        m_compareDialog = new QDialog(m_window);
        m_compareDialog->setObjectName(QStringLiteral("CompareDialog"));
        m_compare = new CompareView(m_document, m_compareDialog);
        auto *layout = new QVBoxLayout(m_compareDialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_compare);
        m_compareDialog->setWindowTitle(m_compare->windowTitle());
        m_compareDialog->resize(1200, 720);
        m_compare->setTaskDefinition(m_context->taskDefinition());
    }
    return m_compare;
}

void TeachingController::showCompare()
{
    compareView()->setTaskDefinition(m_context->taskDefinition());
    m_compareDialog->setWindowTitle(m_compare->windowTitle());
    m_compareDialog->show();
    m_compareDialog->raise();
}

void TeachingController::openQuiz()
{
    std::vector<Coverage> coverages;
    const int index = m_context->taskDefinition();
    if (index >= 0 && index < m_document->taskDefinitionCount())
        for (LaunchType t : kAllLaunchTypes)
            coverages.push_back(m_document->coverage(index, t));
    QuizDialog dialog(makeQuiz(m_document->catalog(), coverages, 10, std::random_device{}()), m_window);
    dialog.setNextRound([this, coverages] { return makeQuiz(m_document->catalog(), coverages, 10, std::random_device{}()); });
    dialog.exec();
}

} // namespace rolemap
