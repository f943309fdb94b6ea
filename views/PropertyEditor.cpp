#include "PropertyEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace rolemap {

namespace {

QString textOf(const Json &object, const std::string &key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_array()) { // requiresCompatibilities
        QStringList parts;
        for (const Json &v : *it)
            parts << QString::fromStdString(v.is_string() ? v.get<std::string>() : v.dump());
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(it->dump());
}

} // namespace

QString PropertyEditor::roleArnProblem(const QString &value, bool shortNameAllowed)
{
    if (value.isEmpty())
        return {};
    static const QRegularExpression arn(QStringLiteral("^arn:aws(-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$"));
    static const QRegularExpression name(QStringLiteral("^[\\w+=,.@-]{1,64}$"));
    if (arn.match(value).hasMatch() || (shortNameAllowed && name.match(value).hasMatch()))
        return {};
    return shortNameAllowed ? tr("Expected a role ARN (arn:aws:iam::123456789012:role/NAME) or a role name")
                            : tr("Expected a role ARN: arn:aws:iam::123456789012:role/NAME");
}

QString PropertyEditor::imageProblem(const QString &value)
{
    if (value.isEmpty())
        return tr("A container needs an image");
    // [registry[:port]/]path[:tag][@digest], as Docker reads a reference.
    static const QRegularExpression reference(QStringLiteral(
        "^(?:[a-zA-Z0-9.-]+(?::\\d+)?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$"));
    return reference.match(value).hasMatch() ? QString() : tr("Not an image reference (registry/repository:tag)");
}

PropertyEditor::PropertyEditor(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_form = new QFormLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_form->addRow(m_heading);
    addField(tr("Family"), "family", false, [](const QString &v) { return v.isEmpty() ? tr("A task definition needs a family") : QString(); },
             tr("The task definition's family name"));
    addField(tr("Execution role"), "executionRoleArn", false, [](const QString &v) { return roleArnProblem(v, false); },
             tr("executionRoleArn: the role the ECS or Fargate agent uses for pulls, logs and secrets"));
    addField(tr("Task role"), "taskRoleArn", false, [](const QString &v) { return roleArnProblem(v, true); },
             tr("taskRoleArn: the role the application's own AWS calls use"));
    addField(tr("Network mode"), "networkMode", false, [](const QString &v) {
        return v.isEmpty() || QStringList{QStringLiteral("awsvpc"), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none"), QStringLiteral("default")}.contains(v)
            ? QString() : tr("Expected awsvpc, bridge, host or none");
    }, tr("networkMode"));
    addField(tr("Launch types"), "requiresCompatibilities", false, [](const QString &v) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!launchTypeFromId(part.trimmed().toStdString()))
                return tr("Unknown launch type \"%1\"").arg(part.trimmed());
        return QString();
    }, tr("requiresCompatibilities, separated by commas: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES"));
    addField(tr("Container name"), "name", true, [](const QString &v) { return v.isEmpty() ? tr("A container needs a name") : QString(); },
             tr("The container's name"));
    addField(tr("Image"), "image", true, &PropertyEditor::imageProblem, tr("The container image; a private ECR image needs ECR pull permissions"));
    connect(document, &Document::taskDefinitionChanged, this, [this](int index) {
        if (m_document->indexOf(m_task) == index)
            reload();
    });
    connect(document, &Document::workspaceReset, this, &PropertyEditor::reload);
    showItem(-1, -1);
}

void PropertyEditor::addField(const QString &label, const std::string &key, bool inContainer,
                              std::function<QString(const QString &)> validate, const QString &tooltip)
{
    Field f;
    f.edit = new QLineEdit(this);
    f.edit->setToolTip(tooltip);
    f.edit->setClearButtonEnabled(true);
    f.error = new QLabel(this);
    f.error->setStyleSheet(QStringLiteral("color: #C62828"));
    f.error->setWordWrap(true);
    f.error->hide();
    f.key = key;
    f.inContainer = inContainer;
    f.validate = std::move(validate);
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(f.edit);
    layout->addWidget(f.error);
    m_form->addRow(label, column);
    const size_t i = m_fields.size();
    m_fields.push_back(f);
    connect(f.edit, &QLineEdit::textEdited, this, [this, i] { commit(m_fields[i]); });
}

void PropertyEditor::showItem(int index, int container)
{
    m_task = index >= 0 && index < m_document->taskDefinitionCount() ? m_document->taskId(index) : 0;
    m_container = container;
    reload();
}

void PropertyEditor::reload()
{
    m_loading = true;
    const int index = m_task ? m_document->indexOf(m_task) : -1;
    const Json *td = index >= 0 ? &m_document->taskDefinition(index).document : nullptr;
    const Json *c = nullptr;
    if (td && m_container >= 0 && td->contains("containerDefinitions") && m_container < int((*td)["containerDefinitions"].size()))
        c = &(*td)["containerDefinitions"][size_t(m_container)];
    m_heading->setText(!td ? tr("Select a task definition or a container to edit it.")
                           : c ? tr("<b>%1</b> in %2").arg(textOf(*c, "name").toHtmlEscaped(), QString::fromStdString(m_document->taskDefinition(index).displayName()).toHtmlEscaped())
                               : tr("<b>%1</b>").arg(QString::fromStdString(m_document->taskDefinition(index).displayName()).toHtmlEscaped()));
    for (Field &f : m_fields) {
        const Json *source = f.inContainer ? c : td;
        f.edit->setEnabled(source != nullptr);
        if (!f.edit->hasFocus() || !source)
            f.edit->setText(source ? textOf(*source, f.key) : QString());
        const QString problem = source ? f.validate(f.edit->text()) : QString();
        f.error->setText(problem);
        f.error->setVisible(!problem.isEmpty());
    }
    m_loading = false;
}

void PropertyEditor::commit(Field &f)
{
    if (m_loading)
        return;
    const QString value = f.edit->text().trimmed();
    const QString problem = f.validate(value);
    f.error->setText(problem);
    f.error->setVisible(!problem.isEmpty());
    const int index = m_document->indexOf(m_task);
    if (index < 0 || !problem.isEmpty())
        return; // an invalid value is shown, never written
    Json td = m_document->taskDefinition(index).document;
    Json *target = &td;
    if (f.inContainer) {
        if (!td.contains("containerDefinitions") || m_container < 0 || m_container >= int(td["containerDefinitions"].size()))
            return;
        target = &td["containerDefinitions"][size_t(m_container)];
    }
    if (f.key == "requiresCompatibilities") {
        Json list = Json::array();
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.push_back(part.trimmed().toUpper().toStdString());
        (*target)[f.key] = list;
    } else if (value.isEmpty() && f.key != "family" && f.key != "name" && f.key != "image") {
        target->erase(f.key);
    } else {
        (*target)[f.key] = value.toStdString();
    }
    const QString mergeKey = QStringLiteral("%1/%2/%3").arg(m_task).arg(m_container).arg(QString::fromStdString(f.key));
    m_document->editTaskDefinition(index, td, tr("Edit %1").arg(QString::fromStdString(f.key)), mergeKey);
}

} // namespace rolemap
