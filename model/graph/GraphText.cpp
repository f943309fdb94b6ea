// SPDX-License-Identifier: Apache-2.0
#include "graph/GraphText.h"

#include "core/Strings.h"
#include "graph/RolePalette.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdio>
#include <map>

namespace rolemap {

namespace {

struct GraphTextWords
{
    Q_DECLARE_TR_FUNCTIONS(GraphTextWords)
};

// The legend's title, in the interface language (quoted for DOT and Mermaid by the caller).
std::string legendTitle()
{
    return GraphTextWords::tr("Legend").toStdString();
}

std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n') { // our own line breaks in labels; other control characters are dropped
            out += "\\n";
            continue;
        }
        if (isControl(c))
            continue;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// Text for a drawio attribute: XML allows no control characters but tab and line breaks.
QString xmlSafe(const std::string &s)
{
    return QString::fromStdString(withoutXmlControls(s));
}

std::string hex(const QColor &c)
{
    return c.name().toStdString();
}

// The node's text as drawn, line by line: the wrapped label, then the sublabel.
std::vector<std::string> titleLines(const GraphNode &n)
{
    return n.labelLines.empty() ? std::vector<std::string>{n.label} : n.labelLines;
}

std::vector<std::string> subtitleLines(const GraphNode &n)
{
    if (n.sublabel.empty())
        return {};
    return n.sublabelLines.empty() ? std::vector<std::string>{n.sublabel} : n.sublabelLines;
}

std::string joined(const std::vector<std::string> &lines, const std::string &separator)
{
    std::string out;
    for (const std::string &l : lines)
        out += (out.empty() ? std::string() : separator) + l;
    return out;
}

std::string labelOf(const GraphNode &n, const char *newline)
{
    std::vector<std::string> lines = titleLines(n);
    for (const std::string &l : subtitleLines(n))
        lines.push_back(l);
    return joined(lines, newline);
}

// Coordinates with one decimal, whatever their size ("%g" would switch to exponents).
std::string num(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    std::string out(buffer);
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0)
        out.resize(out.size() - 2);
    return out == "-0" ? std::string("0") : out;
}

// The colour of text on a light page, and of secondary text.
const char *kInk = "#1f2328";
const char *kMuted = "#6e7781";

} // namespace

std::string graphToSvg(const Graph &graph, const std::vector<std::string> &headings, const std::string &description)
{
    // Bounds of everything drawn: nodes and frames, with room above for the title and headings and
    // below for the legend.
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    auto grow = [&](double x, double y, double w, double h) {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x + w);
        maxY = std::max(maxY, y + h);
    };
    for (const GraphNode &n : graph.nodes)
        grow(n.x, n.y, n.width, n.height);
    for (const GraphGroup &g : graph.groups)
        if (g.width > 0)
            grow(g.x, g.y, g.width, g.height);
    if (minX > maxX)
        minX = minY = maxX = maxY = 0;
    const std::vector<LegendEntry> legend = legendEntries();
    double legendWidth = 0;
    for (const LegendEntry &l : legend)
        legendWidth += 58 + 7.0 * double(l.label.size());
    const double left = minX - 24, top = minY - 78;
    const double width = std::max(maxX + 24, minX + legendWidth) - left, height = maxY + 64 - top;

    std::string out;
    out.reserve(graph.nodes.size() * 700 + graph.edges.size() * 300 + 4096);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" viewBox=\"" + num(left) + ' ' +
           num(top) + ' ' + num(width) + ' ' + num(height) + "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n";
    out += "<title>" + xmlEscaped(graph.title) + "</title>\n<desc>" + xmlEscaped(description) + "</desc>\n";
    out += "<rect x=\"" + num(left) + "\" y=\"" + num(top) + "\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" fill=\"#ffffff\"/>\n";
    out += "<text x=\"" + num(minX) + "\" y=\"" + num(minY - 48) + "\" font-size=\"16\" font-weight=\"bold\" fill=\"" + kInk + "\">" +
           xmlEscaped(graph.title) + "</text>\n";
    if (graph.groups.empty() && !headings.empty()) {
        std::map<int, double> columnLeft;
        for (const GraphNode &n : graph.nodes) {
            const auto it = columnLeft.find(n.column);
            columnLeft[n.column] = it == columnLeft.end() ? n.x : std::min(it->second, n.x);
        }
        for (const auto &[column, x] : columnLeft)
            if (column >= 0 && size_t(column) < headings.size())
                out += "<text x=\"" + num(x) + "\" y=\"" + num(minY - 18) + "\" font-size=\"11\" fill=\"" + kMuted + "\" letter-spacing=\"0.5\">" +
                       xmlEscaped(headings[size_t(column)]) + "</text>\n";
    }
    for (const GraphGroup &g : graph.groups) {
        if (g.width <= 0)
            continue;
        out += "<rect x=\"" + num(g.x) + "\" y=\"" + num(g.y) + "\" width=\"" + num(g.width) + "\" height=\"" + num(g.height) +
               "\" rx=\"4\" fill=\"none\" stroke=\"#c8c8c8\"/>\n";
        out += "<text x=\"" + num(g.x + 10) + "\" y=\"" + num(g.y + 21) + "\" font-size=\"13\" font-weight=\"bold\" fill=\"" + kInk + "\">" +
               xmlEscaped(g.title) + "</text>\n";
    }

    // Edges first, under the nodes: the curve, the arrowhead and the label, as the window draws them.
    std::map<std::string, const GraphNode *> byId;
    for (const GraphNode &n : graph.nodes)
        byId.emplace(n.id, &n);
    for (const GraphEdge &e : graph.edges) {
        const auto from = byId.find(e.from), to = byId.find(e.to);
        if (from == byId.end() || to == byId.end())
            continue;
        const GraphNode &a = *from->second, &b = *to->second;
        const ShapeStyle s = edgeStyle(e);
        const double x0 = a.x + a.width, y0 = a.y + a.height / 2, x3 = b.x, y3 = b.y + b.height / 2;
        const double dx = std::max(40.0, (x3 - x0) / 2);
        const double x1 = x0 + dx, x2 = x3 - dx, xe = x3 - 6;
        out += "<path d=\"M" + num(x0) + ' ' + num(y0) + " C" + num(x1) + ' ' + num(y0) + ' ' + num(x2) + ' ' + num(y3) + ' ' + num(xe) + ' ' +
               num(y3) + "\" fill=\"none\" stroke=\"" + hex(s.stroke) + "\" stroke-width=\"" + (e.role ? "2.2" : "1.4") +
               "\" stroke-linecap=\"round\"" + (s.dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
        out += "<polygon points=\"" + num(x3) + ',' + num(y3) + ' ' + num(x3 - 8) + ',' + num(y3 - 4) + ' ' + num(x3 - 8) + ',' + num(y3 + 4) +
               "\" fill=\"" + hex(s.stroke) + "\"/>\n";
        if (!e.label.empty()) {
            // The curve's midpoint: (P0 + 3 P1 + 3 P2 + P3) / 8.
            const double mx = (x0 + 3 * x1 + 3 * x2 + xe) / 8, my = (y0 + 3 * y0 + 3 * y3 + y3) / 8;
            const double w = 6.0 * double(e.label.size()) + 6;
            out +=
                "<rect x=\"" + num(mx - w / 2) + "\" y=\"" + num(my - 7) + "\" width=\"" + num(w) + "\" height=\"14\" rx=\"3\" fill=\"#ffffff\"/>\n";
            out += "<text x=\"" + num(mx) + "\" y=\"" + num(my + 3.5) + "\" font-size=\"10\" font-style=\"italic\" text-anchor=\"middle\" fill=\"" +
                   hex(s.stroke) + "\">" + xmlEscaped(e.label) + "</text>\n";
        }
    }
    for (const GraphNode &n : graph.nodes) {
        const ShapeStyle s = nodeStyle(n);
        const double radius = n.kind == NodeKind::Service ? n.height / 2 : 6;
        const bool strong = n.role || n.missing;
        out += "<rect x=\"" + num(n.x) + "\" y=\"" + num(n.y) + "\" width=\"" + num(n.width) + "\" height=\"" + num(n.height) + "\" rx=\"" +
               num(radius) + "\" fill=\"" + hex(s.fill) + "\" stroke=\"" + hex(s.stroke) + "\" stroke-width=\"" + (strong ? "2" : "1.2") + '"' +
               (s.dashed ? " stroke-dasharray=\"6 4\"" : "") +
               (n.tooltip.empty() ? "/>\n" : "><title>" + xmlEscaped(n.tooltip) + "</title></rect>\n");
        const double cx = n.x + n.width / 2;
        const std::string weight = n.kind == NodeKind::Service ? "normal" : "bold";
        // The lines centred in the box: the title's (12 px, 16 apart), then the sublabel's (10 px, 12 apart).
        const std::vector<std::string> title = titleLines(n);
        const std::vector<std::string> sub = subtitleLines(n);
        const double block = 16.0 * double(title.size()) + 12.0 * double(sub.size());
        double y = n.y + (n.height - block) / 2;
        for (const std::string &line : title) {
            out += "<text x=\"" + num(cx) + "\" y=\"" + num(y + 12) + "\" font-size=\"12\" font-weight=\"" + weight +
                   "\" text-anchor=\"middle\" fill=\"" + kInk + "\">" + xmlEscaped(line) + "</text>\n";
            y += 16;
        }
        const bool alarming = n.verdict == Severity::Error;
        for (const std::string &line : sub) {
            out += "<text x=\"" + num(cx) + "\" y=\"" + num(y + 10) + "\" font-size=\"10\" text-anchor=\"middle\" fill=\"" +
                   (alarming ? hex(statusColour(Status::MissingRole)) : std::string(kMuted)) + "\">" + xmlEscaped(line) + "</text>\n";
            y += 12;
        }
    }

    // The legend, in a row under the drawing.
    double x = minX;
    const double y = maxY + 34;
    for (const LegendEntry &l : legend) {
        const std::string colour = hex(l.colour);
        if (l.kind == LegendEntry::Kind::Missing)
            out += "<rect x=\"" + num(x + 1) + "\" y=\"" + num(y - 7) + "\" width=\"28\" height=\"14\" rx=\"3\" fill=\"none\" stroke=\"" + colour +
                   "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n";
        else
            out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 30) + "\" y2=\"" + num(y) + "\" stroke=\"" + colour +
                   "\" stroke-width=\"2.5\"" + (l.kind == LegendEntry::Kind::Fallback ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
        const std::string label = l.label.toStdString();
        out += "<text x=\"" + num(x + 36) + "\" y=\"" + num(y + 4) + "\" font-size=\"11\" fill=\"" + kInk + "\">" + xmlEscaped(label) + "</text>\n";
        x += 58 + 7.0 * double(l.label.size());
    }
    out += "</svg>\n";
    return out;
}

std::string graphToDot(const Graph &graph)
{
    std::string out = "digraph rolemap {\n";
    out += "  graph [rankdir=LR, label=" + quoted(graph.title) + ", labelloc=t, fontname=\"Helvetica\", fontsize=16, nodesep=0.25, ranksep=0.9];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.4];\n";
    out += "  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.6, arrowsize=0.7];\n";
    // Ranks per column; in a grid of task graphs, per column of each task, inside its cluster.
    std::map<std::pair<int, int>, std::vector<const GraphNode *>> columns;
    for (const GraphNode &n : graph.nodes)
        columns[{n.group, n.column}].push_back(&n);
    int openGroup = -1;
    for (const auto &[key, nodes] : columns) {
        if (key.first != openGroup) {
            if (openGroup >= 0)
                out += "  }\n";
            openGroup = key.first;
            if (openGroup >= 0 && size_t(openGroup) < graph.groups.size())
                out += "  subgraph cluster_" + std::to_string(openGroup) + " {\n    label=" + quoted(graph.groups[size_t(openGroup)].title) +
                       "; color=\"#bbbbbb\";\n";
        }
        out += "  { rank=same;";
        for (const GraphNode *n : nodes)
            out += ' ' + quoted(n->id) + ';';
        out += " }\n";
    }
    if (openGroup >= 0)
        out += "  }\n";
    for (const GraphNode &n : graph.nodes) {
        const ShapeStyle s = nodeStyle(n);
        std::string style = n.kind == NodeKind::Service ? "rounded,filled" : "rounded,filled";
        if (s.dashed)
            style += ",dashed";
        out += "  " + quoted(n.id) + " [label=" + quoted(labelOf(n, "\n")) + ", color=\"" + hex(s.stroke) + "\", fillcolor=\"" + hex(s.fill) +
               "\", style=\"" + style + "\"";
        if (!n.tooltip.empty())
            out += ", tooltip=" + quoted(n.tooltip);
        out += "];\n";
    }
    for (const GraphEdge &e : graph.edges) {
        const ShapeStyle s = edgeStyle(e);
        out += "  " + quoted(e.from) + " -> " + quoted(e.to) + " [color=\"" + hex(s.stroke) + "\"";
        if (s.dashed)
            out += ", style=dashed";
        if (!e.label.empty())
            out += ", label=" + quoted(e.label) + ", fontcolor=\"" + hex(s.stroke) + "\"";
        out += "];\n";
    }
    // The legend: one node with a small table, so it takes little room.
    out += "  subgraph cluster_legend {\n    label=" + quoted(legendTitle()) + "; fontsize=11; color=\"#cccccc\";\n";
    out += "    legend [shape=none, margin=0, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">";
    for (const LegendEntry &l : legendEntries()) {
        const char *line = l.kind == LegendEntry::Kind::Role ? "&#9473;&#9473;&#9473;" : "&#9476;&#9476;&#9476;";
        out += "<TR><TD><FONT COLOR=\"" + hex(l.colour) + "\">" + line + "</FONT></TD><TD ALIGN=\"LEFT\">" + l.label.toHtmlEscaped().toStdString() +
               "</TD></TR>";
    }
    out += "</TABLE>>];\n";
    out += "  }\n}\n";
    return out;
}

std::string graphToMermaid(const Graph &graph)
{
    // Labels are quoted; a line break in a name would end the statement (and could start a new
    // one, "%%{init: …}%%"), so control characters become spaces.
    auto escape = [](const std::string &s) {
        std::string out;
        for (char c : s)
            out += c == '"' ? std::string("#quot;") : isControl(c) ? std::string(" ") : std::string(1, c);
        return out;
    };
    std::map<std::string, std::string> ids;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        ids[graph.nodes[i].id] = "n" + std::to_string(i);
    std::string out = "---\ntitle: " + escape(graph.title) + "\n---\nflowchart LR\n";
    // Subgraphs per column; in a grid of task graphs, one per task definition.
    const bool grouped = !graph.groups.empty();
    std::map<int, std::vector<size_t>> columns;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        columns[grouped ? graph.nodes[i].group : graph.nodes[i].column].push_back(i);
    for (const auto &[column, members] : columns) {
        const bool titled = grouped && column >= 0 && size_t(column) < graph.groups.size();
        out += "  subgraph " + std::string(grouped ? "task" : "column") + std::to_string(column) + "[\"" +
               (titled ? escape(graph.groups[size_t(column)].title) : std::string(" ")) + "\"]\n    direction " + (grouped ? "LR" : "TB") + "\n";
        for (size_t i : members) {
            const GraphNode &n = graph.nodes[i];
            std::vector<std::string> lines;
            for (const std::string &l : titleLines(n))
                lines.push_back(escape(l));
            for (const std::string &l : subtitleLines(n))
                lines.push_back(escape(l));
            const std::string text = joined(lines, "<br/>");
            out += "    " + ids[n.id] + (n.kind == NodeKind::Service ? "([\"" + text + "\"])" : "[\"" + text + "\"]") + '\n';
        }
        out += "  end\n";
    }
    int link = 0;
    std::string linkStyles;
    for (const GraphEdge &e : graph.edges) {
        if (!ids.count(e.from) || !ids.count(e.to))
            continue;
        const ShapeStyle s = edgeStyle(e);
        const std::string arrow = s.dashed ? "-.->" : "-->";
        out += "  " + ids[e.from] + ' ' + arrow + (e.label.empty() ? std::string() : "|" + escape(e.label) + "|") + ' ' + ids[e.to] + '\n';
        linkStyles += "  linkStyle " + std::to_string(link++) + " stroke:" + hex(s.stroke) + ",stroke-width:2px\n";
    }
    out += linkStyles;
    for (const GraphNode &n : graph.nodes) {
        const ShapeStyle s = nodeStyle(n);
        out += "  style " + ids[n.id] + " fill:" + hex(s.fill) + ",stroke:" + hex(s.stroke) + ",stroke-width:2px" +
               (s.dashed ? ",stroke-dasharray:5 3" : "") + '\n';
    }
    out += "  subgraph legend[\"" + escape(legendTitle()) + "\"]\n    direction TB\n";
    int i = 0;
    for (const LegendEntry &l : legendEntries())
        out += "    legend" + std::to_string(i++) + "[\"" + escape(l.label.toStdString()) + "\"]\n";
    out += "  end\n";
    i = 0;
    for (const LegendEntry &l : legendEntries())
        out += "  style legend" + std::to_string(i++) + " fill:#ffffff,stroke:" + hex(l.colour) + ",stroke-width:2px" +
               (l.kind == LegendEntry::Kind::Role ? "" : ",stroke-dasharray:5 3") + '\n';
    return out;
}

std::string graphToDrawio(const Graph &graph)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("mxfile"));
    w.writeAttribute(QStringLiteral("host"), QStringLiteral("Rolemap"));
    w.writeStartElement(QStringLiteral("diagram"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("rolemap"));
    w.writeAttribute(QStringLiteral("name"), xmlSafe(graph.title));
    w.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto &[k, v] : {std::pair{"grid", "1"}, {"gridSize", "10"}, {"guides", "1"}, {"page", "0"}})
        w.writeAttribute(QString::fromLatin1(k), QString::fromLatin1(v));
    w.writeStartElement(QStringLiteral("root"));
    auto cell = [&](const QString &id, const QString &parent) {
        w.writeStartElement(QStringLiteral("mxCell"));
        w.writeAttribute(QStringLiteral("id"), id);
        if (!parent.isEmpty())
            w.writeAttribute(QStringLiteral("parent"), parent);
    };
    cell(QStringLiteral("0"), {});
    w.writeEndElement();
    cell(QStringLiteral("1"), QStringLiteral("0"));
    w.writeEndElement();
    auto geometry = [&](double x, double y, double width, double height) {
        w.writeStartElement(QStringLiteral("mxGeometry"));
        w.writeAttribute(QStringLiteral("x"), QString::number(x));
        w.writeAttribute(QStringLiteral("y"), QString::number(y));
        w.writeAttribute(QStringLiteral("width"), QString::number(width));
        w.writeAttribute(QStringLiteral("height"), QString::number(height));
        w.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        w.writeEndElement();
    };
    // The title above the drawing.
    cell(QStringLiteral("title"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("value"), xmlSafe(graph.title));
    w.writeAttribute(QStringLiteral("style"), QStringLiteral("text;fontSize=16;fontStyle=1;align=left;verticalAlign=middle;"));
    w.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    geometry(24, -60, 600, 30);
    w.writeEndElement();
    std::map<std::string, QString> ids;
    double bottom = 0;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        ids[n.id] = QStringLiteral("n%1").arg(i);
        const ShapeStyle s = nodeStyle(n);
        const QString style = QStringLiteral("rounded=1;arcSize=%1;whiteSpace=wrap;html=1;fontSize=11;strokeWidth=2;strokeColor=%2;fillColor=%3;%4")
                                  .arg(n.kind == NodeKind::Service ? 50 : 14)
                                  .arg(s.stroke.name(), s.fill.name(), s.dashed ? QStringLiteral("dashed=1;") : QString());
        cell(ids[n.id], QStringLiteral("1"));
        auto html = [](const std::vector<std::string> &lines) {
            QStringList out;
            for (const std::string &l : lines)
                out << xmlSafe(l).toHtmlEscaped();
            return out.join(QStringLiteral("<br>"));
        };
        QString value = QStringLiteral("<b>%1</b>").arg(html(titleLines(n)));
        if (!n.sublabel.empty())
            value += QStringLiteral("<br><font style=\"font-size:9px\" color=\"#666666\">%1</font>").arg(html(subtitleLines(n)));
        w.writeAttribute(QStringLiteral("value"), value);
        if (!n.tooltip.empty())
            w.writeAttribute(QStringLiteral("tooltip"), xmlSafe(n.tooltip));
        w.writeAttribute(QStringLiteral("style"), style);
        w.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        geometry(n.x, n.y, n.width, n.height);
        w.writeEndElement();
        bottom = std::max(bottom, n.y + n.height);
    }
    int e = 0;
    for (const GraphEdge &edge : graph.edges) {
        if (!ids.count(edge.from) || !ids.count(edge.to))
            continue;
        const ShapeStyle s = edgeStyle(edge);
        cell(QStringLiteral("e%1").arg(e++), QStringLiteral("1"));
        if (!edge.label.empty())
            w.writeAttribute(QStringLiteral("value"), xmlSafe(edge.label));
        w.writeAttribute(QStringLiteral("style"),
                         QStringLiteral("curved=1;endArrow=classic;html=1;fontSize=9;strokeWidth=2;strokeColor=%1;fontColor=%1;%2")
                             .arg(s.stroke.name(), s.dashed ? QStringLiteral("dashed=1;") : QString()));
        w.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("source"), ids[edge.from]);
        w.writeAttribute(QStringLiteral("target"), ids[edge.to]);
        w.writeStartElement(QStringLiteral("mxGeometry"));
        w.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        w.writeEndElement();
        w.writeEndElement();
    }
    // The legend below the drawing.
    double x = 24;
    int l = 0;
    for (const LegendEntry &entry : legendEntries()) {
        cell(QStringLiteral("legend%1").arg(l++), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("value"), entry.label);
        w.writeAttribute(QStringLiteral("style"),
                         QStringLiteral("rounded=1;html=1;fontSize=10;fillColor=#ffffff;strokeWidth=2;strokeColor=%1;%2")
                             .arg(entry.colour.name(), entry.kind == LegendEntry::Kind::Role ? QString() : QStringLiteral("dashed=1;")));
        w.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        const double width = 24 + 6.5 * entry.label.size();
        geometry(x, bottom + 30, width, 22);
        w.writeEndElement();
        x += width + 12;
    }
    w.writeEndElement(); // root
    w.writeEndElement(); // mxGraphModel
    w.writeEndElement(); // diagram
    w.writeEndElement(); // mxfile
    w.writeEndDocument();
    return xml.toStdString();
}

} // namespace rolemap
