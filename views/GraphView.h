#pragma once
// The graph's viewport: zoom (Ctrl+wheel, zoomIn/zoomOut), pan by dragging, fit to the window.

#include <QGraphicsView>

namespace rolemap {

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void fitAll();
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void zoomBy(double factor);

    bool m_autoFit = true; // until the user zooms, the graph follows the window's size
};

} // namespace rolemap
