#include "GraphText.h"

#include "RolePalette.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace rolemap {

namespace {

std::string quoted(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::string hex(const QColor &c)
{
    return c.name().toStdString();
}

std::string labelOf(const GraphNode &n, const char *newline)
{
    return n.sublabel.empty() ? n.label : n.label + newline + n.sublabel;
}

} // namespace

std::string graphToDot(const Graph &graph)
{
    std::string out = "digraph rolemap {\n";
    out += "  graph [rankdir=LR, label=" + quoted(graph.title) + ", labelloc=t, fontname=\"Helvetica\", fontsize=16, nodesep=0.25, ranksep=0.9];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.4];\n";
    out += "  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.6, arrowsize=0.7];\n";
    std::map<int, std::vector<const GraphNode *>> columns;
    for (const GraphNode &n : graph.nodes)
        columns[n.column].push_back(&n);
    for (const auto &[column, nodes] : columns) {
        out += "  { rank=same;";
        for (const GraphNode *n : nodes)
            out += ' ' + quoted(n->id) + ';';
        out += " }\n";
    }
    for (const GraphNode &n : graph.nodes) {
        const ShapeStyle s = nodeStyle(n);
        std::string style = n.kind == NodeKind::Service ? "rounded,filled" : "rounded,filled";
        if (s.dashed)
            style += ",dashed";
        out += "  " + quoted(n.id) + " [label=" + quoted(labelOf(n, "\n")) + ", color=\"" + hex(s.stroke) + "\", fillcolor=\""
            + hex(s.fill) + "\", style=\"" + style + "\"";
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
    out += "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#cccccc\";\n";
    out += "    legend [shape=none, margin=0, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\">";
    for (const LegendEntry &l : legendEntries()) {
        const char *line = l.kind == LegendEntry::Kind::Role ? "&#9473;&#9473;&#9473;" : "&#9476;&#9476;&#9476;";
        out += "<TR><TD><FONT COLOR=\"" + hex(l.colour) + "\">" + line + "</FONT></TD><TD ALIGN=\"LEFT\">"
            + l.label.toHtmlEscaped().toStdString() + "</TD></TR>";
    }
    out += "</TABLE>>];\n";
    out += "  }\n}\n";
    return out;
}

std::string graphToMermaid(const Graph &graph)
{
    auto escape = [](const std::string &s) {
        std::string out;
        for (char c : s)
            out += c == '"' ? std::string("#quot;") : std::string(1, c);
        return out;
    };
    std::map<std::string, std::string> ids;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        ids[graph.nodes[i].id] = "n" + std::to_string(i);
    std::string out = "---\ntitle: " + escape(graph.title) + "\n---\nflowchart LR\n";
    std::map<int, std::vector<size_t>> columns;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        columns[graph.nodes[i].column].push_back(i);
    for (const auto &[column, members] : columns) {
        out += "  subgraph column" + std::to_string(column) + "[\" \"]\n    direction TB\n";
        for (size_t i : members) {
            const GraphNode &n = graph.nodes[i];
            const std::string text = escape(labelOf(n, "<br/>"));
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
        out += "  style " + ids[n.id] + " fill:" + hex(s.fill) + ",stroke:" + hex(s.stroke) + ",stroke-width:2px"
            + (s.dashed ? ",stroke-dasharray:5 3" : "") + '\n';
    }
    out += "  subgraph legend[\"Legend\"]\n    direction TB\n";
    int i = 0;
    for (const LegendEntry &l : legendEntries())
        out += "    legend" + std::to_string(i++) + "[\"" + escape(l.label.toStdString()) + "\"]\n";
    out += "  end\n";
    i = 0;
    for (const LegendEntry &l : legendEntries())
        out += "  style legend" + std::to_string(i++) + " fill:#ffffff,stroke:" + hex(l.colour) + ",stroke-width:2px"
            + (l.kind == LegendEntry::Kind::Role ? "" : ",stroke-dasharray:5 3") + '\n';
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
    w.writeAttribute(QStringLiteral("name"), QString::fromStdString(graph.title));
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
    w.writeAttribute(QStringLiteral("value"), QString::fromStdString(graph.title));
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
        QString value = QStringLiteral("<b>%1</b>").arg(QString::fromStdString(n.label).toHtmlEscaped());
        if (!n.sublabel.empty())
            value += QStringLiteral("<br><font style=\"font-size:9px\" color=\"#666666\">%1</font>").arg(QString::fromStdString(n.sublabel).toHtmlEscaped());
        w.writeAttribute(QStringLiteral("value"), value);
        if (!n.tooltip.empty())
            w.writeAttribute(QStringLiteral("tooltip"), QString::fromStdString(n.tooltip));
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
            w.writeAttribute(QStringLiteral("value"), QString::fromStdString(edge.label));
        w.writeAttribute(QStringLiteral("style"), QStringLiteral("curved=1;endArrow=classic;html=1;fontSize=9;strokeWidth=2;strokeColor=%1;fontColor=%1;%2")
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
        w.writeAttribute(QStringLiteral("style"), QStringLiteral("rounded=1;html=1;fontSize=10;fillColor=#ffffff;strokeWidth=2;strokeColor=%1;%2")
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
