// SPDX-License-Identifier: Apache-2.0
// The main window offscreen: it opens the sample, and switching the launch type makes every view
// follow; choosing an operation in one view selects it in the others.

#include "GraphItems.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "HelpDialog.h"
#include "MainWindow.h"
#include "PolicyDialog.h"
#include "TestSupport.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/ModelRoles.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace rolemap;

class TestWindow : public QObject
{
    Q_OBJECT

private:
    static QTableView *table(MainWindow &w, const char *model)
    {
        for (QTableView *t : w.findChildren<QTableView *>())
            if (t->model()->inherits(model))
                return t;
        return nullptr;
    }

    static QString statusOf(QTableView *coverage, const QString &operation)
    {
        for (int r = 0; r < coverage->model()->rowCount(); ++r)
            if (coverage->model()->index(r, 0).data(OperationIdRole).toString() == operation)
                return coverage->model()->index(r, 0).data(StatusRole).toString() + QLatin1Char('/') +
                       coverage->model()->index(r, 0).data(RoleKindRole).toString();
        return {};
    }

private slots:
    void initTestCase() { test::useTestSettings(); }

    // Clicking a container's node selects the container: in the tree, and so in Properties.
    void aContainerNodeSelectsTheContainer()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        NodeItem *node = w.graphScene()->nodeItem(QStringLiteral("actor:container:catalog-api"));
        QVERIFY(node);
        QVERIFY(node->flags() & QGraphicsItem::ItemIsSelectable);
        node->setSelected(true);
        const QModelIndex current = w.workspaceTree()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("catalog-api"));
        QCOMPARE(current.data(ItemKindRole).value<ItemKind>(), ItemKind::Container);
        QString heading;
        for (QLabel *l : w.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("<b>catalog-api</b> in")))
                heading = l->text();
        QVERIFY2(!heading.isEmpty(), "Properties show the container");
    }

    // Help > Handbook lists every key the window answers to, read from its actions; Edit > Copy copies
    // a table row; File > Close leaves an empty window.
    void handbookCopyAndClose()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString help = HelpDialog::html(w.findChildren<QAction *>());
        for (const char *key : {"F1", "F6", "F11", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+2", "Shift+F10", "Ctrl+W"})
            QVERIFY2(help.contains(QLatin1String(key)), key);
        QVERIFY(help.contains(QStringLiteral("task execution role"))); // the legend
        QTableView *coverage = table(w, "rolemap::CoverageModel");
        QVERIFY(coverage);
        coverage->setFocus();
        coverage->setCurrentIndex(coverage->model()->index(1, 0));
        QAction *copy = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Copy))
                copy = a;
        QVERIFY(copy);
        copy->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1Char('\t')) && copied.startsWith(coverage->model()->index(1, 0).data().toString()), qPrintable(copied));
        QAction *close = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_W))
                close = a;
        QVERIFY(close);
        close->trigger();
        QCOMPARE(w.document()->taskDefinitionCount(), 0);
        const QList<QGraphicsItem *> items = w.graphScene()->items();
        QVERIFY(std::none_of(items.begin(), items.end(), [](QGraphicsItem *i) { return qgraphicsitem_cast<NodeItem *>(i) != nullptr; }));
    }

    // At the first start's size the graph is readable: node titles (12 px) are drawn at 11 px or
    // more, scrolled rather than shrunk; Reset Layout gives the tables below about 30 % of the height.
    void readableAtTheDefaultSize()
    {
        MainWindow w;
        w.resize(1280, 800);
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.graphView()->fitAll();
        QVERIFY2(w.graphView()->zoom() * 12 >= 11 - 1e-6, qPrintable(QString::number(w.graphView()->zoom())));
        w.context()->setLaunchType(LaunchType::Fargate);
        QVERIFY(w.graphView()->zoom() * 12 >= 11 - 1e-6);
        QAction *reset = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Reset Layout"))
                reset = a;
        QVERIFY(reset);
        reset->trigger();
        auto *tables = w.findChild<QDockWidget *>(QStringLiteral("TablesDock"));
        QTRY_VERIFY2(tables->height() >= w.height() / 4, qPrintable(QStringLiteral("%1 of %2").arg(tables->height()).arg(w.height())));
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("WalkthroughDock"))->isVisible());
    }

    // The window shows one launch type for the whole workspace: switching through all four keeps
    // one launch type's coverage (plus the selected task's on each), not four.
    // Opening runs on a worker thread; Cancel leaves what was open untouched.
    void cancellingAnOpenChangesNothing()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const std::string before = w.document()->taskDefinition(0).document.dump();
        const int count = w.document()->taskDefinitionCount();
        // A file big enough that parsing it outlasts the first turn of the event loop.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.json"));
        {
            Json tds = Json::array();
            for (int i = 0; i < 20000; ++i)
                tds.push_back({{"family", "t" + std::to_string(i)},
                               {"containerDefinitions", Json::array({{{"name", "app"}, {"image", "nginx"}, {"essential", true}}})}});
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(tds.dump()));
        }
        QTimer::singleShot(0, &w, [&w] {
            if (auto *progress = w.findChild<QProgressDialog *>())
                progress->cancel();
        });
        QVERIFY(!w.open({big}));
        QCOMPARE(w.document()->taskDefinitionCount(), count);
        QCOMPARE(w.document()->taskDefinition(0).document.dump(), before);
        // And without cancelling, the same file opens.
        QVERIFY(w.open({big}));
        QCOMPARE(w.document()->taskDefinitionCount(), 20000);
        // Switching a whole account's launch type shows the wait cursor while it works, and only then.
        Qt::CursorShape during = Qt::ArrowCursor;
        const auto watch = connect(w.context(), &ViewContext::launchTypeAboutToChange, &w, [&] {
            if (QApplication::overrideCursor())
                during = QApplication::overrideCursor()->shape();
        });
        w.launchTypeAction(LaunchType::Fargate)->trigger();
        disconnect(watch);
        QCOMPARE(during, Qt::WaitCursor);
        QCOMPARE(QApplication::overrideCursor(), nullptr);
        QCOMPARE(w.document()->coverage(0, LaunchType::Fargate).launchType, LaunchType::Fargate);
    }

    void coverageCacheHoldsOneLaunchType()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const size_t tasks = size_t(w.document()->taskDefinitionCount());
        // At its peak, while the views fill on the new launch type, the old one is gone already.
        size_t peak = 0;
        connect(w.context(), &ViewContext::launchTypeChanged, &w, [&] {
            QVERIFY(w.graphScene()->nodeItemCount() > 0);
            peak = std::max(peak, w.document()->cachedCoverageCount());
        });
        for (LaunchType t : kAllLaunchTypes)
            w.context()->setLaunchType(t);
        QVERIFY(peak >= tasks);
        QVERIFY2(peak <= tasks + 3, qPrintable(QString::number(peak)));
        QVERIFY(w.document()->cachedCoverageCount() >= tasks);
        QVERIFY(w.document()->cachedCoverageCount() <= tasks + 3);
        // What the views show is still there and right.
        QCOMPARE(w.document()->coverage(0, LaunchType::ManagedInstances).launchType, LaunchType::ManagedInstances);
    }

    void switchingLaunchTypeMovesPullAndLogsToTheExecutionRole()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.context()->launchType(), LaunchType::Ec2); // the first task's cluster
        QTableView *coverage = table(w, "rolemap::CoverageModel");
        QVERIFY(coverage);
        // The sample carries its roles: the instance role is checked against its managed policy.
        QCOMPARE(statusOf(coverage, QStringLiteral("ecr-pull")), QStringLiteral("ok/instance"));
        QVERIFY(w.graphScene()->nodeItem(QStringLiteral("role:instance")));

        w.launchTypeAction(LaunchType::Fargate)->trigger();
        QCOMPARE(w.context()->launchType(), LaunchType::Fargate);
        QCOMPARE(statusOf(coverage, QStringLiteral("ecr-pull")), QStringLiteral("missing-role/execution"));
        QCOMPARE(statusOf(coverage, QStringLiteral("awslogs")), QStringLiteral("missing-role/execution"));
        QVERIFY(!w.graphScene()->nodeItem(QStringLiteral("role:instance")));
        QVERIFY(w.graphScene()->nodeItem(QStringLiteral("role:execution:missing"))->node().missing);
        QVERIFY(w.launchTypeAction(LaunchType::Fargate)->isChecked());
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("Explanation"))->toPlainText().contains(QLatin1String("will fail")));

        // Ctrl+1 goes back.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.context()->launchType(), LaunchType::Ec2);
        QCOMPARE(statusOf(coverage, QStringLiteral("ecr-pull")), QStringLiteral("ok/instance"));
    }

    // Redo fires from both of its keys (it did from neither: one key was registered twice).
    void redoFromTheKeyboard()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QUndoStack *stack = w.document()->undoStack();
        Json changed = w.document()->taskDefinition(0).document;
        changed["family"] = "renamed";
        QVERIFY(w.document()->editTaskDefinition(0, changed, QStringLiteral("Rename")));
        QCOMPARE(stack->index(), 1);
        // No key is registered twice on any action (X11 then reports it ambiguous and fires nothing).
        for (QAction *action : w.findChildren<QAction *>()) {
            const QList<QKeySequence> keys = action->shortcuts();
            for (qsizetype i = 0; i < keys.size(); ++i)
                QVERIFY2(keys.indexOf(keys[i], i + 1) < 0, qPrintable(action->text() + QLatin1Char(' ') + keys[i].toString()));
        }
        for (const QKeySequence &redo : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
            QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Z));
            QCOMPARE(stack->index(), 0);
            QTest::keySequence(&w, redo);
            QCOMPARE(stack->index(), 1);
        }
    }

    void selectionIsShared()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // From the graph…
        auto *node = w.graphScene()->nodeItem(QStringLiteral("op:awslogs"));
        QVERIFY(node);
        node->setSelected(true);
        QCOMPARE(w.context()->operation(), QStringLiteral("awslogs"));
        QTableView *coverage = table(w, "rolemap::CoverageModel");
        QCOMPARE(coverage->currentIndex().data(OperationIdRole).toString(), QStringLiteral("awslogs"));
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("Explanation"))->toPlainText().contains(QLatin1String("CloudWatch Logs")));
        QTreeView *tree = w.findChild<QTreeView *>();
        QVERIFY(tree->selectionModel()->selectedIndexes().value(0).data().toString().startsWith(QLatin1String("logs: awslogs")));
        // …and from the comparison table.
        QTableView *comparison = table(w, "rolemap::ComparisonModel");
        comparison->selectRow(1);
        QCOMPARE(w.context()->operation(), QStringLiteral("ecr-pull"));
        QVERIFY(w.graphScene()->nodeItem(QStringLiteral("op:ecr-pull"))->isSelected());
    }

    void suggestedPolicyAndWhatTheRoleGrants()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const std::string exec = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole";
        PolicyDialog dialog(*w.document(), exec, RoleKind::Execution, LaunchType::Fargate);
        QVERIFY(dialog.policyText().contains(QLatin1String("secretsmanager:GetSecretValue")));
        QVERIFY(dialog.policyText().contains(QLatin1String("arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf")));
        QVERIFY(!dialog.neededVersusGranted().isEmpty());
        for (const QString &line : dialog.neededVersusGranted())
            QVERIFY2(line.startsWith(QStringLiteral("✔")), qPrintable(line)); // the sample's role grants all of it
        // A role the IAM data does not grant enough: the task role of catalog-api needs nothing but the app's own calls.
        PolicyDialog instance(*w.document(), "arn:aws:iam::111122223333:role/ecsInstanceRole", RoleKind::Instance, LaunchType::Ec2);
        QVERIFY(instance.policyText().contains(QLatin1String("ecr:GetAuthorizationToken")));
        QVERIFY(instance.policyText().contains(QLatin1String("ecs:RegisterContainerInstance")));
    }

    void badInputChangesNothing()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        const int before = w.document()->taskDefinitionCount();
        QTimer closer; // the error box, whenever it comes (opening runs an event loop of its own first)
        connect(&closer, &QTimer::timeout, [] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top->inherits("QMessageBox") && top->isVisible())
                    top->close();
        });
        closer.start(20);
        QVERIFY(!w.open({QStringLiteral(ROLEMAP_SHARED_DIR "/corpus/odd/kayac__ecspresso__tests__ci__ecs-task-def.jsonnet")}));
        QCOMPARE(w.document()->taskDefinitionCount(), before);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
