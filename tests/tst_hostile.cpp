// SPDX-License-Identifier: Apache-2.0
// Hostile input and crashes, end to end through the window: no file, however broken, changes the
// open workspace; a window killed with SIGKILL leaves its edits to be recovered at the next start.

#include "MainWindow.h"
#include "TestSupport.h"
#include "document/Mime.h"
#include "io/Importer.h"
#include "io/WorkspaceWriter.h"

#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace rolemap;

namespace {

// Message boxes (the error on a bad file, the recovery question) answered as a person would.
class BoxAnswerer
{
public:
    explicit BoxAnswerer(QMessageBox::StandardButton answer)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [answer] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    if (QAbstractButton *b = box->button(answer))
                        b->click();
                    else
                        box->close();
                }
        });
        m_timer.start(10);
    }

private:
    QTimer m_timer;
};

std::string snapshot(const Document &d)
{
    return workspaceJson(d.workspace());
}

// Broken versions of a valid file: cut short, a byte changed, a brace or quote removed or added,
// a NUL, invalid UTF-8, a key repeated, nesting piled up. The same seed gives the same files.
std::vector<QByteArray> mutationsOf(const QByteArray &text, int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<QByteArray> out;
    const QByteArray inserts[] = {
        "{",      "}", "[", "]", "\"", ",", ":", QByteArray("\0", 1), "\xff\xfe", "\xc3", "null", "1e999", "\"family\": 1,", "[[[[[[[[[[[[[[[[",
        "\\u0000"};
    for (int i = 0; i < count; ++i) {
        QByteArray t = text;
        const qsizetype at = qsizetype(random() % quint32(std::max<qsizetype>(1, t.size())));
        switch (random() % 4) {
        case 0: t.truncate(at); break;
        case 1: t[at] = char(random() % 256); break;
        case 2: t.remove(at, 1 + qsizetype(random() % 8)); break;
        default: t.insert(at, inserts[random() % std::size(inserts)]);
        }
        out.push_back(t);
    }
    return out;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }

    // Every odd file of the corpus and a few hundred broken versions of real ones: each either
    // opens or is refused with a message, and a refused one leaves the workspace byte for byte,
    // with its history.
    void badInputNeverChangesTheWorkspace()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const std::unique_ptr<QMimeData> mime(encodeBlock(QStringLiteral("secret")));
        QVERIFY(w.document()->drop(mime.get(), {DropTarget::Kind::Container, 0, 0, -1}, Qt::CopyAction)); // unsaved work
        const std::string before = snapshot(*w.document());
        const int history = w.document()->undoStack()->count();

        QTemporaryDir dir;
        QStringList files = test::filesIn(test::corpusDir(QStringLiteral("odd")));
        int n = 0;
        for (const QString &source : {test::corpusDir(QStringLiteral("taskdefs")), test::corpusDir(QStringLiteral("iam")),
                                      QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/samples")}) {
            const QStringList originals = test::filesIn(source);
            for (int k = 0; k < originals.size() && k < 12; ++k) {
                QFile f(originals[k]);
                QVERIFY(f.open(QIODevice::ReadOnly));
                for (const QByteArray &broken : mutationsOf(f.readAll(), 12, unsigned(k + 1))) {
                    const QString path = dir.filePath(QStringLiteral("m%1.json").arg(n++));
                    QFile out(path);
                    QVERIFY(out.open(QIODevice::WriteOnly));
                    out.write(broken);
                    files << path;
                }
            }
        }
        QVERIFY(files.size() > 300);
        int refused = 0;
        const BoxAnswerer answerer(QMessageBox::Discard); // never save, never lose: "Discard" only if asked to replace
        for (const QString &file : files) {
            // A file that does open replaces the workspace as asked; the next ones start again from it.
            const bool opened = w.open({file});
            if (opened) {
                QVERIFY(w.open({}));
                QVERIFY(w.document()->drop(mime.get(), {DropTarget::Kind::Container, 0, 0, -1}, Qt::CopyAction));
                QCOMPARE(snapshot(*w.document()), before);
                continue;
            }
            ++refused;
            QVERIFY2(snapshot(*w.document()) == before, qPrintable(file));
            QCOMPARE(w.document()->undoStack()->count(), history);
        }
        QVERIFY(refused > files.size() / 2);
    }

    // A drop whose data is not what its type says is refused and changes nothing.
    void garbageDropsAreRefused()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const std::string before = snapshot(*w.document());
        for (const QString &type : {kBlockMimeType, kContainerMimeType, kTaskDefinitionMimeType})
            for (const QByteArray &junk : {QByteArray(), QByteArray("\xff\x00\x01", 3), QByteArray("{\"x\":"), QByteArray(100000, 'a')}) {
                QMimeData mime;
                mime.setData(type, junk);
                for (DropTarget::Kind kind :
                     {DropTarget::Kind::TaskDefinition, DropTarget::Kind::Container, DropTarget::Kind::Cluster, DropTarget::Kind::ContainerList}) {
                    const DropTarget target{kind, 0, 0, 0};
                    QVERIFY(!w.document()->dropRefusal(&mime, target, Qt::CopyAction).isEmpty());
                    QVERIFY(!w.document()->drop(&mime, target, Qt::CopyAction));
                }
            }
        QCOMPARE(snapshot(*w.document()), before);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    // A separate process (this test, run as the app) opens the sample, edits, and is killed with
    // SIGKILL once its autosave has written; the next start offers the edits back.
    void editsSurviveSigkill()
    {
        QFile::remove(MainWindow::recoveryPath());
        QTemporaryDir dir;
        const QString expected = dir.filePath(QStringLiteral("edited.json"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--edit-and-wait"), expected});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(MainWindow::recoveryPath()) && QFileInfo::exists(expected), 30000);
        QTest::qWait(200); // the autosave is atomic: the file is whole once it is there
        app.kill();        // SIGKILL: no close event, no clean-up
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(MainWindow::recoveryPath()));

        QFile f(expected);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string edited = f.readAll().toStdString();
        MainWindow next;
        QVERIFY(next.open({}));
        QVERIFY(snapshot(*next.document()) != edited);
        const BoxAnswerer answerer(QMessageBox::Open);
        next.offerRecovery();
        QCOMPARE(snapshot(*next.document()), edited);
        QVERIFY(next.document()->isModified());
    }
};

// The child of editsSurviveSigkill: the app with one edit, waiting to be killed.
static int editAndWait(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RolemapTest"));
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w;
    if (!w.open({}))
        return 3;
    w.show();
    const std::unique_ptr<QMimeData> mime(encodeBlock(QStringLiteral("secret")));
    if (!w.document()->drop(mime.get(), {DropTarget::Kind::Container, 0, 0, -1}, Qt::CopyAction))
        return 4;
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly))
        return 5;
    out.write(QByteArray::fromStdString(workspaceJson(w.document()->workspace())));
    out.close();
    return app.exec(); // the autosave writes a few seconds after the edit; then the parent kills us
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--edit-and-wait") == 0)
        return editAndWait(argc, argv);
    QApplication app(argc, argv);
    TestHostile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile.moc"
