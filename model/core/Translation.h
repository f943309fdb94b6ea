// SPDX-License-Identifier: Apache-2.0
#pragma once
// The interface language: English (the source strings) or Japanese (resources/translations,
// compiled by Qt Linguist into the program). Installing a language installs Rolemap's translator
// and Qt's own; the catalog's Japanese texts follow the same choice.

#include "core/LocalizedText.h"

#include <QString>

#include <string>

namespace rolemap {

// "system" (follow the locale), "en" or "ja".
Language languageForSetting(const QString &setting);
// Installs the translators for `language` (removing the others); the application receives
// QEvent::LanguageChange. Returns false when the translation cannot be loaded.
bool installLanguage(Language language);
// The language last installed (English until then).
Language currentLanguage();
QString languageCode(Language language);

// A translated text as the UTF-8 std::string the model's results carry.
inline std::string s8(const QString &translated)
{
    return translated.toStdString();
}

} // namespace rolemap
