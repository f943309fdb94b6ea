// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's colours: the desktop's own ("system"), or Qt's Fusion style in a light or a dark
// palette, for desktops whose Qt does not follow their dark mode.

#include <QString>

namespace rolemap {

// "system", "light" or "dark"; anything else is "system".
void applyAppearance(const QString &setting);

} // namespace rolemap
