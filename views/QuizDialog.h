// SPDX-License-Identifier: Apache-2.0
#pragma once
// The quiz: "which role does this, on this launch type?", four answers, the explanation after
// each answer, and the score at the end. Questions come from the catalog and the open task.

#include "teaching/Quiz.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace rolemap {

class QuizDialog : public QDialog
{
    Q_OBJECT
public:
    QuizDialog(std::vector<QuizQuestion> questions, QWidget *parent = nullptr);
    // Where "Another round" takes its questions from; without it the quiz ends with the score.
    void setNextRound(std::function<std::vector<QuizQuestion>()> makeRound);

    const QuizSession &session() const { return m_session; }
    // Answers the current question with choice `index` (as a click would).
    void choose(int index);
    void next();
    QString questionText() const;
    QString feedbackHtml() const;
    QPushButton *choiceButton(int index) const;

private:
    void showQuestion();
    QString answerTitle(const std::string &id) const;

    QuizSession m_session;
    std::function<std::vector<QuizQuestion>()> m_makeRound;
    QLabel *m_progress = nullptr;
    QLabel *m_question = nullptr;
    QList<QPushButton *> m_choices;
    QTextBrowser *m_feedback = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace rolemap
