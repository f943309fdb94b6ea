// SPDX-License-Identifier: Apache-2.0
#include "PolicyDialog.h"

#include "core/Arn.h"
#include "core/InputError.h"
#include "engine/PolicyGenerator.h"
#include "io/WorkspaceWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rolemap {

PolicyDialog::PolicyDialog(const Document &document, const std::string &roleArn, RoleKind kind, LaunchType launchType, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Suggested policy for %1").arg(QString::fromStdString(roleNameOf(roleArn))));
    const Workspace &ws = document.workspace();
    std::vector<Coverage> coverages;
    for (int i = 0; i < document.taskDefinitionCount(); ++i) {
        const TaskDefinition &td = document.taskDefinition(i);
        const Cluster *cluster = ws.clusterOf(td);
        const bool uses = (kind == RoleKind::Execution && td.executionRoleArn == roleArn) || (kind == RoleKind::Task && td.taskRoleArn == roleArn) ||
                          (kind == RoleKind::Instance && cluster && cluster->instanceRoleArn == roleArn);
        if (uses)
            coverages.push_back(
                document.coverage(i, kind == RoleKind::Instance && cluster && cluster->launchType ? *cluster->launchType : launchType));
    }
    m_policy = QString::fromStdString(leastPrivilegePolicy(coverages, kind, document.catalog()).dump(2));

    // Needed versus granted, for a role the IAM data has.
    if (const IamRole *role = document.iam().role(roleArn)) {
        const auto policies = document.iam().permissionsOf(*role);
        const PolicyDocument *boundary = role->boundaryArn ? document.iam().managedPolicy(*role->boundaryArn) : nullptr;
        const Json generated = Json::parse(m_policy.toStdString());
        for (const Json &s : generated.at("Statement"))
            for (const Json &a : s.at("Action"))
                for (const Json &r : s.at("Resource")) {
                    const Evaluation e = evaluate(policies, boundary, a.get<std::string>(), r.get<std::string>());
                    const QString what = QString::fromStdString(a.get<std::string>() + (r == "*" ? std::string() : " on " + r.get<std::string>()));
                    switch (e.decision) {
                    case Decision::Allowed: m_diff << QStringLiteral("\u2714 %1 (%2)").arg(what, QString::fromStdString(e.statement->name())); break;
                    case Decision::Conditional: m_diff << QStringLiteral("? %1 (only under conditions)").arg(what); break;
                    case Decision::ExplicitDeny:
                        m_diff << QStringLiteral("\u2718 %1 (denied by %2)").arg(what, QString::fromStdString(e.statement->name()));
                        break;
                    case Decision::ImplicitDeny: m_diff << QStringLiteral("\u2718 %1 (not granted)").arg(what); break;
                    }
                }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What the task definitions that use this role as their %1 need of it:")
                                     .arg(QString::fromStdString(document.catalog().roleKind(kind).title.en)),
                                 this));
    auto *text = new QPlainTextEdit(m_policy, this);
    text->setReadOnly(true);
    text->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(text, 2);
    if (!m_diff.isEmpty()) {
        layout->addWidget(new QLabel(tr("Needed versus granted by the loaded IAM data:"), this));
        auto *diff = new QListWidget(this);
        diff->addItems(m_diff);
        layout->addWidget(diff, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("Save\u2026"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_policy); });
    connect(save, &QPushButton::clicked, this, [this, roleArn] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save policy"), QString::fromStdString(roleNameOf(roleArn)) + QStringLiteral("-policy.json"), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        try {
            writeFileAtomically(path.toStdString(), m_policy.toStdString() + '\n');
        } catch (const InputError &e) {
            QMessageBox::critical(this, tr("Cannot save"), QString::fromStdString(e.toString()));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace rolemap
