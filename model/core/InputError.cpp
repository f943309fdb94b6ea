// SPDX-License-Identifier: Apache-2.0
#include "core/InputError.h"

namespace rolemap {

static std::string compose(const std::string &file, int line, int column, const std::string &pointer, const std::string &message)
{
    if (line > 0)
        return file + ':' + std::to_string(line) + ':' + std::to_string(column) + ": " + message;
    if (!pointer.empty())
        return file + ": " + pointer + ": " + message;
    return file + ": " + message;
}

InputError::InputError(std::string file, int line, int column, std::string pointer, std::string message)
    : std::runtime_error(compose(file, line, column, pointer, message)), m_file(std::move(file)), m_line(line), m_column(column),
      m_pointer(std::move(pointer)), m_message(std::move(message))
{
}

InputError::InputError(std::string file, std::string message) : InputError(std::move(file), 0, 0, {}, std::move(message)) {}

InputError InputError::atPosition(std::string file, int line, int column, std::string message)
{
    return InputError(std::move(file), line, column, {}, std::move(message));
}

InputError InputError::atPointer(std::string file, std::string pointer, std::string message)
{
    return InputError(std::move(file), 0, 0, std::move(pointer), std::move(message));
}

std::string InputError::toString() const
{
    return what();
}

} // namespace rolemap
