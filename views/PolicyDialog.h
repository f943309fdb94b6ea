// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Suggest policy…": the least-privilege policy for a role (what the task definitions that use it
// need of it), with copy and save, and — for a role in the loaded IAM data — needed versus granted.

#include "document/Document.h"

#include <QDialog>

namespace rolemap {

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    // `roleArn` as used by the workspace's task definitions (or a cluster) as `kind`.
    PolicyDialog(const Document &document, const std::string &roleArn, RoleKind kind, LaunchType launchType, QWidget *parent = nullptr);

    const QString &policyText() const { return m_policy; }
    // One line per needed action and resource: "✔ action on resource (statement)" or "✘ …".
    const QStringList &neededVersusGranted() const { return m_diff; }

private:
    QString m_policy;
    QStringList m_diff;
};

} // namespace rolemap
