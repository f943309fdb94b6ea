#pragma once
// The main window: the role graph in the middle, the workspace tree, the explanation, the coverage /
// comparison / roles tables and the findings around it, and a launch-type switch that every view
// follows. It wires views to the Document and the ViewContext; it computes nothing itself.

#include "Document.h"
#include "ExportService.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTableView;
class QTextBrowser;
class QTreeView;
class QTabWidget;
class QLabel;

namespace rolemap {

class ComparisonModel;
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
    QTreeView *workspaceTree() const { return m_tree; }
    GraphView *graphView() const { return m_view; }

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
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void connectSelection();
    void restoreSettings();

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
    QString m_title;
    bool m_syncing = false;
};

} // namespace rolemap
