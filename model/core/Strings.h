// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small text helpers shared by the engine and its reports.

#include <string>
#include <vector>

namespace rolemap {

// "a, b, c" (or with another separator).
inline std::string joinStrings(const std::vector<std::string> &items, const char *separator = ", ")
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// A control character (C0 or DEL) that a terminal would act on.
inline bool isControl(char c)
{
    return (static_cast<unsigned char>(c) < 0x20) || c == 0x7f;
}

// Text for a terminal or a plain-text report: control characters shown as \xNN instead of acting
// (a name holding ESC [2K or CR could erase the line that reports it).
inline std::string visibleText(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    static const char *hex = "0123456789ABCDEF";
    for (char c : s) {
        if (!isControl(c)) {
            out += c;
            continue;
        }
        const auto b = static_cast<unsigned char>(c);
        out += "\\x";
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

// The text less the control characters XML does not allow (all but tab and line breaks).
inline std::string withoutXmlControls(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (!isControl(c) || c == '\t' || c == '\n' || c == '\r')
            out += c;
    return out;
}

// Text safe inside XML or HTML elements and attribute values. Control characters other than tab
// and line breaks are not allowed in XML at all: they are dropped.
inline std::string xmlEscaped(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (isControl(c) && c != '\t' && c != '\n' && c != '\r')
            continue;
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// Text for a Markdown table cell or line: '|' escaped, a line break as <br>, and HTML escaped
// (renderers pass it through, so a name could otherwise become markup); other control characters
// shown as \xNN.
inline std::string markdownCell(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '|': out += "\\|"; break;
        case '\n': out += "<br>"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        default: out += isControl(c) ? visibleText(std::string(1, c)) : std::string(1, c);
        }
    }
    return out;
}

} // namespace rolemap
