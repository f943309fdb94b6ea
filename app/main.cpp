// rolemap: with a subcommand it runs headless (coverage, check, explain); otherwise it opens the
// desktop app on the given files, or on the embedded sample.

#include "Cli.h"
#include "MainWindow.h"
#include "StartupTrace.h"
#include "GraphView.h"
#include "Translation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHashSeed>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

const char *kTopLevelHelp =
    "Usage: rolemap [FILE...]            open the desktop app (the embedded sample when no FILE)\n"
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

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
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
        // Diagrams are drawn with Qt's painting, which needs a GUI application but no screen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // Qt would warn about it on every run
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/rolemap-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
        QApplication app(argc, argv);
        return rolemap::runSubcommand(app.arguments());
    }
    if (argc > 1 && rolemap::isSubcommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return rolemap::runSubcommand(app.arguments());
    }
    if (argc > 1 && argv[1][0] == '-' && std::strcmp(argv[1], "--") != 0) {
        std::fprintf(stderr, "rolemap: unknown option '%s'\n%s", argv[1], kTopLevelHelp);
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
    rolemap::installLanguage(rolemap::languageForSetting(QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString()));
    rolemap::startup::mark("language");
    rolemap::MainWindow window;
    rolemap::startup::mark("window");
    rolemap::startup::watchFirstPaint(window.graphView()->viewport());
    // The window paints first; big inputs then load behind a progress dialog.
    window.show();
    if (!window.open(files))
        return 2;
    window.offerRecovery();
    return app.exec();
}
