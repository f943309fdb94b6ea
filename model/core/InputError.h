// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one error type for bad input (docs/ARCHITECTURE.md): it names the file and either the line and column
// (JSON syntax) or the JSON pointer (a wrong shape), with a sentence a person understands.

#include <stdexcept>
#include <string>

namespace rolemap {

class InputError : public std::runtime_error
{
public:
    InputError(std::string file, std::string message);
    static InputError atPosition(std::string file, int line, int column, std::string message);
    static InputError atPointer(std::string file, std::string pointer, std::string message);

    const std::string &file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const std::string &pointer() const { return m_pointer; }
    const std::string &message() const { return m_message; }

    // "FILE:LINE:COLUMN: message", "FILE: /pointer: message" or "FILE: message".
    std::string toString() const;

private:
    InputError(std::string file, int line, int column, std::string pointer, std::string message);

    std::string m_file;
    int m_line = 0;
    int m_column = 0;
    std::string m_pointer;
    std::string m_message;
};

// Thrown while reading a document whose file is not known yet; the importer adds the file.
class ShapeError : public std::runtime_error
{
public:
    ShapeError(std::string pointer, std::string message)
        : std::runtime_error(pointer + ": " + message), pointer(std::move(pointer)), message(std::move(message))
    {
    }
    std::string pointer;
    std::string message;
};

} // namespace rolemap
