// SPDX-License-Identifier: Apache-2.0
#include "SelectionSync.h"

#include "GraphScene.h"
#include "GraphView.h"
#include "PropertyEditor.h"
#include "document/Document.h"
#include "itemmodels/CoverageModel.h"
#include "itemmodels/ModelRoles.h"
#include "itemmodels/WorkspaceModel.h"

#include <QScopedValueRollback>
#include <QTableView>
#include <QTreeView>

namespace rolemap {

SelectionSync::SelectionSync(Document *document, ViewContext *context, const SelectionViews &views, QObject *parent)
    : QObject(parent), m_document(document), m_context(context), m_views(views),
      m_workspaceModel(qobject_cast<WorkspaceModel *>(views.tree->model())), m_coverageModel(qobject_cast<CoverageModel *>(views.coverage->model()))
{
    connect(m_context, &ViewContext::taskDefinitionChanged, this, [this](int index) {
        // Properties follow the task definition shown, whoever chose it (the tree sets the container).
        m_views.properties->showItem(index, -1);
        if (!m_syncing)
            selectTaskInTree(index);
    });
    connect(m_context, &ViewContext::operationChanged, this, &SelectionSync::followOperation);
    connect(m_views.tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SelectionSync::treeCurrentChanged);
    for (QTableView *table : {m_views.coverage, m_views.comparison})
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!m_syncing && current.isValid())
                m_context->setOperation(current.data(OperationIdRole).toString());
        });
    connect(m_views.scene, &GraphScene::operationSelected, this, [this](const QString &op) {
        if (!m_syncing)
            m_context->setOperation(op);
    });
    // A container's node in the graph: its item in the tree, and so its properties.
    connect(m_views.scene, &GraphScene::containerSelected, this, [this](const QString &name) {
        const QModelIndex task = m_workspaceModel->indexOfTaskDefinition(m_context->taskDefinition());
        for (int r = 0; task.isValid() && r < m_workspaceModel->rowCount(task); ++r)
            if (const QModelIndex c = m_workspaceModel->index(r, 0, task); c.data().toString() == name)
                m_views.tree->setCurrentIndex(c); // the tree's selection shows it in Properties
    });
    connect(m_views.findings, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        followTaskDefinition(index.data(TaskDefinitionIndexRole).toInt());
        m_context->setOperation(index.data(OperationIdRole).toString());
        m_views.view->setFocus();
    });
    // An edit: only the changed task definition's items are new; open them, leave the rest as it is.
    connect(m_document, &Document::taskDefinitionChanged, this, [this](int index) {
        const QScopedValueRollback guard(m_syncing, true);
        m_views.tree->expandRecursively(m_workspaceModel->indexOfTaskDefinition(index));
        m_views.tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(m_context->taskDefinition()));
    });
    connect(m_document, &Document::workspaceReset, this, [this] {
        const int count = m_document->taskDefinitionCount();
        if (m_context->taskDefinition() >= count)
            m_context->setTaskDefinition(count - 1);
        const QScopedValueRollback guard(m_syncing, true);
        expandTree();
        m_views.tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(m_context->taskDefinition()));
    });
}

void SelectionSync::selectTaskInTree(int index)
{
    const QScopedValueRollback guard(m_syncing, true);
    m_views.tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(index));
}

void SelectionSync::treeCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const int td = current.data(TaskDefinitionIndexRole).toInt();
    if (td < 0)
        return;
    {
        const QScopedValueRollback guard(m_syncing, true); // the tree is the source: it keeps its current item
        followTaskDefinition(td);
    }
    // The container of the item (itself, or the one a feature belongs to), for the property editor.
    m_views.properties->showItem(td, WorkspaceModel::containerOf(current));
    const QStringList ops = current.data(OperationIdsRole).toStringList();
    for (const QString &op : ops)
        if (m_coverageModel->rowOf(op) >= 0) {
            m_context->setOperation(op);
            break;
        }
}

void SelectionSync::followTaskDefinition(int index)
{
    if (index < 0 || index >= m_document->taskDefinitionCount())
        return;
    // A task definition of another cluster is shown on that cluster's launch type.
    const int shown = m_context->taskDefinition();
    const Cluster *before = shown >= 0 && shown < m_document->taskDefinitionCount() ? m_document->clusterOf(shown) : nullptr;
    const Cluster *after = m_document->clusterOf(index);
    if (after != before && after && after->launchType)
        m_context->setLaunchType(*after->launchType);
    m_context->setTaskDefinition(index);
}

void SelectionSync::followOperation(const QString &operation)
{
    const QScopedValueRollback guard(m_syncing, true);
    m_views.scene->selectOperation(operation);
    const int row = m_coverageModel->rowOf(operation);
    if (row >= 0)
        m_views.coverage->selectRow(row);
    else
        m_views.coverage->clearSelection();
    const auto &ops = m_document->catalog().operations();
    for (size_t i = 0; i < ops.size(); ++i)
        if (QString::fromStdString(ops[i].id) == operation)
            m_views.comparison->selectRow(int(i));
    if (!operation.isEmpty()) {
        const QModelIndexList features = m_workspaceModel->indexesOfOperation(m_context->taskDefinition(), operation);
        if (!features.isEmpty()) {
            m_views.tree->scrollTo(features.first());
            m_views.tree->selectionModel()->select(features.first(), QItemSelectionModel::ClearAndSelect);
        }
    }
}

void SelectionSync::expandTree()
{
    // Everything open for a few task definitions; for a whole account, the clusters only (expanding
    // tens of thousands of items would freeze the window for no reader's benefit).
    if (m_document->taskDefinitionCount() <= 200) {
        m_views.tree->expandAll();
    } else {
        m_views.tree->collapseAll();
        m_views.tree->expandToDepth(0);
    }
    const QModelIndex current = m_workspaceModel->indexOfTaskDefinition(m_context->taskDefinition());
    if (current.isValid())
        m_views.tree->scrollTo(current);
}

} // namespace rolemap
