// SPDX-License-Identifier: Apache-2.0
#pragma once
// The items of the role graph: nodes (rounded boxes coloured by role kind or status) and edges
// (curves coloured by the role that does the work, dashed for fallbacks and missing roles).

#include "graph/Graph.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace rolemap {

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 }; // for qgraphicsitem_cast
    explicit NodeItem(const GraphNode &node);
    int type() const override { return Type; }

    const GraphNode &node() const { return m_node; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphNode m_node;
    QStringList m_titleLines; // the label's lines and the sublabel's, as the graph wrapped them
    QStringList m_subtitleLines;
    double m_titleScale = 1; // < 1 when this screen's font is wider than the box: smaller, never cut
};

class EdgeItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 }; // for qgraphicsitem_cast
    EdgeItem(const GraphEdge &edge, const NodeItem *from, const NodeItem *to);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const GraphEdge &edge() const { return m_edge; }

private:
    GraphEdge m_edge;
    QPolygonF m_arrow;
    QPointF m_labelAt;
};

} // namespace rolemap
