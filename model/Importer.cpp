#include "Importer.h"

#include "IamData.h"
#include "InputError.h"

#include <QFile>

#include <unordered_set>
#include <QFileInfo>

namespace rolemap {

namespace {

const char *kShapesExpected =
    "not a task definition: expected containerDefinitions (register-task-definition input), "
    "taskDefinition (describe-task-definition output), an array of either, an array of container "
    "definitions (Terraform), a Rolemap workspace or IAM data";

bool isObjectWith(const Json &j, const char *key)
{
    return j.is_object() && j.contains(key);
}

bool isIamDocument(const Json &j)
{
    if (!j.is_object())
        return false;
    for (const char *key : {"RoleDetailList", "Role", "PolicyVersion", "Statement", "PolicyDocument", "Policies"})
        if (j.contains(key))
            return true;
    return false;
}

// Recorded API responses (botocore "placebo" files) wrap the response as {"status_code", "data"}.
const Json &unwrapRecording(const Json &j, std::string &pointer)
{
    if (j.is_object() && j.contains("status_code") && isObjectWith(j, "data") && j["data"].is_object()) {
        pointer += "/data";
        return j["data"];
    }
    return j;
}

bool looksLikeContainer(const Json &j)
{
    return j.is_object() && !j.contains("containerDefinitions") && !j.contains("taskDefinition")
        && (j.contains("image") || j.contains("name"));
}

std::string familyFromFile(const std::string &file)
{
    QString base = QFileInfo(QString::fromStdString(file)).completeBaseName();
    return base.isEmpty() ? std::string("containers") : base.toStdString();
}

// One task definition in register-input or describe-output shape at `pointer`.
TaskDefinition readOne(const Json &j, const std::string &pointer, const std::string &file)
{
    std::string p = pointer;
    const Json &inner = unwrapRecording(j, p);
    if (const auto it = inner.find("taskDefinition"); inner.is_object() && it != inner.end()) {
        if (it->is_string())
            throw ShapeError(p + "/taskDefinition",
                             "is the string \"" + it->get<std::string>()
                                 + "\": this looks like run-task input, which names a task definition "
                                   "instead of containing one");
        if (!it->is_object())
            throw ShapeError(p + "/taskDefinition", "expected a task definition object");
        TaskDefinition td = readTaskDefinition(*it, p + "/taskDefinition");
        td.shape = TaskDefinitionShape::DescribeOutput;
        if (const auto tags = inner.find("tags"); tags != inner.end())
            td.describeTags = *tags;
        td.file = file;
        return td;
    }
    if (!isObjectWith(inner, "containerDefinitions"))
        throw ShapeError(p.empty() ? "/" : p, kShapesExpected);
    TaskDefinition td = readTaskDefinition(inner, p);
    td.file = file;
    return td;
}

Cluster readCluster(const Json &c, const std::string &p)
{
    if (!c.is_object())
        throw ShapeError(p, "expected a cluster object");
    Cluster out;
    auto str = [&](const char *key) -> std::string {
        const auto it = c.find(key);
        if (it == c.end() || it->is_null())
            return {};
        if (!it->is_string())
            throw ShapeError(p + '/' + key, "expected a string");
        return it->get<std::string>();
    };
    out.name = str("name");
    if (const std::string lt = str("launchType"); !lt.empty()) {
        out.launchType = launchTypeFromId(lt);
        if (!out.launchType)
            throw ShapeError(p + "/launchType",
                             "unknown launch type \"" + lt + "\" (expected EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES)");
    }
    out.instanceRoleArn = str("instanceRoleArn");
    if (const auto it = c.find("taskDefinitions"); it != c.end()) {
        if (!it->is_array())
            throw ShapeError(p + "/taskDefinitions", "expected an array of task definition names");
        for (size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                throw ShapeError(p + "/taskDefinitions/" + std::to_string(i), "expected a string");
            out.taskDefinitions.push_back((*it)[i].get<std::string>());
        }
    }
    return out;
}

Workspace readWorkspace(const Json &j, const std::string &file)
{
    Workspace ws;
    const Json &version = j["rolemap"];
    if (!version.is_number_integer() || version.get<int>() != 1)
        throw ShapeError("/rolemap", "unsupported workspace version (this Rolemap reads version 1)");
    if (const auto n = j.find("name"); n != j.end() && n->is_string())
        ws.name = n->get<std::string>();
    if (const auto d = j.find("description"); d != j.end() && d->is_string())
        ws.description = d->get<std::string>();
    if (const auto it = j.find("clusters"); it != j.end()) {
        if (!it->is_array())
            throw ShapeError("/clusters", "expected an array");
        for (size_t i = 0; i < it->size(); ++i)
            ws.clusters.push_back(readCluster((*it)[i], "/clusters/" + std::to_string(i)));
    }
    if (const auto it = j.find("taskDefinitions"); it != j.end()) {
        if (!it->is_array())
            throw ShapeError("/taskDefinitions", "expected an array");
        for (size_t i = 0; i < it->size(); ++i)
            ws.taskDefinitions.push_back(readOne((*it)[i], "/taskDefinitions/" + std::to_string(i), file));
    }
    if (const auto it = j.find("roles"); it != j.end()) {
        if (!it->is_array())
            throw ShapeError("/roles", "expected an array");
        ws.roles = *it;
    }
    if (const auto it = j.find("layout"); it != j.end() && it->is_object())
        ws.layout = *it;
    if (const auto it = j.find("runSettings"); it != j.end()) {
        if (!it->is_object())
            throw ShapeError("/runSettings", "expected an object of families");
        for (const auto &[family, s] : it->items()) {
            const auto exec = s.is_object() ? s.find("enableExecuteCommand") : s.end();
            if (!s.is_object() || (exec != s.end() && !exec->is_boolean()))
                throw ShapeError("/runSettings/" + pointerToken(family), "expected {\"enableExecuteCommand\": true or false}");
            ws.runSettings[family].enableExecuteCommand = exec != s.end() && exec->get<bool>();
        }
    }
    IamData::fromWorkspace(ws, file); // its roles must read as IAM roles
    std::unordered_set<std::string> names;
    for (const TaskDefinition &td : ws.taskDefinitions) {
        names.insert(td.displayName());
        names.insert(td.family);
    }
    for (const Cluster &c : ws.clusters)
        for (const std::string &ref : c.taskDefinitions) {
            if (!names.count(ref))
                ws.warnings.push_back({file, {}, "cluster \"" + c.name + "\" lists \"" + ref
                                                     + "\", which is not among the workspace's task definitions"});
        }
    return ws;
}

} // namespace

FileKind recogniseShape(const Json &document, const std::string &file)
{
    std::string p;
    const Json &j = unwrapRecording(document, p);
    if (isObjectWith(j, "rolemap"))
        return FileKind::Workspace;
    if (isObjectWith(j, "containerDefinitions") || isObjectWith(j, "taskDefinition"))
        return FileKind::TaskDefinitions;
    if (isIamDocument(j))
        return FileKind::Iam;
    if (j.is_array() && !j.empty()) {
        if (looksLikeContainer(j[0]))
            return FileKind::ContainerDefinitions;
        return FileKind::TaskDefinitions;
    }
    if (j.is_array())
        throw InputError::atPointer(file, "/", "the array is empty: there is no task definition in it");
    throw InputError::atPointer(file, "/", kShapesExpected);
}

Workspace importDocument(const Json &document, const std::string &file)
{
    try {
        Workspace ws;
        switch (recogniseShape(document, file)) {
        case FileKind::Workspace:
            return readWorkspace(document, file);
        case FileKind::Iam: {
            ws.iamDocuments.push_back({file, document});
            IamData::fromWorkspace(ws); // refuse a malformed policy now, naming this file
            return ws;
        }
        case FileKind::ContainerDefinitions: {
            for (size_t i = 0; i < document.size(); ++i)
                if (!looksLikeContainer(document[i]))
                    throw ShapeError("/" + std::to_string(i),
                                     "expected a container definition like the other elements of the array");
            TaskDefinition td = readContainerDefinitions(document, familyFromFile(file));
            td.file = file;
            ws.warnings.push_back({file, {},
                                   "an array of container definitions (Terraform container_definitions): "
                                   "containers only, so there is no family, role or launch type; the task "
                                   "is named \"" + td.family + "\" and checked as if it set no role"});
            ws.taskDefinitions.push_back(std::move(td));
            return ws;
        }
        case FileKind::TaskDefinitions:
            if (document.is_array()) {
                for (size_t i = 0; i < document.size(); ++i)
                    ws.taskDefinitions.push_back(readOne(document[i], "/" + std::to_string(i), file));
            } else {
                ws.taskDefinitions.push_back(readOne(document, "", file));
            }
            for (const TaskDefinition &td : ws.taskDefinitions)
                if (td.containers.size() > kMaxContainersPerTask)
                    ws.warnings.push_back({file, td.pointer + "/containerDefinitions",
                                           std::to_string(td.containers.size()) + " containers: ECS accepts at most "
                                               + std::to_string(kMaxContainersPerTask) + " in a task definition"});
            return ws;
        }
        return ws;
    } catch (const ShapeError &e) {
        throw InputError::atPointer(file, e.pointer, e.message);
    }
}

Workspace importText(std::string_view text, const std::string &file)
{
    return importDocument(parseJsonText(text, file), file);
}

Workspace importFiles(const std::vector<std::string> &paths)
{
    Workspace all;
    for (const std::string &path : paths)
        all.merge(importText(readFileBytes(path), path));
    return all;
}

Workspace loadSample()
{
    const char *path = ":/samples/sample.rolemap.json";
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, "the embedded sample is missing from the program");
    const QByteArray bytes = file.readAll();
    return importText(std::string_view(bytes.constData(), size_t(bytes.size())), "sample.rolemap.json");
}

} // namespace rolemap
