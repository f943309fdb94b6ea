// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/WorkspaceModel.h"

#include "core/Arn.h"
#include "engine/OperationDetector.h"
#include "itemmodels/ModelRoles.h"

#include "itemmodels/Icons.h"

namespace rolemap {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

WorkspaceModel::WorkspaceModel(Document *document, QObject *parent) : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &Document::workspaceReset, this, &WorkspaceModel::reset);
    connect(document, &Document::taskDefinitionChanged, this, &WorkspaceModel::taskDefinitionChanged);
    rebuild();
}

int WorkspaceModel::add(int parent, Node node)
{
    node.parent = parent;
    const int id = int(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void WorkspaceModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void WorkspaceModel::taskDefinitionChanged(int index)
{
    const QModelIndex item = indexOfTaskDefinition(index);
    if (!item.isValid() || index >= m_document->taskDefinitionCount()) {
        reset();
        return;
    }
    // A change of family can move it to another cluster: then the tree is rebuilt.
    const int id = int(item.internalId());
    const int parent = m_nodes[size_t(id)].parent;
    const Cluster *cluster = m_document->clusterOf(index);
    const int clusterIndex = cluster ? int(cluster - m_document->workspace().clusters.data()) : -1;
    if ((parent < 0 ? -1 : m_nodes[size_t(parent)].cluster) != clusterIndex) {
        reset();
        return;
    }
    if (m_nodes[size_t(id)].childrenBuilt) // else nobody has seen its items: they are made when asked
        replaceChildren(item, id, index);
    const TaskDefinition &td = m_document->taskDefinition(index);
    m_nodes[size_t(id)].text = q(td.displayName());
    m_nodes[size_t(id)].tooltip = q(td.file);
    emit dataChanged(item, item);
}

void WorkspaceModel::replaceChildren(const QModelIndex &item, int id, int index)
{
    if (!m_nodes[size_t(id)].children.empty()) {
        beginRemoveRows(item, 0, int(m_nodes[size_t(id)].children.size()) - 1);
        // The old nodes stay in the vector, unreachable and unfindable, until the next rebuild.
        std::vector<int> gone = std::exchange(m_nodes[size_t(id)].children, {});
        while (!gone.empty()) {
            Node &n = m_nodes[size_t(gone.back())];
            gone.pop_back();
            gone.insert(gone.end(), n.children.begin(), n.children.end());
            n = Node{};
        }
        endRemoveRows();
    }
    addTaskDefinitionChildren(id, index);
    std::vector<int> fresh;
    std::swap(fresh, m_nodes[size_t(id)].children);
    if (!fresh.empty()) {
        beginInsertRows(item, 0, int(fresh.size()) - 1);
        m_nodes[size_t(id)].children = std::move(fresh);
        endInsertRows();
    }
}

int WorkspaceModel::addTaskDefinition(int parent, int index)
{
    const TaskDefinition &td = m_document->taskDefinition(index);
    Node tdNode;
    tdNode.text = q(td.displayName());
    tdNode.tooltip = q(td.file);
    tdNode.kind = ItemKind::TaskDefinition;
    tdNode.icon = QStringLiteral("task-definition");
    tdNode.taskDefinition = index;
    tdNode.childrenBuilt = false;
    const int id = add(parent, tdNode);
    m_taskNodes.insert(m_document->taskId(index), id);
    return id;
}

void WorkspaceModel::ensureChildren(int id) const
{
    if (m_nodes[size_t(id)].childrenBuilt)
        return;
    m_nodes[size_t(id)].childrenBuilt = true;
    // Making items changes no row a view has seen: the task definition had none so far.
    const_cast<WorkspaceModel *>(this)->addTaskDefinitionChildren(id, m_nodes[size_t(id)].taskDefinition);
}

bool WorkspaceModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_roots.empty();
    if (parent.column() > 0)
        return false;
    const Node &n = m_nodes[size_t(parent.internalId())];
    if (!n.childrenBuilt && n.taskDefinition >= 0 && n.taskDefinition < m_document->taskDefinitionCount()) {
        const TaskDefinition &td = m_document->taskDefinition(n.taskDefinition);
        return !td.containers.empty() || !td.volumes.empty();
    }
    return !n.children.empty();
}

void WorkspaceModel::addTaskDefinitionChildren(int tdId, int index)
{
    const TaskDefinition &td = m_document->taskDefinition(index);
    // Which operations each field triggers, as the engine's detector found them (one source of truth).
    QHash<QString, QStringList> triggered;
    for (const NeededOperation &op : detectOperations(td, LaunchType::Ec2, {}, m_document->catalog()).operations)
        for (const std::string &pointer : op.triggers)
            triggered[q(pointer)] << q(op.operation);

    // Pointers inside the task definition object (describe output nests it under /taskDefinition).
    auto local = [&](const std::string &pointer) { return QString::fromStdString(pointer.substr(td.pointer.size())); };
    QString pointer;
    auto feature = [&](int under, const QString &text, const QString &tooltip, const std::string &trigger, const QString &icon) {
        Node n;
        n.pointer = std::exchange(pointer, QString());
        n.text = text;
        n.tooltip = tooltip;
        n.kind = ItemKind::Feature;
        n.icon = icon;
        n.taskDefinition = index;
        n.operations = triggered.value(q(trigger));
        add(under, std::move(n));
    };
    for (size_t ci = 0; ci < td.containers.size(); ++ci) {
        const ContainerDefinition &c = td.containers[ci];
        Node cn;
        cn.container = int(ci);
        cn.text = q(c.name);
        cn.kind = ItemKind::Container;
        cn.icon = c.firelensConfiguration ? QStringLiteral("router") : QStringLiteral("container");
        cn.taskDefinition = index;
        cn.tooltip = c.firelensConfiguration ? tr("FireLens log router") : tr("Container");
        const int cId = add(tdId, cn);
        if (!c.image.empty()) {
            const bool ecr = parseEcrImage(c.image).has_value();
            feature(cId, tr("image: %1").arg(q(c.image)), ecr ? tr("A private Amazon ECR image") : tr("A public or non-ECR image"),
                    c.pointer + "/image", QStringLiteral("image"));
        }
        if (!c.repositoryCredentialsParameter.empty()) {
            pointer = local(c.pointer + "/repositoryCredentials");
            feature(cId, tr("registry credentials"), q(c.repositoryCredentialsParameter), c.pointer + "/repositoryCredentials",
                    QStringLiteral("secret"));
        }
        if (c.logConfiguration) {
            const std::string *group = c.logConfiguration->option("awslogs-group");
            const QString driver = q(c.logConfiguration->driver);
            pointer = local(c.pointer + "/logConfiguration");
            feature(cId, group ? tr("logs: %1 \u2192 %2").arg(driver, q(*group)) : tr("logs: %1").arg(driver), {}, c.pointer + "/logConfiguration",
                    QStringLiteral("logs"));
            for (const SecretReference &s : c.logConfiguration->secretOptions)
                pointer = local(s.pointer), feature(cId, tr("log secret: %1").arg(q(s.name)), q(s.valueFrom), s.pointer, QStringLiteral("secret"));
        }
        if (c.firelensConfiguration) {
            const std::string *type = c.firelensConfiguration->option("config-file-type");
            feature(cId, tr("FireLens %1").arg(q(c.firelensConfiguration->type)) + (type ? tr(" (config: %1)").arg(q(*type)) : QString()), {},
                    c.pointer + "/firelensConfiguration", QStringLiteral("router"));
        }
        for (const SecretReference &s : c.secrets)
            pointer = local(s.pointer), feature(cId, tr("secret: %1").arg(q(s.name)), q(s.valueFrom), s.pointer, QStringLiteral("secret"));
        for (const EnvironmentFile &f : c.environmentFiles)
            pointer = local(f.pointer), feature(cId, tr("environment file: %1").arg(q(f.value)), q(f.value), f.pointer, QStringLiteral("file"));
        for (const std::string &spec : c.credentialSpecs)
            feature(cId, tr("credential spec"), q(spec), c.pointer + "/credentialSpecs", QStringLiteral("secret"));
    }
    for (const Volume &v : td.volumes) {
        QString what = tr("host");
        if (v.efs)
            what = v.efs->iamEnabled ? tr("EFS, IAM authorization") : tr("EFS");
        else if (v.configuredAtLaunch)
            what = tr("configured at launch (EBS)");
        else if (!v.fsxFileSystemId.empty())
            what = tr("FSx for Windows File Server");
        pointer = local(v.pointer);
        feature(tdId, tr("volume: %1 (%2)").arg(q(v.name), what), {}, v.pointer, QStringLiteral("volume"));
    }
}

void WorkspaceModel::rebuild()
{
    m_nodes.clear();
    m_taskNodes.clear();
    m_roots.clear();
    const Workspace &ws = m_document->workspace();
    std::vector<bool> placed(ws.taskDefinitions.size(), false);
    const Workspace::ClusterIndex index = ws.indexClusters();
    std::vector<const Cluster *> clusterOf(ws.taskDefinitions.size());
    for (size_t i = 0; i < ws.taskDefinitions.size(); ++i)
        clusterOf[i] = Workspace::clusterOf(ws.taskDefinitions[i], index);
    for (const Cluster &c : ws.clusters) {
        Node cn;
        cn.text = q(c.name);
        cn.kind = ItemKind::Cluster;
        cn.cluster = int(&c - ws.clusters.data());
        cn.icon = QStringLiteral("cluster");
        cn.tooltip = c.launchType ? tr("Cluster on %1").arg(q(std::string(toId(*c.launchType)))) : tr("Cluster");
        if (!c.instanceRoleArn.empty())
            cn.tooltip += QStringLiteral("\n") + tr("Instance role: %1").arg(q(c.instanceRoleArn));
        const int cId = add(-1, cn);
        for (int i = 0; i < m_document->taskDefinitionCount(); ++i)
            if (clusterOf[size_t(i)] == &c) {
                addTaskDefinition(cId, i);
                placed[size_t(i)] = true;
            }
    }
    int group = -1;
    for (int i = 0; i < m_document->taskDefinitionCount(); ++i) {
        if (placed[size_t(i)])
            continue;
        if (group < 0 && !ws.clusters.empty()) {
            Node g;
            g.text = tr("Not in a cluster");
            g.kind = ItemKind::Group;
            g.icon = QStringLiteral("cluster");
            group = add(-1, g);
        }
        addTaskDefinition(group, i);
    }
}

QModelIndex WorkspaceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (parent.isValid())
        ensureChildren(int(parent.internalId()));
    const std::vector<int> &siblings = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_roots;
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, 0, quintptr(siblings[size_t(row)]));
}

QModelIndex WorkspaceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[size_t(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    ensureChildren(int(parent.internalId()));
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int WorkspaceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: return n.text;
    case Qt::ToolTipRole: return n.tooltip.isEmpty() ? QVariant() : n.tooltip;
    case Qt::DecorationRole: return resourceIcon(n.icon);
    case ItemKindRole: return QVariant::fromValue(n.kind);
    case TaskDefinitionIndexRole: return n.taskDefinition;
    case OperationIdsRole: return n.operations;
    case JsonPointerRole: return n.pointer;
    }
    return {};
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Workspace");
    return {};
}

Qt::ItemFlags WorkspaceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    const Node &n = m_nodes[size_t(index.internalId())];
    if (n.kind == ItemKind::TaskDefinition || n.kind == ItemKind::Container)
        f |= Qt::ItemIsDragEnabled;
    if (n.kind != ItemKind::Feature && n.kind != ItemKind::Group)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList WorkspaceModel::mimeTypes() const
{
    return {kBlockMimeType, kContainerMimeType, kTaskDefinitionMimeType};
}

QMimeData *WorkspaceModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const Node &n = m_nodes[size_t(indexes.first().internalId())];
    if (n.kind == ItemKind::Container)
        return encodeContainer(m_document->taskId(n.taskDefinition), n.container);
    if (n.kind == ItemKind::TaskDefinition)
        return encodeTaskDefinition(m_document->taskId(n.taskDefinition));
    return nullptr;
}

Qt::DropActions WorkspaceModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions WorkspaceModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

std::optional<DropTarget> WorkspaceModel::dropTarget(int row, const QModelIndex &parent) const
{
    if (!parent.isValid())
        return std::nullopt;
    const Node &n = m_nodes[size_t(parent.internalId())];
    DropTarget t;
    t.taskDefinition = n.taskDefinition;
    if (n.kind == ItemKind::Cluster) {
        t.kind = DropTarget::Kind::Cluster;
        t.cluster = n.cluster;
    } else if (n.kind == ItemKind::TaskDefinition) {
        // Between a task definition's children: a position in its container list.
        t.kind = row >= 0 ? DropTarget::Kind::ContainerList : DropTarget::Kind::TaskDefinition;
        t.container = row;
    } else if (n.kind == ItemKind::Container) {
        t.kind = DropTarget::Kind::Container;
        t.container = n.container;
    } else {
        return std::nullopt;
    }
    return t;
}

bool WorkspaceModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    const auto target = dropTarget(row, parent);
    const QString refusal = target ? m_document->dropRefusal(data, *target, action) : tr("Drop it on a cluster, a task definition or a container");
    emit dropVerdict(refusal);
    return refusal.isEmpty();
}

bool WorkspaceModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const auto target = dropTarget(row, parent);
    // The Document changes the workspace and this model resets from its signal; the view's own row
    // removal after a move finds nothing to remove (removeRows is not implemented).
    return target && m_document->drop(data, *target, action);
}

int WorkspaceModel::containerOf(const QModelIndex &item)
{
    for (QModelIndex i = item; i.isValid(); i = i.parent())
        if (i.data(ItemKindRole).value<ItemKind>() == ItemKind::Container)
            return i.row();
    return -1;
}

QModelIndex WorkspaceModel::indexOfTaskDefinition(int taskDefinition) const
{
    if (taskDefinition < 0 || taskDefinition >= m_document->taskDefinitionCount())
        return {};
    const auto it = m_taskNodes.constFind(m_document->taskId(taskDefinition));
    if (it == m_taskNodes.cend())
        return {};
    return createIndex(m_nodes[size_t(*it)].row, 0, quintptr(*it));
}

QModelIndexList WorkspaceModel::indexesOfOperation(int taskDefinition, const QString &operation) const
{
    QModelIndexList out;
    const QModelIndex item = indexOfTaskDefinition(taskDefinition);
    if (!item.isValid())
        return out;
    ensureChildren(int(item.internalId()));
    std::vector<int> pending = m_nodes[size_t(item.internalId())].children;
    for (size_t next = 0; next < pending.size(); ++next) { // breadth first, in tree order
        const int id = pending[next];
        const Node &n = m_nodes[size_t(id)];
        if (n.operations.contains(operation))
            out << createIndex(n.row, 0, quintptr(id));
        pending.insert(pending.end(), n.children.begin(), n.children.end());
    }
    return out;
}

} // namespace rolemap
