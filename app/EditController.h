// SPDX-License-Identifier: Apache-2.0
#pragma once
// Editing from menus and keys, without a mouse: New Task Definition, Delete, Edit ▸ Add (every
// palette block, onto the selected task definition or container), Enter on a palette block, the
// context menus of the tree and the graph (right click, the Menu key, Shift+F10), and Suggest Policy
// on the roles table. The Document makes every change.

#include <QObject>

class QAbstractItemModel;
class QMenu;
class QPoint;
class QWidget;

namespace rolemap {

class Document;
class GraphView;
class MainActions;
class MainDocks;
class SelectionSync;
class ViewContext;

class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(Document *document, ViewContext *context, SelectionSync *selection, MainDocks *docks, GraphView *view, MainActions *actions,
                   QWidget *window);

    void newTaskDefinition();
    void deleteSelection();
    void suggestPolicy();
    // Adds palette block `blockId` to the selected container, else the selected task definition.
    bool addBlock(const QString &blockId);
    // Edit ▸ Copy: the focused table's current row (cells separated by tabs), the tree's item, or the
    // explanation (its selection, else all of it), as plain text.
    void copy();
    // Opens the context menu of the focused tree or graph (Shift+F10).
    void showContextMenu();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void fillAddMenu(QMenu *menu);
    void treeMenu(const QPoint &at);
    void graphMenu(const QPoint &at);

    Document *m_document;
    ViewContext *m_context;
    SelectionSync *m_selection;
    MainDocks *m_docks;
    GraphView *m_view;
    MainActions *m_actions;
    QWidget *m_window;
};

} // namespace rolemap
