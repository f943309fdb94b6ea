#include "MainWindow.h"

#include "CompareView.h"
#include "itemmodels/ComparisonModel.h"
#include "ExportDialog.h"
#include "engine/CoverageEngine.h"
#include "itemmodels/CoverageModel.h"
#include "teaching/Explanation.h"
#include "itemmodels/FindingsModel.h"
#include "graph/GraphBuilder.h"
#include "itemmodels/Icons.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "io/Importer.h"
#include "core/InputError.h"
#include "graph/LayeredLayout.h"
#include "itemmodels/ModelRoles.h"
#include "itemmodels/PaletteModel.h"
#include "PolicyDialog.h"
#include "PropertyEditor.h"
#include "teaching/Quiz.h"
#include "QuizDialog.h"
#include "SettingsDialog.h"
#include "core/Translation.h"
#include "WalkthroughPanel.h"
#include "io/WorkspaceWriter.h"
#include "itemmodels/RolesModel.h"
#include "itemmodels/WorkspaceModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QDialog>
#include <QVBoxLayout>
#include <atomic>
#include <mutex>
#include <random>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListView>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

namespace rolemap {

namespace {

const int kMaxRecent = 8;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QIcon icon(const char *name)
{
    return resourceIcon(QString::fromLatin1(name));
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("rolemap"));
    setAcceptDrops(true);
    m_scene = new GraphScene(this);
    m_view = new GraphView(this);
    m_view->setScene(m_scene);
    setCentralWidget(m_view);

    m_workspaceModel = new WorkspaceModel(&m_document, this);
    m_coverageModel = new CoverageModel(&m_document, &m_context, this);
    m_comparisonModel = new ComparisonModel(&m_document, &m_context, this);
    m_rolesModel = new RolesModel(&m_document, this);
    m_findingsModel = new FindingsModel(&m_document, &m_context, this);
    m_paletteModel = new PaletteModel(&m_document, this);
    m_view->enableDrops(&m_document, &m_context);

    createActions();
    createDocks();
    connectSelection();
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    restoreSettings();

    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &Document::dropVerdict, this, [this](const QString &refusal) {
        if (refusal.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(refusal);
    });
    // An edit re-evaluates only the task definition it changed.
    connect(&m_document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (index == m_context.taskDefinition() || m_overviewAction->isChecked())
            rebuildGraph();
        showExplanation();
        updateStatus();
        {
            // Only the changed task definition's items are new: open them, leave the rest as it is.
            const QScopedValueRollback guard(m_syncing, true);
            m_tree->expandRecursively(m_workspaceModel->indexOfTaskDefinition(index));
            m_tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(m_context.taskDefinition()));
        }
    });
    connect(&m_document, &Document::workspaceReset, this, [this] {
        const int count = m_document.taskDefinitionCount();
        if (m_context.taskDefinition() >= count)
            m_context.setTaskDefinition(count - 1);
        rebuildGraph();
        showExplanation();
        {
            const QScopedValueRollback guard(m_syncing, true);
            expandTree();
            m_tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(m_context.taskDefinition()));
        }
    });
    // Autosave: a few seconds after the last edit (so a crash loses at most those), and every
    // minute in any case.
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &MainWindow::autosave);
    timer->start();
    auto *afterEdit = new QTimer(this);
    afterEdit->setSingleShot(true);
    afterEdit->setInterval(3000);
    connect(afterEdit, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_document.undoStack(), &QUndoStack::indexChanged, afterEdit, qOverload<>(&QTimer::start));
}

MainWindow::~MainWindow()
{
    // A cancelled load may still be parsing: let it finish before the program's statics go.
    for (std::thread &t : m_loaders)
        if (t.joinable())
            t.join();
    // The document is a member, destroyed after this body: its undo stack reports its last changes
    // while it goes, and this window must not hear them half destroyed.
    disconnect(m_document.undoStack(), nullptr, this, nullptr);
    disconnect(&m_document, nullptr, this, nullptr);
    disconnect(&m_context, nullptr, this, nullptr);
    // The views and models hold the document and the context: delete them while both still exist
    // (members outlive this body, but not ~QWidget, which would delete the children later).
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    qDeleteAll(findChildren<QAbstractItemModel *>(QString(), Qt::FindDirectChildrenOnly));
}

QAction *MainWindow::launchTypeAction(LaunchType t) const
{
    return m_launchTypes->actions().at(int(t));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(icon("open"), tr("&Open\u2026"), this, &MainWindow::openDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open task definitions or a Rolemap workspace (several at once)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Sample"), this, [this] { open({}); });
    file->addSeparator();
    QAction *newTask = file->addAction(tr("&New Task Definition\u2026"), this, &MainWindow::newTaskDefinition);
    newTask->setShortcut(QKeySequence::New);
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *exportDiagram = file->addAction(tr("E&xport\u2026"), this, &MainWindow::exportDiagramDialog);
    exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDiagram->setToolTip(tr("Export the diagram or the tables on screen: SVG, PNG, PDF, DOT, Mermaid, draw.io, Markdown, CSV, HTML"));
    QAction *exportAction = file->addAction(tr("Export &Task Definition\u2026"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setToolTip(tr("Write the selected task definition as register-task-definition input"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document.undoStack()->createUndoAction(editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document.undoStack()->createRedoAction(editMenu, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y, each once: QKeySequence::Redo already is Ctrl+Shift+Z on Linux, and a
    // key registered twice on one action is ambiguous to Qt under X11, which then fires nothing.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *deleteAction = editMenu->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setToolTip(tr("Delete the selected task definition, container or field"));
    editMenu->addSeparator();
    QAction *settingsAction = editMenu->addAction(tr("Se&ttings\u2026"), this, &MainWindow::showSettings);
    settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    settingsAction->setToolTip(tr("The interface language"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openAction);
    toolbar->addSeparator();

    // The launch-type switch: four exclusive buttons side by side, Ctrl+1…4.
    m_launchTypes = new QActionGroup(this);
    m_launchTypes->setExclusive(true);
    static const char *icons[] = {"launch-ec2", "launch-fargate", "launch-external", "launch-managed"};
    for (LaunchType t : kAllLaunchTypes) {
        const QString title = QString::fromStdString(m_document.catalog().launchTypeTitle(t).in(currentLanguage()));
        QAction *a = m_launchTypes->addAction(icon(icons[size_t(t)]), t == LaunchType::External ? tr("External") : title);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(t))));
        a->setToolTip(tr("Show every view for %1 (%2)").arg(title, a->shortcut().toString(QKeySequence::NativeText)));
        a->setData(int(t));
        connect(a, &QAction::triggered, this, [this, t] { m_context.setLaunchType(t); });
        toolbar->addAction(a);
        view->addAction(a);
        addAction(a); // its key works in presentation too, with the menus and toolbars hidden
    }
    launchTypeAction(m_context.launchType())->setChecked(true);
    toolbar->addSeparator();
    view->addSeparator();

    const bool overview = m_overviewAction && m_overviewAction->isChecked();
    delete m_overviewAction;
    m_overviewAction = new QAction(icon("cluster"), tr("Cluster &Overview"), this);
    m_overviewAction->setChecked(overview);
    m_overviewAction->setCheckable(true);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overviewAction->setToolTip(tr("Every task definition of the cluster and the roles they share"));
    connect(m_overviewAction, &QAction::toggled, this, &MainWindow::rebuildGraph);
    toolbar->addAction(m_overviewAction);
    view->addAction(m_overviewAction);

    QAction *zoomIn = view->addAction(icon("zoom-in"), tr("Zoom &In"), m_view, &GraphView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(icon("zoom-out"), tr("Zoom &Out"), m_view, &GraphView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(icon("zoom-fit"), tr("&Fit Graph"), m_view, &GraphView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {zoomIn, zoomOut, fit}) {
        a->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        toolbar->addAction(a);
    }
    toolbar->widgetForAction(zoomIn)->setProperty("iconOnly", true);

    // Teaching: the walkthrough, two launch types side by side, the quiz, the presentation.
    QMenu *teach = menuBar()->addMenu(tr("&Teach"));
    QAction *walk = teach->addAction(icon("play"), tr("&Walkthrough"), this, [this] {
        m_walkthroughDock->show();
        m_walkthroughDock->raise();
        refreshWalkthrough();
    });
    walk->setShortcut(QKeySequence(Qt::Key_F6));
    walk->setToolTip(tr("Step through the start of the task on the launch type shown (F6)"));
    toolbar->addAction(walk);
    QAction *nextStep = teach->addAction(tr("&Next Step"), this, [this] { m_walkthrough->next(); });
    nextStep->setShortcut(QKeySequence(Qt::Key_Right));
    QAction *previousStep = teach->addAction(tr("&Previous Step"), this, [this] { m_walkthrough->previous(); });
    previousStep->setShortcut(QKeySequence(Qt::Key_Left));
    // The arrows step only where they do not already move something: over the graph and the panel.
    for (QAction *a : {nextStep, previousStep}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    QAction *play = teach->addAction(tr("P&lay / Pause"), this, [this] { m_walkthrough->setPlaying(!m_walkthrough->isPlaying()); });
    play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    addAction(play); // works in presentation too
    teach->addSeparator();
    QAction *compare = teach->addAction(icon("compare"), tr("&Compare Launch Types\u2026"), this, &MainWindow::showCompare);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setToolTip(tr("Two launch types side by side, with the operations whose role changes (Ctrl+Shift+C)"));
    toolbar->addAction(compare);
    QAction *quiz = teach->addAction(icon("quiz"), tr("&Quiz\u2026"), this, &MainWindow::openQuiz);
    quiz->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quiz->setToolTip(tr("Which role does this, on this launch type? (Ctrl+Shift+Q)"));
    toolbar->addAction(quiz);
    teach->addSeparator();
    m_presentationAction = teach->addAction(tr("P&resentation"), this, [this](bool on) { setPresentation(on); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setChecked(m_presenting);
    m_presentationAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_F11)});
    m_presentationAction->setToolTip(tr("The graph full screen with large text (Ctrl+Shift+P or F11, Esc to leave)"));
    addAction(m_presentationAction); // still reachable when the menu bar is hidden
    auto *leave = new QAction(teach);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presenting)
            setPresentation(false);
    });
    addAction(leave);

    // Toolbar buttons show the plain title: no "…", and no Japanese-style "(&X)" accelerator.
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&|\u2026"));
    for (QAction *a : toolbar->actions())
        if (!a->isSeparator())
            a->setIconText(QString(a->text()).remove(accelerator).trimmed());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rolemap"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // A whole account's coverage on one launch type at a time: the old one goes before the models
    // compute the new one.
    connect(&m_context, &ViewContext::launchTypeAboutToChange, this, [this](LaunchType next) {
        m_document.trimCoverage(next, m_context.taskDefinition());
        // Thousands of task definitions take a moment on the new launch type: say so.
        if (m_document.taskDefinitionCount() > 2000 && !m_waitCursor) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_waitCursor = true;
        }
    });
    connect(&m_context, &ViewContext::launchTypeChanged, this, [this](LaunchType t) {
        // The models have moved to `t` already (they connected first).
        launchTypeAction(t)->setChecked(true);
        rebuildGraph();
        showExplanation();
        updateStatus();
        if (m_waitCursor) {
            QApplication::restoreOverrideCursor();
            m_waitCursor = false;
        }
    });
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_workspaceModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    QDockWidget *treeDock = addDock(tr("Workspace"), QStringLiteral("WorkspaceDock"), m_tree, Qt::LeftDockWidgetArea);

    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("Explanation"));
    m_explanation->setOpenExternalLinks(true);
    QDockWidget *explainDock = addDock(tr("Explanation"), QStringLiteral("ExplanationDock"), m_explanation, Qt::RightDockWidgetArea);

    m_coverageTable = makeTable(m_coverageModel, this);
    // Rows change with every switch: keep the columns fitted to what they show.
    connect(m_coverageModel, &QAbstractItemModel::modelReset, m_coverageTable, &QTableView::resizeColumnsToContents);
    m_comparisonTable = makeTable(m_comparisonModel, this);
    m_rolesTable = makeTable(m_rolesModel, this);
    m_rolesTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *suggest = new QAction(tr("Suggest Policy\u2026"), m_rolesTable);
    suggest->setToolTip(tr("The least-privilege policy for the selected role, and what the loaded IAM data grants of it"));
    connect(suggest, &QAction::triggered, this, &MainWindow::suggestPolicy);
    m_rolesTable->addAction(suggest);
    connect(m_rolesTable, &QAbstractItemView::activated, this, &MainWindow::suggestPolicy);
    m_tables = new QTabWidget(this);
    m_tables->addTab(m_coverageTable, tr("Coverage"));
    m_tables->addTab(m_comparisonTable, tr("Launch types compared"));
    m_tables->addTab(m_rolesTable, tr("Roles"));
    QDockWidget *tablesDock = addDock(tr("Tables"), QStringLiteral("TablesDock"), m_tables, Qt::BottomDockWidgetArea);

    m_findingsTable = makeTable(m_findingsModel, this);
    // Column widths from the first rows, not from a thousand of a whole account's findings.
    m_findingsTable->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_findingsModel, &QAbstractItemModel::modelReset, m_findingsTable, &QTableView::resizeColumnsToContents);
    m_findingsTable->setToolTip(tr("Double-click a finding to go to it"));
    QDockWidget *findingsDock = addDock(tr("Findings"), QStringLiteral("FindingsDock"), m_findingsTable, Qt::BottomDockWidgetArea);
    tabifyDockWidget(tablesDock, findingsDock);
    tablesDock->raise();
    // First-run proportions; later runs restore the user's own layout.
    resizeDocks({treeDock, explainDock}, {250, 300}, Qt::Horizontal);
    resizeDocks({tablesDock}, {210}, Qt::Vertical);

    // Editing: the palette of building blocks, the property editor and the undo history.
    auto *palette = new QListView(this);
    palette->setModel(m_paletteModel);
    palette->setDragEnabled(true);
    palette->setDragDropMode(QAbstractItemView::DragOnly);
    palette->setDefaultDropAction(Qt::CopyAction);
    palette->setToolTip(tr("Drag a block onto a task definition or a container, in the tree or the graph"));
    QDockWidget *paletteDock = addDock(tr("Palette"), QStringLiteral("PaletteDock"), palette, Qt::LeftDockWidgetArea);
    m_properties = new PropertyEditor(&m_document, this);
    QDockWidget *propertiesDock = addDock(tr("Properties"), QStringLiteral("PropertiesDock"), m_properties, Qt::RightDockWidgetArea);
    tabifyDockWidget(explainDock, propertiesDock);
    explainDock->raise();
    auto *undoView = new QUndoView(m_document.undoStack(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *historyDock = addDock(tr("History"), QStringLiteral("HistoryDock"), undoView, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findingsDock, historyDock);
    tablesDock->raise();

    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);

    m_walkthrough = new WalkthroughPanel(this);
    m_walkthroughDock = addDock(tr("Walkthrough"), QStringLiteral("WalkthroughDock"), m_walkthrough, Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, m_walkthroughDock);
    explainDock->raise();
    m_walkthroughDock->hide(); // Teach ▸ Walkthrough (F6) shows it
    for (QAction *a : m_view->actions())
        m_walkthrough->addAction(a);
    connect(m_walkthrough, &WalkthroughPanel::stepShown, this, [this](const QString &operation) {
        if (!m_walkthroughDock->isVisible())
            return;
        m_scene->emphasise(operation.isEmpty() ? QStringList{} : QStringList{operation});
        if (!operation.isEmpty())
            m_context.setOperation(operation);
    });
    connect(m_walkthroughDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && !m_presenting)
            m_scene->emphasise({});
        if (visible)
            m_walkthrough->announce(); // back in view: its step in the graph again
    });

    QMenu *view = menuBar()->actions().at(2)->menu();
    view->addSeparator();
    for (QDockWidget *d : {treeDock, paletteDock, explainDock, propertiesDock, m_walkthroughDock, tablesDock, findingsDock, historyDock})
        view->addAction(d->toggleViewAction());
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // restoreState() finds docks by name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::connectSelection()
{
    connect(&m_context, &ViewContext::taskDefinitionChanged, this, [this](int index) {
        rebuildGraph();
        showExplanation();
        updateStatus();
        if (!m_syncing) {
            const QScopedValueRollback guard(m_syncing, true);
            m_tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(index));
        }
    });
    connect(&m_context, &ViewContext::operationChanged, this, &MainWindow::followOperation);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const int td = current.data(TaskDefinitionIndexRole).toInt();
        if (td < 0)
            return;
        {
            const QScopedValueRollback guard(m_syncing, true); // the tree is the source: it keeps its current item
            followTaskDefinition(td);
        }
        // The container of the item (itself, or the one a feature belongs to), for the property editor.
        int container = -1;
        for (QModelIndex i = current; i.isValid(); i = i.parent())
            if (i.data(ItemKindRole).toString() == QLatin1String("container"))
                container = i.row();
        m_properties->showItem(td, container);
        const QStringList ops = current.data(OperationIdsRole).toStringList();
        for (const QString &op : ops)
            if (m_coverageModel->rowOf(op) >= 0) {
                m_context.setOperation(op);
                break;
            }
    });
    auto followRow = [this](QTableView *table) {
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!m_syncing && current.isValid())
                m_context.setOperation(current.data(OperationIdRole).toString());
        });
    };
    followRow(m_coverageTable);
    followRow(m_comparisonTable);
    connect(m_scene, &GraphScene::operationSelected, this, [this](const QString &op) {
        if (!m_syncing)
            m_context.setOperation(op);
    });
    connect(m_findingsTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        followTaskDefinition(index.data(TaskDefinitionIndexRole).toInt());
        m_context.setOperation(index.data(OperationIdRole).toString());
        m_view->setFocus();
    });
    connect(&m_document, &Document::workspaceReset, this, &MainWindow::updateStatus);
}

void MainWindow::followTaskDefinition(int index)
{
    if (index < 0 || index >= m_document.taskDefinitionCount())
        return;
    // A task definition of another cluster is shown on that cluster's launch type.
    const Cluster *before = m_context.taskDefinition() >= 0 && m_context.taskDefinition() < m_document.taskDefinitionCount()
        ? m_document.clusterOf(m_context.taskDefinition()) : nullptr;
    const Cluster *after = m_document.clusterOf(index);
    if (after != before && after && after->launchType)
        m_context.setLaunchType(*after->launchType);
    m_context.setTaskDefinition(index);
}

void MainWindow::followOperation(const QString &operation)
{
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_scene->selectOperation(operation);
        const int row = m_coverageModel->rowOf(operation);
        if (row >= 0)
            m_coverageTable->selectRow(row);
        else
            m_coverageTable->clearSelection();
        const auto &ops = m_document.catalog().operations();
        for (size_t i = 0; i < ops.size(); ++i)
            if (QString::fromStdString(ops[i].id) == operation)
                m_comparisonTable->selectRow(int(i));
        if (!operation.isEmpty()) {
            const QModelIndexList features = m_workspaceModel->indexesOfOperation(m_context.taskDefinition(), operation);
            if (!features.isEmpty()) {
                m_tree->scrollTo(features.first());
                m_tree->selectionModel()->select(features.first(), QItemSelectionModel::ClearAndSelect);
            }
        }
    }
    showExplanation();
}

void MainWindow::rebuildGraph()
{
    const int index = m_context.taskDefinition();
    if (index < 0 || index >= m_document.taskDefinitionCount()) {
        m_scene->setGraph({});
        return;
    }
    const RulesCatalog &catalog = m_document.catalog();
    Graph graph;
    QStringList headings;
    const TaskDefinition &td = m_document.taskDefinition(index);
    const Cluster *cluster = m_document.clusterOf(index);
    if (m_overviewAction->isChecked()) {
        std::vector<Coverage> coverages;
        for (int i = 0; i < m_document.taskDefinitionCount(); ++i)
            if (m_document.clusterOf(i) == cluster)
                coverages.push_back(m_document.coverage(i, m_context.launchType()));
        const QString what = cluster ? tr("Cluster %1").arg(QString::fromStdString(cluster->name)) : tr("%n task definition(s)", nullptr, int(coverages.size()));
        const std::string title = what.toStdString() + " \xe2\x80\x94 " + catalog.launchTypeTitle(m_context.launchType()).in(currentLanguage());
        graph = buildClusterGraph(title, coverages, catalog, currentLanguage());
        headings = {tr("Task definition"), tr("Role")};
    } else {
        graph = buildTaskGraph(m_document.coverage(index, m_context.launchType()), td, catalog, currentLanguage());
        headings = {tr("Who acts"), tr("Role it uses"), tr("Operation"), tr("AWS service")};
    }
    LayoutOptions layout;
    layout.columnGap = 64;
    layoutGraph(graph, layout);
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_scene->setGraph(graph, headings);
        m_scene->selectOperation(m_context.operation());
    }
    m_view->fitAll();
    refreshWalkthrough();
}

void MainWindow::expandTree()
{
    // Everything open for a few task definitions; for a whole account, the clusters only (expanding
    // tens of thousands of items would freeze the window for no reader's benefit).
    if (m_document.taskDefinitionCount() <= 200) {
        m_tree->expandAll();
    } else {
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    }
    const QModelIndex current = m_workspaceModel->indexOfTaskDefinition(m_context.taskDefinition());
    if (current.isValid())
        m_tree->scrollTo(current);
}

void MainWindow::refreshWalkthrough()
{
    if (!m_walkthrough)
        return;
    const int index = m_context.taskDefinition();
    if (index < 0 || index >= m_document.taskDefinitionCount() || m_overviewAction->isChecked()) {
        m_walkthrough->setCoverage(nullptr);
        return;
    }
    m_walkthrough->setCoverage(&m_document.coverage(index, m_context.launchType()));
    if (m_compare)
        m_compare->setTaskDefinition(index);
}

CompareView *MainWindow::compareView()
{
    if (!m_compare) {
        m_compareDialog = new QDialog(this);
        m_compareDialog->setObjectName(QStringLiteral("CompareDialog"));
        m_compare = new CompareView(&m_document, m_compareDialog);
        auto *layout = new QVBoxLayout(m_compareDialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_compare);
        m_compareDialog->setWindowTitle(m_compare->windowTitle());
        m_compareDialog->resize(1200, 720);
        m_compare->setTaskDefinition(m_context.taskDefinition());
    }
    return m_compare;
}

void MainWindow::showCompare()
{
    compareView()->setTaskDefinition(m_context.taskDefinition());
    m_compareDialog->setWindowTitle(m_compare->windowTitle());
    m_compareDialog->show();
    m_compareDialog->raise();
}

void MainWindow::openQuiz()
{
    std::vector<Coverage> coverages;
    const int index = m_context.taskDefinition();
    if (index >= 0 && index < m_document.taskDefinitionCount())
        for (LaunchType t : kAllLaunchTypes)
            coverages.push_back(m_document.coverage(index, t));
    QuizDialog dialog(makeQuiz(m_document.catalog(), coverages, 10, std::random_device{}()), this);
    dialog.exec();
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on) {
        m_stateBeforePresenting = saveState();
        const bool walking = m_walkthroughDock->isVisible();
        for (QDockWidget *d : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (d != m_walkthroughDock)
                d->hide();
        for (QToolBar *t : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
            t->hide();
        menuBar()->hide();
        statusBar()->hide();
        // The walkthrough stays, under the graph, as a caption for the room.
        if (walking) {
            removeDockWidget(m_walkthroughDock);
            addDockWidget(Qt::BottomDockWidgetArea, m_walkthroughDock);
            m_walkthroughDock->show();
            resizeDocks({m_walkthroughDock}, {260}, Qt::Vertical);
        }
        m_walkthrough->setLarge(true);
        showFullScreen();
    } else {
        m_walkthrough->setLarge(false);
        menuBar()->show();
        statusBar()->show();
        for (QToolBar *t : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
            t->show();
        restoreState(m_stateBeforePresenting);
        showNormal();
    }
    if (m_presentationAction)
        m_presentationAction->setChecked(on);
    m_view->fitAll();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        setLanguage(dialog.language());
}

void MainWindow::setLanguage(const QString &setting)
{
    QSettings().setValue(QStringLiteral("language"), setting);
    const Language language = languageForSetting(setting);
    if (language == currentLanguage())
        return;
    installLanguage(language);
    // Removing the last translator sends no LanguageChange: rebuild here in any case.
    rebuildChrome();
    m_document.languageChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildChrome()
{
    const QByteArray state = saveState();
    const bool walking = m_walkthroughDock && m_walkthroughDock->isVisible();
    // The old menus, toolbar and docks go, and with them every connection they made.
    disconnect(&m_context, nullptr, this, nullptr);
    disconnect(m_scene, nullptr, this, nullptr);
    for (QAction *a : m_view->actions())
        m_view->removeAction(a);
    for (QAction *a : actions())
        removeAction(a);
    for (QToolBar *t : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        removeToolBar(t);
        delete t;
    }
    for (QDockWidget *d : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        removeDockWidget(d);
        delete d;
    }
    delete m_launchTypes;
    setMenuBar(new QMenuBar(this));
    m_walkthrough = nullptr;
    createActions();
    createDocks();
    connectSelection();
    restoreState(state);
    m_walkthroughDock->setVisible(walking);
    launchTypeAction(m_context.launchType())->setChecked(true);
    updateRecentMenu();
    if (m_compare)
        m_compare->setTaskDefinition(m_context.taskDefinition());
}

void MainWindow::showExplanation()
{
    const int index = m_context.taskDefinition();
    if (index < 0 || index >= m_document.taskDefinitionCount()) {
        m_explanation->clear();
        return;
    }
    const Coverage &c = m_document.coverage(index, m_context.launchType());
    const std::string op = m_context.operation().toStdString();
    const Language language = currentLanguage();
    m_explanation->setHtml(op.empty() ? overviewHtml(c, m_document.catalog(), language) : explanationHtml(c, op, m_document.catalog(), language));
}

void MainWindow::updateStatus()
{
    const int errors = m_findingsModel->count(Severity::Error);
    const int warnings = m_findingsModel->count(Severity::Warning);
    m_statusLabel->setText(tr("%1 task definitions \u00b7 on %2: %3 errors, %4 warnings")
                               .arg(m_document.taskDefinitionCount())
                               .arg(QString::fromStdString(m_document.catalog().launchTypeTitle(m_context.launchType()).in(currentLanguage())))
                               .arg(errors)
                               .arg(warnings));
}

std::optional<MainWindow::Loaded> MainWindow::loadInBackground(const std::vector<std::string> &paths, const QString &what)
{
    // Parsing a whole account takes a while: it runs on a worker thread while the window keeps
    // painting, with a progress dialog (after 300 ms) whose Cancel leaves what was open untouched.
    struct Job
    {
        std::mutex mutex;
        std::optional<Loaded> result;
        std::exception_ptr error;
        std::atomic<bool> done = false;
    };
    auto job = std::make_shared<Job>();
    m_loaders.emplace_back([job, paths] {
        try {
            Loaded loaded;
            loaded.workspace = paths.empty() ? loadSample() : importFiles(paths);
            // The coverage the window shows first, computed here too: on the first task
            // definition's launch type, for every task definition (the findings list them all).
            if (!loaded.workspace.taskDefinitions.empty()) {
                const TaskDefinition &first = loaded.workspace.taskDefinitions.front();
                loaded.launchType = defaultLaunchTypes(first, loaded.workspace.clusterOf(first)).front();
                loaded.coverage = computeWorkspaceCoverage(loaded.workspace, {loaded.launchType}, {});
            }
            const std::lock_guard lock(job->mutex);
            job->result = std::move(loaded);
        } catch (...) {
            const std::lock_guard lock(job->mutex);
            job->error = std::current_exception();
        }
        job->done = true;
    });
    QProgressDialog progress(tr("Opening %1\u2026").arg(what), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (job->done || progress.wasCanceled())
            loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    poll.start();
    if (!job->done)
        loop.exec();
    if (progress.wasCanceled() || !job->done)
        return std::nullopt; // cancelled: the worker finishes on its own; its result is dropped
    m_loaders.back().join(); // done: the thread is only returning
    m_loaders.pop_back();
    const std::lock_guard lock(job->mutex);
    if (job->error)
        std::rethrow_exception(job->error);
    return std::move(job->result);
}

bool MainWindow::open(const QStringList &files)
{
    const QString named = files.size() == 1 ? QFileInfo(files.first()).fileName() : tr("%1 files").arg(files.size());
    Loaded ws;
    try {
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        std::optional<Loaded> loaded = loadInBackground(paths, files.isEmpty() ? tr("the sample") : named);
        if (!loaded) {
            statusBar()->showMessage(tr("Opening cancelled; nothing changed"), 5000);
            return false;
        }
        ws = std::move(*loaded);
    } catch (const InputError &e) {
        QMessageBox::critical(this, tr("Cannot open"), QString::fromStdString(e.toString()));
        return false;
    }
    if (ws.workspace.taskDefinitions.empty()) {
        QMessageBox::warning(this, tr("Nothing to show"), tr("There is no task definition in %1.").arg(files.join(QStringLiteral(", "))));
        return false;
    }
    const QString title = files.isEmpty() ? QString::fromStdString(ws.workspace.name) : named;
    if (!maybeSave())
        return false;
    // A workspace file is saved back to itself; anything else becomes a new workspace on Save.
    const bool workspaceFile = files.size() == 1 && files.first().endsWith(QLatin1String(".rolemap.json"));
    // The launch type first (the views refresh on the old, small state), then the workspace with
    // the coverage computed while loading, so the views fill from it instead of computing again.
    m_context.setTaskDefinition(-1);
    m_context.setLaunchType(ws.launchType);
    m_document.setWorkspace(std::move(ws.workspace), workspaceFile ? files.first() : QString(), std::move(ws.coverage), ws.launchType);
    m_title = title;
    updateTitle();
    if (!files.isEmpty())
        addRecent(files);
    m_context.setTaskDefinition(0);
    expandTree();
    for (QTableView *t : {m_coverageTable, m_comparisonTable, m_rolesTable, m_findingsTable})
        t->resizeColumnsToContents();
    for (const ImportWarning &w : m_document.workspace().warnings)
        statusBar()->showMessage(QString::fromStdString(w.toString()), 10000);
    return true;
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_title + QStringLiteral("[*]"));
    setWindowModified(m_document.isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"), tr("The workspace has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::saveTo(const QString &path)
{
    try {
        writeFileAtomically(path.toStdString(), workspaceJson(m_document.workspace()));
    } catch (const InputError &e) {
        QMessageBox::critical(this, tr("Cannot save"), QString::fromStdString(e.toString()));
        return false;
    }
    m_document.setFileName(path);
    m_document.undoStack()->setClean();
    m_title = QFileInfo(path).fileName();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    return m_document.fileName().isEmpty() ? saveAs() : saveTo(m_document.fileName());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), m_document.fileName(), tr("Rolemap workspaces (*.rolemap.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".rolemap.json")))
        path += QStringLiteral(".rolemap.json");
    return saveTo(path);
}

bool MainWindow::exportTaskDefinition(int index, const QString &path)
{
    try {
        writeFileAtomically(path.toStdString(), registerInput(m_document.taskDefinition(index)).dump(2) + '\n');
    } catch (const InputError &e) {
        QMessageBox::critical(this, tr("Cannot export"), QString::fromStdString(e.toString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void MainWindow::exportDialog()
{
    const int index = m_context.taskDefinition();
    if (index < 0)
        return;
    const QString name = QString::fromStdString(m_document.taskDefinition(index).family) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export task definition (register-task-definition input)"), name,
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportTaskDefinition(index, path);
}

QByteArray MainWindow::exportView(ExportOptions options) const
{
    const int index = m_context.taskDefinition();
    options.launchType = m_context.launchType();
    options.overview = m_overviewAction->isChecked();
    std::vector<int> chosen{index};
    if (options.overview) {
        chosen.clear();
        const Cluster *cluster = m_document.clusterOf(index);
        for (int i = 0; i < m_document.taskDefinitionCount(); ++i)
            if (m_document.clusterOf(i) == cluster)
                chosen.push_back(i);
    }
    return exportWorkspace(m_document.workspace(), chosen, options);
}

void MainWindow::exportDiagramDialog()
{
    if (m_context.taskDefinition() < 0)
        return;
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    QSettings settings;
    const QString suggested = settings.value(QStringLiteral("export/directory")).toString() + QLatin1Char('/')
        + QString::fromStdString(m_document.taskDefinition(m_context.taskDefinition()).family) + QLatin1Char('.') + exportFormatSuffix(options.format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Exporting\u2026"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        ExportOptions withView = options;
        withView.launchType = m_context.launchType();
        const QByteArray bytes = exportView(withView);
        progress.setValue(90);
        writeFileAtomically(path.toStdString(), bytes.toStdString());
    } catch (const InputError &e) {
        progress.close(); // the error alone: no modal progress left over it
        QMessageBox::critical(this, tr("Cannot export"), QString::fromStdString(e.toString()));
        return;
    }
    progress.setValue(100);
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::suggestPolicy()
{
    const QModelIndex current = m_rolesTable->currentIndex();
    if (!current.isValid())
        return;
    const std::string arn = m_rolesModel->index(current.row(), RolesModel::ArnColumn).data().toString().toStdString();
    const auto kind = roleKindFromId(current.data(RoleKindRole).toString().toStdString());
    if (!kind)
        return;
    PolicyDialog dialog(m_document, arn, *kind, m_context.launchType(), this);
    dialog.exec();
}

void MainWindow::newTaskDefinition()
{
    bool ok = false;
    const QString family = QInputDialog::getText(this, tr("New task definition"), tr("Family:"), QLineEdit::Normal, QStringLiteral("my-task"), &ok).trimmed();
    if (!ok || family.isEmpty())
        return;
    Json td = {{"family", family.toStdString()}, {"containerDefinitions", Json::array()}};
    // It joins the selected task definition's cluster (and so its launch type).
    int cluster = -1;
    const Workspace &ws = m_document.workspace();
    if (m_context.taskDefinition() >= 0)
        if (const Cluster *c = m_document.clusterOf(m_context.taskDefinition()))
            cluster = int(c - ws.clusters.data());
    if (cluster >= 0 && ws.clusters[size_t(cluster)].launchType == LaunchType::Fargate) {
        td["requiresCompatibilities"] = {"FARGATE"};
        td["networkMode"] = "awsvpc";
        td["cpu"] = "256";
        td["memory"] = "512";
    }
    const int index = m_document.addTaskDefinition(td, cluster, tr("New task definition %1").arg(family));
    if (index >= 0)
        followTaskDefinition(index);
}

void MainWindow::deleteSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const int index = current.data(TaskDefinitionIndexRole).toInt();
    const QString kind = current.data(ItemKindRole).toString();
    if (index < 0)
        return;
    if (kind == QLatin1String("taskDefinition")) {
        m_document.removeTaskDefinition(index);
        return;
    }
    Json td = m_document.taskDefinition(index).document;
    if (kind == QLatin1String("container")) {
        td["containerDefinitions"].erase(size_t(current.row()));
        m_document.editTaskDefinition(index, td, tr("Delete container %1").arg(current.data().toString()));
        return;
    }
    const QString pointer = current.data(JsonPointerRole).toString();
    if (pointer.isEmpty()) {
        statusBar()->showMessage(tr("\"%1\" cannot be deleted on its own; edit it in Properties").arg(current.data().toString()), 5000);
        return;
    }
    const Json::json_pointer where(pointer.toStdString());
    Json &parent = td[where.parent_pointer()];
    if (parent.is_array())
        parent.erase(std::stoul(where.back()));
    else
        parent.erase(where.back());
    m_document.editTaskDefinition(index, td, tr("Delete %1").arg(current.data().toString()));
}

QString MainWindow::recoveryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/recovery.rolemap.json");
}

void MainWindow::autosave()
{
    if (!m_document.isModified())
        return;
    try {
        writeFileAtomically(recoveryPath().toStdString(), workspaceJson(m_document.workspace()));
    } catch (const InputError &) {
        // The next autosave tries again; the user's own file is not touched either way.
    }
}

void MainWindow::offerRecovery()
{
    const QString path = recoveryPath();
    if (!QFileInfo::exists(path))
        return;
    const auto answer = QMessageBox::question(this, tr("Recover unsaved work?"),
                                              tr("Rolemap did not end cleanly last time. Open the work it saved automatically?"),
                                              QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        try {
            Workspace ws = importFiles({path.toStdString()});
            m_document.setWorkspace(std::move(ws));
            m_title = tr("Recovered workspace");
            m_context.setTaskDefinition(-1);
            m_context.setTaskDefinition(0);
            // Recovered work is unsaved work.
            m_document.undoStack()->resetClean();
            updateTitle();
        } catch (const InputError &e) {
            QMessageBox::warning(this, tr("Cannot recover"), QString::fromStdString(e.toString()));
        }
    }
    QFile::remove(path);
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open task definitions or a workspace"), settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Task definitions and workspaces (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(files.first()).absolutePath());
    open(files);
}

void MainWindow::addRecent(const QStringList &files)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { open({path}); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rolemap"),
                       tr("<h3>Rolemap %1</h3><p>Which IAM role of Amazon ECS covers each operation a task needs, "
                          "per launch type, and what will fail.</p><p>The rules follow the AWS documentation and "
                          "the ECS agent's source; every fact links to its source.</p>")
                           .arg(QStringLiteral(ROLEMAP_VERSION)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QFile::remove(recoveryPath()); // a clean end: nothing to recover
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty() && open(files))
        event->acceptProposedAction();
}

} // namespace rolemap
