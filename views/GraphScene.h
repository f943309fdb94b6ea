// SPDX-License-Identifier: Apache-2.0
#pragma once
// The role graph drawn: one item per node and edge of a laid-out Graph, a title, column headings
// and a legend. The scene is an adapter: it keeps id → item maps and is rebuilt from the Graph.

#include "graph/Graph.h"

#include <QGraphicsScene>
#include <QHash>

namespace rolemap {

class NodeItem;

class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    // Replaces the drawing with `graph` (which must be laid out). `headings` label the columns.
    void setGraph(const Graph &graph, const QStringList &headings = {});
    const Graph &graph() const { return m_graph; }

    // Selects the node of an operation (or nothing for an empty id) without emitting a signal.
    void selectOperation(const QString &operation);
    // Draws the paths of these operations (actor → role → operation → service) at full strength and
    // fades everything else; an empty list shows all. The walkthrough and the comparison use it.
    void emphasise(const QStringList &operations);
    // The node ids emphasise() left at full strength (all when nothing is emphasised).
    QStringList emphasisedNodes() const;
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    // Every label at any scale (exports: a PDF is zoomed in its reader). Off, the window's items
    // drop text and arrowheads when zoomed far out.
    void setFullDetail(bool on) { m_fullDetail = on; }
    bool fullDetail() const { return m_fullDetail; }
    int nodeItemCount() const { return int(m_nodes.size()); }
    int edgeItemCount() const { return m_edgeCount; }

signals:
    // The user selected the node of an operation (empty when the selection left operations).
    void operationSelected(const QString &operation);
    // A container's node was clicked: its name (the window selects the container and shows it).
    void containerSelected(const QString &container);

private:
    void addLegend(double top);
    void onSelectionChanged();

    Graph m_graph;
    QHash<QString, NodeItem *> m_nodes;
    QList<QGraphicsItem *> m_edges;
    int m_edgeCount = 0;
    bool m_updatingSelection = false;
    bool m_fullDetail = false;
};

} // namespace rolemap
