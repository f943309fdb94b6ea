#include "GraphView.h"

#include <QWheelEvent>

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
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0) // never blow a small graph up past its natural size
        setTransform(QTransform());
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
