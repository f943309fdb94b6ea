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

// Text safe inside XML or HTML elements and attribute values.
inline std::string xmlEscaped(const std::string &s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
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

} // namespace rolemap
