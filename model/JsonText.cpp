#include "JsonText.h"

#include "InputError.h"

#include <QFile>

#include <cctype>

namespace rolemap {

namespace {

// Line and column (1-based, column in bytes) of the byte at `offset` (0-based).
std::pair<int, int> lineAndColumn(std::string_view text, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
// error while parsing value - invalid literal; last read: '{{'"; keep only what follows the position.
std::string plainMessage(const std::string &what)
{
    const size_t column = what.find("column ");
    const size_t colon = column == std::string::npos ? what.find(": ") : what.find(": ", column);
    std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
    if (message.rfind("syntax error while parsing ", 0) == 0)
        message = "JSON syntax error while parsing " + message.substr(27);
    return message;
}

bool isLiteralChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
}

// nlohmann reports the byte where it stopped, which is the end of the offending token; people look
// for its start ("Port":"443" ⏎ "Next": the error is at "Next", not at its closing quote).
size_t tokenStart(std::string_view text, size_t offset)
{
    if (offset >= text.size())
        return offset;
    if (text[offset] == '"') {
        for (size_t i = offset; i-- > 0;) {
            if (text[i] != '"')
                continue;
            size_t backslashes = 0;
            for (size_t j = i; j-- > 0 && text[j] == '\\';)
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return offset;
    }
    size_t start = offset;
    while (start > 0 && isLiteralChar(text[start - 1]))
        --start;
    return start;
}

std::string hintFor(std::string_view text)
{
    // Common reasons a "task definition" is not JSON: templates and Jsonnet.
    if (text.find("{{") != std::string_view::npos)
        return " (the file looks like a template: render it to JSON first)";
    if (text.find("local ") != std::string_view::npos || text.find("std.") != std::string_view::npos)
        return " (the file looks like Jsonnet: render it to JSON first)";
    return {};
}

// nlohmann parses and copies recursively, so very deep nesting would exhaust the stack: refuse it
// first with one linear scan that skips strings.
void checkNesting(std::string_view text, const std::string &fileLabel)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth) {
                const auto [line, column] = lineAndColumn(text, i);
                throw InputError::atPosition(fileLabel, line, column,
                                             "JSON nested deeper than " + std::to_string(kMaxJsonDepth)
                                                 + " levels: Rolemap does not read it");
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

} // namespace

Json parseJsonText(std::string_view text, const std::string &fileLabel)
{
    checkNesting(text, fileLabel);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        // e.byte is the 1-based index of the last byte read: the one that made the text invalid.
        const size_t offset = tokenStart(text, e.byte > 0 ? e.byte - 1 : 0);
        const auto [line, column] = lineAndColumn(text, offset);
        throw InputError::atPosition(fileLabel, line, column, plainMessage(e.what()) + hintFor(text));
    }
}

std::string readFileBytes(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, "cannot read the file: " + file.errorString().toStdString());
    if (file.size() > kMaxFileBytes)
        throw InputError(path, "the file is " + std::to_string(file.size() / (1024 * 1024)) + " MiB; Rolemap reads files up to "
                                   + std::to_string(kMaxFileBytes / (1024 * 1024)) + " MiB");
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

Json parseJsonFile(const std::string &path)
{
    return parseJsonText(readFileBytes(path), path);
}

std::string pointerToken(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace rolemap
