// SPDX-License-Identifier: Apache-2.0
#pragma once
// The icons under :/icons/, one shared QIcon each. A QIcon made from an SVG file parses the file
// when it is first drawn and keeps its rendered pixmaps; models hand out the same instance for
// every row, so a table of thousands of rows parses and renders each icon once (GUI thread only).

#include <QIcon>
#include <QStringView>

namespace rolemap {

// :/icons/<name>.svg
QIcon resourceIcon(QStringView name);

} // namespace rolemap
