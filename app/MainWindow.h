// SPDX-License-Identifier: Apache-2.0
#pragma once
// The main window: the role graph in the middle, the workspace tree, the explanation, the coverage /
// comparison / roles tables and the findings around it, and a launch-type switch that every view
// follows. It composes the parts and lays them out: file handling (DocumentManager), the actions
// (MainActions), selection (SelectionSync), the graph (GraphPresenter), exports (ExportController)
// and autosave (Autosave) each live in their own class.

#include "ExportService.h"
#include "document/Document.h"

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace rolemap {

class Autosave;
class CompareView;
class ComparisonModel;
class CoverageModel;
class DocumentManager;
class EditController;
class ExportController;
class FindingsModel;
class GraphPresenter;
class GraphScene;
class GraphView;
class MainActions;
class MainDocks;
class PresentationMode;
class TeachingController;
class PaletteModel;
class PropertyEditor;
class RolesModel;
class SelectionSync;
class WalkthroughPanel;
class WorkspaceModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens files (or the embedded sample when empty). On bad input shows the error, keeps what was
    // open, and returns false.
    bool open(const QStringList &files);

    Document *document() { return &m_document; }
    ViewContext *context() { return &m_context; }
    GraphScene *graphScene() { return m_scene; }
    QAction *launchTypeAction(LaunchType t) const;
    QAction *overviewAction() const;
    QTreeView *workspaceTree() const { return m_tree; }
    GraphView *graphView() const { return m_view; }
    WalkthroughPanel *walkthrough() const { return m_walkthrough; }
    // The launch-type comparison (created on first use).
    CompareView *compareView();
    // The graph alone, full screen, with large text (Ctrl+Shift+P or F11; Esc leaves).
    void setPresentation(bool on);
    bool isPresenting() const;
    // "system", "en" or "ja": installs it, retranslates every view and remembers it.
    void setLanguage(const QString &setting);
    // Opens the quiz on the open task definition (modal); returns when it is closed.
    void openQuiz();

    // Saving: the workspace (.rolemap.json) and one task definition as register input. On failure
    // they show the error and return false; nothing on disk changes.
    bool saveTo(const QString &path);
    bool exportTaskDefinition(int index, const QString &path);
    // The recovery file the autosave writes (and a start after a crash offers).
    static QString recoveryPath();
    // What File ▸ Export writes for these options (ExportController::exportView).
    QByteArray exportView(ExportOptions options) const;
    void autosave();
    // Offers the recovery file if one is left from a session that did not end cleanly.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void connectViews();
    void retranslateUi();
    void restoreSettings();
    // View ▸ Reset Layout: the docks where a first start puts them, the graph in full view.
    void resetLayout();
    void showSettings();
    void showAbout();
    void showExplanation();
    void updateStatus();

    Document m_document;
    ViewContext m_context;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    WorkspaceModel *m_workspaceModel = nullptr;
    CoverageModel *m_coverageModel = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    RolesModel *m_rolesModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    PaletteModel *m_paletteModel = nullptr;

    MainActions *m_actions = nullptr;
    DocumentManager *m_files = nullptr;
    GraphPresenter *m_graph = nullptr;
    SelectionSync *m_selection = nullptr;
    ExportController *m_exports = nullptr;
    Autosave *m_autosave = nullptr;

    MainDocks *m_docks = nullptr;
    QTreeView *m_tree = nullptr; // m_docks->tree, for the accessors
    WalkthroughPanel *m_walkthrough = nullptr;
    QLabel *m_statusLabel = nullptr;
    QByteArray m_defaultState; // the docks as built, for Reset Layout
    PresentationMode *m_presentation = nullptr;
    TeachingController *m_teaching = nullptr;
    EditController *m_edits = nullptr;
    bool m_waitCursor = false; // a whole account's launch-type switch is under way
};

} // namespace rolemap
