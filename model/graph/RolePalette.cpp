// SPDX-License-Identifier: Apache-2.0
#include "graph/RolePalette.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

#include "core/Translation.h"
#include "rules/RulesCatalog.h"

#include <QCoreApplication>

#include "graph/Graph.h"

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

QColor verdictColour(std::optional<Severity> verdict)
{
    if (verdict == Severity::Error)
        return statusColour(Status::MissingRole);
    if (verdict == Severity::Warning)
        return statusColour(Status::Conditional);
    return {};
}

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    if (!colour.isValid() || contrastRatio(colour, background) >= minimum)
        return colour;
    const QColor target = luminance(background) < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor c = QColor::fromRgbF(float(colour.redF() + (target.redF() - colour.redF()) * t),
                                          float(colour.greenF() + (target.greenF() - colour.greenF()) * t),
                                          float(colour.blueF() + (target.blueF() - colour.blueF()) * t));
        if (contrastRatio(c, background) >= minimum)
            return c;
    }
    return target;
}

QColor onScreen(const QColor &colour)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return colour;
    return readableOn(colour, QGuiApplication::palette().color(QPalette::Base));
}

} // namespace rolemap

namespace rolemap {

namespace {

QColor tint(const QColor &c, double amount)
{
    return QColor::fromRgbF(float(1 - (1 - c.redF()) * amount), float(1 - (1 - c.greenF()) * amount), float(1 - (1 - c.blueF()) * amount));
}

} // namespace

ShapeStyle nodeStyle(const GraphNode &node)
{
    ShapeStyle s{QColor(0x5f, 0x6b, 0x76), QColor(0xfb, 0xfb, 0xfb), false};
    if (node.kind == NodeKind::Service)
        s.fill = QColor(0xee, 0xee, 0xee);
    if (node.kind == NodeKind::Role && node.role) {
        s.stroke = roleStyle(*node.role).colour;
        s.fill = tint(s.stroke, 0.16);
    }
    if (node.kind != NodeKind::Role && verdictColour(node.verdict).isValid())
        s.stroke = verdictColour(node.verdict);
    if (node.missing) {
        // A role that is not set: red when that makes the task fail, else only dashed.
        s.stroke = node.verdict == Severity::Error ? statusColour(Status::MissingRole) : QColor(0x5f, 0x6b, 0x76);
        s.fill = tint(s.stroke, 0.10);
        s.dashed = true;
    }
    return s;
}

ShapeStyle edgeStyle(const GraphEdge &edge)
{
    return {edge.role ? roleStyle(*edge.role).colour : QColor(0x88, 0x88, 0x88), QColor(), edge.dashed};
}

std::vector<LegendEntry> legendEntries()
{
    // In the interface language: the role titles are the catalog's, the rest translated.
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    auto title = [&](RoleKind k) { return QString::fromStdString(catalog.roleKind(k).title.in(currentLanguage())); };
    return {
        {title(RoleKind::Instance), roleStyle(RoleKind::Instance).colour, LegendEntry::Kind::Role},
        {title(RoleKind::Execution), roleStyle(RoleKind::Execution).colour, LegendEntry::Kind::Role},
        {title(RoleKind::Task), roleStyle(RoleKind::Task).colour, LegendEntry::Kind::Role},
        {title(RoleKind::Infrastructure), roleStyle(RoleKind::Infrastructure).colour, LegendEntry::Kind::Role},
        {title(RoleKind::ServiceLinked), roleStyle(RoleKind::ServiceLinked).colour, LegendEntry::Kind::Role},
        {QCoreApplication::translate("Legend", "fallback"), QColor(0x88, 0x88, 0x88), LegendEntry::Kind::Fallback},
        {QCoreApplication::translate("Legend", "missing role"), statusColour(Status::MissingRole), LegendEntry::Kind::Missing},
    };
}

} // namespace rolemap
