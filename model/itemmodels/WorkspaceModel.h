// SPDX-License-Identifier: Apache-2.0
#pragma once
// The workspace as a tree: clusters → task definitions → containers → their features (image, log
// configuration, secrets, environment files) and the task's volumes. Each feature knows which
// operations it triggers, so choosing an operation can select the fields behind it, and back.

#include "document/Document.h"
#include "itemmodels/ModelRoles.h"

#include <QAbstractItemModel>
#include <QHash>

namespace rolemap {

class WorkspaceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit WorkspaceModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop: task definitions and containers are dragged; blocks, roles, containers and task
    // definitions are dropped. The Document decides what a drop does and whether it may.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Where a drop at (row, parent) lands, or nothing.
    std::optional<DropTarget> dropTarget(int row, const QModelIndex &parent) const;

    // The item of a task definition, and the feature items of it that trigger `operation`.
    QModelIndex indexOfTaskDefinition(int taskDefinition) const;
    // The container an item stands for or belongs to (a feature's), as its row in its task
    // definition; -1 for a task definition, a cluster or nothing.
    static int containerOf(const QModelIndex &item);
    QModelIndexList indexesOfOperation(int taskDefinition, const QString &operation) const;

signals:
    // While dragging over the tree: empty when the drop would be taken, else why not (a const
    // signal: canDropMimeData() is const).
    void dropVerdict(const QString &refusal) const;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        QString text;
        QString tooltip;
        ItemKind kind = ItemKind::Feature;
        QString icon;
        int taskDefinition = -1;
        int container = -1;
        int cluster = -1;
        QStringList operations;
        QString pointer;           // a feature that can be deleted: its JSON pointer in the task definition
        bool childrenBuilt = true; // a task definition's items are made when first asked for
    };
    void rebuild();
    void reset();
    // One task definition changed: its item's children are replaced in place (row-level signals),
    // so a large workspace keeps its tree, its expansion and its selection.
    void taskDefinitionChanged(int index);
    // The built items under task definition `index` (node `id`, at `item`) out, its new ones in.
    void replaceChildren(const QModelIndex &item, int id, int index);
    int add(int parent, Node node);
    // Builds a task definition's items the first time a view (or a search) needs them: a whole
    // account opens without making its hundred thousand items up front.
    void ensureChildren(int id) const;
    int addTaskDefinition(int parent, int index);
    void addTaskDefinitionChildren(int tdId, int index);

    QHash<TaskId, int> m_taskNodes; // a task definition's item, by its stable id
    Document *m_document;
    mutable std::vector<Node> m_nodes; // mutable: items are built lazily (ensureChildren)
    std::vector<int> m_roots;
};

} // namespace rolemap
