// SPDX-License-Identifier: Apache-2.0
#include "GraphView.h"

#include "GraphItems.h"
#include "document/Document.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QWheelEvent>

#include <algorithm>

namespace rolemap {

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Role graph"));
}

void GraphView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.05 || next > 8)
        return;
    m_autoFit = false;
    scale(factor, factor);
}

void GraphView::zoomIn()
{
    zoomBy(1.25);
}

void GraphView::zoomOut()
{
    zoomBy(0.8);
}

void GraphView::fitAll()
{
    m_autoFit = true;
    if (!scene())
        return;
    const QRectF graph = scene()->sceneRect();
    const QRectF view = viewport()->rect().adjusted(4, 4, -4, -4);
    if (graph.isEmpty() || view.isEmpty())
        return;
    // The whole graph when it fits at a readable size (never blown up past its natural size);
    // otherwise the readable size, and the user scrolls: node titles (12 px) stay 11 px or more.
    const double fit = std::min(view.width() / graph.width(), view.height() / graph.height());
    const double z = std::clamp(fit, kReadableZoom, 1.0);
    setTransform(QTransform::fromScale(z, z));
    if (fit >= kReadableZoom) {
        centerOn(graph.center());
    } else {
        // Start where the graph starts: who acts, on the left, and the top rows.
        const QSizeF shown(view.width() / z, view.height() / z);
        centerOn(graph.left() + std::min(graph.width(), shown.width()) / 2, graph.top() + std::min(graph.height(), shown.height()) / 2);
    }
}

void GraphView::enableDrops(Document *document, ViewContext *context)
{
    m_document = document;
    m_context = context;
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
}

bool GraphView::judgeDrop(QDropEvent *event, bool perform)
{
    if (!m_document || !m_context)
        return false;
    DropTarget target;
    target.kind = DropTarget::Kind::TaskDefinition;
    target.taskDefinition = m_context->taskDefinition();
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        const auto *node = qgraphicsitem_cast<NodeItem *>(item);
        if (!node)
            continue;
        const GraphNode &n = node->node();
        if (!n.container.empty() && target.taskDefinition >= 0) {
            const auto &containers = m_document->taskDefinition(target.taskDefinition).containers;
            for (size_t i = 0; i < containers.size(); ++i)
                if (containers[i].name == n.container) {
                    target.kind = DropTarget::Kind::Container;
                    target.container = int(i);
                }
        } else if (!n.taskDefinition.empty()) {
            for (int i = 0; i < m_document->taskDefinitionCount(); ++i)
                if (m_document->taskDefinition(i).label() == n.taskDefinition)
                    target.taskDefinition = i;
        }
        break;
    }
    const Qt::DropAction action = (event->modifiers() & Qt::ControlModifier) ? Qt::CopyAction : Qt::MoveAction;
    const QString refusal = m_document->dropRefusal(event->mimeData(), target, action);
    emit dropVerdict(refusal);
    if (!refusal.isEmpty())
        return false;
    return !perform || m_document->drop(event->mimeData(), target, action);
}

void GraphView::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_document && (mime->hasFormat(kBlockMimeType) || mime->hasFormat(kContainerMimeType) || mime->hasFormat(kTaskDefinitionMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dragMoveEvent(QDragMoveEvent *event)
{
    if (judgeDrop(event, false))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dropEvent(QDropEvent *event)
{
    if (judgeDrop(event, true))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace rolemap
