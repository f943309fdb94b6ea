// SPDX-License-Identifier: Apache-2.0
#include "PropertyEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

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
        f.label = new QLabel(this);
        f.label->setBuddy(f.edit);
        m_form->addRow(f.label, f.row);
        // Checked as you type; written when the edit is done (Enter, or the focus leaves), and only
        // when valid: a half-typed value ("arn" on the way to an ARN) is never applied.
        connect(f.edit, &QLineEdit::textEdited, this, [this, i] { check(m_fields[i]); });
        connect(f.edit, &QLineEdit::editingFinished, this, [this, i] { commit(m_fields[i]); });
    }
    // The choices are chosen, not typed: the network mode from a list, the launch types as boxes.
    m_networkMode = new QComboBox(this);
    for (const char *mode : {"", "awsvpc", "bridge", "host", "none"})
        m_networkMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_networkModeLabel = new QLabel(this);
    m_networkModeLabel->setBuddy(m_networkMode);
    m_form->insertRow(4, m_networkModeLabel, m_networkMode); // after the task role
    connect(m_networkMode, &QComboBox::activated, this,
            [this] { m_document->setField(refOf(TaskField::NetworkMode), m_networkMode->currentData().toString()); });
    auto *boxes = new QWidget(this);
    auto *boxLayout = new QGridLayout(boxes); // two by two: the dock stays narrow
    boxLayout->setContentsMargins(0, 0, 0, 0);
    for (LaunchType t : kAllLaunchTypes) {
        auto *box = new QCheckBox(QString::fromLatin1(toId(t).data(), qsizetype(toId(t).size())), boxes);
        box->setProperty("launchType", QString::fromLatin1(toId(t).data(), qsizetype(toId(t).size())));
        boxLayout->addWidget(box, int(m_launchTypes.size()) / 2, int(m_launchTypes.size()) % 2);
        m_launchTypes.push_back(box);
        connect(box, &QCheckBox::clicked, this, [this] {
            QStringList chosen;
            for (QCheckBox *b : m_launchTypes)
                if (b->isChecked())
                    chosen << b->property("launchType").toString();
            m_document->setField(refOf(TaskField::LaunchTypes), chosen.join(QStringLiteral(", ")));
        });
    }
    m_launchTypeRow = boxes;
    m_launchTypesLabel = new QLabel(this);
    m_form->insertRow(5, m_launchTypesLabel, boxes);
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
    m_networkModeLabel->setText(tr("Network mode"));
    m_networkMode->setToolTip(tr("networkMode"));
    m_networkMode->setItemText(0, tr("(not set)"));
    m_launchTypesLabel->setText(tr("Launch types"));
    m_launchTypeRow->setToolTip(tr("requiresCompatibilities: the launch types the task definition is checked against"));
    for (Field &f : m_fields) {
        f.label->setText(tr(f.title));
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

FieldRef PropertyEditor::refOf(TaskField field) const
{
    return {m_task ? m_document->indexOf(m_task) : -1, m_container, field};
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
    {
        const QSignalBlocker block(m_networkMode);
        m_networkMode->setEnabled(td != nullptr);
        const QString mode = td ? m_document->fieldValue({index, -1, TaskField::NetworkMode}) : QString();
        int at = m_networkMode->findData(mode);
        if (at < 0) { // a value the list does not have ("default"): shown as it is
            m_networkMode->addItem(mode, mode);
            at = m_networkMode->count() - 1;
        }
        m_networkMode->setCurrentIndex(at);
        const QStringList chosen = td ? m_document->fieldValue({index, -1, TaskField::LaunchTypes}).split(QStringLiteral(", ")) : QStringList();
        for (QCheckBox *b : m_launchTypes) {
            const QSignalBlocker blockBox(b);
            b->setEnabled(td != nullptr);
            b->setChecked(chosen.contains(b->property("launchType").toString()));
        }
    }
    for (Field &f : m_fields) {
        const bool shown = td && (!isContainerField(f.field) || hasContainer);
        f.edit->setEnabled(shown);
        if (!f.edit->hasFocus() || !shown)
            f.edit->setText(shown ? m_document->fieldValue(refOf(f.field)) : QString());
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
        m_document->setField(refOf(f.field), f.edit->text().trimmed());
}

} // namespace rolemap
