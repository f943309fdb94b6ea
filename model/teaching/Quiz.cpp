// SPDX-License-Identifier: Apache-2.0
#include "teaching/Quiz.h"

#include <algorithm>
#include <random>
#include <set>

namespace rolemap {

std::string catalogAnswer(const CatalogOperation &op, LaunchType t)
{
    const LaunchTypeRule &rule = op.on(t);
    if (!rule.supported || !rule.primary)
        return kQuizNone;
    return std::string(toId(*rule.primary));
}

namespace {

// The answer for an operation of a task: the role that does the work, or none when it fails for
// want of one (a missing role) or cannot run there.
std::string taskAnswer(const OperationCoverage &oc, bool &fallback)
{
    fallback = oc.via == Via::Fallback;
    if (!oc.coveredBy || oc.status == Status::MissingRole || oc.status == Status::Unsupported)
        return kQuizNone;
    return std::string(toId(*oc.coveredBy));
}

std::vector<std::string> choicesFor(const std::string &answer, std::mt19937 &rng)
{
    // The three roles people confuse, and the two that catch the unwary.
    std::vector<std::string> pool = {"instance", "execution", "task", "aws-managed", kQuizNone};
    if (std::find(pool.begin(), pool.end(), answer) == pool.end())
        pool.push_back(answer);
    std::vector<std::string> others;
    for (const std::string &p : pool)
        if (p != answer)
            others.push_back(p);
    std::shuffle(others.begin(), others.end(), rng);
    others.resize(3);
    others.push_back(answer);
    std::shuffle(others.begin(), others.end(), rng);
    return others;
}

} // namespace

std::vector<QuizQuestion> makeQuiz(const RulesCatalog &catalog, const std::vector<Coverage> &taskCoverages, int count, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<QuizQuestion> fromTask;
    for (const Coverage &c : taskCoverages)
        for (const OperationCoverage &oc : c.operations) {
            QuizQuestion q;
            q.operation = oc.operation;
            q.launchType = c.launchType;
            q.taskDefinition = c.taskDefinition;
            q.answer = taskAnswer(oc, q.fallback);
            fromTask.push_back(std::move(q));
        }
    std::vector<QuizQuestion> fromCatalog;
    for (const CatalogOperation &op : catalog.operations())
        for (LaunchType t : kAllLaunchTypes) {
            QuizQuestion q;
            q.operation = op.id;
            q.launchType = t;
            q.answer = catalogAnswer(op, t);
            fromCatalog.push_back(std::move(q));
        }
    std::shuffle(fromTask.begin(), fromTask.end(), rng);
    std::shuffle(fromCatalog.begin(), fromCatalog.end(), rng);

    std::vector<QuizQuestion> quiz;
    std::set<std::pair<std::string, LaunchType>> asked;
    auto take = [&](std::vector<QuizQuestion> &from, size_t limit) {
        for (QuizQuestion &q : from) {
            if (quiz.size() >= limit)
                return;
            if (!asked.insert({q.operation, q.launchType}).second)
                continue;
            q.choices = choicesFor(q.answer, rng);
            quiz.push_back(q);
        }
    };
    const size_t total = size_t(std::max(0, count));
    take(fromTask, fromCatalog.empty() ? total : (total + 1) / 2);
    take(fromCatalog, total);
    std::shuffle(quiz.begin(), quiz.end(), rng);
    // Two questions in a row never ask about the same operation (on two launch types): a repeat
    // changes place with a question that fits where it stands, and whose new place suits it.
    auto clashes = [&](size_t at, const std::string &op, size_t ignore) {
        return (at > 0 && at - 1 != ignore && quiz[at - 1].operation == op) ||
               (at + 1 < quiz.size() && at + 1 != ignore && quiz[at + 1].operation == op);
    };
    for (size_t i = 1; i < quiz.size(); ++i)
        if (quiz[i].operation == quiz[i - 1].operation)
            for (size_t j = 0; j < quiz.size(); ++j)
                if (j != i && quiz[j].operation != quiz[i].operation && !clashes(i, quiz[j].operation, j) && !clashes(j, quiz[i].operation, i)) {
                    std::swap(quiz[i], quiz[j]);
                    break;
                }
    return quiz;
}

bool QuizSession::answer(const std::string &choice)
{
    if (finished() || m_answered)
        return false;
    m_answered = true;
    ++m_asked;
    const bool right = choice == question().answer;
    if (right)
        ++m_score;
    else
        m_mistakes.push_back(size_t(m_current));
    return right;
}

void QuizSession::next()
{
    if (finished())
        return;
    ++m_current;
    m_answered = false;
}

} // namespace rolemap
