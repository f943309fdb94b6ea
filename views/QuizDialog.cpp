// SPDX-License-Identifier: Apache-2.0
#include "QuizDialog.h"

#include "core/Translation.h"
#include "graph/RolePalette.h"
#include "teaching/Explanation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rolemap {

QuizDialog::QuizDialog(std::vector<QuizQuestion> questions, QWidget *parent) : QDialog(parent), m_session(std::move(questions))
{
    setObjectName(QStringLiteral("QuizDialog"));
    setWindowTitle(tr("Quiz: which role does this?"));
    m_progress = new QLabel(this);
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_question->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_question);
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton(this);
        b->setShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_choices << b;
        layout->addWidget(b);
    }
    m_feedback = new QTextBrowser(this);
    m_feedback->setOpenExternalLinks(true);
    layout->addWidget(m_feedback, 1);
    auto *box = new QDialogButtonBox(this);
    m_next = box->addButton(tr("&Next question"), QDialogButtonBox::ActionRole);
    box->addButton(QDialogButtonBox::Close);
    connect(m_next, &QPushButton::clicked, this, &QuizDialog::next);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(640, 560);
    showQuestion();
}

QString QuizDialog::answerTitle(const std::string &id) const
{
    if (id == kQuizNone)
        return tr("No role can: it fails or is not supported");
    if (id == "aws-managed")
        return tr("AWS itself: no role of yours");
    if (const auto kind = roleKindFromId(id))
        return QString::fromStdString(RulesCatalog::builtIn().roleKind(*kind).title.in(currentLanguage()));
    return QString::fromStdString(id);
}

QString QuizDialog::questionText() const
{
    return m_question->text();
}

QString QuizDialog::feedbackHtml() const
{
    return m_feedback->toHtml();
}

QPushButton *QuizDialog::choiceButton(int index) const
{
    return m_choices.value(index);
}

void QuizDialog::showQuestion()
{
    m_feedback->clear();
    if (m_session.finished()) {
        const int total = int(m_session.questions().size());
        m_progress->setText(tr("Finished"));
        m_question->setText(tr("Your score: %1 of %2").arg(m_session.score()).arg(total));
        for (QPushButton *b : m_choices)
            b->hide();
        // The mistakes again, each with its right answer.
        QString review;
        for (size_t i : m_session.mistakes()) {
            const QuizQuestion &q = m_session.questions()[i];
            const CatalogOperation *op = RulesCatalog::builtIn().operation(q.operation);
            review += QStringLiteral("<li>%1 \u00b7 %2: <b>%3</b></li>")
                          .arg(QString::fromStdString(op ? op->title.in(currentLanguage()) : q.operation).toHtmlEscaped(),
                               QString::fromStdString(RulesCatalog::builtIn().launchTypeTitle(q.launchType).in(currentLanguage())).toHtmlEscaped(),
                               answerTitle(q.answer).toHtmlEscaped());
        }
        m_feedback->setHtml(review.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No mistakes."))
                                             : QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("To look at again:"), review));
        m_next->setText(tr("&Another round"));
        m_next->setEnabled(bool(m_makeRound));
        return;
    }
    const Language language = currentLanguage();
    const QuizQuestion &q = m_session.question();
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    const CatalogOperation *op = catalog.operation(q.operation);
    const QString what = op ? QString::fromStdString(op->title.in(language)) : QString::fromStdString(q.operation);
    const QString lt = QString::fromStdString(catalog.launchTypeTitle(q.launchType).in(language));
    m_progress->setText(
        tr("Question %1 of %2 \u00b7 score %3").arg(m_session.current() + 1).arg(m_session.questions().size()).arg(m_session.score()));
    m_question->setText(q.taskDefinition.empty()
                            ? tr("On %1, which role does this: %2?").arg(lt, what)
                            : tr("Task definition %1 on %2: which role does this: %3?").arg(QString::fromStdString(q.taskDefinition), lt, what));
    for (int i = 0; i < m_choices.size(); ++i) {
        QPushButton *b = m_choices[i];
        b->setVisible(i < int(q.choices.size()));
        if (i < int(q.choices.size()))
            b->setText(QStringLiteral("&%1  %2").arg(i + 1).arg(answerTitle(q.choices[size_t(i)])));
        b->setEnabled(true);
        b->setStyleSheet(QString());
    }
    m_next->setEnabled(false);
}

void QuizDialog::choose(int index)
{
    if (m_session.finished() || m_session.answered())
        return;
    const QuizQuestion &q = m_session.question();
    if (index < 0 || index >= int(q.choices.size()))
        return;
    const bool right = m_session.answer(q.choices[size_t(index)]);
    for (int i = 0; i < int(q.choices.size()); ++i) {
        m_choices[i]->setEnabled(false);
        if (q.choices[size_t(i)] == q.answer)
            m_choices[i]->setStyleSheet(QStringLiteral("font-weight: bold; color: %1").arg(statusColour(Status::Ok).name()));
        else if (i == index)
            m_choices[i]->setStyleSheet(QStringLiteral("text-decoration: line-through; color: %1").arg(statusColour(Status::MissingRole).name()));
    }
    const Language language = currentLanguage();
    const CatalogOperation *op = RulesCatalog::builtIn().operation(q.operation);
    QString html = right ? QStringLiteral("<h3 style=\"color:%1\">%2</h3>").arg(statusColour(Status::Ok).name(), tr("Right."))
                         : QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                               .arg(statusColour(Status::MissingRole).name(), tr("Not quite: the answer is %1.").arg(answerTitle(q.answer)));
    if (q.fallback)
        html += QStringLiteral("<p>%1</p>").arg(tr("This task definition sets no role of the usual kind, so this one covers as a fallback."));
    if (op) {
        const LaunchTypeRule &rule = op->on(q.launchType);
        if (!rule.note.in(language).empty())
            html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(rule.note.in(language)).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(op->explanation.in(language)).toHtmlEscaped());
        const std::string url = RulesCatalog::builtIn().primarySourceUrl(*op, q.launchType);
        if (!url.empty())
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(QString::fromStdString(url).toHtmlEscaped(), tr("Source"));
    }
    m_feedback->setHtml(html);
    m_progress->setText(
        tr("Question %1 of %2 \u00b7 score %3").arg(m_session.current() + 1).arg(m_session.questions().size()).arg(m_session.score()));
    m_next->setEnabled(true);
    m_next->setDefault(true);
    m_next->setFocus();
}

void QuizDialog::setNextRound(std::function<std::vector<QuizQuestion>()> makeRound)
{
    m_makeRound = std::move(makeRound);
}

void QuizDialog::next()
{
    if (m_session.finished()) {
        if (!m_makeRound)
            return;
        m_session = QuizSession(m_makeRound()); // another round
        m_next->setText(tr("&Next question"));
    } else {
        m_session.next();
    }
    showQuestion();
}

} // namespace rolemap
