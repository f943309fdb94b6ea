// SPDX-License-Identifier: Apache-2.0
#include "GraphItems.h"

#include "GraphScene.h"
#include "graph/RolePalette.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace rolemap {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

QFont labelFont(int pixelSize, bool bold, bool italic = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Level of detail. Below half size a node's text is a few pixels tall: unreadable, and with the
// antialiased curves the costliest thing to draw, so nodes become plain boxes and edges plain lines
// without arrowheads or labels.
constexpr double kDetailZoom = 0.5;

// The zoom an item is drawn at, for its level of detail; 1 in scenes drawn for export.
double zoomOf(const QGraphicsItem *item, const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    const auto *scene = dynamic_cast<const GraphScene *>(item->scene());
    return scene && scene->fullDetail() ? 1.0 : option->levelOfDetailFromTransform(painter->worldTransform());
}

} // namespace

NodeItem::NodeItem(const GraphNode &node) : m_node(node)
{
    setPos(node.x, node.y);
    setFlag(ItemIsSelectable, node.kind == NodeKind::Operation || node.kind == NodeKind::TaskDefinition || !node.container.empty());
    setToolTip(QString::fromStdString(node.tooltip));
    setZValue(1);
    auto lines = [](const std::vector<std::string> &wrapped, const std::string &whole) {
        QStringList out;
        for (const std::string &l : wrapped)
            out << QString::fromStdString(l);
        if (out.isEmpty() && !whole.empty())
            out << QString::fromStdString(whole);
        return out;
    };
    m_titleLines = lines(node.labelLines, node.label);
    m_subtitleLines = lines(node.sublabelLines, node.sublabel);
    // The layout estimated the text's width without fonts; where this screen's font is wider, the
    // text gets smaller rather than cut.
    const double available = node.width - 16;
    double widest = 0;
    const QFontMetricsF title(labelFont(12, node.kind != NodeKind::Service));
    for (const QString &l : std::as_const(m_titleLines))
        widest = std::max(widest, title.horizontalAdvance(l));
    const QFontMetricsF sub(labelFont(10, false));
    for (const QString &l : std::as_const(m_subtitleLines))
        widest = std::max(widest, sub.horizontalAdvance(l));
    if (widest > available && widest > 0)
        m_titleScale = std::max(0.6, available / widest);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-2, -2, m_node.width + 4, m_node.height + 4);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QRectF r(0, 0, m_node.width, m_node.height);
    QColor border = mix(base, text, 0.45);
    QColor fill = mix(base, text, 0.04);
    Qt::PenStyle style = Qt::SolidLine;
    double width = 1.2;

    switch (m_node.kind) {
    case NodeKind::Role:
        if (m_node.role) {
            border = roleStyle(*m_node.role).colour;
            fill = mix(base, border, 0.16);
            width = 2;
        }
        break;
    case NodeKind::Operation:
    case NodeKind::TaskDefinition:
        if (verdictColour(m_node.verdict).isValid()) {
            border = verdictColour(m_node.verdict);
            width = 2;
        }
        break;
    case NodeKind::Service: fill = mix(base, text, 0.09); break;
    case NodeKind::Actor: break;
    }
    if (m_node.missing) {
        border = m_node.verdict == Severity::Error ? statusColour(Status::MissingRole) : mix(base, text, 0.45);
        fill = mix(base, border, 0.10);
        style = Qt::DashLine;
        width = 2;
    }
    if (option->state & QStyle::State_Selected) {
        border = pal.color(QPalette::Highlight);
        width = 3;
    }
    const double zoom = zoomOf(this, option, painter);
    const bool detailed = zoom >= kDetailZoom;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen pen(border, width, style);
    painter->setPen(pen);
    painter->setBrush(fill);
    if (!detailed) {
        painter->drawRect(r);
        return;
    }
    const double radius = m_node.kind == NodeKind::Service ? m_node.height / 2 : 6;
    painter->drawRoundedRect(r, radius, radius);

    // The lines centred in the box: the title's (12 px, 16 apart), then the sublabel's (10 px, 12 apart).
    if (m_titleScale < 1) {
        painter->save();
        painter->translate(r.center());
        painter->scale(m_titleScale, m_titleScale);
        painter->translate(-r.center());
    }
    const double block = 16.0 * double(m_titleLines.size()) + 12.0 * double(m_subtitleLines.size());
    double y = (m_node.height - block) / 2;
    painter->setFont(labelFont(12, m_node.kind != NodeKind::Service));
    painter->setPen(text);
    const double left = -m_node.width; // lines may use the whole box (and, scaled, beyond its padding)
    for (const QString &line : std::as_const(m_titleLines)) {
        painter->drawText(QRectF(left, y, 3 * m_node.width, 16), Qt::AlignCenter, line);
        y += 16;
    }
    painter->setFont(labelFont(10, false));
    QColor sub = mix(base, text, 0.6);
    if (m_node.verdict == Severity::Error)
        sub = readableOn(statusColour(Status::MissingRole), fill); // readable in dark palettes too
    painter->setPen(sub);
    for (const QString &line : std::as_const(m_subtitleLines)) {
        painter->drawText(QRectF(left, y, 3 * m_node.width, 12), Qt::AlignCenter, line);
        y += 12;
    }
    if (m_titleScale < 1)
        painter->restore();
}

EdgeItem::EdgeItem(const GraphEdge &edge, const NodeItem *from, const NodeItem *to) : m_edge(edge)
{
    const GraphNode &a = from->node();
    const GraphNode &b = to->node();
    const QPointF start(a.x + a.width, a.y + a.height / 2);
    const QPointF end(b.x, b.y + b.height / 2);
    const double dx = std::max(40.0, (end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end - QPointF(6, 0));
    setPath(path);
    m_arrow << end << end + QPointF(-8, -4) << end + QPointF(-8, 4);
    m_labelAt = path.pointAtPercent(0.5);
    setZValue(0);
    setToolTip(QString::fromStdString(edge.label));
}

QRectF EdgeItem::boundingRect() const
{
    // The curve, its arrowhead and its label, which may stick out of the curve's control points.
    return path().controlPointRect().united(m_arrow.boundingRect()).adjusted(-40, -10, 40, 10);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double zoom = zoomOf(this, option, painter);
    const bool detailed = zoom >= kDetailZoom;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor colour = m_edge.role ? roleStyle(*m_edge.role).colour : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.4);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen pen(colour, m_edge.role ? 2.2 : 1.4, m_edge.dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    if (!detailed)
        return; // arrowheads and labels would be specks
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
    if (!m_edge.label.empty()) {
        painter->setFont(labelFont(10, false, true));
        const QString label = QString::fromStdString(m_edge.label);
        QRectF box = painter->fontMetrics().boundingRect(label);
        box.moveCenter(m_labelAt);
        box.adjust(-3, -1, 3, 1);
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(colour);
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace rolemap
