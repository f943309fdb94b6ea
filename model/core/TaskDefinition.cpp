// SPDX-License-Identifier: Apache-2.0
#include "core/TaskDefinition.h"

#include "core/Arn.h"
#include "core/InputError.h"

#include <algorithm>
#include <cctype>
#include <climits>

#include "core/Ascii.h"

namespace rolemap {

namespace {

const Json *find(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string child(const std::string &pointer, std::string_view key)
{
    return pointer + '/' + pointerToken(key);
}

std::string child(const std::string &pointer, size_t index)
{
    return pointer + '/' + std::to_string(index);
}

// An optional string member; absent or null gives "".
std::string optionalString(const Json &object, const char *key, const std::string &pointer)
{
    const Json *v = find(object, key);
    if (!v)
        return {};
    if (!v->is_string())
        throw ShapeError(child(pointer, key), "expected a string");
    return v->get<std::string>();
}

const Json *optionalObject(const Json &object, const char *key, const std::string &pointer)
{
    const Json *v = find(object, key);
    if (v && !v->is_object())
        throw ShapeError(child(pointer, key), "expected an object");
    return v;
}

const Json *optionalArray(const Json &object, const char *key, const std::string &pointer)
{
    const Json *v = find(object, key);
    if (v && !v->is_array())
        throw ShapeError(child(pointer, key), "expected an array");
    return v;
}

const Json &objectAt(const Json &array, size_t i, const std::string &pointer)
{
    if (!array[i].is_object())
        throw ShapeError(child(pointer, i), "expected an object");
    return array[i];
}

// Option maps are string → string; scalars written as numbers or booleans are read as their text,
// since the API and Docker treat them as strings anyway.
std::vector<std::pair<std::string, std::string>> stringMap(const Json &object, const std::string &pointer)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &[key, value] : object.items()) {
        if (value.is_string())
            out.emplace_back(key, value.get<std::string>());
        else if (value.is_boolean() || value.is_number())
            out.emplace_back(key, value.dump());
        else if (!value.is_null())
            throw ShapeError(child(pointer, key), "expected a string");
    }
    return out;
}

std::vector<SecretReference> secretList(const Json &object, const char *key, const std::string &pointer)
{
    std::vector<SecretReference> out;
    const Json *list = optionalArray(object, key, pointer);
    if (!list)
        return out;
    const std::string lp = child(pointer, key);
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string p = child(lp, i);
        const Json &s = objectAt(*list, i, lp);
        SecretReference ref{optionalString(s, "name", p), optionalString(s, "valueFrom", p), p};
        if (!find(s, "valueFrom"))
            throw ShapeError(child(p, "valueFrom"), "missing: a secret needs valueFrom");
        out.push_back(std::move(ref));
    }
    return out;
}

const std::string *lookup(const std::vector<std::pair<std::string, std::string>> &options, std::string_view key)
{
    for (const auto &[k, v] : options)
        if (k == key)
            return &v;
    return nullptr;
}

ContainerDefinition readContainer(const Json &c, const std::string &p)
{
    ContainerDefinition out;
    out.pointer = p;
    out.name = optionalString(c, "name", p);
    out.image = optionalString(c, "image", p);
    if (const Json *rc = optionalObject(c, "repositoryCredentials", p))
        out.repositoryCredentialsParameter = optionalString(*rc, "credentialsParameter", child(p, "repositoryCredentials"));
    if (const Json *lc = optionalObject(c, "logConfiguration", p)) {
        const std::string lp = child(p, "logConfiguration");
        LogConfiguration log;
        log.driver = optionalString(*lc, "logDriver", lp);
        if (const Json *o = optionalObject(*lc, "options", lp))
            log.options = stringMap(*o, child(lp, "options"));
        log.secretOptions = secretList(*lc, "secretOptions", lp);
        out.logConfiguration = std::move(log);
    }
    if (const Json *fc = optionalObject(c, "firelensConfiguration", p)) {
        const std::string fp = child(p, "firelensConfiguration");
        FirelensConfiguration fl;
        fl.type = optionalString(*fc, "type", fp);
        if (const Json *o = optionalObject(*fc, "options", fp))
            fl.options = stringMap(*o, child(fp, "options"));
        out.firelensConfiguration = std::move(fl);
    }
    out.secrets = secretList(c, "secrets", p);
    if (const Json *files = optionalArray(c, "environmentFiles", p)) {
        const std::string fp = child(p, "environmentFiles");
        for (size_t i = 0; i < files->size(); ++i) {
            const Json &f = objectAt(*files, i, fp);
            out.environmentFiles.push_back({optionalString(f, "value", child(fp, i)), optionalString(f, "type", child(fp, i)), child(fp, i)});
        }
    }
    auto readStrings = [&](const char *key, auto &&each) {
        if (const Json *list = optionalArray(c, key, p)) {
            for (size_t i = 0; i < list->size(); ++i) {
                if (!(*list)[i].is_string())
                    throw ShapeError(child(child(p, key), i), "expected a string");
                each((*list)[i].template get<std::string>());
            }
        }
    };
    if (const Json *mounts = optionalArray(c, "mountPoints", p)) {
        for (size_t i = 0; i < mounts->size(); ++i)
            out.mountedVolumes.push_back(
                optionalString(objectAt(*mounts, i, child(p, "mountPoints")), "sourceVolume", child(child(p, "mountPoints"), i)));
    }
    readStrings("credentialSpecs", [&](std::string s) { out.credentialSpecs.push_back(std::move(s)); });
    readStrings("dockerSecurityOptions", [&](const std::string &s) {
        if (s.rfind("credentialspec:", 0) == 0)
            out.credentialSpecs.push_back(s);
    });
    return out;
}

bool enabled(const Json &object, const char *key, const std::string &pointer)
{
    const std::string v = optionalString(object, key, pointer);
    return v == "ENABLED";
}

Volume readVolume(const Json &v, const std::string &p)
{
    Volume out;
    out.pointer = p;
    out.name = optionalString(v, "name", p);
    if (const Json *cal = find(v, "configuredAtLaunch")) {
        if (!cal->is_boolean())
            throw ShapeError(child(p, "configuredAtLaunch"), "expected true or false");
        out.configuredAtLaunch = cal->get<bool>();
    }
    if (const Json *efs = optionalObject(v, "efsVolumeConfiguration", p)) {
        const std::string ep = child(p, "efsVolumeConfiguration");
        EfsVolume e;
        e.fileSystemId = optionalString(*efs, "fileSystemId", ep);
        e.transitEncryption = enabled(*efs, "transitEncryption", ep);
        if (const Json *auth = optionalObject(*efs, "authorizationConfig", ep)) {
            const std::string ap = child(ep, "authorizationConfig");
            e.iamEnabled = enabled(*auth, "iam", ap);
            e.accessPointId = optionalString(*auth, "accessPointId", ap);
        }
        out.efs = e;
    }
    if (const Json *fsx = optionalObject(v, "fsxWindowsFileServerVolumeConfiguration", p)) {
        const std::string fp = child(p, "fsxWindowsFileServerVolumeConfiguration");
        out.fsx = true;
        out.fsxFileSystemId = optionalString(*fsx, "fileSystemId", fp);
        if (const Json *auth = optionalObject(*fsx, "authorizationConfig", fp))
            out.fsxCredentialsParameter = optionalString(*auth, "credentialsParameter", child(fp, "authorizationConfig"));
    }
    return out;
}

std::vector<ContainerDefinition> readContainers(const Json &list, const std::string &pointer)
{
    std::vector<ContainerDefinition> out;
    out.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i)
        out.push_back(readContainer(objectAt(list, i, pointer), child(pointer, i)));
    return out;
}

} // namespace

const std::string *LogConfiguration::option(std::string_view key) const
{
    return lookup(options, key);
}

const std::string *LogConfiguration::optionIgnoringCase(std::string_view key) const
{
    for (const auto &[k, v] : options)
        if (k.size() == key.size() && std::equal(k.begin(), k.end(), key.begin(), [](char a, char b) { return asciiLower(a) == asciiLower(b); }))
            return &v;
    return nullptr;
}

const std::string *FirelensConfiguration::option(std::string_view key) const
{
    return lookup(options, key);
}

std::string TaskDefinition::displayName() const
{
    return revision ? family + ':' + std::to_string(*revision) : family;
}

std::string TaskDefinition::inferredRegion() const
{
    for (const ContainerDefinition &c : containers)
        if (c.logConfiguration && c.logConfiguration->driver == "awslogs")
            if (const std::string *r = c.logConfiguration->option("awslogs-region"); r && !looksLikePlaceholder(*r))
                return *r;
    for (const ContainerDefinition &c : containers)
        if (const auto ecr = parseEcrImage(c.image); ecr && !looksLikePlaceholder(ecr->region))
            return ecr->region;
    // The Regional ARNs the task names: a bare parameter name lives in the same Region as they do.
    auto regionOf = [](const std::string &value) -> std::string {
        const auto arn = parseArn(value);
        return arn && !arn->region.empty() && !looksLikePlaceholder(arn->region) && arn->region.find('*') == std::string::npos ? arn->region
                                                                                                                               : std::string();
    };
    for (const ContainerDefinition &c : containers) {
        std::vector<const std::string *> values = {&c.repositoryCredentialsParameter};
        for (const SecretReference &s : c.secrets)
            values.push_back(&s.valueFrom);
        if (c.logConfiguration)
            for (const SecretReference &s : c.logConfiguration->secretOptions)
                values.push_back(&s.valueFrom);
        for (const std::string *v : values)
            if (const std::string r = regionOf(*v); !r.empty())
                return r;
    }
    for (const Volume &v : volumes)
        if (const std::string r = regionOf(v.fsxCredentialsParameter); !r.empty())
            return r;
    return {};
}

std::string TaskDefinition::inferredAccount() const
{
    for (const std::string *role : {&executionRoleArn, &taskRoleArn})
        if (const auto arn = parseArn(*role); arn && isAccountId(arn->account))
            return arn->account;
    for (const ContainerDefinition &c : containers)
        if (const auto ecr = parseEcrImage(c.image); ecr && isAccountId(ecr->account))
            return ecr->account;
    return {};
}

TaskDefinition readTaskDefinition(const Json &object, const std::string &pointer)
{
    if (!object.is_object())
        throw ShapeError(pointer.empty() ? "/" : pointer, "expected a task definition object");
    TaskDefinition td;
    td.pointer = pointer;
    td.family = optionalString(object, "family", pointer);
    if (const Json *rev = find(object, "revision")) {
        if (!rev->is_number_integer())
            throw ShapeError(child(pointer, "revision"), "expected an integer");
        if (rev->is_number_unsigned() && rev->get<unsigned long long>() > LLONG_MAX) // would wrap to negative
            throw ShapeError(child(pointer, "revision"), "the revision is too large");
        td.revision = rev->get<long long>();
    }
    td.taskRoleArn = optionalString(object, "taskRoleArn", pointer);
    td.executionRoleArn = optionalString(object, "executionRoleArn", pointer);
    td.networkMode = optionalString(object, "networkMode", pointer);
    if (const Json *rc = optionalArray(object, "requiresCompatibilities", pointer)) {
        for (size_t i = 0; i < rc->size(); ++i) {
            if (!(*rc)[i].is_string())
                throw ShapeError(child(child(pointer, "requiresCompatibilities"), i), "expected a string");
            td.requiresCompatibilities.push_back((*rc)[i].get<std::string>());
        }
    }
    const Json *containers = find(object, "containerDefinitions");
    if (!containers)
        throw ShapeError(child(pointer, "containerDefinitions"), "missing: a task definition needs containerDefinitions");
    if (!containers->is_array())
        throw ShapeError(child(pointer, "containerDefinitions"), "expected an array");
    td.containers = readContainers(*containers, child(pointer, "containerDefinitions"));
    if (const Json *volumes = optionalArray(object, "volumes", pointer)) {
        const std::string vp = child(pointer, "volumes");
        for (size_t i = 0; i < volumes->size(); ++i)
            td.volumes.push_back(readVolume(objectAt(*volumes, i, vp), child(vp, i)));
    }
    td.hasProxyConfiguration = optionalObject(object, "proxyConfiguration", pointer) != nullptr;
    if (const Json *platform = optionalObject(object, "runtimePlatform", pointer))
        td.operatingSystemFamily = optionalString(*platform, "operatingSystemFamily", child(pointer, "runtimePlatform"));
    td.document = object;
    return td;
}

TaskDefinition readContainerDefinitions(const Json &array, const std::string &family)
{
    TaskDefinition td;
    td.family = family;
    td.containers = readContainers(array, "");
    td.document = Json::object({{"family", family}, {"containerDefinitions", array}});
    td.shape = TaskDefinitionShape::ContainersOnly;
    return td;
}

} // namespace rolemap
