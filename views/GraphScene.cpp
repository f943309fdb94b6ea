// SPDX-License-Identifier: Apache-2.0
#include "GraphScene.h"

#include "graph/NodeIds.h"

#include "GraphItems.h"
#include "graph/RolePalette.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace rolemap {

namespace {

// A swatch and a label in the legend.
class LegendItem : public QGraphicsItem
{
public:
    enum class Kind { Role, Fallback, Missing };
    LegendItem(Kind kind, QColor colour, QString text) : m_kind(kind), m_colour(colour), m_text(std::move(text)) {}

    QRectF boundingRect() const override
    {
        QFont font;
        font.setPixelSize(11);
        return QRectF(0, 0, 44 + QFontMetricsF(font).horizontalAdvance(m_text), 18);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette pal = scene() ? scene()->palette() : QPalette();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_kind == Kind::Missing) {
            painter->setPen(QPen(m_colour, 2, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(1, 2, 28, 14), 3, 3);
        } else {
            painter->setPen(QPen(m_colour, 2.5, m_kind == Kind::Fallback ? Qt::DashLine : Qt::SolidLine));
            painter->drawLine(QPointF(0, 9), QPointF(30, 9));
        }
        QFont font = painter->font();
        font.setPixelSize(11);
        painter->setFont(font);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QRectF(36, 0, boundingRect().width() - 36, 18), Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }

private:
    Kind m_kind;
    QColor m_colour;
    QString m_text;
};

} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    // The default BSP index costs far more than it saves on graphs that are rebuilt as a whole.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene()
{
    // ~QGraphicsScene removes the items and reports the lost selection after this part is gone.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

void GraphScene::setGraph(const Graph &graph, const QStringList &headings)
{
    m_updatingSelection = true;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_edgeCount = 0;
    m_graph = graph;

    // Frames and titles of a grid of task graphs, under the nodes.
    QFont groupFont;
    groupFont.setPixelSize(13);
    groupFont.setBold(true);
    for (const GraphGroup &g : graph.groups) {
        if (g.width <= 0)
            continue;
        auto *frame = addRect(QRectF(g.x, g.y, g.width, g.height), QPen(palette().color(QPalette::Mid), 1), Qt::NoBrush);
        frame->setZValue(-1);
        auto *label = addSimpleText(QString::fromStdString(g.title), groupFont);
        label->setBrush(palette().color(QPalette::Text));
        label->setPos(g.x + 10, g.y + 8);
    }
    double bottom = 0;
    std::vector<double> columnLeft(size_t(std::max(1, graph.columnCount())), 1e18);
    for (const GraphNode &n : graph.nodes) {
        auto *item = new NodeItem(n);
        addItem(item);
        m_nodes.insert(QString::fromStdString(n.id), item);
        bottom = std::max(bottom, n.y + n.height);
        columnLeft[size_t(n.column)] = std::min(columnLeft[size_t(n.column)], n.x);
    }
    for (const GraphEdge &e : graph.edges) {
        NodeItem *from = m_nodes.value(QString::fromStdString(e.from));
        NodeItem *to = m_nodes.value(QString::fromStdString(e.to));
        if (!from || !to)
            continue;
        auto *edge = new EdgeItem(e, from, to);
        addItem(edge);
        m_edges.append(edge);
        ++m_edgeCount;
    }

    QFont titleFont;
    titleFont.setPixelSize(16);
    titleFont.setBold(true);
    auto *title = addSimpleText(QString::fromStdString(graph.title), titleFont);
    title->setBrush(palette().color(QPalette::Text));
    title->setPos(24, -62);
    QFont headingFont;
    headingFont.setPixelSize(11);
    headingFont.setCapitalization(QFont::AllUppercase);
    for (int c = 0; graph.groups.empty() && c < headings.size() && c < int(columnLeft.size()); ++c) {
        if (columnLeft[size_t(c)] > 1e17)
            continue;
        auto *h = addSimpleText(headings[c], headingFont);
        h->setBrush(palette().color(QPalette::PlaceholderText));
        h->setPos(columnLeft[size_t(c)], -28);
    }
    addLegend(bottom + 28);
    setSceneRect(itemsBoundingRect().adjusted(-16, -16, 16, 16));
    m_updatingSelection = false;
}

void GraphScene::addLegend(double top)
{
    double x = 24;
    for (const rolemap::LegendEntry &l : legendEntries()) {
        const auto kind = l.kind == rolemap::LegendEntry::Kind::Role       ? LegendItem::Kind::Role
                          : l.kind == rolemap::LegendEntry::Kind::Fallback ? LegendItem::Kind::Fallback
                                                                           : LegendItem::Kind::Missing;
        auto *item = new LegendItem(kind, l.colour, l.label);
        addItem(item);
        item->setPos(x, top);
        x += item->boundingRect().width() + 14;
    }
}

void GraphScene::selectOperation(const QString &operation)
{
    m_updatingSelection = true;
    clearSelection();
    if (NodeItem *item = m_nodes.value(QString::fromStdString(operationNodeId(operation.toStdString()))))
        item->setSelected(true);
    m_updatingSelection = false;
}

void GraphScene::emphasise(const QStringList &operations)
{
    const double faded = 0.16;
    QSet<QString> keep;
    for (const QString &op : operations) {
        const std::string opId = operationNodeId(op.toStdString());
        keep.insert(QString::fromStdString(opId));
        std::vector<std::string> roles;
        for (const GraphEdge &e : m_graph.edges) {
            if (e.from == opId)
                keep.insert(QString::fromStdString(e.to));
            if (e.to == opId) {
                keep.insert(QString::fromStdString(e.from));
                roles.push_back(e.from);
            }
        }
        for (const GraphEdge &e : m_graph.edges)
            if (std::find(roles.begin(), roles.end(), e.to) != roles.end())
                keep.insert(QString::fromStdString(e.from));
    }
    const bool all = operations.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOpacity(all || keep.contains(it.key()) ? 1.0 : faded);
    for (QGraphicsItem *item : std::as_const(m_edges)) {
        const GraphEdge &e = qgraphicsitem_cast<EdgeItem *>(item)->edge();
        const bool on = keep.contains(QString::fromStdString(e.from)) && keep.contains(QString::fromStdString(e.to));
        item->setOpacity(all || on ? 1.0 : faded);
    }
}

QStringList GraphScene::emphasisedNodes() const
{
    QStringList out;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it.value()->opacity() > 0.5)
            out << it.key();
    out.sort();
    return out;
}

void GraphScene::onSelectionChanged()
{
    if (m_updatingSelection)
        return;
    for (QGraphicsItem *item : selectedItems())
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item); node && !node->node().operation.empty()) {
            emit operationSelected(QString::fromStdString(node->node().operation));
            return;
        } else if (node && !node->node().container.empty()) {
            emit containerSelected(QString::fromStdString(node->node().container));
            return;
        }
    emit operationSelected(QString());
}

} // namespace rolemap
