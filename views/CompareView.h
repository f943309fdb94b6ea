// SPDX-License-Identifier: Apache-2.0
#pragma once
// Two launch types side by side for one task definition (EC2 and Fargate by default): both graphs,
// the operations whose role changes emphasised in each, and the list of changes — the "why did it
// break when we moved to Fargate" view.

#include "document/Document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace rolemap {

class GraphScene;
class GraphView;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(Document *document, QWidget *parent = nullptr);

    void setTaskDefinition(int index);
    void setLaunchTypes(LaunchType left, LaunchType right);
    LaunchType left() const;
    LaunchType right() const;
    // The operation ids that change, in the list's order.
    QStringList changedOperations() const;
    GraphScene *leftScene() const { return m_scenes[0]; }
    GraphScene *rightScene() const { return m_scenes[1]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void emphasise(const QStringList &operations);

    Document *m_document;
    int m_index = -1;
    QComboBox *m_combos[2] = {};
    GraphScene *m_scenes[2] = {};
    GraphView *m_views[2] = {};
    QListWidget *m_changes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_versus = nullptr;
    QStringList m_changed;
};

} // namespace rolemap
