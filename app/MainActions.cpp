// SPDX-License-Identifier: Apache-2.0
#include "MainActions.h"

#include "core/Translation.h"
#include "itemmodels/Icons.h"
#include "rules/RulesCatalog.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QUndoStack>

namespace rolemap {

namespace {

QIcon icon(const char *name)
{
    return resourceIcon(QString::fromLatin1(name));
}

QAction *make(QObject *parent, const char *iconName = nullptr)
{
    return iconName ? new QAction(icon(iconName), QString(), parent) : new QAction(parent);
}

QString withKey(const QString &text, const QAction *a)
{
    return text + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
}

} // namespace

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack, const RulesCatalog &catalog)
    : QObject(window), m_window(window), m_undoStack(undoStack), m_catalog(catalog)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    open = m_file->addAction(icon("open"), QString());
    open->setShortcut(QKeySequence::Open);
    recent = m_file->addMenu(QString());
    openSample = m_file->addAction(QString());
    m_file->addSeparator();
    newTaskDefinition = m_file->addAction(QString());
    newTaskDefinition->setShortcut(QKeySequence::New);
    save = m_file->addAction(QString());
    save->setShortcut(QKeySequence::Save);
    saveAs = m_file->addAction(QString());
    saveAs->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}); // QKeySequence::SaveAs is empty on some desktops
    close = m_file->addAction(QString());
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W)); // QKeySequence::Close differs by desktop (Ctrl+F4)
    exportDiagram = m_file->addAction(QString());
    exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportTaskDefinition = m_file->addAction(QString());
    exportTaskDefinition->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_file->addSeparator();
    quit = m_file->addAction(QString());
    quit->setShortcut(QKeySequence::Quit);

    m_edit = bar->addMenu(QString());
    undo = m_edit->addAction(QString());
    undo->setShortcut(QKeySequence::Undo);
    redo = m_edit->addAction(QString());
    // Ctrl+Shift+Z and Ctrl+Y, each once: QKeySequence::Redo already is Ctrl+Shift+Z on Linux, and a
    // key registered twice on one action is ambiguous to Qt under X11, which then fires nothing.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(undoStack, signal, this, &MainActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    undo->setEnabled(undoStack->canUndo());
    redo->setEnabled(undoStack->canRedo());
    m_edit->addSeparator();
    copy = m_edit->addAction(QString());
    copy->setShortcut(QKeySequence::Copy);
    add = m_edit->addMenu(QString());
    remove = m_edit->addAction(QString());
    remove->setShortcut(QKeySequence::Delete);
    // The focused tree's or graph's context menu from the keyboard, as KDE applications offer it.
    contextMenu = new QAction(this);
    contextMenu->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    window->addAction(contextMenu);
    m_edit->addSeparator();
    settings = m_edit->addAction(QString());
    settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});

    viewMenu = bar->addMenu(QString());
    m_toolbar = window->addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("MainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(open);
    m_toolbar->addSeparator();
    // The launch-type switch: four exclusive buttons side by side, Ctrl+1…4.
    m_launchTypeGroup = new QActionGroup(this);
    m_launchTypeGroup->setExclusive(true);
    static const char *icons[] = {"launch-ec2", "launch-fargate", "launch-external", "launch-managed"};
    for (LaunchType t : kAllLaunchTypes) {
        QAction *a = m_launchTypeGroup->addAction(icon(icons[size_t(t)]), QString());
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(t))));
        a->setData(int(t));
        m_launchTypes[size_t(t)] = a;
        m_toolbar->addAction(a);
        viewMenu->addAction(a);
        window->addAction(a); // its key works in presentation too, with the menus and toolbars hidden
    }
    m_toolbar->addSeparator();
    viewMenu->addSeparator();
    overview = make(this, "cluster");
    overview->setCheckable(true);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_toolbar->addAction(overview);
    viewMenu->addAction(overview);
    zoomIn = viewMenu->addAction(icon("zoom-in"), QString());
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = viewMenu->addAction(icon("zoom-out"), QString());
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    fit = viewMenu->addAction(icon("zoom-fit"), QString());
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {zoomIn, zoomOut, fit})
        m_toolbar->addAction(a);
    resetLayout = viewMenu->addAction(QString());
    m_toolbar->widgetForAction(zoomIn)->setProperty("iconOnly", true);

    // Teaching: the walkthrough, two launch types side by side, the quiz, the presentation.
    m_teach = bar->addMenu(QString());
    walkthrough = m_teach->addAction(icon("play"), QString());
    walkthrough->setShortcut(QKeySequence(Qt::Key_F6));
    m_toolbar->addAction(walkthrough);
    nextStep = m_teach->addAction(QString());
    nextStep->setShortcut(QKeySequence(Qt::Key_Right));
    previousStep = m_teach->addAction(QString());
    previousStep->setShortcut(QKeySequence(Qt::Key_Left));
    // The arrows step only where they do not already move something: over the graph and the panel.
    for (QAction *a : {nextStep, previousStep})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    play = m_teach->addAction(QString());
    play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    window->addAction(play); // works in presentation too
    m_teach->addSeparator();
    compare = m_teach->addAction(icon("compare"), QString());
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_toolbar->addAction(compare);
    quiz = m_teach->addAction(icon("quiz"), QString());
    quiz->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_toolbar->addAction(quiz);
    m_teach->addSeparator();
    presentation = m_teach->addAction(QString());
    presentation->setCheckable(true);
    presentation->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_F11)});
    window->addAction(presentation); // still reachable when the menu bar is hidden
    leavePresentation = make(this);
    leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    window->addAction(leavePresentation);

    m_help = bar->addMenu(QString());
    handbook = m_help->addAction(QString());
    handbook->setShortcut(QKeySequence::HelpContents);
    window->addAction(handbook);
    m_help->addSeparator();
    about = m_help->addAction(QString());
    aboutQt = m_help->addAction(QString());
    retranslate();
}

void MainActions::retranslate()
{
    m_file->setTitle(tr("&File"));
    open->setText(tr("&Open\u2026"));
    open->setToolTip(tr("Open task definitions or a Rolemap workspace (several at once)"));
    recent->setTitle(tr("Open &Recent"));
    openSample->setText(tr("Open the &Sample"));
    newTaskDefinition->setText(tr("&New Task Definition\u2026"));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As\u2026"));
    close->setText(tr("&Close"));
    close->setToolTip(tr("Close the workspace (asks first when there are unsaved changes)"));
    exportDiagram->setText(tr("E&xport\u2026"));
    exportDiagram->setToolTip(tr("Export the diagram or the tables on screen: SVG, PNG, PDF, DOT, Mermaid, draw.io, Markdown, CSV, HTML"));
    exportTaskDefinition->setText(tr("Export &Task Definition\u2026"));
    exportTaskDefinition->setToolTip(tr("Write the selected task definition as register-task-definition input"));
    quit->setText(tr("&Quit"));

    m_edit->setTitle(tr("&Edit"));
    updateUndoTexts();
    contextMenu->setText(tr("Context menu of the tree or the graph"));
    copy->setText(tr("&Copy"));
    copy->setToolTip(tr("Copy the selected table row, finding or tree item, or the explanation"));
    add->setTitle(tr("&Add"));
    add->setToolTip(tr("Add a building block to the selected task definition or container"));
    remove->setText(tr("&Delete"));
    remove->setToolTip(tr("Delete the selected task definition, container or field"));
    settings->setText(tr("Se&ttings\u2026"));
    settings->setToolTip(tr("The interface language"));

    viewMenu->setTitle(tr("&View"));
    m_toolbar->setWindowTitle(tr("Main"));
    for (LaunchType t : kAllLaunchTypes) {
        QAction *a = launchType(t);
        const QString title = QString::fromStdString(m_catalog.launchTypeTitle(t).in(currentLanguage()));
        a->setText(t == LaunchType::External ? tr("External") : title);
        a->setToolTip(tr("Show every view for %1 (%2)").arg(title, a->shortcut().toString(QKeySequence::NativeText)));
    }
    overview->setText(tr("Cluster &Overview"));
    overview->setToolTip(tr("Every task definition of the cluster and the roles they share"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    fit->setText(tr("&Fit Graph"));
    resetLayout->setText(tr("&Reset Layout"));
    resetLayout->setToolTip(tr("Put every panel back where it was on the first start"));
    for (QAction *a : {zoomIn, zoomOut, fit})
        a->setToolTip(withKey(a->text().remove(QLatin1Char('&')), a));

    m_teach->setTitle(tr("&Teach"));
    walkthrough->setText(tr("&Walkthrough"));
    walkthrough->setToolTip(tr("Step through the start of the task on the launch type shown (F6)"));
    nextStep->setText(tr("&Next Step"));
    previousStep->setText(tr("&Previous Step"));
    play->setText(tr("P&lay / Pause"));
    compare->setText(tr("&Compare Launch Types\u2026"));
    compare->setToolTip(tr("Two launch types side by side, with the operations whose role changes (Ctrl+Shift+C)"));
    quiz->setText(tr("&Quiz\u2026"));
    quiz->setToolTip(tr("Which role does this, on this launch type? (Ctrl+Shift+Q)"));
    presentation->setText(tr("P&resentation"));
    presentation->setToolTip(tr("The graph full screen with large text (Ctrl+Shift+P or F11, Esc to leave)"));

    m_help->setTitle(tr("&Help"));
    handbook->setText(tr("Rolemap &Handbook"));
    handbook->setToolTip(tr("The window, the legend and every keyboard shortcut (F1)"));
    about->setText(tr("&About Rolemap"));
    aboutQt->setText(tr("About &Qt"));

    // Toolbar buttons show the plain title.
    for (QAction *a : m_toolbar->actions())
        if (!a->isSeparator())
            a->setIconText(plainText(a));
}

QString MainActions::plainText(const QAction *action)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&|\u2026"));
    return QString(action->text()).remove(accelerator).trimmed();
}

void MainActions::updateUndoTexts()
{
    const QString undoText = m_undoStack->undoText();
    const QString redoText = m_undoStack->redoText();
    undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

} // namespace rolemap
