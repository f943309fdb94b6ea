// SPDX-License-Identifier: Apache-2.0
#pragma once
// Character classes and case of ASCII only. The C library's versions follow the locale: in a
// single-byte locale (ISO-8859-1) they change the bytes of UTF-8 text and break it.

namespace rolemap {

constexpr bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAsciiAlnum(char c)
{
    return isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c);
}
constexpr bool isAsciiXdigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr char asciiLower(char c)
{
    return isAsciiUpper(c) ? char(c - 'A' + 'a') : c;
}
constexpr char asciiUpper(char c)
{
    return isAsciiLower(c) ? char(c - 'a' + 'A') : c;
}

} // namespace rolemap
