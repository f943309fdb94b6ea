// SPDX-License-Identifier: Apache-2.0
#include "iam/IamData.h"

#include "core/Arn.h"
#include "core/InputError.h"

#include <QDir>
#include <QFile>

namespace rolemap {

namespace {

std::string str(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

IamRole readRole(const Json &r, const std::string &pointer)
{
    if (!r.is_object())
        throw ShapeError(pointer, "expected a role object");
    IamRole role;
    role.arn = str(r, "Arn");
    role.name = str(r, "RoleName");
    if (role.arn.empty())
        throw ShapeError(pointer + "/Arn", "missing: a role needs its Arn");
    if (const auto t = r.find("AssumeRolePolicyDocument"); t != r.end())
        role.trust = readPolicyDocument(*t, role.name + " trust policy", pointer + "/AssumeRolePolicyDocument");
    if (const auto list = r.find("RolePolicyList"); list != r.end() && list->is_array())
        for (size_t i = 0; i < list->size(); ++i) {
            const Json &p = (*list)[i];
            const std::string pp = pointer + "/RolePolicyList/" + std::to_string(i);
            if (!p.is_object())
                throw ShapeError(pp, "expected {\"PolicyName\", \"PolicyDocument\"}");
            role.inlinePolicies.push_back(readPolicyDocument(p.value("PolicyDocument", Json()), str(p, "PolicyName"), pp + "/PolicyDocument"));
        }
    if (const auto list = r.find("AttachedManagedPolicies"); list != r.end() && list->is_array())
        for (const Json &p : *list)
            if (p.is_object() && !str(p, "PolicyArn").empty())
                role.attachedPolicyArns.push_back(str(p, "PolicyArn"));
    if (const auto b = r.find("PermissionsBoundary"); b != r.end() && b->is_object() && !str(*b, "PermissionsBoundaryArn").empty())
        role.boundaryArn = str(*b, "PermissionsBoundaryArn");
    return role;
}

// The default version's document of a get-account-authorization-details "Policies" entry.
void readManagedPolicies(const Json &list, const std::string &pointer, IamData &data)
{
    if (!list.is_array())
        return;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &p = list[i];
        const std::string arn = str(p, "Arn");
        const auto versions = p.find("PolicyVersionList");
        if (arn.empty() || versions == p.end() || !versions->is_array())
            continue;
        for (size_t v = 0; v < versions->size(); ++v) {
            const Json &version = (*versions)[v];
            if (!version.is_object())
                continue;
            const auto isDefault = version.find("IsDefaultVersion");
            if ((isDefault != version.end() && isDefault->is_boolean() && isDefault->get<bool>()) ||
                str(version, "VersionId") == str(p, "DefaultVersionId"))
                data.addManagedPolicy(
                    arn, readPolicyDocument(version.value("Document", Json()), str(p, "PolicyName"),
                                            pointer + '/' + std::to_string(i) + "/PolicyVersionList/" + std::to_string(v) + "/Document"));
        }
    }
}

void readDocument(const Json &document, IamData &data)
{
    const Json &j = document.contains("status_code") && document.contains("data") ? document["data"] : document;
    const std::string base = document.contains("status_code") ? "/data" : "";
    if (const auto roles = j.find("RoleDetailList"); roles != j.end() && roles->is_array()) {
        for (size_t i = 0; i < roles->size(); ++i)
            data.addRole(readRole((*roles)[i], base + "/RoleDetailList/" + std::to_string(i)));
        if (const auto policies = j.find("Policies"); policies != j.end())
            readManagedPolicies(*policies, base + "/Policies", data);
        return;
    }
    if (const auto role = j.find("Role"); role != j.end()) { // get-role
        data.addRole(readRole(*role, base + "/Role"));
        return;
    }
    if (const auto role = j.find("RoleName"); role != j.end() && j.contains("PolicyDocument")) { // get-role-policy
        if (!role->is_string())
            throw ShapeError(base + "/RoleName", "expected a string");
        data.addPendingRolePolicy(role->get<std::string>(), readPolicyDocument(j["PolicyDocument"], str(j, "PolicyName"), base + "/PolicyDocument"));
        return;
    }
    // get-policy-version and bare policy documents name no role: read them (so a broken one is an
    // error) but there is nothing to attach them to.
    if (const auto version = j.find("PolicyVersion"); version != j.end() && version->is_object() && version->contains("Document"))
        readPolicyDocument((*version)["Document"], "policy version", base + "/PolicyVersion/Document");
    else if (j.contains("Statement"))
        readPolicyDocument(j, "policy", base);
}

} // namespace

const IamRole *IamData::role(const std::string &arnOrName) const
{
    if (const auto it = m_roles.find(arnOrName); it != m_roles.end())
        return &it->second;
    // A short task-role name: hashed (2 000 task definitions against 20 000 roles was 9 s).
    if (const auto byName = m_arnByName.find(arnOrName); byName != m_arnByName.end())
        if (const auto it = m_roles.find(byName->second); it != m_roles.end() && it->second.name == arnOrName)
            return &it->second;
    if (m_renamed)
        for (const auto &[arn, r] : m_roles)
            if (r.name == arnOrName)
                return &r;
    return nullptr;
}

const PolicyDocument *IamData::managedPolicy(const std::string &arn) const
{
    if (const auto it = m_managed.find(arn); it != m_managed.end())
        return &it->second;
    const auto &builtIn = builtInManagedPolicies();
    const auto it = builtIn.find(arn);
    return it == builtIn.end() ? nullptr : &it->second;
}

std::vector<const PolicyDocument *> IamData::permissionsOf(const IamRole &role, std::vector<std::string> *missing) const
{
    std::vector<const PolicyDocument *> out;
    for (const PolicyDocument &p : role.inlinePolicies)
        out.push_back(&p);
    for (const std::string &arn : role.attachedPolicyArns) {
        if (const PolicyDocument *p = managedPolicy(arn))
            out.push_back(p);
        else if (missing)
            missing->push_back(arn);
    }
    return out;
}

void IamData::addRole(IamRole role)
{
    const std::string arn = role.arn;
    if (const auto it = m_roles.find(arn); it != m_roles.end() && it->second.name != role.name)
        m_renamed = true;
    auto [at, inserted] = m_arnByName.try_emplace(role.name, arn);
    if (!inserted && arn < at->second)
        at->second = arn;
    m_roles[arn] = std::move(role);
}

void IamData::addPendingRolePolicy(const std::string &roleName, PolicyDocument document)
{
    m_pendingRolePolicies.emplace_back(roleName, std::move(document));
}

void IamData::addManagedPolicy(const std::string &arn, PolicyDocument document)
{
    m_managed[arn] = std::move(document);
}

IamData IamData::fromWorkspace(const Workspace &ws, const std::string &workspaceFile)
{
    IamData data;
    try {
        for (size_t i = 0; i < ws.roles.size(); ++i)
            data.addRole(readRole(ws.roles[i], "/roles/" + std::to_string(i)));
    } catch (const ShapeError &e) {
        throw InputError::atPointer(workspaceFile, e.pointer, e.message);
    }
    for (const Workspace::IamDocument &document : ws.iamDocuments) {
        try {
            readDocument(document.json, data);
        } catch (const ShapeError &e) {
            throw InputError::atPointer(document.file, e.pointer, e.message);
        } catch (const Json::exception &e) { // a value of the wrong type where IAM has a fixed one
            throw InputError(document.file, std::string("not valid IAM data: ") + e.what());
        }
    }
    // get-role-policy files name their role: attach them once every role is known, in any order.
    for (auto &[roleName, policy] : data.m_pendingRolePolicies) {
        bool attached = false;
        for (auto &[arn, r] : data.m_roles)
            if (r.name == roleName) {
                r.inlinePolicies.push_back(policy);
                attached = true;
            }
        if (!attached)
            data.m_unattached.push_back(roleName);
    }
    data.m_pendingRolePolicies.clear();
    return data;
}

const std::map<std::string, PolicyDocument> &builtInManagedPolicies()
{
    static const std::map<std::string, PolicyDocument> policies = [] {
        std::map<std::string, PolicyDocument> out;
        const QDir dir(QStringLiteral(":/policies"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            const Json j = parseJsonText(std::string_view(bytes.constData(), size_t(bytes.size())), name.toStdString());
            out[j.at("arn").get<std::string>()] = readPolicyDocument(j.at("document"), j.at("name").get<std::string>(), "/document");
        }
        return out;
    }();
    return policies;
}

} // namespace rolemap
