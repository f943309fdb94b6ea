// SPDX-License-Identifier: Apache-2.0
#pragma once
// Aligned plain-text tables for the terminal, measuring width in terminal cells (CJK counts two),
// with optional ANSI colour per cell that does not disturb the alignment.

#include <string>
#include <string_view>
#include <vector>

namespace rolemap {

// Width of UTF-8 text in terminal cells.
size_t displayWidth(std::string_view utf8);

class TextTable
{
public:
    explicit TextTable(std::vector<std::string> headers);
    // `colours` holds an ANSI SGR code ("31", "1;33") or "" per cell; it may be shorter than `cells`.
    void addRow(std::vector<std::string> cells, std::vector<std::string> colours = {});
    // Every line starts with `indent`; colours are written only when `colour` is true.
    std::string render(const std::string &indent, bool colour) const;

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::vector<std::string>> m_colours;
};

// "label: " padded with spaces so that the values after them line up, whatever the characters' widths.
std::vector<std::string> alignedLabels(const std::vector<std::string> &labels);

std::string ansi(const std::string &code, const std::string &text, bool colour);

} // namespace rolemap
