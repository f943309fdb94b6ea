#pragma once
// The open workspace: the only owner of the Workspace data, with the undo stack and a cache of
// coverage results per task definition and launch type (DESIGN §1). Views and item models read it
// and listen to its signals; edits go through it.

#include "Coverage.h"
#include "RulesCatalog.h"
#include "Workspace.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <utility>

namespace rolemap {

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    const RulesCatalog &catalog() const { return RulesCatalog::builtIn(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces everything (open, new); clears the undo history.
    void setWorkspace(Workspace workspace, const QString &fileName = {});
    const QString &fileName() const { return m_fileName; }

    int taskDefinitionCount() const { return int(m_workspace.taskDefinitions.size()); }
    const TaskDefinition &taskDefinition(int index) const { return m_workspace.taskDefinitions.at(size_t(index)); }

    // Coverage of task definition `index` on `launchType`, computed once and kept until it changes.
    const Coverage &coverage(int index, LaunchType launchType) const;
    // The launch type a task definition is shown on first: its cluster's, else its first compatibility.
    LaunchType defaultLaunchType(int index) const;

signals:
    void workspaceReset();

private:
    Workspace m_workspace;
    QString m_fileName;
    QUndoStack m_undoStack;
    mutable std::map<std::pair<int, LaunchType>, Coverage> m_coverage;
};

// What the window is looking at: the launch type, the task definition and the operation. Every view
// follows it, so switching one switches all.
class ViewContext : public QObject
{
    Q_OBJECT
public:
    explicit ViewContext(QObject *parent = nullptr) : QObject(parent) {}

    LaunchType launchType() const { return m_launchType; }
    int taskDefinition() const { return m_taskDefinition; }
    const QString &operation() const { return m_operation; }

    void setLaunchType(LaunchType t);
    void setTaskDefinition(int index); // -1: none; clears the operation
    void setOperation(const QString &operation);

signals:
    void launchTypeChanged(rolemap::LaunchType launchType);
    void taskDefinitionChanged(int index);
    void operationChanged(const QString &operation);

private:
    LaunchType m_launchType = LaunchType::Ec2;
    int m_taskDefinition = -1;
    QString m_operation;
};

} // namespace rolemap
