#pragma once
// One colour and line style per role kind, shared by every view, the legend and every export, so a
// role looks the same wherever it appears.

#include "Vocabulary.h"

#include <QColor>
#include <QString>

namespace rolemap {

struct RoleStyle
{
    QColor colour;
    bool dashed = false;
};

RoleStyle roleStyle(RoleKind kind);
QColor statusColour(Status status);

} // namespace rolemap
