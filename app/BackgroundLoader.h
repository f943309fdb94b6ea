// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opening files off the GUI thread: a whole account's task definitions take a while to parse, and
// the window keeps painting meanwhile, with a progress dialog whose Cancel leaves what was open
// untouched.

#include "core/Workspace.h"
#include "engine/Coverage.h"

#include <QFuture>
#include <QObject>

#include <exception>
#include <optional>
#include <string>
#include <vector>

class QWidget;

namespace rolemap {

// What a load brings: the workspace, the launch type it is shown on first, and the coverage of
// every task definition on that launch type (computed on the worker too: the findings list them all).
struct LoadedWorkspace
{
    Workspace workspace;
    LaunchType launchType = LaunchType::Ec2;
    std::vector<Coverage> coverage;
    // Of several files, the ones opened, and why each other one was left out.
    std::vector<std::string> opened;
    std::vector<std::string> leftOut;
};

// The worker's outcome: a workspace, or the exception it threw (rethrown on the GUI thread).
struct LoadOutcome
{
    std::optional<LoadedWorkspace> loaded;
    std::exception_ptr error;
};

class BackgroundLoader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundLoader(QWidget *dialogParent);
    // Waits for loads the user cancelled: they run to their end on the thread pool.
    ~BackgroundLoader() override;

    // Imports `paths` (the embedded sample when empty) on the thread pool, with a progress dialog
    // after 300 ms naming `what`. Of several files, the bad ones are left out (LoadedWorkspace::
    // leftOut) when others can be opened. Returns nothing when the user cancels; throws InputError
    // as the importer does.
    std::optional<LoadedWorkspace> load(const std::vector<std::string> &paths, const QString &what);

private:
    QWidget *m_dialogParent;
    QList<QFuture<LoadOutcome>> m_cancelled;
};

} // namespace rolemap
