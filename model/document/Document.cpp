// SPDX-License-Identifier: Apache-2.0
#include "document/Document.h"
#include "core/Validation.h"

#include "core/InputError.h"
#include "document/Blocks.h"
#include "document/EditCommands.h"
#include "engine/CoverageEngine.h"

#include <algorithm>
#include <set>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace rolemap {

Document::Document(QObject *parent) : QObject(parent) {}

void Document::setWorkspace(Workspace workspace, const QString &fileName, std::vector<Coverage> coverage, LaunchType coverageLaunchType)
{
    m_workspace = std::move(workspace);
    try {
        m_iam = IamData::fromWorkspace(m_workspace);
    } catch (const InputError &) {
        m_iam = {}; // the importer already refused malformed IAM data
    }
    m_ids.clear();
    for (size_t i = 0; i < m_workspace.taskDefinitions.size(); ++i)
        m_ids.push_back(m_nextId++);
    m_fileName = fileName;
    m_clusterIndex.reset();
    m_coverage.clear();
    if (coverage.size() == m_workspace.taskDefinitions.size()) {
        m_coverage.resize(coverage.size());
        for (size_t i = 0; i < coverage.size(); ++i)
            m_coverage[i][size_t(coverageLaunchType)] = std::make_unique<Coverage>(std::move(coverage[i]));
    }
    m_undoStack.clear();
    emit workspaceReset();
}

int Document::indexOf(TaskId id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

const Coverage &Document::coverage(int index, LaunchType launchType) const
{
    if (m_coverage.size() < m_workspace.taskDefinitions.size())
        m_coverage.resize(m_workspace.taskDefinitions.size());
    std::unique_ptr<Coverage> &slot = m_coverage.at(size_t(index))[size_t(launchType)];
    if (!slot) {
        CoverageOptions options;
        options.iam = m_iam.empty() ? nullptr : &m_iam;
        slot = std::make_unique<Coverage>(computeTaskCoverage(m_workspace, size_t(index), clusterOf(index), launchType, options, catalog()));
    }
    return *slot;
}

LaunchType Document::defaultLaunchType(int index) const
{
    const TaskDefinition &td = taskDefinition(index);
    return defaultLaunchTypes(td, clusterOf(index)).front();
}

const Cluster *Document::clusterOf(int index) const
{
    if (!m_clusterIndex)
        m_clusterIndex = m_workspace.indexClusters();
    return Workspace::clusterOf(taskDefinition(index), *m_clusterIndex);
}

bool Document::familyListedElsewhere(int index) const
{
    // Another revision of the family, which a family-only cluster reference also places.
    const std::string &family = taskDefinition(index).family;
    for (int i = 0; i < taskDefinitionCount(); ++i)
        if (i != index && taskDefinition(i).family == family)
            return true;
    return false;
}

void Document::forget(int index)
{
    if (size_t(index) < m_coverage.size())
        for (std::unique_ptr<Coverage> &slot : m_coverage[size_t(index)])
            slot.reset();
}

// ---- Edits

bool Document::editTaskDefinition(int index, const Json &document, const QString &text)
{
    return editTaskDefinition(index, document, text, {});
}

bool Document::editTaskDefinition(int index, const Json &document, const QString &text, const QString &mergeKey)
{
    if (index < 0 || index >= taskDefinitionCount())
        return false;
    const TaskDefinition &td = taskDefinition(index);
    try {
        readTaskDefinition(document, td.pointer); // refuse what the importer would refuse
    } catch (const ShapeError &) {
        return false;
    }
    if (document == td.document)
        return true;
    const TaskDefinition renamed = readTaskDefinition(document, td.pointer);
    if (renamed.displayName() == td.displayName()) {
        m_undoStack.push(new EditTaskDefinitionCommand(this, taskId(index), td.document, document, text, mergeKey));
        return true;
    }
    // A new family or revision: the clusters that list it follow, in the same undo step (and typing
    // a name is then one step per change, since the clusters change with it).
    std::vector<Cluster> clusters = m_workspace.clusters;
    for (Cluster &c : clusters)
        for (std::string &ref : c.taskDefinitions)
            if (ref == td.displayName() || (ref == td.family && !familyListedElsewhere(index)))
                ref = ref == td.family ? renamed.family : renamed.displayName();
    m_undoStack.beginMacro(text);
    m_undoStack.push(new EditTaskDefinitionCommand(this, taskId(index), td.document, document, text, {}));
    if (clusters != m_workspace.clusters)
        m_undoStack.push(new EditClustersCommand(this, m_workspace.clusters, clusters, text));
    m_undoStack.endMacro();
    return true;
}

int Document::addTaskDefinition(const Json &document, int cluster, const QString &text)
{
    TaskDefinition td;
    try {
        td = readTaskDefinition(document, "");
    } catch (const ShapeError &) {
        return -1;
    }
    td.file = m_fileName.toStdString();
    const int index = taskDefinitionCount();
    m_undoStack.beginMacro(text);
    m_undoStack.push(new AddRemoveTaskDefinitionCommand(this, true, index, m_nextId++, td, text));
    if (cluster >= 0 && cluster < int(m_workspace.clusters.size())) {
        std::vector<Cluster> after = m_workspace.clusters;
        after[size_t(cluster)].taskDefinitions.push_back(td.displayName());
        m_undoStack.push(new EditClustersCommand(this, m_workspace.clusters, after, text));
    }
    m_undoStack.endMacro();
    return index;
}

namespace {

// Where each field lives in the register-task-definition JSON.
const char *jsonKey(TaskField field)
{
    switch (field) {
    case TaskField::Family: return "family";
    case TaskField::ExecutionRole: return "executionRoleArn";
    case TaskField::TaskRole: return "taskRoleArn";
    case TaskField::NetworkMode: return "networkMode";
    case TaskField::LaunchTypes: return "requiresCompatibilities";
    case TaskField::ContainerName: return "name";
    case TaskField::Image: return "image";
    }
    return "";
}

// The object that holds the field: the task definition, or one of its containers; null when gone.
template <typename J>
J *fieldHolder(J &td, const FieldRef &ref)
{
    if (!isContainerField(ref.field))
        return &td;
    if (!td.is_object() || !td.contains("containerDefinitions") || !td["containerDefinitions"].is_array() || ref.container < 0 ||
        size_t(ref.container) >= td["containerDefinitions"].size())
        return nullptr;
    return &td["containerDefinitions"][size_t(ref.container)];
}

} // namespace

bool isContainerField(TaskField field)
{
    return field == TaskField::ContainerName || field == TaskField::Image;
}

QString Document::fieldValue(const FieldRef &ref) const
{
    if (ref.taskDefinition < 0 || ref.taskDefinition >= taskDefinitionCount())
        return {};
    const Json *holder = fieldHolder(taskDefinition(ref.taskDefinition).document, ref);
    if (!holder || !holder->is_object())
        return {};
    const auto it = holder->find(jsonKey(ref.field));
    if (it == holder->end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_array()) { // requiresCompatibilities
        QStringList parts;
        for (const Json &v : *it)
            parts << QString::fromStdString(v.is_string() ? v.get<std::string>() : v.dump());
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(it->dump());
}

QString Document::fieldProblem(TaskField field, const QString &value)
{
    const std::string v = value.toStdString();
    switch (field) {
    case TaskField::Family: return familyProblem(v);
    case TaskField::ExecutionRole: return roleValueProblem(v, false);
    case TaskField::TaskRole: return roleValueProblem(v, true);
    case TaskField::NetworkMode: return networkModeProblem(v);
    case TaskField::LaunchTypes: return launchTypesProblem(v);
    case TaskField::ContainerName: return containerNameProblem(v);
    case TaskField::Image: return imageReferenceProblem(v);
    }
    return {};
}

bool Document::setField(const FieldRef &ref, const QString &typed)
{
    const QString value = typed.trimmed();
    if (ref.taskDefinition < 0 || ref.taskDefinition >= taskDefinitionCount() || !fieldProblem(ref.field, value).isEmpty())
        return false; // an invalid value is shown by the editor, never written
    Json td = taskDefinition(ref.taskDefinition).document;
    Json *holder = fieldHolder(td, ref);
    if (!holder || !holder->is_object())
        return false;
    const std::string key = jsonKey(ref.field);
    if (ref.field == TaskField::LaunchTypes) {
        Json list = Json::array();
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.push_back(part.trimmed().toUpper().toStdString());
        (*holder)[key] = list;
    } else if (value.isEmpty() && ref.field != TaskField::Family && ref.field != TaskField::ContainerName && ref.field != TaskField::Image) {
        holder->erase(key);
    } else {
        (*holder)[key] = value.toStdString();
    }
    const QString mergeKey = QStringLiteral("%1/%2/%3").arg(taskId(ref.taskDefinition)).arg(ref.container).arg(int(ref.field));
    // The history says where: "Edit image of web in web:3".
    const QString where = QString::fromStdString(taskDefinition(ref.taskDefinition).displayName());
    const QString text =
        isContainerField(ref.field) && ref.container >= 0 && size_t(ref.container) < taskDefinition(ref.taskDefinition).containers.size()
            ? tr("Edit %1 of %2 in %3")
                  .arg(QString::fromStdString(key), QString::fromStdString(taskDefinition(ref.taskDefinition).containers[size_t(ref.container)].name),
                       where)
            : tr("Edit %1 of %2").arg(QString::fromStdString(key), where);
    return editTaskDefinition(ref.taskDefinition, td, text, mergeKey);
}

int Document::newTaskDefinition(const std::string &family, int cluster)
{
    Json td = {{"family", family}, {"containerDefinitions", Json::array()}};
    if (cluster >= 0 && size_t(cluster) < m_workspace.clusters.size() && m_workspace.clusters[size_t(cluster)].launchType == LaunchType::Fargate) {
        td["requiresCompatibilities"] = {"FARGATE"};
        td["networkMode"] = "awsvpc";
        td["cpu"] = "256";
        td["memory"] = "512";
    }
    return addTaskDefinition(td, cluster, tr("New task definition %1").arg(QString::fromStdString(family)));
}

bool Document::removeContainer(int index, int container, const QString &name)
{
    Json td = taskDefinition(index).document;
    Json &containers = td["containerDefinitions"];
    if (!containers.is_array() || container < 0 || size_t(container) >= containers.size())
        return false;
    containers.erase(size_t(container));
    return editTaskDefinition(index, td, tr("Delete container %1 from %2").arg(name, QString::fromStdString(taskDefinition(index).displayName())));
}

bool Document::removeField(int index, const std::string &pointer, const QString &name)
{
    Json td = taskDefinition(index).document;
    try {
        const Json::json_pointer where(pointer);
        if (where.empty() || !td.contains(where))
            return false;
        Json &parent = td[where.parent_pointer()];
        if (parent.is_array())
            parent.erase(std::stoul(where.back()));
        else
            parent.erase(where.back());
    } catch (const std::exception &) {
        return false; // not a pointer into this task definition
    }
    return editTaskDefinition(index, td, tr("Delete %1 from %2").arg(name, QString::fromStdString(taskDefinition(index).displayName())));
}

void Document::markSaved(const QString &fileName)
{
    m_fileName = fileName;
    m_undoStack.setClean();
}

void Document::markUnsaved()
{
    m_undoStack.resetClean();
}

bool Document::removeTaskDefinition(int index)
{
    if (index < 0 || index >= taskDefinitionCount())
        return false;
    const TaskDefinition td = taskDefinition(index);
    const QString text = tr("Delete %1").arg(QString::fromStdString(td.displayName()));
    m_undoStack.beginMacro(text);
    std::vector<Cluster> after = m_workspace.clusters;
    bool listed = false;
    const bool familyStays = familyListedElsewhere(index);
    for (Cluster &c : after) {
        const auto end = std::remove_if(c.taskDefinitions.begin(), c.taskDefinitions.end(),
                                        [&](const std::string &ref) { return ref == td.displayName() || (ref == td.family && !familyStays); });
        listed = listed || end != c.taskDefinitions.end();
        c.taskDefinitions.erase(end, c.taskDefinitions.end());
    }
    if (listed)
        m_undoStack.push(new EditClustersCommand(this, m_workspace.clusters, after, text));
    m_undoStack.push(new AddRemoveTaskDefinitionCommand(this, false, index, taskId(index), td, text));
    m_undoStack.endMacro();
    return true;
}

bool Document::editClusters(std::vector<Cluster> clusters, const QString &text)
{
    m_undoStack.push(new EditClustersCommand(this, m_workspace.clusters, std::move(clusters), text));
    return true;
}

bool Document::setEnableExecuteCommand(int index, bool enabled)
{
    if (index < 0 || index >= taskDefinitionCount())
        return false;
    const std::string family = taskDefinition(index).family;
    const auto it = m_workspace.runSettings.find(family);
    const RunSettings before = it == m_workspace.runSettings.end() ? RunSettings{} : it->second;
    if (before.enableExecuteCommand == enabled)
        return false;
    RunSettings after = before;
    after.enableExecuteCommand = enabled;
    m_undoStack.push(new RunSettingsCommand(this, family, before, after,
                                            enabled ? tr("Enable ECS Exec for %1").arg(QString::fromStdString(family))
                                                    : tr("Disable ECS Exec for %1").arg(QString::fromStdString(family))));
    return true;
}

// ---- Applied by commands

void Document::applyTaskDefinitionDocument(TaskId id, const Json &document)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    TaskDefinition &td = m_workspace.taskDefinitions[size_t(index)];
    TaskDefinition next = readTaskDefinition(document, td.pointer); // validated when the command was made
    next.shape = td.shape;
    next.file = td.file;
    next.describeTags = td.describeTags;
    const bool rolesMoved =
        next.executionRoleArn != td.executionRoleArn || next.taskRoleArn != td.taskRoleArn || next.displayName() != td.displayName();
    td = std::move(next);
    m_clusterIndex.reset(); // a new family or revision may be listed by another cluster
    forget(index);
    emit taskDefinitionChanged(index);
    if (rolesMoved)
        emit rolesChanged();
}

void Document::applyInsert(int index, TaskId id, const TaskDefinition &td)
{
    index = std::clamp(index, 0, taskDefinitionCount());
    m_workspace.taskDefinitions.insert(m_workspace.taskDefinitions.begin() + index, td);
    m_ids.insert(m_ids.begin() + index, id);
    m_clusterIndex.reset();
    m_coverage.clear();
    emit workspaceReset();
}

void Document::applyErase(TaskId id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_workspace.taskDefinitions.erase(m_workspace.taskDefinitions.begin() + index);
    m_ids.erase(m_ids.begin() + index);
    m_clusterIndex.reset();
    m_coverage.clear();
    emit workspaceReset();
}

void Document::applyClusters(const std::vector<Cluster> &clusters)
{
    m_workspace.clusters = clusters;
    m_clusterIndex.reset();
    m_coverage.clear();
    emit workspaceReset();
}

void Document::applyRunSettings(const std::string &family, const RunSettings &settings)
{
    m_workspace.runSettings[family] = settings;
    for (int i = 0; i < taskDefinitionCount(); ++i)
        if (taskDefinition(i).family == family) {
            forget(i);
            emit taskDefinitionChanged(i);
        }
}

// ---- Drag and drop

QString Document::unsupportedAfter(int index, const Json &document) const
{
    const TaskDefinition &now = taskDefinition(index);
    TaskDefinition next;
    try {
        next = readTaskDefinition(document, now.pointer);
    } catch (const ShapeError &e) {
        return QString::fromStdString(e.message);
    }
    const Cluster *cluster = clusterOf(index);
    for (LaunchType t : defaultLaunchTypes(now, cluster)) {
        std::set<std::string> before;
        for (const OperationCoverage &oc : coverage(index, t).operations)
            if (oc.status == Status::Unsupported)
                before.insert(oc.operation);
        CoverageOptions options;
        if (cluster && !cluster->instanceRoleArn.empty())
            options.overrides.instance = cluster->instanceRoleArn;
        for (const OperationCoverage &oc : computeCoverage(next, t, options, catalog()).operations)
            if (oc.status == Status::Unsupported && !before.count(oc.operation)) {
                const LaunchTypeRule &rule = catalog().operation(oc.operation)->on(t);
                return rule.note.en.empty() ? tr("%1 is not supported on %2")
                                                  .arg(QString::fromStdString(catalog().operation(oc.operation)->title.en),
                                                       QString::fromStdString(catalog().launchTypeTitle(t).en))
                                            : QString::fromStdString(rule.note.en);
            }
    }
    return {};
}

Document::DropEdit Document::DropEdit::forClusters(std::vector<Cluster> after, QString text)
{
    DropEdit edit;
    edit.kind = Kind::Clusters;
    edit.clusters = std::move(after);
    edit.text = std::move(text);
    return edit;
}

Document::DropEdit Document::DropEdit::forTaskDefinition(int index, Json after, QString text)
{
    DropEdit edit;
    edit.kind = Kind::TaskDefinition;
    edit.index = index;
    edit.after = std::move(after);
    edit.text = std::move(text);
    return edit;
}

Document::DropPlan Document::planDrop(const QMimeData *mime, const DropTarget &target, Qt::DropAction action) const
{
    const bool onTask = target.kind != DropTarget::Kind::Cluster;
    const int index = target.taskDefinition;
    if (onTask && (index < 0 || index >= taskDefinitionCount()))
        return {tr("Drop it on a task definition or a container"), {}};

    if (const auto block = decodeBlock(mime)) {
        const std::string id = block->toStdString();
        if (const auto role = roleOfBlock(id); role && role->kind == "instance") {
            if (target.kind != DropTarget::Kind::Cluster)
                return {tr("An instance role belongs to a cluster: drop it on one"), {}};
            const int c = target.cluster;
            if (c < 0 || c >= int(m_workspace.clusters.size()))
                return {tr("No such cluster"), {}};
            std::vector<Cluster> after = m_workspace.clusters;
            after[size_t(c)].instanceRoleArn = role->arn;
            if (after[size_t(c)].launchType == LaunchType::Fargate)
                return {tr("Fargate clusters have no container instances, so no instance role"), {}};
            return {{}, DropEdit::forClusters(std::move(after), tr("Set instance role"))};
        }
        if (!onTask)
            return {tr("Drop it on a task definition or a container"), {}};
        if (id == "ecs-exec") {
            const auto it = m_workspace.runSettings.find(taskDefinition(index).family);
            if (it != m_workspace.runSettings.end() && it->second.enableExecuteCommand)
                return {tr("ECS Exec is already enabled for this task"), {}};
            DropEdit edit;
            edit.kind = DropEdit::Kind::EnableExec;
            edit.index = index;
            return {{}, edit};
        }
        const Block *known = findBlock(id);
        const auto result = applyBlock(id, taskDefinition(index).document, {target.kind == DropTarget::Kind::Container ? target.container : -1});
        if (const auto *reason = std::get_if<std::string>(&result))
            return {QString::fromStdString(*reason), {}};
        const Json after = std::get<Json>(result);
        if (const QString refusal = unsupportedAfter(index, after); !refusal.isEmpty())
            return {refusal, {}};
        const QString text = known ? tr("Add %1").arg(QString::fromStdString(known->title)) : tr("Set role");
        return {{}, DropEdit::forTaskDefinition(index, after, text)};
    }

    if (const auto moved = decodeContainer(mime)) {
        const int from = indexOf(moved->first);
        const int c = moved->second;
        if (from < 0 || !onTask)
            return {tr("Drop a container on a task definition"), {}};
        const Json &source = taskDefinition(from).document;
        if (!source.contains("containerDefinitions") || c < 0 || c >= int(source["containerDefinitions"].size()))
            return {tr("That container is gone"), {}};
        if (from == index) {
            if (target.kind != DropTarget::Kind::ContainerList)
                return {tr("The container is already in this task definition"), {}};
            const int to = std::clamp(target.container, 0, int(source["containerDefinitions"].size()));
            if (to == c || to == c + 1)
                return {tr("The container is already there"), {}};
            Json after = source;
            Json &list = after["containerDefinitions"];
            Json moving = list[size_t(c)];
            list.erase(size_t(c));
            list.insert(list.begin() + (to > c ? to - 1 : to), moving);
            return {{}, DropEdit::forTaskDefinition(index, std::move(after), tr("Reorder containers"))};
        }
        Json container = source["containerDefinitions"][size_t(c)];
        Json target_ = taskDefinition(index).document;
        if (!target_.contains("containerDefinitions") || !target_["containerDefinitions"].is_array())
            target_["containerDefinitions"] = Json::array();
        container["name"] = uniqueContainerName(target_, container.value("name", std::string("app")));
        target_["containerDefinitions"].push_back(container);
        if (const QString refusal = unsupportedAfter(index, target_); !refusal.isEmpty())
            return {refusal, {}};
        const bool copy = action == Qt::CopyAction;
        Json sourceAfter = source;
        sourceAfter["containerDefinitions"].erase(size_t(c));
        DropEdit edit = DropEdit::forTaskDefinition(index, std::move(target_), copy ? tr("Copy container") : tr("Move container"));
        if (!copy) {
            edit.kind = DropEdit::Kind::MoveContainer;
            edit.from = from;
            edit.sourceAfter = std::move(sourceAfter);
        }
        return {{}, edit};
    }

    if (const auto task = decodeTaskDefinition(mime)) {
        const int from = indexOf(*task);
        if (from < 0 || target.kind != DropTarget::Kind::Cluster || target.cluster < 0 || target.cluster >= int(m_workspace.clusters.size()))
            return {tr("Drop a task definition on a cluster"), {}};
        const TaskDefinition &td = taskDefinition(from);
        const Cluster &cluster = m_workspace.clusters[size_t(target.cluster)];
        if (clusterOf(from) == &cluster)
            return {tr("It is already in this cluster"), {}};
        if (cluster.launchType) {
            for (const OperationCoverage &oc : computeCoverage(td, *cluster.launchType, {}, catalog()).operations)
                if (oc.status == Status::Unsupported)
                    return {QString::fromStdString(catalog().operation(oc.operation)->on(*cluster.launchType).note.en), {}};
        }
        std::vector<Cluster> after = m_workspace.clusters;
        const bool familyStays = familyListedElsewhere(from);
        for (Cluster &c : after)
            c.taskDefinitions.erase(std::remove_if(c.taskDefinitions.begin(), c.taskDefinitions.end(),
                                                   [&](const std::string &r) { return r == td.displayName() || (r == td.family && !familyStays); }),
                                    c.taskDefinitions.end());
        after[size_t(target.cluster)].taskDefinitions.push_back(td.displayName());
        return {{},
                DropEdit::forClusters(std::move(after),
                                      tr("Move %1 to %2").arg(QString::fromStdString(td.displayName()), QString::fromStdString(cluster.name)))};
    }
    return {tr("Rolemap cannot use what is being dragged"), {}};
}

QString Document::dropRefusal(const QMimeData *mime, const DropTarget &target, Qt::DropAction action) const
{
    return planDrop(mime, target, action).refusal;
}

bool Document::drop(const QMimeData *mime, const DropTarget &target, Qt::DropAction action)
{
    DropPlan plan = planDrop(mime, target, action);
    if (!plan.refusal.isEmpty())
        return false; // the views showed the refusal while dragging (dropRefusal)
    const DropEdit &edit = plan.edit;
    switch (edit.kind) {
    case DropEdit::Kind::Clusters: return editClusters(edit.clusters, edit.text);
    case DropEdit::Kind::EnableExec: return setEnableExecuteCommand(edit.index, true);
    case DropEdit::Kind::TaskDefinition: return editTaskDefinition(edit.index, edit.after, edit.text);
    case DropEdit::Kind::MoveContainer: {
        // One undo step: the container arrives in one task definition and leaves the other.
        m_undoStack.beginMacro(edit.text);
        bool ok = editTaskDefinition(edit.index, edit.after, {});
        ok = editTaskDefinition(edit.from, edit.sourceAfter, {}) && ok;
        m_undoStack.endMacro();
        return ok;
    }
    case DropEdit::Kind::None: break;
    }
    return false;
}

// ---- ViewContext

void ViewContext::setLaunchType(LaunchType t)
{
    if (t == m_launchType)
        return;
    emit launchTypeAboutToChange(t);
    m_launchType = t;
    emit launchTypeChanged(t);
}

void ViewContext::setTaskDefinition(int index)
{
    if (index == m_taskDefinition)
        return;
    m_taskDefinition = index;
    m_operation.clear();
    emit taskDefinitionChanged(index);
}

void ViewContext::setOperation(const QString &operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    emit operationChanged(operation);
}

void Document::trimCoverage(LaunchType keep, int keepTask)
{
    size_t dropped = 0;
    for (size_t i = 0; i < m_coverage.size(); ++i)
        if (int(i) != keepTask)
            for (LaunchType t : kAllLaunchTypes)
                if (t != keep && m_coverage[i][size_t(t)]) {
                    m_coverage[i][size_t(t)].reset();
                    ++dropped;
                }
#ifdef __GLIBC__
    // Coverage computed on the loading thread sits in that thread's malloc arena, which the GUI
    // thread's allocations never reuse: give a whole launch type's worth of pages back.
    if (dropped > 1000)
        malloc_trim(0);
#endif
}

size_t Document::cachedCoverageCount() const
{
    size_t count = 0;
    for (const auto &cells : m_coverage)
        for (const std::unique_ptr<Coverage> &slot : cells)
            count += slot != nullptr;
    return count;
}

void Document::languageChanged()
{
    m_coverage.clear();
    emit workspaceReset();
}

} // namespace rolemap
