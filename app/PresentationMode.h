// SPDX-License-Identifier: Apache-2.0
#pragma once
// Presentation: the graph alone, full screen, with the walkthrough as a large caption under it when
// it is open. Leaving restores the window exactly as it was: docks, their sizes, toolbars, the
// window's geometry and whether it was maximised.

#include <QByteArray>
#include <QObject>

class QMainWindow;

namespace rolemap {

class GraphView;
class MainDocks;

class PresentationMode : public QObject
{
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, MainDocks *docks, GraphView *view);

    void setOn(bool on);
    bool isOn() const { return m_on; }

signals:
    void toggled(bool on);

private:
    QMainWindow *m_window;
    MainDocks *m_docks;
    GraphView *m_view;
    bool m_on = false;
    QByteArray m_stateBefore;    // the docks and toolbars before presenting
    QByteArray m_geometryBefore; // and the window's place and size
    bool m_wasMaximized = false;
};

} // namespace rolemap
