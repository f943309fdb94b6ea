// SPDX-License-Identifier: Apache-2.0
#include "PresentationMode.h"

#include "GraphView.h"
#include "MainDocks.h"
#include "WalkthroughPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace rolemap {

PresentationMode::PresentationMode(QMainWindow *window, MainDocks *docks, GraphView *view)
    : QObject(window), m_window(window), m_docks(docks), m_view(view)
{
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    QDockWidget *walkDock = m_docks->walkthroughDock;
    const QList<QToolBar *> toolbars = m_window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly);
    if (on) {
        m_stateBefore = m_window->saveState();
        m_geometryBefore = m_window->saveGeometry();
        m_wasMaximized = m_window->isMaximized();
        const bool walking = walkDock->isVisible();
        for (QDockWidget *d : m_docks->docks())
            if (d != walkDock)
                d->hide();
        for (QToolBar *t : toolbars)
            t->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        // The walkthrough stays, under the graph, as a caption for the room.
        if (walking) {
            m_window->removeDockWidget(walkDock);
            m_window->addDockWidget(Qt::BottomDockWidgetArea, walkDock);
            walkDock->show();
            m_window->resizeDocks({walkDock}, {260}, Qt::Vertical);
        }
        m_docks->walkthrough->setLarge(true);
        m_window->showFullScreen();
    } else {
        m_docks->walkthrough->setLarge(false);
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        for (QToolBar *t : toolbars)
            t->show();
        if (m_wasMaximized) {
            m_window->showMaximized();
        } else {
            m_window->showNormal();
            m_window->restoreGeometry(m_geometryBefore);
        }
        m_window->restoreState(m_stateBefore);
    }
    emit toggled(on);
    m_view->fitAll();
}

} // namespace rolemap
