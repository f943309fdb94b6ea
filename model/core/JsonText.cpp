// SPDX-License-Identifier: Apache-2.0
#include "core/JsonText.h"

#include "core/InputError.h"

#include <QFile>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "core/Ascii.h"

namespace rolemap {

namespace {

// Line and column (1-based, column in bytes) of the byte at `offset` (0-based).
std::pair<int, int> lineAndColumn(std::string_view text, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        // \n, \r\n and a lone \r (old Mac files) each end a line.
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if (text[i] != '\r') {
            ++column;
        }
    }
    return {line, column};
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3, column 5: syntax
// error while parsing value - invalid literal; last read: '{{'"; keep only what follows the position.
std::string plainMessage(const std::string &what)
{
    // "[json.exception.out_of_range.406] number overflow parsing '1e999'"
    if (const size_t n = what.find("number overflow parsing "); n != std::string::npos)
        return "the number " + what.substr(n + 24) + " is too large (Rolemap reads numbers up to about 1.8e308)";
    const size_t column = what.find("column ");
    const size_t colon = column == std::string::npos ? what.find(": ") : what.find(": ", column);
    std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
    if (message.rfind("syntax error while parsing ", 0) == 0)
        message = "JSON syntax error while parsing " + message.substr(27);
    return message;
}

bool isLiteralChar(char c)
{
    return isAsciiAlnum(c) || c == '.' || c == '+' || c == '-';
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

std::string hintFor(std::string_view text, size_t offset)
{
    // Common reasons a "task definition" is not JSON: templates and Jsonnet. Said only when the
    // error is at such text (a "{{.Name}}" inside a valid string is no template).
    if (offset >= text.size())
        return {};
    if (text.substr(offset > 0 ? offset - 1 : 0, 3).find("{{") != std::string_view::npos)
        return " (the file looks like a template: render it to JSON first)";
    if (text.substr(offset, 6) == "local " || text.substr(offset, 4) == "std." || text.substr(offset, 7) == "import ")
        return " (the file looks like Jsonnet: render it to JSON first)";
    return {};
}

// Windows PowerShell 5.1 writes UTF-16 by default ('>' and Out-File): say so instead of a syntax error.
void refuseUtf16(std::string_view text, const std::string &fileLabel)
{
    const bool bom = text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'));
    const bool zeros = text.size() >= 4 && ((text[0] != 0 && text[1] == 0 && text[2] != 0 && text[3] == 0) ||
                                            (text[0] == 0 && text[1] != 0 && text[2] == 0 && text[3] != 0));
    if (bom || zeros)
        throw InputError(fileLabel, "the file is UTF-16 (as Windows PowerShell writes by default); save it as UTF-8, "
                                    "e.g. Out-File -Encoding utf8, and open it again");
}

// nlohmann parses and copies recursively, so very deep nesting would exhaust the stack: refuse it
// first with one linear scan that skips strings (and refuses the ones no real input has).
void checkNesting(std::string_view text, const std::string &fileLabel)
{
    int depth = 0;
    bool inString = false;
    size_t stringStart = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (i - stringStart > kMaxJsonStringBytes) {
                const auto [line, column] = lineAndColumn(text, stringStart);
                throw InputError::atPosition(fileLabel, line, column,
                                             "a string longer than " + std::to_string(kMaxJsonStringBytes / (1024 * 1024)) +
                                                 " MiB: Rolemap does not read it");
            }
        } else if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth) {
                const auto [line, column] = lineAndColumn(text, i);
                throw InputError::atPosition(fileLabel, line, column,
                                             "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels: Rolemap does not read it");
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

// What Json::parse does (nlohmann's json_sax_dom_parser), plus noticing a key already in its object:
// the object's size does not grow when the key is inserted, so the check costs a comparison. The
// SAX events carry no position: a repeated key is remembered by its ordinal among all keys and
// located afterwards (locateKeys), only when there is one.
class DomBuilder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    DomBuilder(Json &root, DuplicateKeys *duplicates, std::vector<size_t> *ordinals) : m_root(root), m_duplicates(duplicates), m_ordinals(ordinals) {}

    bool null() { return add(nullptr), true; }
    // Every value counts against kMaxJsonValues (keys do not: their values do).
    bool boolean(bool value) { return add(value), true; }
    bool number_integer(number_integer_t value) { return add(value), true; }
    bool number_unsigned(number_unsigned_t value) { return add(value), true; }
    bool number_float(number_float_t value, const string_t &) { return add(value), true; }
    bool string(string_t &value) { return add(value), true; }
    bool binary(binary_t &value) { return add(std::move(value)), true; }
    bool start_object(std::size_t)
    {
        m_stack.push_back(add(Json::value_t::object));
        m_indexes.emplace_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        m_stack.push_back(add(Json::value_t::array));
        m_indexes.emplace_back();
        return true;
    }
    bool end_object() { return m_stack.pop_back(), m_indexes.pop_back(), true; }
    bool end_array() { return m_stack.pop_back(), m_indexes.pop_back(), true; }

    bool key(string_t &key)
    {
        Json::object_t &object = *m_stack.back()->get_ptr<Json::object_t *>();
        auto &index = m_indexes.back();
        // ordered_json finds a key by walking its members: fine for the dozen a task definition's
        // objects have, quadratic for an object of 100 000. Large objects get a hash index.
        if (!index && object.size() >= kIndexedObjectSize) {
            index = std::make_unique<std::unordered_map<std::string, size_t>>();
            for (size_t i = 0; i < object.size(); ++i)
                index->emplace((object.begin() + std::ptrdiff_t(i))->first, i);
        }
        bool repeatedKey = false;
        if (index) {
            const auto [at, inserted] = index->try_emplace(key, object.size());
            if (inserted) {
                static_cast<Json::object_t::Container &>(object).emplace_back(key, nullptr);
                m_member = &object.back().second;
            } else {
                m_member = &(object.begin() + std::ptrdiff_t(at->second))->second;
                repeatedKey = true;
            }
        } else {
            const size_t before = object.size();
            m_member = &object[key];
            repeatedKey = object.size() == before;
        }
        if (repeatedKey && m_duplicates)
            repeated(key);
        ++m_keys;
        return true;
    }

    // Syntax errors (parse_error) and numbers too large for a double (out_of_range 406, which
    // Json::parse lets through without a position) alike: where reading stopped, and why.
    struct Error
    {
        size_t byte; // 1-based index of the last byte read
        std::string what;
    };

    struct TooManyValues
    {};

    template <class Exception>
    bool parse_error(std::size_t byte, const std::string &, const Exception &e)
    {
        throw Error{byte, e.what()};
    }

private:
    template <typename Value>
    Json *add(Value &&value)
    {
        if (++m_values > kMaxJsonValues)
            throw TooManyValues{};
        if (m_stack.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        Json &parent = *m_stack.back();
        if (parent.is_array()) {
            Json::array_t &array = *parent.get_ptr<Json::array_t *>();
            array.emplace_back(std::forward<Value>(value));
            return &array.back();
        }
        *m_member = Json(std::forward<Value>(value));
        return m_member;
    }

    void repeated(const std::string &key)
    {
        if (m_duplicates->count++ >= kMaxReportedDuplicateKeys)
            return;
        // The path to the open object: each open container is its parent's last element (arrays)
        // or one of its members (objects).
        std::string pointer;
        for (size_t i = 1; i < m_stack.size(); ++i) {
            const Json &parent = *m_stack[i - 1];
            if (parent.is_array()) {
                pointer += '/' + std::to_string(parent.size() - 1);
                continue;
            }
            for (auto it = parent.begin(); it != parent.end(); ++it)
                if (&*it == m_stack[i]) {
                    pointer += '/' + pointerToken(it.key());
                    break;
                }
        }
        pointer += '/' + pointerToken(key);
        m_duplicates->first.push_back({key, std::move(pointer), 0, 0});
        m_ordinals->push_back(m_keys);
    }

    Json &m_root;
    DuplicateKeys *m_duplicates;
    std::vector<size_t> *m_ordinals;
    static constexpr size_t kIndexedObjectSize = 64;

    std::vector<Json *> m_stack;
    std::vector<std::unique_ptr<std::unordered_map<std::string, size_t>>> m_indexes; // per open container
    Json *m_member = nullptr;
    size_t m_keys = 0;
    size_t m_values = 0;
};

// Line and column of the keys whose ordinals (among all keys, in document order, ascending) are
// given. In valid JSON a key is exactly a string followed by ':', and strings hold no raw newline.
void locateKeys(std::string_view text, const std::vector<size_t> &ordinals, std::vector<DuplicateKey> &keys)
{
    size_t next = 0;
    size_t ordinal = 0;
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < text.size() && next < ordinals.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (text[i] != '"')
            continue;
        const size_t start = i;
        for (++i; i < text.size() && text[i] != '"'; ++i)
            if (text[i] == '\\')
                ++i;
        size_t after = i + 1;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r' || text[after] == '\n'))
            ++after;
        if (after < text.size() && text[after] == ':' && ordinal++ == ordinals[next]) {
            keys[next].line = line;
            keys[next].column = int(start - lineStart + 1);
            ++next;
        }
    }
}

} // namespace

Json parseJsonText(std::string_view text, const std::string &fileLabel, DuplicateKeys *duplicates)
{
    refuseUtf16(text, fileLabel);
    // JSON text holds no raw NUL anywhere; the parser would stop there and ignore what follows.
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const auto [line, column] = lineAndColumn(text, nul);
        throw InputError::atPosition(fileLabel, line, column, "a NUL byte: JSON text has none (is the file binary?)");
    }
    checkNesting(text, fileLabel);
    try {
        Json result;
        std::vector<size_t> ordinals;
        DomBuilder builder(result, duplicates, &ordinals);
        Json::sax_parse(text.begin(), text.end(), &builder);
        if (duplicates && !ordinals.empty())
            locateKeys(text, ordinals, duplicates->first);
        return result;
    } catch (const DomBuilder::TooManyValues &) {
        throw InputError(fileLabel, "the document holds more than " + std::to_string(kMaxJsonValues / 1'000'000) +
                                        " million JSON values: Rolemap does not read it (10 000 task definitions hold about one million)");
    } catch (const DomBuilder::Error &e) {
        // The last byte read is the one that made the text invalid.
        const size_t offset = tokenStart(text, e.byte > 0 ? e.byte - 1 : 0);
        const auto [line, column] = lineAndColumn(text, offset);
        throw InputError::atPosition(fileLabel, line, column, plainMessage(e.what) + hintFor(text, offset));
    }
}

namespace {

[[noreturn]] void tooLarge(const std::string &path, qint64 size)
{
    throw InputError(path,
                     (size > 0 ? "the file is " + std::to_string(size / (1024 * 1024)) + " MiB" : std::string("the input goes on past that size")) +
                         "; Rolemap reads files up to " + std::to_string(kMaxFileBytes / (1024 * 1024)) + " MiB");
}

// A pipe, a FIFO, a device or standard input: read in chunks, stopping at the size limit.
std::string readStream(QIODevice &device, const std::string &path)
{
    std::string bytes;
    char chunk[1 << 16];
    for (;;) {
        const qint64 got = device.read(chunk, sizeof chunk);
        if (got < 0)
            throw InputError(path, "cannot read the file: " + device.errorString().toStdString());
        if (got == 0) // end of input: a blocking read returns nothing only then
            break;
        if (qint64(bytes.size()) + got > kMaxFileBytes)
            tooLarge(path, 0);
        bytes.append(chunk, size_t(got));
    }
    return bytes;
}

#ifdef Q_OS_UNIX
// A FIFO blocks its reader until something opens it for writing. Named on the command line, with
// nothing writing, that would be forever: wait a while for data, then say so.
int openFifo(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw InputError(path, std::string("cannot read the file: ") + std::strerror(errno));
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, kFifoWaitMilliseconds);
    if (ready <= 0 || !(p.revents & POLLIN)) {
        ::close(fd);
        throw InputError(path, "is a FIFO and nothing wrote to it within " + std::to_string(kFifoWaitMilliseconds / 1000) +
                                   " s (give '-' to read standard input)");
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}
#endif

} // namespace

std::string readFileBytes(const std::string &path)
{
    if (path == "-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw InputError("(standard input)", "cannot read standard input");
        return readStream(in, "(standard input)");
    }
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)) {
        const int fd = openFifo(path);
        QFile fifo;
        if (!fifo.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            throw InputError(path, "cannot read the file");
        }
        return readStream(fifo, path);
    }
#endif
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, "cannot read the file: " + file.errorString().toStdString());
    if (file.isSequential() || file.size() == 0) // devices report no size (/dev/zero, /dev/stdin)
        return readStream(file, path);
    if (file.size() > kMaxFileBytes)
        tooLarge(path, file.size());
    // Straight into the string: a whole account's file is read once, not copied again.
    std::string bytes(size_t(file.size()), '\0');
    const qint64 got = file.read(bytes.data(), qint64(bytes.size()));
    if (got < 0)
        throw InputError(path, "cannot read the file: " + file.errorString().toStdString());
    bytes.resize(size_t(got));
    return bytes;
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
