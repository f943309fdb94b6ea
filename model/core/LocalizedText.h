// SPDX-License-Identifier: Apache-2.0
#pragma once
// Text the catalog carries in English and Japanese.

#include <string>

namespace rolemap {

enum class Language { English, Japanese };

struct LocalizedText
{
    std::string en;
    std::string ja;

    // The text in `language`, or the English text where no translation exists.
    const std::string &in(Language language) const { return language == Language::Japanese && !ja.empty() ? ja : en; }
};

} // namespace rolemap
