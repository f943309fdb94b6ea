// SPDX-License-Identifier: Apache-2.0
#include "io/Importer.h"

#include "core/Ascii.h"
#include "core/InputError.h"
#include "iam/IamData.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace rolemap {

namespace {

const char *kShapesExpected = "not a task definition: expected containerDefinitions (register-task-definition input), "
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
    return j.is_object() && !j.contains("containerDefinitions") && !j.contains("taskDefinition") && (j.contains("image") || j.contains("name"));
}

// A family named after the file, as ECS allows families: up to 255 letters, digits, '-' and '_'
// (anything else becomes '-'), so that the task definition Rolemap writes registers.
std::string familyFromFile(const std::string &file)
{
    const std::string base = QFileInfo(QString::fromStdString(file)).completeBaseName().toStdString();
    std::string family;
    for (char c : base)
        family += isAsciiAlnum(c) || c == '-' || c == '_' ? c : '-';
    if (family.size() > 255)
        family.resize(255);
    return family.find_first_not_of('-') == std::string::npos ? std::string("containers") : family;
}

// How deeply `j` nests (a scalar 0, [] 1, [[]] 2, …), counting no further than `limit` + 1.
int nestingDepth(const Json &j, int limit)
{
    if (!j.is_structured())
        return 0;
    int deepest = 0;
    for (const Json &child : j) {
        deepest = std::max(deepest, nestingDepth(child, limit - 1));
        if (deepest >= limit)
            break;
    }
    return deepest + 1;
}

// A workspace keeps each task definition two levels down ({"taskDefinitions": [td]}), with describe
// output's tags inside it. One that would then nest deeper than a file may could be saved but never
// opened again: refuse it when it is read. (Read from a workspace, it is two levels down already.)
void checkFitsInAWorkspace(const TaskDefinition &td)
{
    const int room = kMaxJsonDepth - 2;
    const bool hasTags = td.describeTags.is_array() && !td.describeTags.empty();
    if (std::count(td.pointer.begin(), td.pointer.end(), '/') >= 2 && !hasTags)
        return;
    if (nestingDepth(td.document, room) > room || (hasTags && 1 + nestingDepth(td.describeTags, room) > room))
        throw ShapeError(td.pointer.empty() ? "/" : td.pointer, "the task definition nests deeper than " + std::to_string(room) +
                                                                    " levels: Rolemap could not open it again from a workspace");
}

// One task definition in register-input or describe-output shape at `pointer`.
TaskDefinition readOne(const Json &j, const std::string &pointer, const std::string &file)
{
    std::string p = pointer;
    const Json &inner = unwrapRecording(j, p);
    if (const auto it = inner.find("taskDefinition"); inner.is_object() && it != inner.end()) {
        if (it->is_string())
            throw ShapeError(p + "/taskDefinition", "is the string \"" + it->get<std::string>() +
                                                        "\": this looks like run-task input, which names a task definition "
                                                        "instead of containing one");
        if (!it->is_object())
            throw ShapeError(p + "/taskDefinition", "expected a task definition object");
        TaskDefinition td = readTaskDefinition(*it, p + "/taskDefinition");
        td.shape = TaskDefinitionShape::DescribeOutput;
        if (const auto tags = inner.find("tags"); tags != inner.end())
            td.describeTags = *tags;
        td.file = file;
        checkFitsInAWorkspace(td);
        return td;
    }
    if (!isObjectWith(inner, "containerDefinitions"))
        throw ShapeError(p.empty() ? "/" : p, kShapesExpected);
    TaskDefinition td = readTaskDefinition(inner, p);
    td.file = file;
    checkFitsInAWorkspace(td);
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
            throw ShapeError(p + "/launchType", "unknown launch type \"" + lt + "\" (expected EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES)");
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
    const auto version = j.find("rolemap");
    if (version == j.end() || !version->is_number_integer() || version->get<long long>() != 1)
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
    if (const auto it = j.find("iamData"); it != j.end()) {
        if (!it->is_array())
            throw ShapeError("/iamData", "expected an array of {\"file\": …, \"document\": …}");
        for (size_t i = 0; i < it->size(); ++i) {
            const Json &d = (*it)[i];
            const auto fileName = d.is_object() ? d.find("file") : d.end();
            const auto document = d.is_object() ? d.find("document") : d.end();
            if (!d.is_object() || fileName == d.end() || !fileName->is_string() || document == d.end())
                throw ShapeError("/iamData/" + std::to_string(i), "expected {\"file\": NAME, \"document\": IAM data}");
            ws.iamDocuments.push_back({fileName->get<std::string>(), *document});
        }
    }
    if (const auto it = j.find("layout"); it != j.end() && it->is_object())
        ws.layout = *it;
    if (const auto it = j.find("region"); it != j.end()) {
        if (!it->is_string())
            throw ShapeError("/region", "expected a Region name such as \"eu-west-1\"");
        ws.region = it->get<std::string>();
    }
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
                ws.warnings.push_back(
                    {file, {}, "cluster \"" + c.name + "\" lists \"" + ref + "\", which is not among the workspace's task definitions"});
        }
    return ws;
}

} // namespace

FileKind recogniseShape(const Json &document, const std::string &file)
{
    if (isObjectWith(document, "rolemap")) // Rolemap's own file, never inside an API recording
        return FileKind::Workspace;
    std::string p;
    const Json &j = unwrapRecording(document, p);
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
        case FileKind::Workspace: return readWorkspace(document, file);
        case FileKind::Iam: {
            ws.iamDocuments.push_back({file, document});
            IamData::fromWorkspace(ws); // refuse a malformed policy now, naming this file
            return ws;
        }
        case FileKind::ContainerDefinitions: {
            for (size_t i = 0; i < document.size(); ++i)
                if (!looksLikeContainer(document[i]))
                    throw ShapeError("/" + std::to_string(i), "expected a container definition like the other elements of the array");
            TaskDefinition td = readContainerDefinitions(document, familyFromFile(file));
            td.file = file;
            checkFitsInAWorkspace(td);
            ws.warnings.push_back({file,
                                   {},
                                   "an array of container definitions (Terraform container_definitions): "
                                   "containers only, so there is no family, role or launch type; the task "
                                   "is named \"" +
                                       td.family + "\" and checked as if it set no role"});
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
            for (const TaskDefinition &td : ws.taskDefinitions) {
                if (td.containers.size() > kMaxContainersPerTask)
                    ws.warnings.push_back({file, td.pointer + "/containerDefinitions",
                                           std::to_string(td.containers.size()) + " containers: ECS accepts at most " +
                                               std::to_string(kMaxContainersPerTask) + " in a task definition"});
                if (td.containers.empty())
                    ws.warnings.push_back({file, td.pointer + "/containerDefinitions",
                                           "no container: ECS refuses a task definition without one, and there is nothing to check"});
                std::unordered_set<std::string> names;
                for (const ContainerDefinition &c : td.containers)
                    if (!names.insert(c.name).second)
                        ws.warnings.push_back(
                            {file, c.pointer + "/name", "a second container is named \"" + c.name + "\": ECS refuses duplicate container names"});
            }
            return ws;
        }
        return ws;
    } catch (const ShapeError &e) {
        throw InputError::atPointer(file, e.pointer, e.message);
    }
}

Workspace importText(std::string_view text, const std::string &file)
{
    DuplicateKeys duplicates;
    Workspace ws = importDocument(parseJsonText(text, file, &duplicates), file);
    // JSON leaves a repeated key to the reader; the value Rolemap keeps may not be the one meant.
    std::vector<ImportWarning> warnings;
    for (const DuplicateKey &d : duplicates.first)
        warnings.push_back({file, d.pointer,
                            "duplicate key \"" + d.key + "\" (line " + std::to_string(d.line) + ", column " + std::to_string(d.column) +
                                "): the last value is used, earlier ones are ignored"});
    if (duplicates.count > duplicates.first.size())
        warnings.push_back(
            {file, {}, std::to_string(duplicates.count - duplicates.first.size()) + " more duplicate keys: the last value of each is used"});
    if (!warnings.empty()) {
        warnings.insert(warnings.end(), std::make_move_iterator(ws.warnings.begin()), std::make_move_iterator(ws.warnings.end()));
        ws.warnings = std::move(warnings);
    }
    return ws;
}

namespace {

// Task definitions of one name from different files (or places) are told apart by where they came
// from, and the user is told: merged, they would show as one with two execution roles.
void distinguishNamesakes(Workspace &ws)
{
    std::unordered_map<std::string, std::vector<TaskDefinition *>> byName;
    for (TaskDefinition &td : ws.taskDefinitions)
        byName[td.displayName()].push_back(&td);
    for (auto &[name, namesakes] : byName) {
        if (namesakes.size() < 2)
            continue;
        std::string files;
        for (TaskDefinition *td : namesakes) {
            const std::string base = QFileInfo(QString::fromStdString(td->file)).fileName().toStdString();
            const bool sameFile = std::count_if(namesakes.begin(), namesakes.end(), [&](const TaskDefinition *o) { return o->file == td->file; }) > 1;
            td->distinguisher = sameFile ? base + ' ' + (td->pointer.empty() ? "/" : td->pointer) : base;
            files += (files.empty() ? "" : ", ") + td->distinguisher;
        }
        ws.warnings.push_back({namesakes.front()->file, namesakes.front()->pointer,
                               std::to_string(namesakes.size()) + " task definitions are named \"" + name +
                                   "\" (no revision tells them apart): they are shown with their files, " + files});
    }
}

} // namespace

Workspace importFiles(const std::vector<std::string> &paths)
{
    Workspace all;
    for (const std::string &path : paths)
        all.merge(importText(readFileBytes(path), path));
    distinguishNamesakes(all);
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
