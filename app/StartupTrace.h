// SPDX-License-Identifier: Apache-2.0
#pragma once
// Start-up timing for bench/startup.sh. With ROLEMAP_STARTUP_TRACE set, the program prints the
// wall-clock time (CLOCK_REALTIME, in ms) at which each stage ended, so a script that notes the
// time before it starts the program can measure from exec, dynamic loading included. The value
// "quit" ends the program after the window's first paint.

class QWidget;

namespace rolemap::startup {

// Prints "startup <stage> <realtime ms>" when tracing is on.
void mark(const char *stage);
// Marks "first-paint" once `widget` has painted and its frame has been flushed.
void watchFirstPaint(QWidget *widget);

} // namespace rolemap::startup
