// SPDX-License-Identifier: Apache-2.0
#include "graph/Graph.h"

#include <algorithm>

namespace rolemap {

namespace {

constexpr double kLineUnits = 30; // a comfortable line: about 30 narrow characters
constexpr size_t kMaxLines = 3;
constexpr double kUnitWidth = 8.0; // pixels per unit at the 12 px bold title font, with room to spare
constexpr double kPadding = 28;
constexpr double kMinWidth = 120;

size_t charLength(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

double unitsOfChar(size_t length)
{
    return length >= 3 ? 1.8 : 1.0;
}

// Text width in "narrow character" units, estimated without fonts so that graphs can be built and
// laid out headless: CJK and other wide characters count about twice.
double textUnits(const std::string &text)
{
    double units = 0;
    for (size_t i = 0; i < text.size();) {
        const size_t length = charLength(static_cast<unsigned char>(text[i]));
        units += unitsOfChar(length);
        i += length;
    }
    return units;
}

// The lines of `text` within `maxUnits`, breaking at spaces, and for text without spaces (CJK,
// ARNs) at any character.
std::vector<std::string> wrapText(const std::string &text, double maxUnits)
{
    std::vector<std::string> lines;
    std::string line;
    double lineUnits = 0;
    size_t i = 0;
    while (i < text.size()) {
        // The next word, with the space before it.
        size_t end = i;
        double units = 0;
        while (end < text.size() && text[end] != ' ') {
            const size_t length = charLength(static_cast<unsigned char>(text[end]));
            const double w = unitsOfChar(length);
            // A word longer than a line (an ARN, a CJK sentence) breaks where the line is full.
            if (units + w > maxUnits && units > 0)
                break;
            units += w;
            end += length;
        }
        const std::string word = text.substr(i, end - i);
        const bool space = !line.empty();
        if (!line.empty() && lineUnits + (space ? 1 : 0) + units > maxUnits) {
            lines.push_back(line);
            line.clear();
            lineUnits = 0;
        }
        if (!line.empty()) {
            line += ' ';
            lineUnits += 1;
        }
        line += word;
        lineUnits += units;
        i = end;
        while (i < text.size() && text[i] == ' ')
            ++i;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

} // namespace

void fitNodeText(GraphNode &node)
{
    // Three lines at most: a longer label gets a wider box instead of a fourth line.
    const double total = std::max(textUnits(node.label), textUnits(node.sublabel));
    double lineUnits = std::max(kLineUnits, total / double(kMaxLines) + 2);
    node.labelLines = wrapText(node.label, lineUnits);
    while (node.labelLines.size() > kMaxLines) {
        lineUnits += 4;
        node.labelLines = wrapText(node.label, lineUnits);
    }
    node.sublabelLines = node.sublabel.empty() ? std::vector<std::string>{} : wrapText(node.sublabel, lineUnits * 1.2);
    double widest = 0;
    for (const std::string &l : node.labelLines)
        widest = std::max(widest, textUnits(l));
    for (const std::string &l : node.sublabelLines)
        widest = std::max(widest, textUnits(l) * 0.85); // the sublabel's font is smaller
    node.width = std::max(kMinWidth, widest * kUnitWidth + kPadding);
    node.height = 18 + 16.0 * double(std::max<size_t>(1, node.labelLines.size())) + 12.0 * double(node.sublabelLines.size());
}

void rewrapNodeText(GraphNode &node)
{
    const double units = std::max(1.0, (node.width - kPadding) / kUnitWidth);
    node.labelLines = wrapText(node.label, units);
    node.sublabelLines = node.sublabel.empty() ? std::vector<std::string>{} : wrapText(node.sublabel, units / 0.85);
}

int Graph::indexOf(const std::string &id) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return int(i);
    return -1;
}

int Graph::columnCount() const
{
    int columns = 0;
    for (const GraphNode &n : nodes)
        columns = std::max(columns, n.column + 1);
    return columns;
}

} // namespace rolemap
