// SPDX-License-Identifier: Apache-2.0
#include "BackgroundLoader.h"

#include "core/InputError.h"
#include "engine/CoverageEngine.h"
#include "io/Importer.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace rolemap {

namespace {

LoadOutcome loadNow(const std::vector<std::string> &paths)
{
    LoadOutcome out;
    try {
        LoadedWorkspace loaded;
        loaded.opened = paths;
        try {
            loaded.workspace = paths.empty() ? loadSample() : importFiles(paths);
        } catch (const InputError &) {
            // Several files, some bad: the others open, and each bad one is named with its reason.
            if (paths.size() < 2)
                throw;
            loaded.opened.clear();
            for (const std::string &path : paths) {
                try {
                    importFiles({path});
                    loaded.opened.push_back(path);
                } catch (const InputError &bad) {
                    loaded.leftOut.push_back(bad.toString());
                }
            }
            if (loaded.opened.empty() || loaded.leftOut.empty())
                throw;
            loaded.workspace = importFiles(loaded.opened);
        }
        if (!loaded.workspace.taskDefinitions.empty()) {
            const TaskDefinition &first = loaded.workspace.taskDefinitions.front();
            loaded.launchType = defaultLaunchTypes(first, loaded.workspace.clusterOf(first)).front();
            loaded.coverage = computeWorkspaceCoverage(loaded.workspace, {loaded.launchType}, {});
        }
        out.loaded = std::move(loaded);
    } catch (...) {
        out.error = std::current_exception();
    }
    return out;
}

} // namespace

BackgroundLoader::BackgroundLoader(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) {}

BackgroundLoader::~BackgroundLoader()
{
    // A cancelled load may still be parsing: let it finish before the program's statics go.
    for (QFuture<LoadOutcome> &f : m_cancelled)
        f.waitForFinished();
}

std::optional<LoadedWorkspace> BackgroundLoader::load(const std::vector<std::string> &paths, const QString &what)
{
    QFuture<LoadOutcome> future = QtConcurrent::run(loadNow, paths);
    QFutureWatcher<LoadOutcome> watcher;
    QProgressDialog progress(tr("Opening %1\u2026").arg(what), tr("Cancel"), 0, 0, m_dialogParent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (progress.wasCanceled() || !future.isFinished()) {
        // Cancelled: the worker finishes on its own; its result is dropped.
        m_cancelled.erase(std::remove_if(m_cancelled.begin(), m_cancelled.end(), [](const QFuture<LoadOutcome> &f) { return f.isFinished(); }),
                          m_cancelled.end());
        m_cancelled.append(future);
        return std::nullopt;
    }
    LoadOutcome outcome = future.takeResult();
    if (outcome.error)
        std::rethrow_exception(outcome.error);
    return std::move(outcome.loaded);
}

} // namespace rolemap
