// SPDX-License-Identifier: Apache-2.0
#pragma once
// The open workspace: the only code that changes the Workspace (docs/ARCHITECTURE.md). Every change is a
// QUndoCommand on its stack that holds stable ids and value snapshots; coverage results are cached
// per task definition and launch type and recomputed only for the task definition that changed.

#include "core/Workspace.h"
#include "document/Mime.h"
#include "engine/Coverage.h"
#include "iam/IamData.h"
#include "rules/RulesCatalog.h"

#include <QObject>
#include <QUndoStack>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace rolemap {

// Where something is dropped.
struct DropTarget
{
    enum class Kind { TaskDefinition, Container, Cluster, ContainerList };
    Kind kind = Kind::TaskDefinition;
    int taskDefinition = -1;
    int container = -1; // Container: the one dropped on; ContainerList: the position to insert at
    int cluster = -1;
};

// A field the property editor edits, named by what it is rather than by a JSON key.
enum class TaskField { Family, ExecutionRole, TaskRole, NetworkMode, LaunchTypes, ContainerName, Image };
struct FieldRef
{
    int taskDefinition = -1;
    int container = -1; // ContainerName and Image: which container
    TaskField field = TaskField::Family;
};
bool isContainerField(TaskField field);

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    const RulesCatalog &catalog() const { return RulesCatalog::builtIn(); }
    const IamData &iam() const { return m_iam; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces everything (open, new); clears the undo history. `coverage` may bring the coverage
    // of every task definition on `coverageLaunchType`, computed while loading (off the GUI thread)
    // by computeWorkspaceCoverage(workspace, {coverageLaunchType}, {}), which is what the document
    // would compute.
    void setWorkspace(Workspace workspace, const QString &fileName = {}, std::vector<Coverage> coverage = {},
                      LaunchType coverageLaunchType = LaunchType::Ec2);
    const QString &fileName() const { return m_fileName; }
    bool isModified() const { return !m_undoStack.isClean(); }
    // The workspace was written to `fileName`: it is the file Save writes, and nothing is unsaved.
    void markSaved(const QString &fileName);
    // What is open is not on disk (recovered work): the window asks before it goes.
    void markUnsaved();

    int taskDefinitionCount() const { return int(m_workspace.taskDefinitions.size()); }
    const TaskDefinition &taskDefinition(int index) const { return m_workspace.taskDefinitions.at(size_t(index)); }
    TaskId taskId(int index) const { return m_ids.at(size_t(index)); }
    int indexOf(TaskId id) const; // -1 when gone

    // Coverage of task definition `index` on `launchType`, computed once and kept until it changes.
    const Coverage &coverage(int index, LaunchType launchType) const;
    // Forgets the coverage of other launch types, except task definition `keepTask`'s: the window
    // shows one launch type for the whole workspace (and the selected task on all four), so this
    // bounds the cache at one launch type's worth. References to what is kept stay valid.
    void trimCoverage(LaunchType keep, int keepTask);
    size_t cachedCoverageCount() const;
    // The interface language changed: coverage texts are computed again in it; views rebuild.
    void languageChanged();
    // The launch type a task definition is shown on first: its cluster's, else its first compatibility.
    LaunchType defaultLaunchType(int index) const;
    // The cluster that lists task definition `index` (Workspace::clusterOf, through an index kept
    // until the clusters or the task definitions change), or null.
    const Cluster *clusterOf(int index) const;

    // ---- Edits: each pushes one undoable command and returns false (changing nothing) when refused.
    // Replaces a task definition's JSON.
    bool editTaskDefinition(int index, const Json &document, const QString &text);
    // The field's value as it is edited (launch types joined by ", "); empty when absent.
    QString fieldValue(const FieldRef &ref) const;
    // Empty when `value` may be written to `field`, else why not (core/Validation's rules).
    static QString fieldProblem(TaskField field, const QString &value);
    // Sets one field; an empty optional field is removed. Refused when the value is invalid or the
    // field is gone. Typing in one field is one undo step: edits of the same field in a row merge.
    bool setField(const FieldRef &ref, const QString &value);
    int addTaskDefinition(const Json &document, int cluster, const QString &text); // the new index, or -1
    // A new, empty task definition of `family` in cluster `cluster` (-1: none); in a Fargate cluster
    // it has what Fargate requires (awsvpc, cpu and memory). The new index, or -1.
    int newTaskDefinition(const std::string &family, int cluster);
    bool removeTaskDefinition(int index);
    // Removes container `container` of task definition `index`; `name` names it in the history.
    bool removeContainer(int index, int container, const QString &name);
    // Removes the field at JSON pointer `pointer` of task definition `index` (a feature such as a
    // secret, a volume or a log configuration); `name` names it in the history.
    bool removeField(int index, const std::string &pointer, const QString &name);
    bool editClusters(std::vector<Cluster> clusters, const QString &text);
    bool setEnableExecuteCommand(int index, bool enabled);

    // ---- Drag and drop: the Document decides what a drop does, and whether it can.
    // Empty when the drop is allowed; otherwise why not, in a sentence for the status bar.
    QString dropRefusal(const QMimeData *mime, const DropTarget &target, Qt::DropAction action) const;
    bool drop(const QMimeData *mime, const DropTarget &target, Qt::DropAction action);

signals:
    void workspaceReset();                 // everything may have changed
    void taskDefinitionChanged(int index); // one task definition changed in place
    void rolesChanged();                   // ...and its roles or its name changed with it

private:
    // The undo commands (document/EditCommands.h): each stores stable ids and value snapshots and
    // applies them through the apply* methods, which nothing else calls.
    class EditTaskDefinitionCommand;
    class AddRemoveTaskDefinitionCommand;
    class EditClustersCommand;
    class RunSettingsCommand;
    void applyTaskDefinitionDocument(TaskId id, const Json &document);
    void applyInsert(int index, TaskId id, const TaskDefinition &td);
    void applyErase(TaskId id);
    void applyClusters(const std::vector<Cluster> &clusters);
    void applyRunSettings(const std::string &family, const RunSettings &settings);

    bool editTaskDefinition(int index, const Json &document, const QString &text, const QString &mergeKey);

    // What a drop would change, described (drop() carries it out; dropRefusal() only reads it).
    struct DropEdit
    {
        enum class Kind { None, Clusters, EnableExec, TaskDefinition, MoveContainer };
        Kind kind = Kind::None;
        int index = -1;                // the task definition edited (or given ECS Exec)
        Json after;                    // TaskDefinition, MoveContainer: its new JSON
        int from = -1;                 // MoveContainer: the task definition the container leaves...
        Json sourceAfter;              // ...and its JSON without it
        std::vector<Cluster> clusters; // Clusters: the new cluster list
        QString text;                  // the undo step's name
        static DropEdit forClusters(std::vector<Cluster> after, QString text);
        static DropEdit forTaskDefinition(int index, Json after, QString text);
    };
    struct DropPlan
    {
        QString refusal;
        DropEdit edit;
    };
    DropPlan planDrop(const QMimeData *mime, const DropTarget &target, Qt::DropAction action) const;
    QString unsupportedAfter(int index, const Json &document) const;
    void forget(int index);
    bool familyListedElsewhere(int index) const;

    Workspace m_workspace;
    std::vector<TaskId> m_ids;
    TaskId m_nextId = 1;
    QString m_fileName;
    QUndoStack m_undoStack;
    IamData m_iam; // the roles and policies that came with the workspace
    // Coverage by task index and launch type, found in O(1); behind pointers so that a reference
    // handed out stays valid while others are added.
    mutable std::vector<std::array<std::unique_ptr<Coverage>, 4>> m_coverage;
    mutable std::optional<Workspace::ClusterIndex> m_clusterIndex;
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
    // Before the switch: the old launch type's coverage can go before the new one is computed.
    void launchTypeAboutToChange(rolemap::LaunchType next);
    void launchTypeChanged(rolemap::LaunchType launchType);
    void taskDefinitionChanged(int index);
    void operationChanged(const QString &operation);

private:
    LaunchType m_launchType = LaunchType::Ec2;
    int m_taskDefinition = -1;
    QString m_operation;
};

} // namespace rolemap
