// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading JSON text into nlohmann::ordered_json, which keeps key order so that a document saved
// back loses neither fields nor their order. Syntax errors become InputError with line and column.

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rolemap {

using Json = nlohmann::ordered_json;

// Deeper documents are refused (task definitions and IAM policies nest a dozen levels at most).
inline constexpr int kMaxJsonDepth = 256;
// Larger files are refused: a whole account's task definitions fit in far less. Pipes, FIFOs and
// devices are read up to the same size, while reading.
inline constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;
// More values (objects, arrays, strings, numbers, …) in one document are refused: 10 000 task
// definitions hold about a million; this bounds memory to a few hundred MB whatever the shape.
inline constexpr size_t kMaxJsonValues = 5'000'000;
// Longer strings are refused (IAM policies stop at 10 KB, a task definition at 64 KB; a Terraform
// plan's container_definitions string is one task definition).
inline constexpr size_t kMaxJsonStringBytes = 8u * 1024 * 1024;
// A FIFO named on the command line that nothing writes to is given up after this long.
inline constexpr int kFifoWaitMilliseconds = 5000;

// A key written again in the same object. JSON leaves this undefined; nlohmann keeps one member, in
// the first occurrence's place, with the value of the last occurrence.
struct DuplicateKey
{
    std::string key;
    std::string pointer; // the member's JSON pointer
    int line = 0;        // where this later occurrence is written (1-based; column in bytes)
    int column = 0;
};

struct DuplicateKeys
{
    std::vector<DuplicateKey> first; // the first kMaxReportedDuplicateKeys, in document order
    size_t count = 0;                // every later occurrence of a key in the document
};
inline constexpr size_t kMaxReportedDuplicateKeys = 20;

// Parses `text`; `fileLabel` names it in errors. Throws InputError. When `duplicates` is given, it
// receives the keys that repeat within an object (found while parsing, at no extra cost otherwise).
Json parseJsonText(std::string_view text, const std::string &fileLabel, DuplicateKeys *duplicates = nullptr);

// Reads and parses a file. Throws InputError (unreadable file, syntax error).
Json parseJsonFile(const std::string &path);

// Reads a whole file as bytes ("-": standard input). Throws InputError when it cannot be read, is
// larger than kMaxFileBytes, or is a FIFO nothing writes to.
std::string readFileBytes(const std::string &path);

// A JSON pointer token, escaped per RFC 6901 ("~" → "~0", "/" → "~1").
std::string pointerToken(std::string_view key);

} // namespace rolemap
