// SPDX-License-Identifier: Apache-2.0
// Editing: every kind of drop through the model API and onto the graph, undo that restores the
// user's JSON byte for byte, merged typing, saving and loading, and exported task definitions that
// the ECS service model (Debian's python3-botocore) accepts.

#include "Autosave.h"
#include "DocumentManager.h"
#include "GraphItems.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "PropertyEditor.h"
#include "TestSupport.h"
#include "core/InputError.h"
#include "core/Validation.h"
#include "document/Blocks.h"
#include "document/Document.h"
#include "document/Mime.h"
#include "engine/CoverageEngine.h"
#include "io/Importer.h"
#include "io/TaskDefinitionWriter.h"
#include "io/WorkspaceWriter.h"
#include "itemmodels/ModelRoles.h"
#include "itemmodels/PaletteModel.h"
#include "itemmodels/WorkspaceModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <random>

using namespace rolemap;

namespace {

int indexOf(const Document &d, const std::string &name)
{
    for (int i = 0; i < d.taskDefinitionCount(); ++i)
        if (d.taskDefinition(i).displayName() == name)
            return i;
    return -1;
}

std::string snapshot(const Document &d)
{
    return workspaceJson(d.workspace());
}

QMimeData *blockMime(const char *id)
{
    return encodeBlock(QString::fromLatin1(id));
}

bool hasErrors(const Document &d, int index, LaunchType t)
{
    return d.coverage(index, t).hasErrors();
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestSettings(); }

    void paletteBlockOntoAContainerThroughTheTree()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        WorkspaceModel tree(&doc);
        PaletteModel palette(&doc);
        const int td = indexOf(doc, "catalog-api-fargate:1");
        const QModelIndex container = tree.index(0, 0, tree.indexOfTaskDefinition(td));
        QCOMPARE(container.data(ItemKindRole).value<ItemKind>(), ItemKind::Container);
        const std::unique_ptr<QMimeData> mime(palette.mimeData({palette.index(palette.rowOf(QStringLiteral("secret")))}));
        QVERIFY(tree.canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, container));
        QVERIFY(tree.dropMimeData(mime.get(), Qt::CopyAction, -1, 0, container));
        const TaskDefinition &after = doc.taskDefinition(td);
        QCOMPARE(after.containers[0].secrets.size(), size_t(1));
        QVERIFY(doc.coverage(td, LaunchType::Fargate).operation("secrets-manager"));
        doc.undoStack()->undo();
        QCOMPARE(doc.taskDefinition(td).containers[0].secrets.size(), size_t(0));
    }

    void droppingAnExecutionRoleTurnsTheCoverageGreen()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const int td = indexOf(doc, "catalog-api-fargate:1");
        QVERIFY(hasErrors(doc, td, LaunchType::Fargate));
        const std::unique_ptr<QMimeData> mime(
            encodeBlock(QString::fromStdString(roleBlockId("execution", "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"))));
        DropTarget target{DropTarget::Kind::TaskDefinition, td, -1, -1};
        QVERIFY(doc.dropRefusal(mime.get(), target, Qt::CopyAction).isEmpty());
        QVERIFY(doc.drop(mime.get(), target, Qt::CopyAction));
        QVERIFY(!hasErrors(doc, td, LaunchType::Fargate));
        QCOMPARE(doc.coverage(td, LaunchType::Fargate).operation("ecr-pull")->status, Status::Ok); // checked against the sample's roles
        doc.undoStack()->undo();
        QVERIFY(hasErrors(doc, td, LaunchType::Fargate));
    }

    void aDropThatCannotWorkIsRefusedWithTheReason()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const int td = indexOf(doc, "storefront:3");
        const std::string before = snapshot(doc);
        const std::unique_ptr<QMimeData> mime(blockMime("firelens-s3-config"));
        DropTarget target{DropTarget::Kind::Container, td, 0, -1};
        const QString refusal = doc.dropRefusal(mime.get(), target, Qt::CopyAction);
        QVERIFY2(refusal.contains(QLatin1String("not supported on Fargate")), qPrintable(refusal));
        QVERIFY(!doc.drop(mime.get(), target, Qt::CopyAction));
        QCOMPARE(snapshot(doc), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        // The same block on EC2 is fine.
        const int ec2 = indexOf(doc, "orders-worker:12");
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::Container, ec2, 0, -1}, Qt::CopyAction));
        QVERIFY(doc.coverage(ec2, LaunchType::Ec2).operation("firelens-config-s3"));
        // Roles go where they belong.
        const std::unique_ptr<QMimeData> instance(encodeBlock(QStringLiteral("role:instance:arn:aws:iam::111122223333:role/other")));
        QVERIFY(!doc.dropRefusal(instance.get(), {DropTarget::Kind::TaskDefinition, ec2, -1, -1}, Qt::CopyAction).isEmpty());
        QVERIFY(doc.drop(instance.get(), {DropTarget::Kind::Cluster, -1, -1, 0}, Qt::CopyAction));
        QCOMPARE(doc.workspace().clusters[0].instanceRoleArn, std::string("arn:aws:iam::111122223333:role/other"));
        QVERIFY(!doc.dropRefusal(instance.get(), {DropTarget::Kind::Cluster, -1, -1, 1}, Qt::CopyAction).isEmpty()); // Fargate
    }

    void containersReorderMoveAndCopy()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        WorkspaceModel tree(&doc);
        const int orders = indexOf(doc, "orders-worker:12");
        const QModelIndex tdItem = tree.indexOfTaskDefinition(orders);
        // Drag the second container above the first.
        std::unique_ptr<QMimeData> mime(tree.mimeData({tree.index(1, 0, tdItem)}));
        QVERIFY(tree.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, tree.indexOfTaskDefinition(orders)));
        QCOMPARE(doc.taskDefinition(orders).containers[0].name, std::string("metrics-agent"));
        QCOMPARE(doc.undoStack()->count(), 1);
        // Move it to another task definition, then copy it (Ctrl).
        const int store = indexOf(doc, "storefront:3");
        mime.reset(encodeContainer(doc.taskId(orders), 0));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::TaskDefinition, store, -1, -1}, Qt::MoveAction));
        QCOMPARE(doc.taskDefinition(orders).containers.size(), size_t(1));
        QCOMPARE(doc.taskDefinition(store).containers.back().name, std::string("metrics-agent"));
        mime.reset(encodeContainer(doc.taskId(orders), 0));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::TaskDefinition, store, -1, -1}, Qt::CopyAction));
        QCOMPARE(doc.taskDefinition(orders).containers.size(), size_t(1));
        QCOMPARE(doc.taskDefinition(store).containers.back().name, std::string("orders-worker"));
        QCOMPARE(doc.undoStack()->count(), 3); // one step per gesture
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.taskDefinition(orders).containers.size(), size_t(2));
    }

    void aTaskDefinitionOntoAClusterTakesItsLaunchType()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const int td = indexOf(doc, "catalog-api:7");
        QCOMPARE(doc.defaultLaunchType(td), LaunchType::Ec2);
        const std::unique_ptr<QMimeData> mime(encodeTaskDefinition(doc.taskId(td)));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::Cluster, -1, -1, 1}, Qt::MoveAction));
        QCOMPARE(doc.defaultLaunchType(td), LaunchType::Fargate);
        QVERIFY(!doc.dropRefusal(mime.get(), {DropTarget::Kind::Cluster, -1, -1, 1}, Qt::MoveAction).isEmpty()); // already there
        doc.undoStack()->undo();
        QCOMPARE(doc.defaultLaunchType(td), LaunchType::Ec2);
    }

    // The document finds clusters through an index: it must agree with the workspace's own search
    // after every kind of change, and after each undo.
    void clusterLookUpFollowsEveryChange()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        auto agrees = [&] {
            for (int i = 0; i < doc.taskDefinitionCount(); ++i)
                if (doc.clusterOf(i) != doc.workspace().clusterOf(doc.taskDefinition(i)))
                    return false;
            return true;
        };
        QVERIFY(agrees());
        const int td = indexOf(doc, "catalog-api:7");
        QVERIFY(doc.clusterOf(td) != nullptr);
        Json renamed = doc.taskDefinition(td).document;
        renamed["family"] = "renamed-api";
        QVERIFY(doc.editTaskDefinition(td, renamed, QStringLiteral("rename"))); // its cluster's reference follows
        QCOMPARE(doc.clusterOf(td)->name, doc.workspace().clusters[0].name);
        QVERIFY(agrees());
        doc.undoStack()->undo();
        QVERIFY(doc.clusterOf(td) != nullptr);
        QVERIFY(agrees());
        const std::unique_ptr<QMimeData> mime(encodeTaskDefinition(doc.taskId(td)));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::Cluster, -1, -1, 1}, Qt::MoveAction));
        QCOMPARE(doc.clusterOf(td), &doc.workspace().clusters[1]);
        QVERIFY(agrees());
        const int added = doc.addTaskDefinition({{"family", "scratch"}, {"containerDefinitions", Json::array()}}, 0, QStringLiteral("New"));
        QCOMPARE(doc.clusterOf(added), &doc.workspace().clusters[0]);
        QVERIFY(agrees());
        QVERIFY(doc.removeTaskDefinition(indexOf(doc, "storefront:3")));
        QVERIFY(agrees());
        while (doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            QVERIFY(agrees());
        }
    }

    void ecsExecIsARunSetting()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const int td = indexOf(doc, "storefront:3");
        const Json before = doc.taskDefinition(td).document;
        const std::unique_ptr<QMimeData> mime(blockMime("ecs-exec"));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::TaskDefinition, td, -1, -1}, Qt::CopyAction));
        QVERIFY(doc.coverage(td, LaunchType::Fargate).operation("ecs-exec"));
        QVERIFY(doc.taskDefinition(td).document == before); // not a task-definition field
        QVERIFY(workspaceJson(doc.workspace()).find("\"enableExecuteCommand\": true") != std::string::npos);
    }

    void dropsOntoTheGraph()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document *doc = w.document();
        const int td = w.context()->taskDefinition();
        NodeItem *container = w.graphScene()->nodeItem(QStringLiteral("actor:container:catalog-api"));
        QVERIFY(container);
        GraphView *view = w.graphView();
        const QPoint at = view->mapFromScene(container->sceneBoundingRect().center());
        std::unique_ptr<QMimeData> mime(blockMime("environment-file"));
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QSignalSpy verdicts(view, &GraphView::dropVerdict);
        // As a real drag does: enter first (which makes the viewport the drag's target), then move.
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QCoreApplication::sendEvent(view->viewport(), &move);
        QVERIFY2(move.isAccepted(), qPrintable(verdicts.isEmpty() ? QStringLiteral("no verdict") : verdicts.last().at(0).toString()));
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(doc->taskDefinition(td).containers[0].environmentFiles.size(), size_t(1));
        QVERIFY(w.graphScene()->nodeItem(QStringLiteral("op:environment-files"))); // the graph followed
        // A refused drop is refused while dragging.
        w.context()->setLaunchType(LaunchType::Fargate);
        const int fargate = indexOf(*doc, "storefront:3");
        w.context()->setTaskDefinition(fargate);
        mime.reset(blockMime("firelens-s3-config"));
        QDragEnterEvent enterAgain(view->rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enterAgain);
        QDragMoveEvent refused(view->rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &refused);
        QVERIFY(verdicts.last().at(0).toString().contains(QLatin1String("not supported on Fargate")));
        QVERIFY(!refused.isAccepted());
    }

    void typingInOneFieldIsOneUndoStep()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        PropertyEditor editor(&doc);
        const int td = indexOf(doc, "storefront:3");
        editor.showItem(td, 0);
        QLineEdit *image = nullptr;
        for (QLineEdit *e : editor.findChildren<QLineEdit *>())
            if (e->text().startsWith(QLatin1String("111122223333.dkr.ecr")))
                image = e;
        QVERIFY(image);
        image->setFocus();
        image->selectAll();
        QTest::keyClicks(image, QStringLiteral("nginx:1"));
        QVERIFY(doc.taskDefinition(td).containers[0].image.rfind("111122223333.dkr.ecr", 0) == 0); // not while typing
        QTest::keyClick(image, Qt::Key_Return);
        QCOMPARE(doc.taskDefinition(td).containers[0].image, std::string("nginx:1"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!doc.coverage(td, LaunchType::Fargate).operation("ecr-pull")); // a public image now
        doc.undoStack()->undo();
        QVERIFY(doc.taskDefinition(td).containers[0].image.rfind("111122223333.dkr.ecr", 0) == 0);
        // A role typed over another: nothing is applied on the way ("arn" is a valid role name), and
        // the whole ARN is one edit.
        QLineEdit *taskRole = nullptr;
        for (QLineEdit *e : editor.findChildren<QLineEdit *>())
            if (e->toolTip().startsWith(QLatin1String("taskRoleArn")))
                taskRole = e;
        QVERIFY(taskRole);
        const std::string roleBefore = doc.taskDefinition(td).taskRoleArn;
        const int steps = doc.undoStack()->index();
        taskRole->setFocus();
        taskRole->selectAll();
        QTest::keyClicks(taskRole, QStringLiteral("arn:aws:iam::123456789012:role/typed"));
        QCOMPARE(doc.taskDefinition(td).taskRoleArn, roleBefore);
        QTest::keyClick(taskRole, Qt::Key_Return);
        QCOMPARE(doc.taskDefinition(td).taskRoleArn, std::string("arn:aws:iam::123456789012:role/typed"));
        QCOMPARE(doc.undoStack()->index(), steps + 1);
        // Left half-typed and invalid: the last valid value stays.
        taskRole->selectAll();
        QTest::keyClicks(taskRole, QStringLiteral("arn:aws:iam::12"));
        QTest::keyClick(taskRole, Qt::Key_Return);
        QCOMPARE(doc.taskDefinition(td).taskRoleArn, std::string("arn:aws:iam::123456789012:role/typed"));
        // Invalid values are shown, never written.
        QVERIFY(!roleValueProblem("arn:aws:iam::12:role/x", false).isEmpty());
        QVERIFY(roleValueProblem("myRole", true).isEmpty());
        QVERIFY(!imageReferenceProblem("Bad Image!").isEmpty());
        QVERIFY(imageReferenceProblem("123456789012.dkr.ecr.us-east-1.amazonaws.com/a/b:1.2").isEmpty());
    }

    // redo → undo → redo gives the same state, and 500 random edits undone give back every byte.
    // Choices are chosen: launch types as check boxes, the network mode from a list.
    void propertiesOfferChoices()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        PropertyEditor editor(&doc);
        const int td = indexOf(doc, "orders-worker:12");
        editor.showItem(td, -1);
        // Every row is labelled.
        QStringList labels;
        for (QLabel *l : editor.findChildren<QLabel *>())
            labels << l->text();
        for (const char *label : {"Family", "Execution role", "Task role", "Network mode", "Launch types", "Container name", "Image"})
            QVERIFY2(labels.contains(QLatin1String(label)), label);
        QCheckBox *fargate = nullptr;
        for (QCheckBox *b : editor.findChildren<QCheckBox *>())
            if (b->text() == QStringLiteral("FARGATE"))
                fargate = b;
        QVERIFY(fargate);
        QVERIFY(!fargate->isChecked());
        fargate->click();
        QVERIFY(doc.fieldValue({td, -1, TaskField::LaunchTypes}).contains(QStringLiteral("FARGATE")));
        QVERIFY(fargate->isChecked());
        auto *mode = editor.findChild<QComboBox *>();
        QVERIFY(mode);
        const int awsvpc = mode->findData(QStringLiteral("awsvpc"));
        QVERIFY(awsvpc >= 0);
        mode->setCurrentIndex(awsvpc);
        emit mode->activated(awsvpc);
        QCOMPARE(doc.taskDefinition(td).networkMode, std::string("awsvpc"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.fieldValue({td, -1, TaskField::LaunchTypes}).contains(QStringLiteral("FARGATE")));
    }

    void randomEditsUndoToTheOriginalBytes()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        std::vector<std::string> original;
        for (int i = 0; i < doc.taskDefinitionCount(); ++i)
            original.push_back(writeTaskDefinition(doc.taskDefinition(i)));
        const std::string originalWorkspace = snapshot(doc);
        std::mt19937 random(20261128);
        const std::vector<Block> &blocks = paletteBlocks();
        int done = 0;
        for (int attempt = 0; done < 500 && attempt < 5000; ++attempt) {
            const int td = int(random() % unsigned(doc.taskDefinitionCount()));
            const Block &b = blocks[random() % blocks.size()];
            const int containers = int(doc.taskDefinition(td).containers.size());
            DropTarget target{DropTarget::Kind::Container, td, containers ? int(random() % unsigned(containers)) : -1, -1};
            if (target.container < 0)
                target.kind = DropTarget::Kind::TaskDefinition;
            const std::unique_ptr<QMimeData> mime(encodeBlock(QString::fromStdString(b.id)));
            const int before = doc.undoStack()->index();
            if (doc.drop(mime.get(), target, Qt::CopyAction) && doc.undoStack()->index() > before)
                ++done;
        }
        QCOMPARE(done, 500);
        const std::string edited = snapshot(doc);
        QVERIFY(edited != originalWorkspace);
        // redo → undo → redo
        doc.undoStack()->undo();
        const std::string oneBack = snapshot(doc);
        doc.undoStack()->redo();
        QCOMPARE(snapshot(doc), edited);
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), oneBack);
        doc.undoStack()->redo();
        // Undo everything.
        doc.undoStack()->setIndex(0);
        QCOMPARE(snapshot(doc), originalWorkspace);
        for (int i = 0; i < doc.taskDefinitionCount(); ++i)
            QCOMPARE(writeTaskDefinition(doc.taskDefinition(i)), original[size_t(i)]);
        doc.undoStack()->setIndex(doc.undoStack()->count());
        QCOMPARE(snapshot(doc), edited);
    }

    // Editing from the keyboard: Enter on a palette block adds it to the selected container, and
    // Edit > Add lists every block.
    void editingWithoutAMouse()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document *doc = w.document();
        const int td = indexOf(*doc, "orders-worker:12");
        auto *model = qobject_cast<WorkspaceModel *>(w.workspaceTree()->model());
        const QModelIndex container = model->index(0, 0, model->indexOfTaskDefinition(td));
        w.workspaceTree()->setCurrentIndex(container);
        QCOMPARE(w.context()->taskDefinition(), td);
        const size_t files = doc->taskDefinition(td).containers[0].environmentFiles.size();
        auto *palette = w.findChild<QListView *>();
        QVERIFY(palette);
        for (int r = 0; r < palette->model()->rowCount(); ++r)
            if (palette->model()->index(r, 0).data(OperationIdRole).toString() == QStringLiteral("environment-file"))
                palette->setCurrentIndex(palette->model()->index(r, 0));
        palette->setFocus();
        QTest::keyClick(palette, Qt::Key_Return);
        QCOMPARE(doc->taskDefinition(td).containers[0].environmentFiles.size(), files + 1);
        QMenu *add = nullptr;
        for (QMenu *m : w.findChildren<QMenu *>())
            if (m->title() == QStringLiteral("&Add"))
                add = m;
        QVERIFY(add);
        emit add->aboutToShow();
        QCOMPARE(add->actions().size(), palette->model()->rowCount());
        const size_t secrets = doc->taskDefinition(td).containers[0].secrets.size();
        QAction *secret = nullptr;
        for (int r = 0; r < palette->model()->rowCount(); ++r)
            if (palette->model()->index(r, 0).data(OperationIdRole).toString() == QStringLiteral("secret"))
                secret = add->actions().at(r);
        QVERIFY(secret);
        secret->trigger();
        QCOMPARE(doc->taskDefinition(td).containers[0].secrets.size(), secrets + 1);
    }

    void deletingAFeatureRemovesItsField()
    {
        MainWindow w;
        QVERIFY(w.open({}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        Document *doc = w.document();
        const int td = indexOf(*doc, "orders-worker:12");
        const std::string before = writeTaskDefinition(doc->taskDefinition(td));
        auto *model = w.workspaceTree()->model();
        QModelIndex secret;
        const QModelIndex container = model->index(0, 0, qobject_cast<WorkspaceModel *>(model)->indexOfTaskDefinition(td));
        for (int r = 0; r < model->rowCount(container); ++r)
            if (model->index(r, 0, container).data().toString().startsWith(QLatin1String("secret: DB_PASSWORD")))
                secret = model->index(r, 0, container);
        QVERIFY(secret.isValid());
        QCOMPARE(secret.data(JsonPointerRole).toString(), QStringLiteral("/containerDefinitions/0/secrets/0"));
        w.workspaceTree()->setCurrentIndex(secret);
        QAction *del = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Delete))
                del = a;
        QVERIFY(del); // Edit ▸ Delete, on the Delete key
        QCOMPARE(w.workspaceTree()->currentIndex().data().toString(), secret.data().toString());
        del->trigger();
        QCOMPARE(doc->taskDefinition(td).containers[0].secrets.size(), size_t(1));
        QCOMPARE(doc->taskDefinition(td).containers[0].secrets[0].name, std::string("ORDERS_QUEUE_URL"));
        doc->undoStack()->undo();
        QCOMPARE(writeTaskDefinition(doc->taskDefinition(td)), before);
    }

    void newAndDeleteAreUndoable()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const std::string before = snapshot(doc);
        const int index = doc.addTaskDefinition({{"family", "scratch"}, {"containerDefinitions", Json::array()}}, 1, QStringLiteral("New"));
        QCOMPARE(doc.taskDefinition(index).family, std::string("scratch"));
        QCOMPARE(doc.defaultLaunchType(index), LaunchType::Fargate); // joined the Fargate cluster
        QVERIFY(doc.removeTaskDefinition(indexOf(doc, "storefront:3")));
        QCOMPARE(indexOf(doc, "storefront:3"), -1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), before);
    }

    // The autosave keeps unsaved work for the next start, which offers it back: file handling and
    // autosave on their own, without a main window.
    void unsavedWorkIsRecoveredAfterACrash()
    {
        QFile::remove(Autosave::recoveryPath());
        std::string edited;
        {
            QWidget window;
            Document doc;
            ViewContext context;
            DocumentManager files(&doc, &context, &window);
            Autosave autosave(&doc, &files);
            QSignalSpy opened(&files, &DocumentManager::opened);
            QVERIFY(files.open({}));
            QCOMPARE(opened.count(), 1);
            QCOMPARE(context.taskDefinition(), 0);
            const std::unique_ptr<QMimeData> mime(blockMime("secret"));
            QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::Container, 0, 0, -1}, Qt::CopyAction));
            QVERIFY(window.isWindowModified());
            edited = snapshot(doc);
            autosave.save();
            QVERIFY(QFileInfo::exists(Autosave::recoveryPath()));
        } // no close: what a crash leaves behind
        QVERIFY(QFileInfo::exists(Autosave::recoveryPath()));
        QWidget window;
        Document doc;
        ViewContext context;
        DocumentManager files(&doc, &context, &window);
        Autosave autosave(&doc, &files);
        QVERIFY(files.open({}));
        QTimer::singleShot(0, [] { // answer "Open" in the recovery question
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top))
                    box->button(QMessageBox::Open)->click();
        });
        autosave.offerRecovery(&window);
        QCOMPARE(snapshot(doc), edited);
        QVERIFY(doc.isModified()); // recovered work is unsaved work
        QVERIFY(window.isWindowModified());
        QVERIFY(!QFileInfo::exists(Autosave::recoveryPath()));
        // Saved, it is the file Save writes, and nothing is unsaved.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recovered.rolemap.json"));
        QVERIFY(files.saveTo(path));
        QCOMPARE(doc.fileName(), path);
        QVERIFY(!doc.isModified());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("recovered.rolemap.json[*]"));
    }

    // Opening a bad file in the background keeps what was open; the error names the file.
    void aBadFileKeepsWhatWasOpen()
    {
        QWidget window;
        Document doc;
        ViewContext context;
        DocumentManager files(&doc, &context, &window);
        QVERIFY(files.open({}));
        const std::string before = snapshot(doc);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"family\": ");
        f.close();
        // The error box comes after the background load: answer it when it shows.
        QString shown;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    shown = box->text();
                    answer.stop();
                    box->button(QMessageBox::Ok)->click();
                }
        });
        answer.start();
        QVERIFY(!files.open({bad}));
        QVERIFY2(shown.contains(QLatin1String("bad.json")), qPrintable(shown));
        QCOMPARE(snapshot(doc), before);
        // A good file and a bad one (a command line, "Open With"): the good one opens, the bad one
        // is named with its reason.
        const QString good = test::corpusDir(QStringLiteral("taskdefs/aws-samples__aws-containers-task-definitions__nginx__nginx_fargate.json"));
        shown.clear();
        answer.start();
        QVERIFY(files.open({good, bad}));
        QVERIFY2(shown.contains(QLatin1String("bad.json")) && shown.contains(QLatin1String("left out")), qPrintable(shown));
        QCOMPARE(doc.taskDefinitionCount(), 1);
        QCOMPARE(doc.taskDefinition(0).family, std::string("nginx"));
    }

    // The Document's intentions: the editors say what to change, the Document writes the JSON.
    void documentIntentions()
    {
        Document doc;
        doc.setWorkspace(loadSample());
        const std::string original = snapshot(doc);
        const int td = indexOf(doc, "orders-worker:12");
        // Remove a field by its pointer, and a container; a pointer that leads nowhere changes nothing.
        QVERIFY(doc.removeField(td, "/containerDefinitions/0/secrets/0", QStringLiteral("secret: DB_PASSWORD")));
        QCOMPARE(doc.taskDefinition(td).containers[0].secrets.size(), size_t(1));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete secret: DB_PASSWORD from orders-worker:12"));
        QVERIFY(!doc.removeField(td, "/containerDefinitions/7/secrets/0", QStringLiteral("gone")));
        QVERIFY(!doc.removeField(td, "not a pointer", QStringLiteral("gone")));
        const size_t containers = doc.taskDefinition(td).containers.size();
        QVERIFY(doc.removeContainer(td, 0, QStringLiteral("orders-worker")));
        QCOMPARE(doc.taskDefinition(td).containers.size(), containers - 1);
        QVERIFY(!doc.removeContainer(td, 99, QStringLiteral("none")));
        // A new task definition in the Fargate cluster has what Fargate requires.
        const int fresh = doc.newTaskDefinition("scratch", 1);
        QVERIFY(fresh >= 0);
        const Json &json = doc.taskDefinition(fresh).document;
        QCOMPARE(json.value("networkMode", std::string()), std::string("awsvpc"));
        QCOMPARE(json["requiresCompatibilities"], Json::array({"FARGATE"}));
        const int plain = doc.newTaskDefinition("plain", -1);
        QVERIFY(!doc.taskDefinition(plain).document.contains("networkMode"));
        // Fields: an invalid value is refused whole; typing in one field is one undo step.
        const int steps = doc.undoStack()->count();
        const FieldRef role{td, -1, TaskField::ExecutionRole};
        QVERIFY(!doc.setField(role, QStringLiteral("arn")));
        QVERIFY(!doc.setField(role, QStringLiteral("arn:aws:iam::123456789012:user/me")));
        QCOMPARE(doc.undoStack()->count(), steps);
        QVERIFY(doc.setField(role, QStringLiteral("arn:aws:iam::123456789012:role/a")));
        QVERIFY(doc.setField(role, QStringLiteral("arn:aws:iam::123456789012:role/ab")));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.fieldValue(role), QStringLiteral("arn:aws:iam::123456789012:role/ab"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit executionRoleArn of orders-worker:12"));
        QVERIFY(doc.setField({td, 0, TaskField::Image}, QStringLiteral("nginx:1")));
        QVERIFY(doc.undoStack()->undoText().startsWith(QStringLiteral("Edit image of ")));
        QVERIFY(doc.undoStack()->undoText().endsWith(QStringLiteral(" in orders-worker:12")));
        QVERIFY(doc.setField({td, -1, TaskField::LaunchTypes}, QStringLiteral("ec2, fargate")));
        QCOMPARE(doc.fieldValue({td, -1, TaskField::LaunchTypes}), QStringLiteral("EC2, FARGATE"));
        QVERIFY(!doc.setField({td, 5, TaskField::Image}, QStringLiteral("nginx"))); // no such container
        // Everything undoes to the original bytes.
        doc.undoStack()->setIndex(0);
        QCOMPARE(snapshot(doc), original);
    }

    void saveThenLoadIsIdentical()
    {
        QTemporaryDir dir;
        Document doc;
        doc.setWorkspace(loadSample());
        const std::unique_ptr<QMimeData> mime(blockMime("ecs-exec"));
        QVERIFY(doc.drop(mime.get(), {DropTarget::Kind::TaskDefinition, 0, -1, -1}, Qt::CopyAction));
        const std::string path = dir.filePath(QStringLiteral("w.rolemap.json")).toStdString();
        writeFileAtomically(path, workspaceJson(doc.workspace()));
        const Workspace again = importFiles({path});
        QCOMPARE(workspaceJson(again), workspaceJson(doc.workspace()));
        QCOMPARE(again.taskDefinitions.size(), doc.workspace().taskDefinitions.size());
        for (size_t i = 0; i < again.taskDefinitions.size(); ++i)
            QVERIFY(again.taskDefinitions[i].document == doc.workspace().taskDefinitions[i].document);
        // A write that cannot happen leaves the old file and says why.
        try {
            writeFileAtomically(dir.filePath(QStringLiteral("missing/w.json")).toStdString(), "{}");
            QFAIL("wrote into a folder that does not exist");
        } catch (const InputError &e) {
            QVERIFY(QString::fromStdString(e.toString()).contains(QLatin1String("cannot write")));
        }
    }

    void describeOutputExportsAsRegisterInput()
    {
        const QString path =
            test::corpusDir(QStringLiteral("describe")) +
            QStringLiteral("/cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_tags__ecs.DescribeTaskDefinition_1.json");
        const Workspace ws = importFiles({path.toStdString()});
        const Json out = registerInput(ws.taskDefinitions.at(0));
        for (const std::string &field : readOnlyTaskDefinitionFields())
            QVERIFY2(!out.contains(field), field.c_str());
        QVERIFY(out.contains("tags"));
        // Every other key, in the original order.
        std::vector<std::string> expected;
        for (const auto &[key, value] : ws.taskDefinitions[0].document.items()) {
            (void)value;
            if (std::find(readOnlyTaskDefinitionFields().begin(), readOnlyTaskDefinitionFields().end(), key) == readOnlyTaskDefinitionFields().end())
                expected.push_back(key);
        }
        std::vector<std::string> got;
        for (const auto &[key, value] : out.items()) {
            (void)value;
            if (key != "tags")
                got.push_back(key);
        }
        QCOMPARE(got, expected);
    }

    // Exports validate against the ECS service model in Debian's python3-botocore.
    void exportsValidateAgainstTheEcsServiceModel()
    {
        if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import botocore")}) != 0)
            QSKIP("python3-botocore is not installed (./test.sh installs it)");
        QTemporaryDir dir;
        QStringList files;
        auto write = [&](const QString &name, const Json &json) {
            const QString path = dir.filePath(name);
            writeFileAtomically(path.toStdString(), json.dump(2));
            files << path;
        };
        // A task definition built from nothing with blocks.
        Document doc;
        Workspace ws;
        ws.clusters.push_back({"fargate", LaunchType::Fargate, {}, {}});
        doc.setWorkspace(ws);
        const int td = doc.addTaskDefinition({{"family", "built"},
                                              {"requiresCompatibilities", {"FARGATE"}},
                                              {"networkMode", "awsvpc"},
                                              {"cpu", "256"},
                                              {"memory", "512"},
                                              {"containerDefinitions", Json::array()}},
                                             0, QStringLiteral("New"));
        for (const char *block : {"container-ecr", "awslogs", "secret", "parameter", "environment-file", "firelens", "efs-iam", "role:new-task",
                                  "role:new-execution", "container-private"}) {
            const std::unique_ptr<QMimeData> mime(blockMime(block));
            QVERIFY2(doc.drop(mime.get(), {DropTarget::Kind::Container, td, 0, -1}, Qt::CopyAction), block);
        }
        QVERIFY(!doc.coverage(td, LaunchType::Fargate).hasErrors());
        write(QStringLiteral("built.json"), registerInput(doc.taskDefinition(td)));
        for (const TaskDefinition &t : loadSample().taskDefinitions)
            write(QString::fromStdString(t.family) + QStringLiteral(".json"), registerInput(t));
        for (const QString &path : test::filesIn(test::corpusDir(QStringLiteral("describe"))))
            write(QStringLiteral("describe-") + QFileInfo(path).fileName(), registerInput(importFiles({path.toStdString()}).taskDefinitions.at(0)));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral(ROLEMAP_SOURCE_DIR "/tests/tools/validate_register_input.py")} + files);
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        QCOMPARE(out.count(QLatin1String("ok ")), int(files.size()));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
