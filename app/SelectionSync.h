// SPDX-License-Identifier: Apache-2.0
#pragma once
// One selection across the window: picking a task definition or an operation in the tree, a table,
// the graph or the findings selects it everywhere else, through the ViewContext. A guard keeps the
// views from answering their own echo.

#include <QObject>

class QTableView;
class QTreeView;

namespace rolemap {

class CoverageModel;
class Document;
class GraphScene;
class GraphView;
class PropertyEditor;
class ViewContext;
class WorkspaceModel;

struct SelectionViews
{
    QTreeView *tree = nullptr;
    QTableView *coverage = nullptr;
    QTableView *comparison = nullptr;
    QTableView *findings = nullptr;
    GraphScene *scene = nullptr;
    GraphView *view = nullptr;
    PropertyEditor *properties = nullptr;
};

class SelectionSync : public QObject
{
    Q_OBJECT
public:
    SelectionSync(Document *document, ViewContext *context, const SelectionViews &views, QObject *parent = nullptr);

    // Shows task definition `index`, on its cluster's launch type when it is in another cluster.
    void followTaskDefinition(int index);
    // Opens the tree: all of it for a few task definitions, the clusters only for a whole account.
    void expandTree();

private:
    void followOperation(const QString &operation);
    void treeCurrentChanged(const QModelIndex &current);
    void selectTaskInTree(int index);

    Document *m_document;
    ViewContext *m_context;
    SelectionViews m_views;
    WorkspaceModel *m_workspaceModel;
    CoverageModel *m_coverageModel;
    bool m_syncing = false;
};

} // namespace rolemap
