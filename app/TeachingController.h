// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Teach menu's work: the walkthrough on the graph (each step emphasises its operation), two
// launch types side by side, and the quiz on the open task definition.

#include <QObject>

class QDialog;
class QWidget;

namespace rolemap {

class CompareView;
class Document;
class GraphPresenter;
class GraphScene;
class MainDocks;
class PresentationMode;
class ViewContext;

class TeachingController : public QObject
{
    Q_OBJECT
public:
    TeachingController(Document *document, ViewContext *context, MainDocks *docks, GraphPresenter *graph, GraphScene *scene,
                       PresentationMode *presentation, QWidget *window);

    // Teach ▸ Walkthrough (F6): shows the walkthrough, or puts it away when it is in view.
    void showWalkthrough();
    // The walkthrough (and the comparison, when open) follow the task definition on screen.
    void refresh();
    // The launch-type comparison (created on first use).
    CompareView *compareView();
    void showCompare();
    // Opens the quiz on the open task definition (modal); returns when it is closed.
    void openQuiz();

private:
    Document *m_document;
    ViewContext *m_context;
    MainDocks *m_docks;
    GraphPresenter *m_graph;
    QWidget *m_window;
    QDialog *m_compareDialog = nullptr;
    CompareView *m_compare = nullptr;
};

} // namespace rolemap
