// SPDX-License-Identifier: Apache-2.0
#include "core/Validation.h"

#include "core/Arn.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace rolemap {

namespace {
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
} // namespace

RoleValueKind classifyRoleValue(std::string_view value)
{
    if (value.empty())
        return RoleValueKind::Empty;
    if (isRoleArn(value))
        return RoleValueKind::RoleArn;
    const bool placeholder = looksLikePlaceholder(value);
    if (const auto arn = parseArn(value); arn && arn->service == "iam" && !placeholder && arn->resource.rfind("role/", 0) != 0)
        return RoleValueKind::OtherIamArn;
    if (placeholder)
        return RoleValueKind::Placeholder;
    if (value.find_first_of(":/ ") == std::string_view::npos)
        return RoleValueKind::ShortName;
    return RoleValueKind::NotAnArn;
}

QString roleValueProblem(std::string_view value, bool shortNameAllowed)
{
    // The characters IAM allows in role names and paths.
    static const QRegularExpression arn(QStringLiteral("^arn:aws(-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}$"));
    static const QRegularExpression name(QStringLiteral("^[\\w+=,.@-]{1,64}$"));
    const RoleValueKind kind = classifyRoleValue(value);
    if (kind == RoleValueKind::Empty || (kind == RoleValueKind::RoleArn && arn.match(qs(value)).hasMatch()) ||
        (shortNameAllowed && kind == RoleValueKind::ShortName && name.match(qs(value)).hasMatch()))
        return {};
    return shortNameAllowed ? ValidationText::tr("Expected a role ARN (arn:aws:iam::123456789012:role/NAME) or a role name")
                            : ValidationText::tr("Expected a role ARN: arn:aws:iam::123456789012:role/NAME");
}

QString imageReferenceProblem(std::string_view value)
{
    if (value.empty())
        return ValidationText::tr("A container needs an image");
    static const QRegularExpression reference(
        QStringLiteral("^(?:[a-zA-Z0-9.-]+(?::\\d+)?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/"
                       "[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$"));
    return reference.match(qs(value)).hasMatch() ? QString() : ValidationText::tr("Not an image reference (registry/repository:tag)");
}

QString familyProblem(std::string_view value)
{
    return value.empty() ? ValidationText::tr("A task definition needs a family") : QString();
}

QString containerNameProblem(std::string_view value)
{
    return value.empty() ? ValidationText::tr("A container needs a name") : QString();
}

QString networkModeProblem(std::string_view value)
{
    static const QStringList modes = {QStringLiteral("awsvpc"), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none"),
                                      QStringLiteral("default")};
    return value.empty() || modes.contains(qs(value)) ? QString() : ValidationText::tr("Expected awsvpc, bridge, host or none");
}

QString launchTypesProblem(std::string_view value)
{
    for (const QString &part : qs(value).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!launchTypeFromId(part.trimmed().toUpper().toStdString())) // written in capitals
            return ValidationText::tr("Unknown launch type \"%1\"").arg(part.trimmed());
    return {};
}

} // namespace rolemap
