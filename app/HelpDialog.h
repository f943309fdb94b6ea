// SPDX-License-Identifier: Apache-2.0
#pragma once
// Help ▸ Handbook (F1): a short handbook of the window, the legend of the graph's colours and lines,
// and every keyboard shortcut, read from the actions themselves so the list is never out of date.

#include <QDialog>

class QAction;

namespace rolemap {

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    HelpDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // The handbook in the interface language, with the legend and the shortcuts.
    static QString html(const QList<QAction *> &actions);
};

} // namespace rolemap
