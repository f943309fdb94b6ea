// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keeps the graph on screen in step with what the window looks at: the task definition and launch
// type of the ViewContext, and the Document's edits. It shows one task definition, or the overview
// of its cluster.

#include <QObject>

namespace rolemap {

class Document;
class GraphScene;
class GraphView;
class ViewContext;

class GraphPresenter : public QObject
{
    Q_OBJECT
public:
    GraphPresenter(Document *document, ViewContext *context, GraphScene *scene, GraphView *view, QObject *parent = nullptr);

    // The overview of the selected task definition's cluster instead of the task definition alone.
    void setOverview(bool overview);
    bool overview() const { return m_overview; }
    // The task definitions the graph shows: the selected one, or every one of its cluster.
    std::vector<int> shownTaskDefinitions() const;
    void rebuild();

signals:
    void rebuilt();

private:
    Document *m_document;
    ViewContext *m_context;
    GraphScene *m_scene;
    GraphView *m_view;
    bool m_overview = false;
};

} // namespace rolemap
