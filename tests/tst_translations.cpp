// SPDX-License-Identifier: Apache-2.0
// The Japanese interface and the teaching features in the window: the .ts file is complete, the
// window in Japanese shows no English interface string in its main views, the language switches
// without a restart, and the walkthrough, comparison, quiz and presentation work in the window.

#include "CompareView.h"
#include "GraphItems.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "QuizDialog.h"
#include "TestSupport.h"
#include "WalkthroughPanel.h"
#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "rules/RulesCatalog.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace rolemap;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &language = QStringLiteral("ja"))
{
    QFile file(QStringLiteral(ROLEMAP_SOURCE_DIR "/resources/translations/rolemap_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = TsMessage{context, {}, {}, false};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool numerus = false;
            Q_UNUSED(numerus)
            QString text;
            // A numerus translation holds <numerusform> children; a plain one holds text.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// Every text a person reads in the window's main views: menus, docks, table headers and cells,
// the workspace tree, the graph's labels, the explanation and the walkthrough.
QStringList visibleTexts(MainWindow &w)
{
    QStringList out;
    for (QAction *menu : w.menuBar()->actions()) {
        out << menu->text();
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (!a->isSeparator())
                    out << a->text() << a->toolTip();
    }
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        out << d->windowTitle();
    for (QAbstractItemView *v : w.findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r)
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    out << i.data().toString();
                    if (c == 0)
                        walk(i);
                }
        };
        walk({});
    }
    for (QGraphicsItem *item : w.graphScene()->items())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            out << QString::fromStdString(n->node().label) << QString::fromStdString(n->node().sublabel);
    for (const LegendEntry &l : legendEntries())
        out << l.label;
    for (QAction *a : w.findChildren<QAction *>())
        out << a->iconText();
    for (QTextBrowser *b : w.findChildren<QTextBrowser *>())
        out << b->toPlainText();
    out.removeAll(QString());
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTestSettings();
        QSettings().clear();
    }

    void cleanup() { installLanguage(Language::English); }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("ja") << QStringLiteral("ja") << 300;
        QTest::newRow("en (plural forms)") << QStringLiteral("en") << 3;
    }
    void tsFileIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        const QList<TsMessage> messages = readTs(language);
        QVERIFY(messages.size() >= atLeast);
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(QStringLiteral("placeholders differ: ") + where));
            }
        }
    }

    void japaneseWindowShowsNoEnglishInterfaceText()
    {
        QVERIFY(installLanguage(Language::Japanese));
        QCOMPARE(currentLanguage(), Language::Japanese);
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.context()->setLaunchType(LaunchType::Fargate); // the sample fails there: findings, missing roles
        w.context()->setOperation(QStringLiteral("ecr-pull"));
        w.findChild<QAction *>(); // menus exist
        w.walkthrough()->setCoverage(&w.document()->coverage(0, LaunchType::Fargate));

        // English interface strings that have a translation must not show anywhere.
        QSet<QString> english;
        for (const TsMessage &m : readTs())
            if (m.source.size() > 3 && m.source.contains(QRegularExpression(QStringLiteral("[a-z]{3}"))) &&
                !m.translations.contains(m.source)) // names such as "ECS Exec" stay as they are
                english.insert(QString(m.source).remove(QLatin1Char('&')));
        const QStringList texts = visibleTexts(w);
        QVERIFY(texts.size() > 100);
        for (const QString &text : texts)
            QVERIFY2(!english.contains(QString(text).remove(QLatin1Char('&'))), qPrintable(text));

        // Nor English prose: two lowercase English words in a row, once identifiers (ARNs, ids,
        // field names, actions, file names) are taken out.
        static const QRegularExpression identifiers(QStringLiteral("[\\w.:/*@$-]*[:/\\-_.@*][\\w.:/*@$-]*|\\b[a-z]+[A-Z]\\w*"));
        static const QRegularExpression prose(QStringLiteral("\\b[a-z]{2,} [a-z]{2,}\\b"));
        for (const QString &text : texts) {
            QString stripped = text;
            // The sources list names AWS's pages by their own (English) titles.
            const QString sources = QCoreApplication::translate("ExplanationText", "Sources");
            if (const qsizetype at = stripped.indexOf(QLatin1Char('\n') + sources + QLatin1Char('\n')); at >= 0)
                stripped.truncate(at);
            // AWS's own error messages are English whatever the language (the catalog quotes them).
            static const QRegularExpression awsErrors(QStringLiteral("\\b\\w*(Error|Exception)\\b:[^\\n\u3002]*"));
            stripped.remove(awsErrors);
            // English terms glossed in parentheses ("認証情報仕様 (credential spec)") are part of the Japanese.
            static const QRegularExpression gloss(QStringLiteral("[^\\x00-\\x7f] ?\\([ -~]*\\)"));
            stripped.remove(gloss);
            stripped.remove(identifiers);
            const QRegularExpressionMatch found = prose.match(stripped);
            QVERIFY2(!found.hasMatch(),
                     qPrintable(QStringLiteral("English \"%1\" in: %2")
                                    .arg(found.captured(), text.mid(std::max(0, int(text.indexOf(found.captured())) - 200), 300))));
        }
        // The catalog's Japanese titles are the graph's.
        const std::string ja = RulesCatalog::builtIn().operation("ecr-pull")->title.ja;
        NodeItem *node = w.graphScene()->nodeItem(QStringLiteral("op:ecr-pull"));
        QVERIFY(node);
        QCOMPARE(node->node().label, ja);
    }

    void languageSwitchesWithoutRestart()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const QString englishFile = w.menuBar()->actions().first()->text();
        QCOMPARE(englishFile, QStringLiteral("&File"));
        w.setLanguage(QStringLiteral("ja"));
        QCOMPARE(currentLanguage(), Language::Japanese);
        QVERIFY(w.menuBar()->actions().first()->text() != englishFile);
        QVERIFY(w.menuBar()->actions().first()->text().contains(QStringLiteral("(&F)")));
        // The docks, the tables' tabs and the toolbar are worded again in place (nothing rebuilt).
        auto *treeDock = w.findChild<QDockWidget *>(QStringLiteral("WorkspaceDock"));
        QCOMPARE(treeDock->windowTitle(), QCoreApplication::translate("rolemap::MainDocks", "Workspace"));
        QVERIFY(treeDock->windowTitle() != QStringLiteral("Workspace"));
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("WorkspaceDock")), treeDock);
        QCOMPARE(w.findChild<QTabWidget *>()->tabText(0), QCoreApplication::translate("rolemap::MainDocks", "Coverage"));
        QVERIFY(w.findChild<QTabWidget *>()->tabText(0) != QStringLiteral("Coverage"));
        // The views follow: the graph's operation titles come from the catalog's Japanese.
        NodeItem *node = w.graphScene()->nodeItem(QStringLiteral("op:ecr-pull"));
        QVERIFY(node);
        QCOMPARE(node->node().label, RulesCatalog::builtIn().operation("ecr-pull")->title.ja);
        // And back, still without a restart; the edits and the launch type are kept.
        w.context()->setLaunchType(LaunchType::Fargate);
        w.setLanguage(QStringLiteral("en"));
        QCOMPARE(w.menuBar()->actions().first()->text(), englishFile);
        QCOMPARE(treeDock->windowTitle(), QStringLiteral("Workspace"));
        QCOMPARE(w.context()->launchType(), LaunchType::Fargate);
        QVERIFY(w.launchTypeAction(LaunchType::Fargate)->isChecked());
        QCOMPARE(w.graphScene()->nodeItem(QStringLiteral("op:ecr-pull"))->node().label, RulesCatalog::builtIn().operation("ecr-pull")->title.en);
    }

    void walkthroughStepsThroughTheStartInTheGraph()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.context()->setLaunchType(LaunchType::Fargate);
        QDockWidget *dock = w.findChild<QDockWidget *>(QStringLiteral("WalkthroughDock"));
        QVERIFY(!dock->isVisible()); // shown on demand: Teach ▸ Walkthrough (F6)
        QTest::keyClick(&w, Qt::Key_F6);
        QTRY_VERIFY(dock->isVisible());
        WalkthroughPanel *panel = w.walkthrough();
        QVERIFY(panel->stepCount() >= 4);
        QCOMPARE(panel->currentStep(), 0);
        // → steps forward over the graph; each step emphasises its operation's path.
        w.graphView()->setFocus();
        QStringList seen;
        for (int i = 0; i < panel->stepCount(); ++i) {
            if (const WalkthroughStep *s = panel->step(); s && s->operation) {
                const QString op = QString::fromStdString(s->operation->operation);
                seen << op;
                QVERIFY(w.graphScene()->emphasisedNodes().contains(QStringLiteral("op:") + op));
                QCOMPARE(w.context()->operation(), op);
                if (s->fails)
                    QVERIFY(panel->stepHtml().contains(QString::fromStdString(s->error.en).left(20).toHtmlEscaped().left(10)));
            }
            QTest::keyClick(w.graphView(), Qt::Key_Right);
        }
        QCOMPARE(panel->currentStep(), panel->stepCount() - 1);
        QVERIFY(seen.indexOf(QStringLiteral("ecr-pull")) < seen.indexOf(QStringLiteral("awslogs")));
        QVERIFY(seen.indexOf(QStringLiteral("awslogs")) < seen.indexOf(QStringLiteral("app-aws-api")));
        QTest::keyClick(w.graphView(), Qt::Key_Left);
        QCOMPARE(panel->currentStep(), panel->stepCount() - 2);
        // Play runs on its own and stops at the end.
        panel->setInterval(1);
        panel->setPlaying(true);
        QVERIFY(panel->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(panel->isPlaying(), false, 5000);
        QCOMPARE(panel->currentStep(), panel->stepCount() - 1);
        // Switching to EC2 starts the walkthrough over on EC2, where nothing fails.
        w.context()->setLaunchType(LaunchType::Ec2);
        QCOMPARE(panel->currentStep(), 0);
        for (int i = 0; i < panel->stepCount(); ++i, panel->next())
            QVERIFY(!panel->step()->fails);
        // F6 again puts it away, and the graph is no longer faded.
        QTest::keyClick(&w, Qt::Key_F6);
        QTRY_VERIFY(!dock->isVisible());
        QTRY_VERIFY(w.graphScene()->emphasisedNodes().contains(QStringLiteral("op:app-aws-api")));
        QTRY_VERIFY(w.graphScene()->emphasisedNodes().contains(QStringLiteral("op:ecr-pull")));
    }

    void compareShowsWhatBreaksOnFargate()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        CompareView *compare = w.compareView();
        QCOMPARE(compare->left(), LaunchType::Ec2);
        QCOMPARE(compare->right(), LaunchType::Fargate);
        const QStringList changed = compare->changedOperations();
        QVERIFY(changed.contains(QStringLiteral("ecr-pull")));
        QVERIFY(changed.contains(QStringLiteral("awslogs")));
        QVERIFY(!changed.contains(QStringLiteral("app-aws-api")));
        QVERIFY(compare->rightScene()->emphasisedNodes().contains(QStringLiteral("op:ecr-pull")));
        QVERIFY(!compare->rightScene()->emphasisedNodes().contains(QStringLiteral("op:app-aws-api")));
        compare->setLaunchTypes(LaunchType::Fargate, LaunchType::Fargate);
        QVERIFY(compare->changedOperations().isEmpty());
        // Esc closes the comparison window.
        QWidget *dialog = compare->window();
        QVERIFY(dialog != &w);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void quizKeepsScore()
    {
        std::vector<QuizQuestion> questions = makeQuiz(RulesCatalog::builtIn(), {}, 2, 5);
        QuizDialog dialog(questions);
        const QuizQuestion first = questions[0];
        const int right = int(std::find(first.choices.begin(), first.choices.end(), first.answer) - first.choices.begin());
        QVERIFY(dialog.questionText().contains(QString::fromStdString(RulesCatalog::builtIn().operation(first.operation)->title.en)));
        dialog.choose(right);
        QCOMPARE(dialog.session().score(), 1);
        QVERIFY(dialog.feedbackHtml().contains(QStringLiteral("Right.")));
        dialog.next();
        const QuizQuestion second = questions[1];
        const int wrong = second.choices[0] == second.answer ? 1 : 0;
        dialog.choose(wrong);
        QCOMPARE(dialog.session().score(), 1);
        QVERIFY(dialog.feedbackHtml().contains(QStringLiteral("Not quite")));
        dialog.next();
        QVERIFY(dialog.session().finished());
        QVERIFY(dialog.questionText().contains(QStringLiteral("1 of 2")));
        // The end reviews the mistake with its right answer, and offers another round.
        QCOMPARE(dialog.session().mistakes(), std::vector<size_t>{1});
        QVERIFY(
            dialog.feedbackHtml().contains(QString::fromStdString(RulesCatalog::builtIn().operation(second.operation)->title.en).toHtmlEscaped()));
        dialog.setNextRound([] { return makeQuiz(RulesCatalog::builtIn(), {}, 3, 9); });
        dialog.next();
        QVERIFY(!dialog.session().finished());
        QCOMPARE(dialog.session().questions().size(), size_t(3));
        QCOMPARE(dialog.session().score(), 0);
    }

    void presentationIsTheGraphAlone()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto visibleDocks = [&w] {
            const QList<QDockWidget *> docks = w.findChildren<QDockWidget *>();
            return int(std::count_if(docks.begin(), docks.end(), [](QDockWidget *d) { return d->isVisible(); }));
        };
        const int docksBefore = visibleDocks();
        QVERIFY(docksBefore > 0);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(w.isPresenting());
        QVERIFY(!w.menuBar()->isVisible());
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            QVERIFY(!d->isVisible());
        // The launch-type keys still work with the menus and toolbars hidden.
        const LaunchType before = w.context()->launchType();
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(w.context()->launchType(), LaunchType::Fargate);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(w.context()->launchType(), LaunchType::Ec2);
        w.context()->setLaunchType(before);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isPresenting());
        QVERIFY(w.menuBar()->isVisible());
        QTRY_COMPARE(visibleDocks(), docksBefore);
        // F11 does the same, both ways.
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(w.isPresenting());
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(!w.isPresenting());
        QTRY_COMPARE(visibleDocks(), docksBefore);
        // Leaving restores exactly what was there: the docks' layout byte for byte, the geometry, and
        // a maximised window stays maximised.
        const QByteArray state = w.saveState();
        const QByteArray geometry = w.saveGeometry();
        w.setPresentation(true);
        w.setPresentation(false);
        QCOMPARE(w.saveState(), state);
        QCOMPARE(w.saveGeometry(), geometry);
        w.showMaximized();
        QTRY_VERIFY(w.isMaximized());
        const QByteArray maximisedState = w.saveState();
        w.setPresentation(true);
        QTRY_VERIFY(w.isFullScreen());
        w.setPresentation(false);
        QTRY_VERIFY(w.isMaximized());
        QCOMPARE(w.saveState(), maximisedState);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
