// SPDX-License-Identifier: Apache-2.0
#include "MainDocks.h"

#include "PropertyEditor.h"
#include "WalkthroughPanel.h"
#include "document/Document.h"
#include "itemmodels/FindingsModel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListView>
#include <QMainWindow>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace rolemap {

namespace {

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

// The docks' titles by object name.
struct DockTitle
{
    const char *objectName;
    const char *title;
};
const DockTitle kDockTitles[] = {
    {"WorkspaceDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Workspace")},
    {"PaletteDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Palette")},
    {"ExplanationDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Explanation")},
    {"PropertiesDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Properties")},
    {"WalkthroughDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Walkthrough")},
    {"TablesDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Tables")},
    {"FindingsDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "Findings")},
    {"HistoryDock", QT_TRANSLATE_NOOP("rolemap::MainDocks", "History")},
};

} // namespace

MainDocks::MainDocks(QMainWindow *window, Document *document, const DockModels &models) : QObject(window), m_window(window)
{
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    tree = new QTreeView(window);
    tree->setModel(models.workspace);
    tree->setHeaderHidden(true);
    tree->setUniformRowHeights(true);
    tree->setDragEnabled(true);
    tree->setAcceptDrops(true);
    tree->setDropIndicatorShown(true);
    tree->setDragDropMode(QAbstractItemView::DragDrop);
    tree->setDefaultDropAction(Qt::MoveAction);
    QDockWidget *treeDock = addDock("WorkspaceDock", tree, Qt::LeftDockWidgetArea);
    explanation = new QTextBrowser(window);
    explanation->setObjectName(QStringLiteral("Explanation"));
    explanation->setOpenExternalLinks(true);
    QDockWidget *explainDock = addDock("ExplanationDock", explanation, Qt::RightDockWidgetArea);

    coverageTable = makeTable(models.coverage, window);
    // Rows change with every switch: keep the columns fitted to what they show.
    connect(models.coverage, &QAbstractItemModel::modelReset, coverageTable, &QTableView::resizeColumnsToContents);
    comparisonTable = makeTable(models.comparison, window);
    rolesTable = makeTable(models.roles, window);
    rolesTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    suggestPolicy = new QAction(rolesTable);
    rolesTable->addAction(suggestPolicy);
    tables = new QTabWidget(window);
    for (QTableView *t : {coverageTable, comparisonTable, rolesTable})
        tables->addTab(t, QString());
    QDockWidget *tablesDock = addDock("TablesDock", tables, Qt::BottomDockWidgetArea);
    // The findings, filtered by severity (all, warnings and errors, errors only).
    auto *filter = new FindingsFilter(window);
    filter->setSourceModel(models.findings);
    findingsTable = makeTable(filter, window);
    // Column widths from the first rows, not from a thousand of a whole account's findings.
    findingsTable->horizontalHeader()->setResizeContentsPrecision(100);
    connect(models.findings, &QAbstractItemModel::modelReset, findingsTable, &QTableView::resizeColumnsToContents);
    findingsFilter = new QComboBox(window);
    for (int i = 0; i < 3; ++i)
        findingsFilter->addItem(QString());
    connect(findingsFilter, &QComboBox::currentIndexChanged, filter, [filter](int i) {
        filter->setMinimumSeverity(i == 2 ? Severity::Error : i == 1 ? Severity::Warning : Severity::Info);
    });
    auto *findings = new QWidget(window);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->setSpacing(2);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(findingsFilter);
    filterRow->addStretch();
    findingsLayout->addLayout(filterRow);
    findingsLayout->addWidget(findingsTable);
    QDockWidget *findingsDock = addDock("FindingsDock", findings, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(tablesDock, findingsDock);
    // First-run proportions.
    window->resizeDocks({treeDock, explainDock}, {250, 300}, Qt::Horizontal);
    window->resizeDocks({tablesDock}, {210}, Qt::Vertical);

    // Editing: the palette of building blocks, the property editor and the undo history.
    palette = new QListView(window);
    palette->setModel(models.palette);
    palette->setDragEnabled(true);
    palette->setDragDropMode(QAbstractItemView::DragOnly);
    palette->setDefaultDropAction(Qt::CopyAction);
    addDock("PaletteDock", palette, Qt::LeftDockWidgetArea);
    properties = new PropertyEditor(document, window);
    QDockWidget *propertiesDock = addDock("PropertiesDock", properties, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(explainDock, propertiesDock);
    history = new QUndoView(document->undoStack(), window);
    QDockWidget *historyDock = addDock("HistoryDock", history, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(findingsDock, historyDock);
    tablesDock->raise();

    walkthrough = new WalkthroughPanel(window);
    walkthroughDock = addDock("WalkthroughDock", walkthrough, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(propertiesDock, walkthroughDock);
    explainDock->raise();
    walkthroughDock->hide(); // Teach ▸ Walkthrough (F6) shows it
    retranslate();
}

QDockWidget *MainDocks::addDock(const char *objectName, QWidget *widget, int area)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(QLatin1String(objectName)); // restoreState() finds docks by name
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::DockWidgetArea(area), dock);
    m_docks << dock;
    return dock;
}

QList<QDockWidget *> MainDocks::docks() const
{
    QList<QDockWidget *> ordered;
    for (const DockTitle &d : kDockTitles)
        for (QDockWidget *dock : m_docks)
            if (dock->objectName() == QLatin1String(d.objectName))
                ordered << dock;
    return ordered;
}

void MainDocks::retranslate()
{
    for (QDockWidget *dock : std::as_const(m_docks))
        for (const DockTitle &d : kDockTitles)
            if (dock->objectName() == QLatin1String(d.objectName))
                dock->setWindowTitle(tr(d.title));
    tables->setTabText(0, tr("Coverage"));
    tables->setTabText(1, tr("Launch types compared"));
    tables->setTabText(2, tr("Roles"));
    suggestPolicy->setText(tr("Suggest Policy\u2026"));
    suggestPolicy->setToolTip(tr("The least-privilege policy for the selected role, and what the loaded IAM data grants of it"));
    findingsTable->setToolTip(tr("Double-click a finding to go to it"));
    findingsFilter->setItemText(0, tr("All findings"));
    findingsFilter->setItemText(1, tr("Warnings and errors"));
    findingsFilter->setItemText(2, tr("Errors only"));
    findingsFilter->setToolTip(tr("Which findings the table lists"));
    palette->setToolTip(tr("Drag a block onto a task definition or a container, in the tree or the graph"));
    history->setEmptyLabel(tr("<opened>"));
}

} // namespace rolemap
