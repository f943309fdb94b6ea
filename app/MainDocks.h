// SPDX-License-Identifier: Apache-2.0
#pragma once
// The docks around the graph, made and arranged for a first start (later starts restore the user's
// own layout): the workspace tree and the palette on the left, the explanation, properties and
// walkthrough on the right, the tables, findings and history below. Their titles follow the language.

#include <QObject>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QDockWidget;
class QListView;
class QMainWindow;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;
class QUndoView;

namespace rolemap {

class Document;
class PropertyEditor;
class WalkthroughPanel;

struct DockModels
{
    QAbstractItemModel *workspace, *coverage, *comparison, *roles, *findings, *palette;
};

class MainDocks : public QObject
{
    Q_OBJECT
public:
    MainDocks(QMainWindow *window, Document *document, const DockModels &models);
    void retranslate();
    // Every dock, in the order the View menu lists them.
    QList<QDockWidget *> docks() const;

    QTreeView *tree;
    QTextBrowser *explanation;
    QTabWidget *tables;
    QTableView *coverageTable, *comparisonTable, *rolesTable, *findingsTable;
    QComboBox *findingsFilter; // which severities the findings table shows
    QListView *palette;
    PropertyEditor *properties;
    QUndoView *history;
    WalkthroughPanel *walkthrough;
    QDockWidget *walkthroughDock;
    QAction *suggestPolicy; // on the roles table

private:
    QDockWidget *addDock(const char *objectName, QWidget *widget, int area);
    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
};

} // namespace rolemap
