// SPDX-License-Identifier: Apache-2.0
#pragma once
// The walkthrough: a task's start, one step at a time (Previous / Next, ← / →, or played at a
// chosen speed). Each step names the phase, who acts with which role on which service, and shows a
// failing step failing with the error AWS gives. The window highlights the step in the graph.

#include "engine/Coverage.h"
#include "teaching/Walkthrough.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace rolemap {

class WalkthroughPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WalkthroughPanel(QWidget *parent = nullptr);

    // Starts over on this coverage (kept by the caller while shown).
    void setCoverage(const Coverage *coverage);
    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; }
    const WalkthroughStep *step() const;
    QString stepHtml() const;
    bool isPlaying() const;

    void next();
    void previous();
    void restart();
    // Reports the step shown again (stepShown), as when the panel comes back into view.
    void announce();
    void setPlaying(bool playing);
    // Seconds between steps while playing.
    void setInterval(int seconds);
    void retranslate();
    // Larger text for a room (presentation mode).
    void setLarge(bool large);

signals:
    // The operation of the step now shown (empty for a step without one, or no step).
    void stepShown(const QString &operation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStep(int index);

    const Coverage *m_coverage = nullptr;
    std::vector<WalkthroughStep> m_steps;
    int m_current = -1;
    QLabel *m_counter = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_restart = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace rolemap
