// SPDX-License-Identifier: Apache-2.0
#include "WalkthroughPanel.h"

#include "core/Translation.h"
#include "rules/RulesCatalog.h"
#include "teaching/Explanation.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace rolemap {

WalkthroughPanel::WalkthroughPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("WalkthroughPanel"));
    m_counter = new QLabel(this);
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_play = new QPushButton(this);
    m_play->setCheckable(true);
    m_restart = new QPushButton(this);
    m_speed = new QComboBox(this);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speed);
    m_timer = new QTimer(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restart);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_play);
    buttons->addStretch();
    buttons->addWidget(m_speedLabel);
    buttons->addWidget(m_speed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, this, &WalkthroughPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &WalkthroughPanel::next);
    connect(m_restart, &QPushButton::clicked, this, &WalkthroughPanel::restart);
    connect(m_play, &QPushButton::toggled, this, &WalkthroughPanel::setPlaying);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { setInterval(m_speed->currentData().toInt()); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_current + 1 >= stepCount())
            setPlaying(false); // the end: stop rather than loop
        else
            next();
    });
    retranslate();
    m_speed->setCurrentIndex(1);
    setInterval(m_speed->currentData().toInt());
    showStep(-1);
}

void WalkthroughPanel::retranslate()
{
    m_previous->setText(tr("\u2190 Previous"));
    m_previous->setToolTip(tr("The previous step (Left)"));
    m_next->setText(tr("Next \u2192"));
    m_next->setToolTip(tr("The next step (Right)"));
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("Step through on its own at the chosen speed"));
    m_restart->setText(tr("Restart"));
    m_speedLabel->setText(tr("&Speed:"));
    const int speed = m_speed->currentIndex();
    m_speed->clear();
    m_speed->addItem(tr("Slow (8 s)"), 8);
    m_speed->addItem(tr("Normal (5 s)"), 5);
    m_speed->addItem(tr("Fast (2 s)"), 2);
    m_speed->setCurrentIndex(speed < 0 ? 1 : speed);
    showStep(m_current);
}

void WalkthroughPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WalkthroughPanel::setCoverage(const Coverage *coverage)
{
    m_coverage = coverage;
    m_steps = coverage ? Walkthrough::builtIn().steps(*coverage, RulesCatalog::builtIn()) : std::vector<WalkthroughStep>{};
    setPlaying(false);
    showStep(m_steps.empty() ? -1 : 0);
}

const WalkthroughStep *WalkthroughPanel::step() const
{
    return m_current >= 0 && m_current < stepCount() ? &m_steps[size_t(m_current)] : nullptr;
}

QString WalkthroughPanel::stepHtml() const
{
    return m_text->toHtml();
}

bool WalkthroughPanel::isPlaying() const
{
    return m_timer->isActive();
}

void WalkthroughPanel::next()
{
    if (m_current + 1 < stepCount())
        showStep(m_current + 1);
}

void WalkthroughPanel::previous()
{
    if (m_current > 0)
        showStep(m_current - 1);
}

void WalkthroughPanel::restart()
{
    showStep(m_steps.empty() ? -1 : 0);
}

void WalkthroughPanel::announce()
{
    const WalkthroughStep *s = step();
    emit stepShown(s && s->operation ? QString::fromStdString(s->operation->operation) : QString());
}

void WalkthroughPanel::setPlaying(bool playing)
{
    if (playing && m_current + 1 >= stepCount())
        restart();
    if (playing)
        m_timer->start();
    else
        m_timer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

void WalkthroughPanel::setInterval(int seconds)
{
    m_timer->setInterval(std::max(1, seconds) * 1000);
}

void WalkthroughPanel::setLarge(bool large)
{
    QFont f = font();
    f.setPointSizeF(QFont().pointSizeF() * (large ? 1.6 : 1.0));
    m_text->setFont(f);
    m_counter->setFont(f);
}

void WalkthroughPanel::showStep(int index)
{
    m_current = index;
    const WalkthroughStep *s = step();
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < stepCount());
    m_play->setEnabled(stepCount() > 1);
    if (!s || !m_coverage) {
        m_counter->clear();
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Open a task definition to step through its start.")));
        emit stepShown(QString());
        return;
    }
    const Language language = currentLanguage();
    const QString launchType = QString::fromStdString(RulesCatalog::builtIn().launchTypeTitle(m_coverage->launchType).in(language));
    m_counter->setText(
        tr("Step %1 of %2 \u00b7 %3 on %4").arg(m_current + 1).arg(stepCount()).arg(QString::fromStdString(m_coverage->taskDefinition), launchType));
    m_text->setHtml(walkthroughStepHtml(*s, *m_coverage, RulesCatalog::builtIn(), language));
    emit stepShown(s->operation ? QString::fromStdString(s->operation->operation) : QString());
}

} // namespace rolemap
