// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers shared by the Qt Test executables: paths to the shared corpus and test data, file listing.

#include "core/JsonText.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <string>

namespace rolemap::test {

// Settings, recent files and recovery files of the tests' own, never the user's.
inline void useTestSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RolemapTest"));
    QStandardPaths::setTestModeEnabled(true);
}

inline QString sharedDir()
{
    return QStringLiteral(ROLEMAP_SHARED_DIR);
}

inline QString corpusDir(const QString &sub)
{
    return sharedDir() + QStringLiteral("/corpus/") + sub;
}

inline QString testData(const QString &name)
{
    return QStringLiteral(ROLEMAP_TEST_DATA) + QLatin1Char('/') + name;
}

// The files of a folder, sorted, as absolute paths.
inline QStringList filesIn(const QString &dir, const QStringList &patterns = {QStringLiteral("*")})
{
    QStringList out;
    const QDir d(dir);
    for (const QString &name : d.entryList(patterns, QDir::Files, QDir::Name))
        out << d.absoluteFilePath(name);
    return out;
}

inline Json readJson(const QString &path)
{
    return parseJsonFile(path.toStdString());
}

} // namespace rolemap::test
