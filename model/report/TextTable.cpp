// SPDX-License-Identifier: Apache-2.0
#include "report/TextTable.h"

#include <algorithm>

#include "core/Strings.h"

namespace rolemap {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

} // namespace

size_t displayWidth(std::string_view s)
{
    size_t width = 0;
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        char32_t c = b;
        size_t len = 1;
        if (b >= 0xF0 && i + 3 < s.size() + 0) {
            c = char32_t(b & 0x07) << 18 | char32_t(s[i + 1] & 0x3F) << 12 | char32_t(s[i + 2] & 0x3F) << 6 | char32_t(s[i + 3] & 0x3F);
            len = 4;
        } else if (b >= 0xE0 && i + 2 < s.size()) {
            c = char32_t(b & 0x0F) << 12 | char32_t(s[i + 1] & 0x3F) << 6 | char32_t(s[i + 2] & 0x3F);
            len = 3;
        } else if (b >= 0xC0 && i + 1 < s.size()) {
            c = char32_t(b & 0x1F) << 6 | char32_t(s[i + 1] & 0x3F);
            len = 2;
        }
        width += isWide(c) ? 2 : 1;
        i += len;
    }
    return width;
}

std::vector<std::string> alignedLabels(const std::vector<std::string> &labels)
{
    size_t width = 0;
    for (const std::string &l : labels)
        width = std::max(width, displayWidth(l));
    std::vector<std::string> out;
    for (const std::string &l : labels)
        out.push_back(l + std::string(width - displayWidth(l) + 1, ' '));
    return out;
}

std::string ansi(const std::string &code, const std::string &text, bool colour)
{
    if (!colour || code.empty())
        return text;
    return "\x1b[" + code + 'm' + text + "\x1b[0m";
}

TextTable::TextTable(std::vector<std::string> headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(std::vector<std::string> cells, std::vector<std::string> colours)
{
    cells.resize(m_headers.size());
    for (std::string &cell : cells)
        cell = visibleText(cell);
    colours.resize(m_headers.size());
    m_rows.push_back(std::move(cells));
    m_colours.push_back(std::move(colours));
}

std::string TextTable::render(const std::string &indent, bool colour) const
{
    std::vector<size_t> widths(m_headers.size());
    for (size_t c = 0; c < m_headers.size(); ++c) {
        widths[c] = displayWidth(m_headers[c]);
        for (const auto &row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    auto line = [&](const std::vector<std::string> &cells, const std::vector<std::string> &colours) {
        std::string out = indent;
        for (size_t c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            out += ansi(colours[c], cells[c], colour); // cells are made visible in addRow
            if (!last)
                out += std::string(widths[c] - displayWidth(cells[c]) + 2, ' ');
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + '\n';
    };
    std::string out = line(m_headers, std::vector<std::string>(m_headers.size(), colour ? "1" : ""));
    for (size_t r = 0; r < m_rows.size(); ++r)
        out += line(m_rows[r], m_colours[r]);
    return out;
}

} // namespace rolemap
