// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Which role does this, on this launch type?" Questions drawn from the rules catalog and from the
// open task definition's coverage, with the answer and a score. Answers are role-kind ids, plus
// "none" (nobody can: not supported there, or the task fails for want of a role).

#include "engine/Coverage.h"
#include "rules/RulesCatalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rolemap {

inline constexpr const char *kQuizNone = "none";

struct QuizQuestion
{
    std::string operation;
    LaunchType launchType = LaunchType::Ec2;
    std::string taskDefinition;       // set for questions about the open task definition
    std::vector<std::string> choices; // role-kind ids or kQuizNone, shuffled, the answer among them
    std::string answer;
    bool fallback = false; // the answer is the role that covers as a fallback
};

// Up to `count` questions without repeats, half about the task (when given), the rest from the
// catalog's cells. The same seed gives the same quiz.
std::vector<QuizQuestion> makeQuiz(const RulesCatalog &catalog, const std::vector<Coverage> &taskCoverages, int count, std::uint32_t seed);

// The answer to one catalog cell: its primary role kind, or kQuizNone when not supported.
std::string catalogAnswer(const CatalogOperation &op, LaunchType t);

class QuizSession
{
public:
    explicit QuizSession(std::vector<QuizQuestion> questions) : m_questions(std::move(questions)) {}

    const std::vector<QuizQuestion> &questions() const { return m_questions; }
    int current() const { return m_current; }
    bool finished() const { return m_current >= int(m_questions.size()); }
    const QuizQuestion &question() const { return m_questions.at(size_t(m_current)); }
    // Records the answer to the current question; true when right. Answering twice does nothing.
    bool answer(const std::string &choice);
    bool answered() const { return m_answered; }
    void next();
    int score() const { return m_score; }
    int asked() const { return m_asked; }
    // The questions answered wrongly, by index, for the review at the end.
    const std::vector<size_t> &mistakes() const { return m_mistakes; }

private:
    std::vector<QuizQuestion> m_questions;
    int m_current = 0;
    int m_score = 0;
    int m_asked = 0;
    bool m_answered = false;
    std::vector<size_t> m_mistakes;
};

} // namespace rolemap
