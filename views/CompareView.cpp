// SPDX-License-Identifier: Apache-2.0
#include "CompareView.h"

#include "GraphScene.h"
#include "GraphView.h"
#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "graph/ViewGraph.h"
#include "teaching/Explanation.h"
#include "teaching/LaunchTypeDiff.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace rolemap {

CompareView::CompareView(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("CompareView"));
    auto *top = new QHBoxLayout;
    auto *graphs = new QSplitter(Qt::Horizontal, this);
    for (int i = 0; i < 2; ++i) {
        m_combos[i] = new QComboBox(this);
        m_scenes[i] = new GraphScene(this);
        m_views[i] = new GraphView(graphs);
        m_views[i]->setScene(m_scenes[i]);
        graphs->addWidget(m_views[i]);
        connect(m_combos[i], &QComboBox::currentIndexChanged, this, &CompareView::rebuild);
    }
    m_versus = new QLabel(this);
    top->addWidget(m_combos[0]);
    top->addWidget(m_versus);
    top->addWidget(m_combos[1]);
    top->addStretch();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_changes = new QListWidget(this);
    m_changes->setMaximumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(graphs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes);

    connect(m_changes, &QListWidget::currentRowChanged, this,
            [this](int row) { emphasise(row >= 0 && row < m_changed.size() ? QStringList{m_changed[row]} : m_changed); });
    connect(m_document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (index == m_index)
            rebuild();
    });
    connect(m_document, &Document::workspaceReset, this, [this] {
        if (m_index >= m_document->taskDefinitionCount())
            m_index = m_document->taskDefinitionCount() - 1;
        rebuild();
    });
    retranslate();
    setLaunchTypes(LaunchType::Ec2, LaunchType::Fargate);
}

void CompareView::retranslate()
{
    const Language language = currentLanguage();
    for (QComboBox *combo : m_combos) {
        const int current = std::max(0, combo->currentIndex());
        const QSignalBlocker block(combo);
        combo->clear();
        for (LaunchType t : kAllLaunchTypes)
            combo->addItem(QString::fromStdString(m_document->catalog().launchTypeTitle(t).in(language)), int(t));
        combo->setCurrentIndex(current);
        combo->setToolTip(tr("The launch type of this side"));
    }
    m_versus->setText(tr("compared with"));
    setWindowTitle(tr("Compare Launch Types"));
    rebuild();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareView::setTaskDefinition(int index)
{
    m_index = index;
    rebuild();
}

void CompareView::setLaunchTypes(LaunchType left, LaunchType right)
{
    {
        const QSignalBlocker a(m_combos[0]), b(m_combos[1]);
        m_combos[0]->setCurrentIndex(int(left));
        m_combos[1]->setCurrentIndex(int(right));
    }
    rebuild();
}

LaunchType CompareView::left() const
{
    return LaunchType(m_combos[0]->currentData().toInt());
}

LaunchType CompareView::right() const
{
    return LaunchType(m_combos[1]->currentData().toInt());
}

QStringList CompareView::changedOperations() const
{
    return m_changed;
}

void CompareView::rebuild()
{
    m_changes->clear();
    m_changed.clear();
    if (m_index < 0 || m_index >= m_document->taskDefinitionCount()) {
        for (GraphScene *s : m_scenes)
            s->setGraph({});
        m_summary->clear();
        return;
    }
    const Language language = currentLanguage();
    const RulesCatalog &catalog = m_document->catalog();
    const TaskDefinition &td = m_document->taskDefinition(m_index);
    const Coverage &a = m_document->coverage(m_index, left());
    const Coverage &b = m_document->coverage(m_index, right());
    for (int i = 0; i < 2; ++i) {
        ViewGraphRequest request;
        request.columnGap = kCompareColumnGap;
        const ViewGraph view = buildViewGraph(request, {i == 0 ? a : b}, {&td}, catalog, language);
        QStringList headings;
        for (const std::string &h : view.headings)
            headings << QString::fromStdString(h);
        m_scenes[i]->setGraph(view.graph, headings);
        m_views[i]->fitAll();
    }
    auto describe = [&](const OperationCoverage *oc) -> QString {
        if (!oc)
            return tr("not needed");
        if (!oc->coveredBy)
            return statusTitle(oc->status);
        QString who = QString::fromStdString(catalog.roleKind(*oc->coveredBy).title.in(language));
        if (oc->via == Via::Fallback)
            who += QStringLiteral(" (%1)").arg(tr("fallback"));
        return QStringLiteral("%1, %2").arg(who, statusTitle(oc->status));
    };
    int breaks = 0;
    for (const OperationChange &c : compareLaunchTypes(a, b)) {
        const CatalogOperation *op = catalog.operation(c.operation);
        const QString title = op ? QString::fromStdString(op->title.in(language)) : QString::fromStdString(c.operation);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2 \u2192 %3%4")
                .arg(title, describe(c.before), describe(c.after), c.breaks ? QStringLiteral(" \u2014 ") + tr("breaks") : QString()),
            m_changes);
        item->setData(Qt::UserRole, QString::fromStdString(c.operation));
        if (c.breaks) {
            item->setForeground(statusColour(Status::MissingRole));
            ++breaks;
        }
        m_changed << QString::fromStdString(c.operation);
    }
    const QString la = m_combos[0]->currentText(), lb = m_combos[1]->currentText();
    m_summary->setText(m_changed.isEmpty()
                           ? tr("Nothing changes between %1 and %2.").arg(la, lb)
                           : tr("%n operation(s) change from %1 to %2; breaking: %3.", nullptr, int(m_changed.size())).arg(la, lb).arg(breaks));
    emphasise(m_changed);
}

void CompareView::emphasise(const QStringList &operations)
{
    for (GraphScene *s : m_scenes)
        s->emphasise(operations);
}

} // namespace rolemap
