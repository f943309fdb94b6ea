// SPDX-License-Identifier: Apache-2.0
#pragma once
// The graph's viewport: zoom (Ctrl+wheel, zoomIn/zoomOut), pan by dragging, fit to the window.

#include <QGraphicsView>

namespace rolemap {

class Document;
class ViewContext;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    // The whole graph, unless that would draw node titles under 11 px: then as large as that, scrolled
    // to the graph's start.
    void fitAll();
    static constexpr double kReadableZoom = 11.0 / 12.0;
    double zoom() const { return transform().m11(); }

    // Accept drops of blocks, roles and containers onto the graph: on a container's node they go to
    // that container, anywhere else to the task definition shown (or the task node under the cursor).
    void enableDrops(Document *document, ViewContext *context);

signals:
    // While dragging: empty when the drop would be taken, else why not (for the status bar).
    void dropVerdict(const QString &refusal);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void zoomBy(double factor);
    bool judgeDrop(QDropEvent *event, bool perform);

    Document *m_document = nullptr;
    ViewContext *m_context = nullptr;

    bool m_autoFit = true; // until the user zooms, the graph follows the window's size
};

} // namespace rolemap
