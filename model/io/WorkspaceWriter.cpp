// SPDX-License-Identifier: Apache-2.0
#include "io/WorkspaceWriter.h"

#include "core/InputError.h"

#include <QSaveFile>

namespace rolemap {

const std::vector<std::string> &readOnlyTaskDefinitionFields()
{
    static const std::vector<std::string> fields = {"taskDefinitionArn", "revision",     "status",         "requiresAttributes", "compatibilities",
                                                    "registeredAt",      "registeredBy", "deregisteredAt", "deleteRequestedAt"};
    return fields;
}

Json registerInput(const TaskDefinition &td)
{
    Json out = td.document;
    for (const std::string &field : readOnlyTaskDefinitionFields())
        out.erase(field);
    if (td.describeTags.is_array() && !td.describeTags.empty() && !out.contains("tags"))
        out["tags"] = td.describeTags;
    return out;
}

std::string workspaceJson(const Workspace &ws)
{
    Json doc = Json::object();
    doc["rolemap"] = 1;
    if (!ws.name.empty())
        doc["name"] = ws.name;
    if (!ws.description.empty())
        doc["description"] = ws.description;
    if (!ws.region.empty())
        doc["region"] = ws.region;
    Json clusters = Json::array();
    for (const Cluster &c : ws.clusters) {
        Json j = Json::object();
        j["name"] = c.name;
        if (c.launchType)
            j["launchType"] = toId(*c.launchType);
        if (!c.instanceRoleArn.empty())
            j["instanceRoleArn"] = c.instanceRoleArn;
        j["taskDefinitions"] = c.taskDefinitions;
        clusters.push_back(std::move(j));
    }
    doc["clusters"] = std::move(clusters);
    Json tds = Json::array();
    for (const TaskDefinition &td : ws.taskDefinitions) {
        // The user's object as it is (revision kept, so that clusters can name family:revision).
        Json j = td.document;
        if (td.describeTags.is_array() && !td.describeTags.empty() && !j.contains("tags"))
            j["tags"] = td.describeTags;
        tds.push_back(std::move(j));
    }
    doc["taskDefinitions"] = std::move(tds);
    doc["roles"] = ws.roles;
    // IAM files opened with the task definitions are kept as read, so that the saved workspace is
    // checked against the same policies when it is opened again.
    if (!ws.iamDocuments.empty()) {
        Json iam = Json::array();
        for (const Workspace::IamDocument &d : ws.iamDocuments)
            iam.push_back({{"file", d.file}, {"document", d.json}});
        doc["iamData"] = std::move(iam);
    }
    Json settings = Json::object();
    for (const auto &[family, s] : ws.runSettings)
        if (s.enableExecuteCommand)
            settings[family] = {{"enableExecuteCommand", true}};
    if (!settings.empty())
        doc["runSettings"] = std::move(settings);
    doc["layout"] = ws.layout;
    return doc.dump(2) + '\n';
}

void writeFileAtomically(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path, "cannot write the file: " + file.errorString().toStdString());
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        throw InputError(path, "cannot write the file: " + file.errorString().toStdString());
}

} // namespace rolemap
