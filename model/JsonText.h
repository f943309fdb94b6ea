#pragma once
// Reading JSON text into nlohmann::ordered_json, which keeps key order so that a document saved
// back loses neither fields nor their order. Syntax errors become InputError with line and column.

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace rolemap {

using Json = nlohmann::ordered_json;

// Deeper documents are refused (task definitions and IAM policies nest a dozen levels at most).
inline constexpr int kMaxJsonDepth = 256;
// Larger files are refused: a whole account's task definitions fit in far less.
inline constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;

// Parses `text`; `fileLabel` names it in errors. Throws InputError.
Json parseJsonText(std::string_view text, const std::string &fileLabel);

// Reads and parses a file. Throws InputError (unreadable file, syntax error).
Json parseJsonFile(const std::string &path);

// Reads a whole file as bytes. Throws InputError when it cannot be read.
std::string readFileBytes(const std::string &path);

// A JSON pointer token, escaped per RFC 6901 ("~" → "~0", "/" → "~1").
std::string pointerToken(std::string_view key);

} // namespace rolemap
