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

} // namespace rolemap
