// SPDX-License-Identifier: Apache-2.0
#include "teaching/Explanation.h"

#include "core/Arn.h"
#include "core/Strings.h"
#include "graph/RolePalette.h"
#include "teaching/Walkthrough.h"

#include <QCoreApplication>

namespace rolemap {

namespace {

struct ExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationText)
};

QString h(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString list(const std::vector<std::string> &items, bool code = true)
{
    QString out = QStringLiteral("<ul>");
    for (const std::string &i : items)
        out += QStringLiteral("<li>") + (code ? QStringLiteral("<code>") + h(i) + QStringLiteral("</code>") : h(i)) + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

QString roleSpan(RoleKind kind, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>").arg(onScreen(roleStyle(kind).colour).name(), text);
}

} // namespace

QString statusTitle(Status status)
{
    switch (status) {
    case Status::Ok: return ExplanationText::tr("ok");
    case Status::Unverified: return ExplanationText::tr("unverified");
    case Status::MissingRole: return ExplanationText::tr("missing role");
    case Status::NotTrusted: return ExplanationText::tr("not trusted");
    case Status::NotAllowed: return ExplanationText::tr("not allowed");
    case Status::Denied: return ExplanationText::tr("denied");
    case Status::Conditional: return ExplanationText::tr("conditional");
    case Status::Unsupported: return ExplanationText::tr("not supported");
    case Status::AwsManaged: return ExplanationText::tr("done by AWS");
    }
    return {};
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error: return ExplanationText::tr("error");
    case Severity::Warning: return ExplanationText::tr("warning");
    case Severity::Info: return ExplanationText::tr("info");
    }
    return {};
}

QString actorTitle(const std::string &actor)
{
    if (actor == "agent")
        return ExplanationText::tr("the ECS agent");
    if (actor == "ecs-service")
        return ExplanationText::tr("Amazon ECS, for the task");
    if (actor == "firelens-router")
        return ExplanationText::tr("the FireLens log router");
    return ExplanationText::tr("the application's containers");
}

QString explanationHtml(const Coverage &coverage, const std::string &operation, const RulesCatalog &catalog, Language language)
{
    const OperationCoverage *oc = coverage.operation(operation);
    const CatalogOperation *op = catalog.operation(operation);
    if (!op)
        return {};
    const LaunchTypeRule &rule = op->on(coverage.launchType, coverage.operatingSystem);
    const QString lt = h(catalog.launchTypeTitle(coverage.launchType).in(language));
    QString html = QStringLiteral("<h3>%1</h3>").arg(h(op->title.in(language)));
    html += QStringLiteral("<p style=\"color:gray\"><code>%1</code> \u00b7 %2 \u00b7 %3</p>").arg(h(operation), lt, h(coverage.taskDefinition));

    if (!rule.supported || (oc && oc->status == Status::Unsupported)) {
        html += QStringLiteral("<p><b style=\"color:%1\">%2</b> %3</p>")
                    .arg(onScreen(statusColour(Status::Unsupported)).name(), ExplanationText::tr("Not supported on %1.").arg(lt),
                         h(rule.supported && oc ? oc->detail : rule.note.in(language)));
    } else if (oc && oc->coveredBy) {
        const RoleKind kind = *oc->coveredBy;
        const QString kindTitle = h(catalog.roleKind(kind).title.in(language));
        const QString name = oc->roleArn.empty() ? QString() : QStringLiteral(" <code>%1</code>").arg(h(roleNameOf(oc->roleArn)));
        if (oc->status == Status::MissingRole && oc->fails()) {
            html += QStringLiteral("<p><b style=\"color:%1\">%2</b> %3</p>")
                        .arg(onScreen(statusColour(Status::MissingRole)).name(), ExplanationText::tr("Will fail:"),
                             ExplanationText::tr("%1 needs a %2, and this task definition has none.").arg(lt, roleSpan(kind, kindTitle)));
        } else if (oc->status == Status::MissingRole) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(ExplanationText::tr("No %1 is set: the task starts, but this has no credentials to use.").arg(roleSpan(kind, kindTitle)));
        } else if (oc->fails()) {
            html += QStringLiteral("<p><b style=\"color:%1\">%2</b> %3</p>")
                        .arg(onScreen(statusColour(Status::MissingRole)).name(), ExplanationText::tr("Will fail:"),
                             ExplanationText::tr("the %1%2 is %3.").arg(roleSpan(kind, kindTitle), name, statusTitle(oc->status)));
        } else if (kind == RoleKind::AwsManaged) {
            html += QStringLiteral("<p>%1</p>").arg(ExplanationText::tr("On %1 AWS does this; no role of yours is involved.").arg(lt));
        } else if (oc->via == Via::Fallback) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(ExplanationText::tr("Covered by the %1%2 as a <b>fallback</b>: no %3 is set.")
                                 .arg(roleSpan(kind, kindTitle), name, h(catalog.roleKind(*rule.primary).title.in(language))));
        } else {
            html += QStringLiteral("<p>%1</p>").arg(ExplanationText::tr("Covered by the %1%2.").arg(roleSpan(kind, kindTitle), name));
        }
        if (kind != RoleKind::AwsManaged)
            html += QStringLiteral("<p>%1</p>")
                        .arg(ExplanationText::tr("The role must trust %1.")
                                 .arg(QStringLiteral("<code>%1</code>").arg(h(catalog.roleKind(kind).trustedPrincipal(coverage.launchType)))));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(ExplanationText::tr("This task definition does not need it."));
    }
    if (rule.supported && rule.fallback && !(oc && oc->via == Via::Fallback))
        html += QStringLiteral("<p>%1</p>")
                    .arg(ExplanationText::tr("Without a %1, %2 falls back to the %3.")
                             .arg(h(catalog.roleKind(*rule.primary).title.in(language)), lt,
                                  roleSpan(*rule.fallback, h(catalog.roleKind(*rule.fallback).title.in(language)))));

    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(ExplanationText::tr("Why"), h(op->explanation.in(language)));
    if (!rule.note.in(language).empty() && rule.supported)
        html += QStringLiteral("<p>%1</p>").arg(h(rule.note.in(language)));
    if (oc && (!oc->decidedBy.empty() || !oc->missingActions.empty() || !oc->conditionKeys.empty() || oc->status == Status::Ok ||
               oc->status == Status::NotTrusted)) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(ExplanationText::tr("Checked against the IAM data"), h(oc->iamDetail));
        if (!oc->missingActions.empty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(ExplanationText::tr("Not allowed:")) + list(oc->missingActions);
        if (!oc->conditionKeys.empty())
            html +=
                QStringLiteral("<p><b>%1</b></p>").arg(ExplanationText::tr("Conditions Rolemap cannot decide offline:")) + list(oc->conditionKeys);
    }
    if (oc) {
        if (!oc->actions.empty())
            html += QStringLiteral("<h4>%1</h4>").arg(ExplanationText::tr("Actions")) + list(oc->actions);
        if (!oc->resources.empty())
            html += QStringLiteral("<h4>%1</h4>").arg(ExplanationText::tr("Resources")) + list(oc->resources);
    }
    // On Fargate the control plane is AWS's: the EC2 agent's errors never happen there.
    if (!(rule.supported && *rule.primary == RoleKind::AwsManaged)) {
        html += QStringLiteral("<h4>%1</h4>").arg(ExplanationText::tr("When it is missing"));
        if (!rule.registrationError.in(language).empty())
            html += QStringLiteral("<p>%1 <code>%2</code></p><p>%3</p>")
                        .arg(ExplanationText::tr("RegisterTaskDefinition refuses the task definition first:"), h(rule.registrationError.in(language)),
                             ExplanationText::tr("If it were registered, the task would fail at run time:"));
        html += QStringLiteral("<p><code>%1</code></p>").arg(h(op->error.in(language)));
    }
    if (const std::string &minimum = oc ? oc->minimumVersion : rule.minimumVersion; !minimum.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(ExplanationText::tr("Minimum:"), h(minimum));
    if (op->dependsOnOperatingSystem(coverage.launchType))
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(ExplanationText::tr("Operating system:"), h(coverage.operatingSystemReason));
    const bool verified = oc ? oc->verified : rule.verified;
    html += verified ? QStringLiteral("<p>\u2714 %1</p>").arg(ExplanationText::tr("Stated by the sources below."))
                     : QStringLiteral("<p><b>\u2020 %1</b> %2</p>")
                           .arg(ExplanationText::tr("Not verified:"),
                                ExplanationText::tr("AWS does not document this directly; Rolemap follows the best reading of the sources."));
    for (const Finding &f : coverage.findings)
        if (f.operation == operation)
            html += QStringLiteral("<p><b>%1:</b> %2<br/><i>%3</i> %4</p>")
                        .arg(severityTitle(f.severity), h(f.message), ExplanationText::tr("Fix:"), h(f.fix));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(ExplanationText::tr("Sources"));
    std::vector<std::string> ids = rule.sources;
    for (const std::string &id : op->sources)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    for (const std::string &id : ids)
        if (const Source *s = catalog.source(id))
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(h(s->url), h(s->title.empty() ? s->url : s->title));
    html += QStringLiteral("</ul>");
    return html;
}

QString overviewHtml(const Coverage &coverage, const RulesCatalog &catalog, Language language)
{
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(h(coverage.taskDefinition), ExplanationText::tr("on %1").arg(h(catalog.launchTypeTitle(coverage.launchType).in(language))));
    int failing = 0, unset = 0;
    for (const OperationCoverage &oc : coverage.operations) {
        failing += oc.fails();
        unset += !oc.fails() && oc.status == Status::MissingRole;
    }
    if (failing)
        html += QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                    .arg(onScreen(statusColour(Status::MissingRole)).name(), ExplanationText::tr("%n operation(s) will fail.", nullptr, failing));
    else if (unset)
        html += QStringLiteral("<p>%1</p>").arg(ExplanationText::tr("Nothing fails, but %n operation(s) have no role to use.", nullptr, unset));
    else
        html += QStringLiteral("<p>%1</p>").arg(ExplanationText::tr("Every operation has a role to cover it."));
    html += QStringLiteral("<ul>");
    for (const OperationCoverage &oc : coverage.operations) {
        const CatalogOperation *op = catalog.operation(oc.operation);
        const QString who = oc.coveredBy ? roleSpan(*oc.coveredBy, h(catalog.roleKind(*oc.coveredBy).title.in(language))) : QStringLiteral("\u2014");
        html += QStringLiteral("<li>%1: %2 <i>(%3)</i></li>").arg(h(op ? op->title.in(language) : oc.operation), who, statusTitle(oc.status));
    }
    html += QStringLiteral("</ul><p style=\"color:gray\">%1</p>").arg(ExplanationText::tr("Select an operation in the graph or a table to see why."));
    return html;
}

QString walkthroughStepHtml(const WalkthroughStep &step, const Coverage &coverage, const RulesCatalog &catalog, Language language)
{
    const QString lt = h(catalog.launchTypeTitle(coverage.launchType).in(language));
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>").arg(h(step.phase->title.in(language)), h(step.phase->textFor(coverage.launchType).in(language)));
    const OperationCoverage *oc = step.operation;
    if (!oc)
        return html;
    const CatalogOperation *op = catalog.operation(oc->operation);
    if (!op)
        return html;
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(h(op->title.in(language)));
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    QString who = actorTitle(op->actor);
    if (op->actor == "application" && !oc->containers.empty())
        who += QStringLiteral(" (<code>%1</code>)").arg(h(joinStrings(oc->containers)));
    row(ExplanationText::tr("Who acts"), who);
    if (oc->coveredBy && *oc->coveredBy == RoleKind::AwsManaged) {
        row(ExplanationText::tr("Role"), ExplanationText::tr("On %1 AWS does this; no role of yours is involved.").arg(lt));
    } else if (oc->coveredBy) {
        QString role = roleSpan(*oc->coveredBy, h(catalog.roleKind(*oc->coveredBy).title.in(language)));
        if (oc->status == Status::MissingRole && oc->fails())
            role += QStringLiteral(" \u2014 <b style=\"color:%1\">%2</b>")
                        .arg(onScreen(statusColour(Status::MissingRole)).name(), ExplanationText::tr("none is set"));
        else if (oc->status == Status::MissingRole)
            role += QStringLiteral(" \u2014 %1").arg(ExplanationText::tr("none is set"));
        else if (!oc->roleArn.empty())
            role += QStringLiteral(" <code>%1</code>").arg(h(roleNameOf(oc->roleArn)));
        if (oc->via == Via::Fallback)
            role += QStringLiteral(" <i>(%1)</i>").arg(ExplanationText::tr("fallback"));
        row(ExplanationText::tr("Role"), role);
    }
    if (!oc->actions.empty())
        row(ExplanationText::tr("Actions"), QStringLiteral("<code>%1</code>").arg(h(joinStrings(oc->actions))));
    row(ExplanationText::tr("Service"), h(catalog.serviceTitle(op->service).in(language)));
    row(ExplanationText::tr("Status"), statusTitle(oc->status));
    html += QStringLiteral("</table>");
    if (step.fails) {
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p><p><code>%3</code></p>")
                    .arg(onScreen(statusColour(Status::MissingRole)).name(), ExplanationText::tr("This step fails. AWS reports:"),
                         h(step.error.in(language)));
        for (const Finding &f : coverage.findings)
            if (f.operation == oc->operation && f.severity == Severity::Error)
                html += QStringLiteral("<p><i>%1</i> %2</p>").arg(ExplanationText::tr("Fix:"), h(f.fix));
    }
    html += QStringLiteral("<p>%1</p>").arg(h(op->explanation.in(language)));
    return html;
}

} // namespace rolemap
