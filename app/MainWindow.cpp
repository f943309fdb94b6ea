// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "Appearance.h"
#include "Autosave.h"
#include "DocumentManager.h"
#include "EditController.h"
#include "ExportController.h"
#include "GraphPresenter.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "HelpDialog.h"
#include "MainActions.h"
#include "MainDocks.h"
#include "PresentationMode.h"
#include "PropertyEditor.h"
#include "SelectionSync.h"
#include "SettingsDialog.h"
#include "TeachingController.h"
#include "WalkthroughPanel.h"
#include "core/Translation.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/CoverageModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/Icons.h"
#include "itemmodels/PaletteModel.h"
#include "itemmodels/RolesModel.h"
#include "itemmodels/WorkspaceModel.h"
#include "teaching/Explanation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

namespace rolemap {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(resourceIcon(QStringLiteral("rolemap")));
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

    m_actions = new MainActions(this, m_document.undoStack(), m_document.catalog());
    m_docks = new MainDocks(this, &m_document, {m_workspaceModel, m_coverageModel, m_comparisonModel, m_rolesModel, m_findingsModel, m_paletteModel});
    m_tree = m_docks->tree;
    m_walkthrough = m_docks->walkthrough;
    m_actions->viewMenu->addSeparator();
    for (QDockWidget *d : m_docks->docks())
        m_actions->viewMenu->addAction(d->toggleViewAction());
    m_graph = new GraphPresenter(&m_document, &m_context, m_scene, m_view, this);
    m_selection = new SelectionSync(
        &m_document, &m_context,
        {m_tree, m_docks->coverageTable, m_docks->comparisonTable, m_docks->findingsTable, m_scene, m_view, m_docks->properties}, this);
    m_files = new DocumentManager(&m_document, &m_context, this);
    m_files->setRecentMenu(m_actions->recent);
    m_exports = new ExportController(&m_document, &m_context, m_graph, this);
    m_autosave = new Autosave(&m_document, m_files, this);
    m_presentation = new PresentationMode(this, m_docks, m_view);
    m_edits = new EditController(&m_document, &m_context, m_selection, m_docks, m_view, m_actions, this);
    m_teaching = new TeachingController(&m_document, &m_context, m_docks, m_graph, m_scene, m_presentation, this);
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    connectActions();
    connectViews();
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The document is a member, destroyed after this body: its undo stack reports its last changes
    // while it goes, and nothing of this window may hear them half destroyed.
    for (QObject *listener : std::initializer_list<QObject *>{this, m_actions, m_docks, m_files, m_graph, m_selection, m_autosave, m_teaching}) {
        disconnect(m_document.undoStack(), nullptr, listener, nullptr);
        disconnect(&m_document, nullptr, listener, nullptr);
        disconnect(&m_context, nullptr, listener, nullptr);
    }
    // The views and models hold the document and the context: delete them while both still exist
    // (members outlive this body, but not ~QWidget, which would delete the children later).
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    qDeleteAll(findChildren<QAbstractItemModel *>(QString(), Qt::FindDirectChildrenOnly));
}

QAction *MainWindow::launchTypeAction(LaunchType t) const
{
    return m_actions->launchType(t);
}

QAction *MainWindow::overviewAction() const
{
    return m_actions->overview;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->open, &QAction::triggered, m_files, &DocumentManager::openDialog);
    connect(a->openSample, &QAction::triggered, this, [this] { open({}); });
    connect(a->newTaskDefinition, &QAction::triggered, m_edits, &EditController::newTaskDefinition);
    connect(a->save, &QAction::triggered, m_files, &DocumentManager::save);
    connect(a->saveAs, &QAction::triggered, m_files, &DocumentManager::saveAs);
    connect(a->close, &QAction::triggered, m_files, &DocumentManager::closeWorkspace);
    connect(a->copy, &QAction::triggered, m_edits, &EditController::copy);
    connect(a->handbook, &QAction::triggered, this, [this] { HelpDialog(findChildren<QAction *>(), this).exec(); });
    connect(a->exportDiagram, &QAction::triggered, m_exports, &ExportController::exportDialog);
    connect(a->exportTaskDefinition, &QAction::triggered, m_exports, &ExportController::exportTaskDefinitionDialog);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->remove, &QAction::triggered, m_edits, &EditController::deleteSelection);
    connect(a->contextMenu, &QAction::triggered, m_edits, &EditController::showContextMenu);
    connect(m_edits, &EditController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    for (LaunchType t : kAllLaunchTypes)
        connect(a->launchType(t), &QAction::triggered, this, [this, t] { m_context.setLaunchType(t); });
    a->launchType(m_context.launchType())->setChecked(true);
    connect(a->overview, &QAction::toggled, m_graph, &GraphPresenter::setOverview);
    connect(a->zoomIn, &QAction::triggered, m_view, &GraphView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &GraphView::zoomOut);
    connect(a->fit, &QAction::triggered, m_view, &GraphView::fitAll);
    connect(a->resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(a->walkthrough, &QAction::triggered, m_teaching, &TeachingController::showWalkthrough);
    connect(a->nextStep, &QAction::triggered, m_walkthrough, &WalkthroughPanel::next);
    connect(a->previousStep, &QAction::triggered, m_walkthrough, &WalkthroughPanel::previous);
    for (QAction *step : {a->nextStep, a->previousStep}) {
        m_view->addAction(step);
        m_walkthrough->addAction(step);
    }
    connect(a->play, &QAction::triggered, this, [this] { m_walkthrough->setPlaying(!m_walkthrough->isPlaying()); });
    connect(a->compare, &QAction::triggered, m_teaching, &TeachingController::showCompare);
    connect(a->quiz, &QAction::triggered, m_teaching, &TeachingController::openQuiz);
    connect(a->presentation, &QAction::triggered, m_presentation, &PresentationMode::setOn);
    connect(a->leavePresentation, &QAction::triggered, m_presentation, [this] { m_presentation->setOn(false); });
    connect(m_presentation, &PresentationMode::toggled, a->presentation, &QAction::setChecked);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectViews()
{
    connect(m_files, &DocumentManager::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_exports, &ExportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &DocumentManager::opened, this, [this] {
        m_selection->expandTree();
        for (QTableView *t : {m_docks->coverageTable, m_docks->comparisonTable, m_docks->rolesTable, m_docks->findingsTable})
            t->resizeColumnsToContents();
    });
    // While dragging, the tree and the graph say why a drop would be refused.
    auto showVerdict = [this](const QString &refusal) {
        if (refusal.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(refusal);
    };
    connect(m_view, &GraphView::dropVerdict, this, showVerdict);
    connect(m_workspaceModel, &WorkspaceModel::dropVerdict, this, showVerdict);
    // The explanation and the status line follow every change of what is shown.
    auto followShown = [this] {
        showExplanation();
        updateStatus();
    };
    connect(&m_document, &Document::taskDefinitionChanged, this, followShown);
    connect(&m_document, &Document::workspaceReset, this, followShown);
    connect(&m_context, &ViewContext::taskDefinitionChanged, this, followShown);
    connect(&m_context, &ViewContext::operationChanged, this, &MainWindow::showExplanation);
    // A whole account's coverage on one launch type at a time: the old one goes before the models
    // compute the new one; thousands of task definitions take a moment, so the cursor says so.
    connect(&m_context, &ViewContext::launchTypeAboutToChange, this, [this](LaunchType next) {
        m_document.trimCoverage(next, m_context.taskDefinition());
        if (m_document.taskDefinitionCount() > 2000 && !m_waitCursor) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_waitCursor = true;
        }
    });
    connect(&m_context, &ViewContext::launchTypeChanged, this, [this, followShown](LaunchType t) {
        m_actions->launchType(t)->setChecked(true);
        followShown();
        if (m_waitCursor) {
            QApplication::restoreOverrideCursor();
            m_waitCursor = false;
        }
    });
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_docks->retranslate();
    m_files->updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showSettings()
{
    QSettings settings;
    SettingsDialog dialog(settings.value(QStringLiteral("language"), QStringLiteral("system")).toString(),
                          settings.value(QStringLiteral("appearance"), QStringLiteral("system")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.appearance() != settings.value(QStringLiteral("appearance"), QStringLiteral("system")).toString()) {
        settings.setValue(QStringLiteral("appearance"), dialog.appearance());
        applyAppearance(dialog.appearance());
        showExplanation(); // its colours follow the palette
    }
    setLanguage(dialog.language());
}

void MainWindow::setLanguage(const QString &setting)
{
    QSettings().setValue(QStringLiteral("language"), setting);
    const Language language = languageForSetting(setting);
    if (language == currentLanguage())
        return;
    installLanguage(language);
    // Every widget words itself again (installing or removing a translator sends the application a
    // LanguageChange; this makes sure the window's own tree hears it whatever the translators were).
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &change);
    m_document.languageChanged();
}

void MainWindow::showExplanation()
{
    const int index = m_context.taskDefinition();
    if (index < 0 || index >= m_document.taskDefinitionCount()) {
        m_docks->explanation->clear();
        return;
    }
    const Coverage &c = m_document.coverage(index, m_context.launchType());
    const std::string op = m_context.operation().toStdString();
    const Language language = currentLanguage();
    m_docks->explanation->setHtml(op.empty() ? overviewHtml(c, m_document.catalog(), language)
                                             : explanationHtml(c, op, m_document.catalog(), language));
}

void MainWindow::updateStatus()
{
    const QString launchType = QString::fromStdString(m_document.catalog().launchTypeTitle(m_context.launchType()).in(currentLanguage()));
    m_statusLabel->setText(tr("%1 \u00b7 on %2: %3, %4")
                               .arg(tr("%n task definition(s)", nullptr, m_document.taskDefinitionCount()), launchType,
                                    tr("%n error(s)", nullptr, m_findingsModel->count(Severity::Error)),
                                    tr("%n warning(s)", nullptr, m_findingsModel->count(Severity::Warning))));
}

bool MainWindow::open(const QStringList &files)
{
    return m_files->open(files);
}
CompareView *MainWindow::compareView()
{
    return m_teaching->compareView();
}
void MainWindow::openQuiz()
{
    m_teaching->openQuiz();
}
void MainWindow::setPresentation(bool on)
{
    m_presentation->setOn(on);
}
bool MainWindow::isPresenting() const
{
    return m_presentation->isOn();
}
bool MainWindow::saveTo(const QString &path)
{
    return m_files->saveTo(path);
}
bool MainWindow::exportTaskDefinition(int index, const QString &path)
{
    return m_exports->exportTaskDefinition(index, path);
}
QByteArray MainWindow::exportView(ExportOptions options) const
{
    return m_exports->exportView(options);
}
QString MainWindow::recoveryPath()
{
    return Autosave::recoveryPath();
}
void MainWindow::autosave()
{
    m_autosave->save();
}
void MainWindow::offerRecovery()
{
    m_autosave->offerRecovery(this);
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
    m_defaultState = saveState();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resetLayout();
    // A walkthrough left open would fade the graph on the next start, behind a panel the user may not
    // see: it opens on demand (F6) only.
    m_docks->walkthroughDock->hide();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : m_docks->docks())
        if (d != m_docks->walkthroughDock)
            d->setFloating(false);
    m_docks->walkthroughDock->hide();
    // The tables below take about 30 % of the height, the side docks a fifth of the width each.
    QDockWidget *tables = findChild<QDockWidget *>(QStringLiteral("TablesDock"));
    QDockWidget *tree = findChild<QDockWidget *>(QStringLiteral("WorkspaceDock"));
    QDockWidget *explanation = findChild<QDockWidget *>(QStringLiteral("ExplanationDock"));
    resizeDocks({tables}, {height() * 3 / 10}, Qt::Vertical);
    resizeDocks({tree, explanation}, {width() / 5, width() / 4}, Qt::Horizontal);
    m_scene->emphasise({});
    m_view->fitAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    Autosave::discard(); // a clean end: nothing to recover
    // The layout to remember is the user's, not presentation's.
    if (m_presentation->isOn())
        m_presentation->setOn(false);
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
