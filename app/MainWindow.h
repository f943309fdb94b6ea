#pragma once
// The main window: the role graph in the middle, the workspace tree, the explanation, the coverage /
// comparison / roles tables and the findings around it, and a launch-type switch that every view
// follows. It wires views to the Document and the ViewContext; it computes nothing itself.

#include "document/Document.h"
#include "ExportService.h"

#include <QMainWindow>

#include <optional>
#include <thread>
#include <vector>

class QAction;
class QDialog;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTableView;
class QTextBrowser;
class QTreeView;
class QTabWidget;
class QLabel;

namespace rolemap {

class CompareView;
class ComparisonModel;
class WalkthroughPanel;
class PaletteModel;
class PropertyEditor;
class CoverageModel;
class FindingsModel;
class GraphScene;
class GraphView;
class RolesModel;
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
    QAction *overviewAction() const { return m_overviewAction; }
    QTreeView *workspaceTree() const { return m_tree; }
    GraphView *graphView() const { return m_view; }
    WalkthroughPanel *walkthrough() const { return m_walkthrough; }
    // The launch-type comparison (created on first use).
    CompareView *compareView();
    // The graph alone, full screen, with large text (Ctrl+Shift+P; Esc leaves).
    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
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
    // What File ▸ Export writes for these options: the launch type, task definition and graph mode
    // on screen (the same bytes as rolemap export for the same input).
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
    void createActions();
    void createDocks();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void connectSelection();
    void restoreSettings();
    // Menus, toolbar and docks again, in the current language, keeping their layout.
    void rebuildChrome();
    void showSettings();
    void refreshWalkthrough();
    void expandTree();
    // Imports on a worker thread with a progress dialog; nothing when the user cancels. Throws
    // InputError as the importer does.
    struct Loaded
    {
        Workspace workspace;
        LaunchType launchType = LaunchType::Ec2;
        std::vector<Coverage> coverage; // of every task definition on launchType
    };
    std::optional<Loaded> loadInBackground(const std::vector<std::string> &paths, const QString &what);
    void showCompare();

    void openDialog();
    bool save();
    bool saveAs();
    void exportDialog();
    void exportDiagramDialog();
    void suggestPolicy();
    void newTaskDefinition();
    void deleteSelection();
    bool maybeSave();
    void updateTitle();
    void addRecent(const QStringList &files);
    void updateRecentMenu();
    void showAbout();

    void rebuildGraph();
    void showExplanation();
    void updateStatus();
    void followOperation(const QString &operation);
    void followTaskDefinition(int index);

    Document m_document;
    ViewContext m_context;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    WorkspaceModel *m_workspaceModel = nullptr;
    CoverageModel *m_coverageModel = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    RolesModel *m_rolesModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_coverageTable = nullptr;
    QTableView *m_comparisonTable = nullptr;
    QTableView *m_rolesTable = nullptr;
    QTableView *m_findingsTable = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QTabWidget *m_tables = nullptr;
    QLabel *m_statusLabel = nullptr;
    QActionGroup *m_launchTypes = nullptr;
    QAction *m_overviewAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    PaletteModel *m_paletteModel = nullptr;
    PropertyEditor *m_properties = nullptr;
    WalkthroughPanel *m_walkthrough = nullptr;
    QDockWidget *m_walkthroughDock = nullptr;
    QDialog *m_compareDialog = nullptr;
    CompareView *m_compare = nullptr;
    QAction *m_presentationAction = nullptr;
    bool m_presenting = false;
    bool m_waitCursor = false; // a whole account's launch-type switch is under way
    QByteArray m_stateBeforePresenting;
    std::vector<std::thread> m_loaders;
    QString m_title;
    bool m_syncing = false;
};

} // namespace rolemap
