// SPDX-License-Identifier: Apache-2.0
#include "StartupTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace rolemap::startup {

namespace {

bool tracing()
{
    static const bool on = !qEnvironmentVariableIsEmpty("ROLEMAP_STARTUP_TRACE");
    return on;
}

// Sees the widget's first Paint event; the window's frame is flushed once control is back in the
// event loop, so the mark is taken from a zero timer queued behind it.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                mark("first-paint");
                if (qgetenv("ROLEMAP_STARTUP_TRACE") == "quit")
                    QCoreApplication::exit(0);
                deleteLater();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

void mark(const char *stage)
{
    if (!tracing())
        return;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    std::printf("startup %s %.3f\n", stage, double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6);
    std::fflush(stdout);
}

void watchFirstPaint(QWidget *widget)
{
    if (tracing())
        widget->installEventFilter(new FirstPaint(widget));
}

} // namespace rolemap::startup
