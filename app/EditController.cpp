// SPDX-License-Identifier: Apache-2.0
#include "EditController.h"

#include "GraphView.h"
#include "MainActions.h"
#include "MainDocks.h"
#include "PolicyDialog.h"
#include "SelectionSync.h"
#include "document/Document.h"
#include "document/Mime.h"
#include "itemmodels/ModelRoles.h"
#include "itemmodels/RolesModel.h"
#include "itemmodels/WorkspaceModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

namespace rolemap {

EditController::EditController(Document *document, ViewContext *context, SelectionSync *selection, MainDocks *docks, GraphView *view,
                               MainActions *actions, QWidget *window)
    : QObject(window), m_document(document), m_context(context), m_selection(selection), m_docks(docks), m_view(view), m_actions(actions),
      m_window(window)
{
    // The Add menu lists the palette as it is now (it grows with the roles opened).
    connect(actions->add, &QMenu::aboutToShow, this, [this] { fillAddMenu(m_actions->add); });
    // Enter (or a double click) on a palette block adds it, as dropping it would.
    connect(docks->palette, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { addBlock(index.data(OperationIdRole).toString()); });
    docks->tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(docks->tree, &QWidget::customContextMenuRequested, this, &EditController::treeMenu);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &EditController::graphMenu);
    connect(docks->suggestPolicy, &QAction::triggered, this, &EditController::suggestPolicy);
    connect(docks->rolesTable, &QAbstractItemView::activated, this, &EditController::suggestPolicy);
}

void EditController::fillAddMenu(QMenu *menu)
{
    menu->clear();
    QAbstractItemModel *palette = m_docks->palette->model();
    for (int r = 0; r < palette->rowCount(); ++r) {
        const QModelIndex block = palette->index(r, 0);
        const QString id = block.data(OperationIdRole).toString();
        QAction *a = menu->addAction(block.data(Qt::DecorationRole).value<QIcon>(), block.data().toString(), this, [this, id] { addBlock(id); });
        a->setToolTip(block.data(Qt::ToolTipRole).toString());
    }
    menu->setEnabled(m_context->taskDefinition() >= 0);
}

bool EditController::addBlock(const QString &blockId)
{
    DropTarget target;
    target.kind = DropTarget::Kind::TaskDefinition;
    target.taskDefinition = m_context->taskDefinition();
    // The tree's selection says more: a container, or a feature of one.
    const QModelIndex current = m_docks->tree->currentIndex();
    if (current.isValid() && current.data(TaskDefinitionIndexRole).toInt() == target.taskDefinition)
        if (const int container = WorkspaceModel::containerOf(current); container >= 0) {
            target.kind = DropTarget::Kind::Container;
            target.container = container;
        }
    if (target.taskDefinition < 0)
        return false;
    const std::unique_ptr<QMimeData> mime(encodeBlock(blockId));
    const QString refusal = m_document->dropRefusal(mime.get(), target, Qt::CopyAction);
    if (!refusal.isEmpty()) {
        emit statusMessage(refusal, 8000);
        return false;
    }
    return m_document->drop(mime.get(), target, Qt::CopyAction);
}

void EditController::treeMenu(const QPoint &at)
{
    QMenu menu(m_window);
    fillAddMenu(menu.addMenu(tr("&Add")));
    menu.addSeparator();
    menu.addAction(m_actions->remove);
    menu.addAction(m_actions->newTaskDefinition);
    menu.exec(m_docks->tree->viewport()->mapToGlobal(at));
}

void EditController::graphMenu(const QPoint &at)
{
    QMenu menu(m_window);
    fillAddMenu(menu.addMenu(tr("&Add")));
    menu.addSeparator();
    menu.addAction(m_actions->fit);
    menu.addAction(m_actions->overview);
    menu.addAction(m_actions->exportDiagram);
    menu.exec(m_view->mapToGlobal(at));
}

void EditController::showContextMenu()
{
    QWidget *focus = m_window->focusWidget();
    if (focus == m_docks->tree || (focus && m_docks->tree->isAncestorOf(focus))) {
        const QRect item = m_docks->tree->visualRect(m_docks->tree->currentIndex());
        treeMenu(item.isValid() ? item.center() : QPoint(8, 8));
    } else {
        graphMenu(m_view->rect().center());
    }
}

void EditController::copy()
{
    QWidget *focus = m_window->focusWidget();
    QString text;
    if (auto *browser = qobject_cast<QTextBrowser *>(focus)) {
        text = browser->textCursor().hasSelection() ? browser->textCursor().selectedText() : browser->toPlainText();
    } else if (auto *table = qobject_cast<QTableView *>(focus); table && table->currentIndex().isValid()) {
        QStringList cells;
        const QModelIndex current = table->currentIndex();
        for (int c = 0; c < table->model()->columnCount(); ++c)
            cells << current.sibling(current.row(), c).data().toString();
        text = cells.join(QLatin1Char('\t'));
    } else if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && view->currentIndex().isValid()) {
        text = view->currentIndex().data().toString();
    } else {
        text = m_docks->explanation->toPlainText();
    }
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied"), 2000);
}

void EditController::suggestPolicy()
{
    const QModelIndex current = m_docks->rolesTable->currentIndex();
    if (!current.isValid())
        return;
    const std::string arn = current.sibling(current.row(), RolesModel::ArnColumn).data().toString().toStdString();
    if (const auto kind = roleKindFromId(current.data(RoleKindRole).toString().toStdString())) {
        PolicyDialog dialog(*m_document, arn, *kind, m_context->launchType(), m_window);
        dialog.exec();
    }
}

void EditController::newTaskDefinition()
{
    bool ok = false;
    const QString family =
        QInputDialog::getText(m_window, tr("New task definition"), tr("Family:"), QLineEdit::Normal, QStringLiteral("my-task"), &ok).trimmed();
    if (!ok || family.isEmpty())
        return;
    // It joins the selected task definition's cluster (and so its launch type).
    int cluster = -1;
    if (m_context->taskDefinition() >= 0)
        if (const Cluster *c = m_document->clusterOf(m_context->taskDefinition()))
            cluster = int(c - m_document->workspace().clusters.data());
    const int index = m_document->newTaskDefinition(family.toStdString(), cluster);
    if (index >= 0)
        m_selection->followTaskDefinition(index);
}

void EditController::deleteSelection()
{
    const QModelIndex current = m_docks->tree->currentIndex();
    const int index = current.isValid() ? current.data(TaskDefinitionIndexRole).toInt() : -1;
    if (index < 0)
        return;
    const auto kind = current.data(ItemKindRole).value<ItemKind>();
    const QString name = current.data().toString();
    if (kind == ItemKind::TaskDefinition)
        m_document->removeTaskDefinition(index);
    else if (kind == ItemKind::Container)
        m_document->removeContainer(index, current.row(), name);
    else if (const QString pointer = current.data(JsonPointerRole).toString(); !pointer.isEmpty())
        m_document->removeField(index, pointer.toStdString(), name);
    else
        emit statusMessage(tr("\"%1\" cannot be deleted on its own; edit it in Properties").arg(name), 5000);
}

} // namespace rolemap
