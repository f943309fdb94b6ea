#include "MainWindow.h"

#include "ComparisonModel.h"
#include "CoverageEngine.h"
#include "CoverageModel.h"
#include "Explanation.h"
#include "FindingsModel.h"
#include "GraphBuilder.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "Importer.h"
#include "InputError.h"
#include "LayeredLayout.h"
#include "ModelRoles.h"
#include "RolesModel.h"
#include "WorkspaceModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
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
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
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

    createActions();
    createDocks();
    connectSelection();
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
        const QString title = QString::fromStdString(m_document.catalog().launchTypeTitle(t).en);
        QAction *a = m_launchTypes->addAction(icon(icons[size_t(t)]), t == LaunchType::External ? tr("External") : title);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(t))));
        a->setToolTip(tr("Show every view for %1 (%2)").arg(title, a->shortcut().toString(QKeySequence::NativeText)));
        a->setData(int(t));
        connect(a, &QAction::triggered, this, [this, t] { m_context.setLaunchType(t); });
        toolbar->addAction(a);
        view->addAction(a);
    }
    launchTypeAction(m_context.launchType())->setChecked(true);
    toolbar->addSeparator();
    view->addSeparator();

    m_overviewAction = new QAction(icon("cluster"), tr("Cluster &Overview"), this);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rolemap"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(&m_context, &ViewContext::launchTypeChanged, this, [this](LaunchType t) {
        launchTypeAction(t)->setChecked(true);
        rebuildGraph();
        showExplanation();
        updateStatus();
    });
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_workspaceModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    auto *treeDock = new QDockWidget(tr("Workspace"), this);
    treeDock->setObjectName(QStringLiteral("WorkspaceDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_explanation = new QTextBrowser(this);
    m_explanation->setOpenExternalLinks(true);
    auto *explainDock = new QDockWidget(tr("Explanation"), this);
    explainDock->setObjectName(QStringLiteral("ExplanationDock"));
    explainDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, explainDock);

    m_coverageTable = makeTable(m_coverageModel, this);
    // Rows change with every switch: keep the columns fitted to what they show.
    connect(m_coverageModel, &QAbstractItemModel::modelReset, m_coverageTable, &QTableView::resizeColumnsToContents);
    m_comparisonTable = makeTable(m_comparisonModel, this);
    m_rolesTable = makeTable(m_rolesModel, this);
    m_tables = new QTabWidget(this);
    m_tables->addTab(m_coverageTable, tr("Coverage"));
    m_tables->addTab(m_comparisonTable, tr("Launch types compared"));
    m_tables->addTab(m_rolesTable, tr("Roles"));
    auto *tablesDock = new QDockWidget(tr("Tables"), this);
    tablesDock->setObjectName(QStringLiteral("TablesDock"));
    tablesDock->setWidget(m_tables);
    addDockWidget(Qt::BottomDockWidgetArea, tablesDock);

    m_findingsTable = makeTable(m_findingsModel, this);
    connect(m_findingsModel, &QAbstractItemModel::modelReset, m_findingsTable, &QTableView::resizeColumnsToContents);
    m_findingsTable->setToolTip(tr("Double-click a finding to go to it"));
    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("FindingsDock"));
    findingsDock->setWidget(m_findingsTable);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    tabifyDockWidget(tablesDock, findingsDock);
    tablesDock->raise();
    // First-run proportions; later runs restore the user's own layout.
    resizeDocks({treeDock, explainDock}, {250, 300}, Qt::Horizontal);
    resizeDocks({tablesDock}, {210}, Qt::Vertical);

    QMenu *view = menuBar()->actions().at(1)->menu();
    view->addSeparator();
    for (QDockWidget *d : {treeDock, explainDock, tablesDock, findingsDock})
        view->addAction(d->toggleViewAction());
}

void MainWindow::connectSelection()
{
    connect(&m_context, &ViewContext::taskDefinitionChanged, this, [this](int index) {
        rebuildGraph();
        showExplanation();
        updateStatus();
        if (!m_syncing) {
            m_syncing = true;
            m_tree->setCurrentIndex(m_workspaceModel->indexOfTaskDefinition(index));
            m_syncing = false;
        }
    });
    connect(&m_context, &ViewContext::operationChanged, this, &MainWindow::followOperation);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const int td = current.data(TaskDefinitionIndexRole).toInt();
        if (td < 0)
            return;
        followTaskDefinition(td);
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
    const Workspace &ws = m_document.workspace();
    const Cluster *before = m_context.taskDefinition() >= 0 && m_context.taskDefinition() < m_document.taskDefinitionCount()
        ? ws.clusterOf(m_document.taskDefinition(m_context.taskDefinition())) : nullptr;
    const Cluster *after = ws.clusterOf(m_document.taskDefinition(index));
    if (after != before && after && after->launchType)
        m_context.setLaunchType(*after->launchType);
    m_context.setTaskDefinition(index);
}

void MainWindow::followOperation(const QString &operation)
{
    m_syncing = true;
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
    m_syncing = false;
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
    const Cluster *cluster = m_document.workspace().clusterOf(td);
    if (m_overviewAction->isChecked()) {
        std::vector<Coverage> coverages;
        for (int i = 0; i < m_document.taskDefinitionCount(); ++i)
            if (m_document.workspace().clusterOf(m_document.taskDefinition(i)) == cluster)
                coverages.push_back(m_document.coverage(i, m_context.launchType()));
        const std::string title = (cluster ? "Cluster " + cluster->name : std::string("Task definitions")) + " \xe2\x80\x94 "
            + catalog.launchTypeTitle(m_context.launchType()).en;
        graph = buildClusterGraph(title, coverages, catalog);
        headings = {tr("Task definition"), tr("Role")};
    } else {
        graph = buildTaskGraph(m_document.coverage(index, m_context.launchType()), td, catalog);
        headings = {tr("Who acts"), tr("Role it uses"), tr("Operation"), tr("AWS service")};
    }
    LayoutOptions layout;
    layout.columnGap = 64;
    layoutGraph(graph, layout);
    m_syncing = true;
    m_scene->setGraph(graph, headings);
    m_scene->selectOperation(m_context.operation());
    m_syncing = false;
    m_view->fitAll();
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
    m_explanation->setHtml(op.empty() ? overviewHtml(c, m_document.catalog()) : explanationHtml(c, op, m_document.catalog()));
}

void MainWindow::updateStatus()
{
    const int errors = m_findingsModel->count(Severity::Error);
    const int warnings = m_findingsModel->count(Severity::Warning);
    m_statusLabel->setText(tr("%1 task definitions \u00b7 on %2: %3 errors, %4 warnings")
                               .arg(m_document.taskDefinitionCount())
                               .arg(QString::fromStdString(m_document.catalog().launchTypeTitle(m_context.launchType()).en))
                               .arg(errors)
                               .arg(warnings));
}

bool MainWindow::open(const QStringList &files)
{
    Workspace ws;
    try {
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        ws = paths.empty() ? loadSample() : importFiles(paths);
    } catch (const InputError &e) {
        QMessageBox::critical(this, tr("Cannot open"), QString::fromStdString(e.toString()));
        return false;
    }
    if (ws.taskDefinitions.empty()) {
        QMessageBox::warning(this, tr("Nothing to show"), tr("There is no task definition in %1.").arg(files.join(QStringLiteral(", "))));
        return false;
    }
    const QString title = files.isEmpty() ? QString::fromStdString(ws.name)
                                          : files.size() == 1 ? QFileInfo(files.first()).fileName() : tr("%1 files").arg(files.size());
    m_document.setWorkspace(std::move(ws), files.size() == 1 ? files.first() : QString());
    setWindowTitle(title);
    if (!files.isEmpty())
        addRecent(files);
    m_context.setTaskDefinition(-1);
    m_context.setLaunchType(m_document.defaultLaunchType(0));
    m_context.setTaskDefinition(0);
    m_tree->expandAll();
    for (QTableView *t : {m_coverageTable, m_comparisonTable, m_rolesTable, m_findingsTable})
        t->resizeColumnsToContents();
    for (const ImportWarning &w : m_document.workspace().warnings)
        statusBar()->showMessage(QString::fromStdString(w.toString()), 10000);
    return true;
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
