// SPDX-License-Identifier: Apache-2.0
// rolemap: with a subcommand it runs headless (coverage, check, explain); otherwise it opens the
// desktop app on the given files, or on the embedded sample.

#include "Appearance.h"
#include "Cli.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "StartupTrace.h"
#include "core/Translation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashSeed>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>
#include <unistd.h>
#include <vector>

namespace {

const char *kTopLevelHelp = "Usage: rolemap [FILE...]            open the desktop app (the embedded sample when no FILE)\n"
                            "       rolemap SUBCOMMAND [options] FILE...\n"
                            "\n"
                            "Which IAM role of Amazon ECS covers each operation a task needs, per launch type.\n"
                            "\n"
                            "Subcommands (headless):\n"
                            "  coverage   which role covers each operation (text, json, markdown)\n"
                            "  check      the findings; exits 1 when one is an error (text, json, sarif)\n"
                            "  explain    the rules catalog as the operation x launch-type matrix\n"
                            "  policy     the least-privilege policy (and --trust policy) for a role\n"
                            "  export     diagrams (svg png pdf dot mermaid drawio), tables (markdown csv html), taskdef\n"
                            "\n"
                            "Run 'rolemap SUBCOMMAND --help' for its options.\n"
                            "Exit codes: 0 success, 1 check found an error, 2 bad usage or invalid input.\n";

// "chek" → "check": the subcommand a misspelling was meant to be (at most two edits away).
QString nearestSubcommand(const QString &word)
{
    QString best;
    int bestDistance = 3;
    for (const char *name : {"coverage", "check", "explain", "export", "policy"}) {
        const QString candidate = QString::fromLatin1(name);
        std::vector<int> row(size_t(candidate.size()) + 1);
        for (size_t j = 0; j < row.size(); ++j)
            row[j] = int(j);
        for (qsizetype i = 1; i <= word.size(); ++i) {
            int diagonal = row[0];
            row[0] = int(i);
            for (qsizetype j = 1; j <= candidate.size(); ++j) {
                const int above = row[size_t(j)];
                row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (word[i - 1] == candidate[j - 1] ? 0 : 1)});
                diagonal = above;
            }
        }
        if (row.back() < bestDistance) {
            bestDistance = row.back();
            best = candidate;
        }
    }
    return best;
}

int runHeadless(int argc, char **argv, bool needsPainting)
{
    try {
        if (needsPainting) {
            QApplication app(argc, argv);
            return rolemap::runSubcommand(app.arguments());
        }
        QCoreApplication app(argc, argv);
        return rolemap::runSubcommand(app.arguments());
    } catch (const std::bad_alloc &) {
        std::fputs("rolemap: out of memory: the input is too large to process\n", stderr);
        return 2;
    }
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    rolemap::startup::mark("main");
    // Exports must depend on their input only; PDF font objects are written in hash order.
    QHashSeed::setDeterministicGlobalSeed();
    QCoreApplication::setApplicationName(QStringLiteral("rolemap"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rolemap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEMAP_VERSION));

    if (argc > 1 && (!std::strcmp(argv[1], "--version") || !std::strcmp(argv[1], "-v"))) {
        std::printf("rolemap %s\n", ROLEMAP_VERSION);
        return 0;
    }
    if (argc > 1 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
        std::fputs(kTopLevelHelp, stdout);
        return 0;
    }
    if (argc > 1 && !std::strcmp(argv[1], "export")) {
        // Diagrams are drawn with Qt's painting, which needs a GUI application but never a screen:
        // a DISPLAY that is set but unreachable (a stale SSH or tmux session) must not matter.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Exports depend on their input only: not on the time zone (PDF dates) nor on the locale
        // (font fallback); --language chooses the words.
        qputenv("TZ", "UTC");
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // Qt would warn about it on every run
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/rolemap-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
        return runHeadless(argc, argv, true);
    }
    if (argc > 1 && rolemap::isSubcommand(QString::fromLocal8Bit(argv[1])))
        return runHeadless(argc, argv, false);
    if (argc > 1 && argv[1][0] == '-' && std::strcmp(argv[1], "--") != 0) {
        std::fprintf(stderr, "rolemap: unknown option '%s'\n%s", argv[1], kTopLevelHelp);
        return 2;
    }
    // A first word that is neither a subcommand nor a file is a typo ("rolemap chek task.json"):
    // in a CI script it must fail, not open a window or print the sample.
    if (argc > 1 && std::strcmp(argv[1], "--") != 0 && !QFileInfo::exists(QString::fromLocal8Bit(argv[1]))) {
        const QString word = QString::fromLocal8Bit(argv[1]);
        const QString nearest = nearestSubcommand(word);
        std::fprintf(stderr, "rolemap: '%s' is neither a subcommand nor a file%s\nRun 'rolemap --help' for the subcommands.\n", argv[1],
                     nearest.isEmpty() ? "" : qPrintable(QStringLiteral("; did you mean '%1'?").arg(nearest)));
        return 2;
    }
    if (!hasDisplay()) {
        std::fputs("rolemap: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
                   "Here is the embedded sample's coverage instead ('rolemap coverage --sample'):\n\n",
                   stderr);
        QCoreApplication app(argc, argv);
        return rolemap::runSubcommand({app.arguments().value(0), QStringLiteral("coverage"), QStringLiteral("--sample")});
    }
    QApplication app(argc, argv);
    rolemap::startup::mark("application");
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rolemap"));
    QStringList files = app.arguments().mid(1);
    files.removeAll(QStringLiteral("--"));
    // The interface language: Settings ▸ Language, else the system's.
    rolemap::applyAppearance(QSettings().value(QStringLiteral("appearance"), QStringLiteral("system")).toString());
    rolemap::installLanguage(rolemap::languageForSetting(QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString()));
    rolemap::startup::mark("language");
    rolemap::MainWindow window;
    rolemap::startup::mark("window");
    rolemap::startup::watchFirstPaint(window.graphView()->viewport());
    // The window paints first; big inputs then load behind a progress dialog.
    window.show();
    // A file that cannot be opened (named on the command line, or by "Open With") never closes the
    // window: the error is shown, and with nothing else to show the window opens the sample.
    if (!window.open(files) && !files.isEmpty())
        window.open({});
    window.offerRecovery();
    return app.exec();
}
