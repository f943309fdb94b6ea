// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window's actions, menus and toolbar, built once with their keys and icons. Their texts follow
// the interface language: retranslate() on QEvent::LanguageChange words them again, and nothing is
// rebuilt (the layout, the docks and every connection stay).

#include "core/Vocabulary.h"

#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace rolemap {

class RulesCatalog;

class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QMainWindow *window, QUndoStack *undoStack, const RulesCatalog &catalog);
    void retranslate();
    // An action's title without "…" and without its accelerator ("&Open", Japanese "(&O)").
    static QString plainText(const QAction *action);

    QAction *launchType(LaunchType t) const { return m_launchTypes[size_t(t)]; }

    // File
    QAction *open, *openSample, *newTaskDefinition, *save, *saveAs, *close, *exportDiagram, *exportTaskDefinition, *quit;
    QMenu *recent;
    // Edit
    QAction *undo, *redo, *copy, *remove, *settings, *contextMenu;
    QMenu *add; // every palette block (EditController fills it)
    // View (the window adds its docks' toggles to `viewMenu`)
    QAction *overview, *zoomIn, *zoomOut, *fit, *resetLayout;
    QMenu *viewMenu;
    // Teach
    QAction *walkthrough, *nextStep, *previousStep, *play, *compare, *quiz, *presentation, *leavePresentation;
    // Help
    QAction *handbook, *about, *aboutQt;

private:
    void updateUndoTexts();

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    const RulesCatalog &m_catalog;
    QActionGroup *m_launchTypeGroup;
    std::array<QAction *, 4> m_launchTypes{};
    QMenu *m_file, *m_edit, *m_teach, *m_help;
    QToolBar *m_toolbar;
};

} // namespace rolemap
