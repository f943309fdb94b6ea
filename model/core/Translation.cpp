// SPDX-License-Identifier: Apache-2.0
#include "core/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace rolemap {

namespace {

Language g_language = Language::English;
std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;

} // namespace

Language languageForSetting(const QString &setting)
{
    if (setting == QLatin1String("ja"))
        return Language::Japanese;
    if (setting == QLatin1String("en"))
        return Language::English;
    return QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installLanguage(Language language)
{
    for (auto *t : {g_own.get(), g_qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    g_own.reset();
    g_qt.reset();
    g_language = Language::English;
    auto own = std::make_unique<QTranslator>();
    if (language == Language::English) {
        // English is the source language: its translation holds only the plural forms.
        if (own->load(QStringLiteral(":/i18n/rolemap_en.qm"))) {
            QCoreApplication::installTranslator(own.get());
            g_own = std::move(own);
        }
        return true;
    }
    if (!own->load(QStringLiteral(":/i18n/rolemap_%1.qm").arg(languageCode(language))))
        return false;
    QCoreApplication::installTranslator(own.get());
    g_own = std::move(own);
    // Qt's own strings (standard buttons, dialogs), when Debian's translations are installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(languageCode(language)), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    g_language = language;
    return true;
}

Language currentLanguage()
{
    return g_language;
}

} // namespace rolemap
