#include "RolePalette.h"

namespace rolemap {

// Colours from the Okabe–Ito palette, which stays distinguishable for the common colour-vision deficiencies.
RoleStyle roleStyle(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Instance: return {QColor(0xE6, 0x9F, 0x00), false};       // orange
    case RoleKind::Execution: return {QColor(0x00, 0x72, 0xB2), false};      // blue
    case RoleKind::Task: return {QColor(0x00, 0x9E, 0x73), false};           // bluish green
    case RoleKind::Infrastructure: return {QColor(0xCC, 0x79, 0xA7), false}; // reddish purple
    case RoleKind::ServiceLinked: return {QColor(0x56, 0xB4, 0xE9), false};  // sky blue
    case RoleKind::AwsManaged: return {QColor(0x99, 0x99, 0x99), true};      // grey
    }
    return {};
}

QColor statusColour(Status status)
{
    switch (status) {
    case Status::Ok: return QColor(0x1B, 0x7F, 0x3B);
    case Status::Unverified: return QColor(0x55, 0x6B, 0x7A);
    case Status::AwsManaged: return QColor(0x77, 0x77, 0x77);
    case Status::Conditional: return QColor(0xB2, 0x6B, 0x00);
    default: return QColor(0xC6, 0x28, 0x28);
    }
}

} // namespace rolemap
