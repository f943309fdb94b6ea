// SPDX-License-Identifier: Apache-2.0
#include "PropertyEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rolemap {

PropertyEditor::PropertyEditor(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_form = new QFormLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_form->addRow(m_heading);
    m_fields = {
        {TaskField::Family, QT_TR_NOOP("Family"), QT_TR_NOOP("The task definition's family name")},
        {TaskField::ExecutionRole, QT_TR_NOOP("Execution role"),
         QT_TR_NOOP("executionRoleArn: the role the ECS or Fargate agent uses for pulls, logs and secrets")},
        {TaskField::TaskRole, QT_TR_NOOP("Task role"), QT_TR_NOOP("taskRoleArn: the role the application's own AWS calls use")},
        {TaskField::NetworkMode, QT_TR_NOOP("Network mode"), QT_TR_NOOP("networkMode")},
        {TaskField::LaunchTypes, QT_TR_NOOP("Launch types"),
         QT_TR_NOOP("requiresCompatibilities, separated by commas: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES")},
        {TaskField::ContainerName, QT_TR_NOOP("Container name"), QT_TR_NOOP("The container's name")},
        {TaskField::Image, QT_TR_NOOP("Image"), QT_TR_NOOP("The container image; a private ECR image needs ECR pull permissions")},
    };
    for (size_t i = 0; i < m_fields.size(); ++i) {
        Field &f = m_fields[i];
        f.edit = new QLineEdit(this);
        f.edit->setClearButtonEnabled(true);
        f.error = new QLabel(this);
        f.error->setStyleSheet(QStringLiteral("color: #C62828"));
        f.error->setWordWrap(true);
        f.error->hide();
        f.row = new QWidget(this);
        auto *layout = new QVBoxLayout(f.row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(f.edit);
        layout->addWidget(f.error);
        m_form->addRow(QString(), f.row);
        // Checked as you type; written when the edit is done (Enter, or the focus leaves), and only
        // when valid: a half-typed value ("arn" on the way to an ARN) is never applied.
        connect(f.edit, &QLineEdit::textEdited, this, [this, i] { check(m_fields[i]); });
        connect(f.edit, &QLineEdit::editingFinished, this, [this, i] { commit(m_fields[i]); });
    }
    connect(document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (m_document->indexOf(m_task) == index)
            reload();
    });
    connect(document, &Document::workspaceReset, this, &PropertyEditor::reload);
    retranslate();
    showItem(-1, -1);
}

void PropertyEditor::retranslate()
{
    for (Field &f : m_fields) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(f.row)))
            label->setText(tr(f.label));
        f.edit->setToolTip(tr(f.tooltip));
    }
    reload();
}

void PropertyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertyEditor::showItem(int index, int container)
{
    m_task = index >= 0 && index < m_document->taskDefinitionCount() ? m_document->taskId(index) : 0;
    m_container = container;
    reload();
}

FieldRef PropertyEditor::refOf(const Field &field) const
{
    return {m_task ? m_document->indexOf(m_task) : -1, m_container, field.field};
}

void PropertyEditor::reload()
{
    m_loading = true;
    const int index = m_task ? m_document->indexOf(m_task) : -1;
    const TaskDefinition *td = index >= 0 ? &m_document->taskDefinition(index) : nullptr;
    const bool hasContainer = td && m_container >= 0 && size_t(m_container) < td->containers.size();
    const QString taskName = td ? QString::fromStdString(td->displayName()).toHtmlEscaped() : QString();
    m_heading->setText(
        !td            ? tr("Select a task definition or a container to edit it.")
        : hasContainer ? tr("<b>%1</b> in %2").arg(m_document->fieldValue({index, m_container, TaskField::ContainerName}).toHtmlEscaped(), taskName)
                       : tr("<b>%1</b>").arg(taskName));
    for (Field &f : m_fields) {
        const bool shown = td && (!isContainerField(f.field) || hasContainer);
        f.edit->setEnabled(shown);
        if (!f.edit->hasFocus() || !shown)
            f.edit->setText(shown ? m_document->fieldValue(refOf(f)) : QString());
        const QString problem = shown ? Document::fieldProblem(f.field, f.edit->text()) : QString();
        f.error->setText(problem);
        f.error->setVisible(!problem.isEmpty());
    }
    m_loading = false;
}

bool PropertyEditor::check(Field &f)
{
    const QString problem = Document::fieldProblem(f.field, f.edit->text().trimmed());
    f.error->setText(problem);
    f.error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void PropertyEditor::commit(Field &f)
{
    if (m_loading || !f.edit->isModified())
        return;
    f.edit->setModified(false);
    if (check(f)) // an invalid value is shown, never written; the last valid one stays
        m_document->setField(refOf(f), f.edit->text().trimmed());
}

} // namespace rolemap
