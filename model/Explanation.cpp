#include "Explanation.h"

#include "Arn.h"
#include "RolePalette.h"

namespace rolemap {

namespace {

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
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>").arg(roleStyle(kind).colour.name(), text);
}

} // namespace

QString explanationHtml(const Coverage &coverage, const std::string &operation, const RulesCatalog &catalog, Language language)
{
    const OperationCoverage *oc = coverage.operation(operation);
    const CatalogOperation *op = catalog.operation(operation);
    if (!op)
        return {};
    const LaunchTypeRule &rule = op->on(coverage.launchType);
    const QString lt = h(catalog.launchTypeTitle(coverage.launchType).in(language));
    QString html = QStringLiteral("<h3>%1</h3>").arg(h(op->title.in(language)));
    html += QStringLiteral("<p style=\"color:gray\"><code>%1</code> on %2 \u00b7 %3</p>").arg(h(operation), lt, h(coverage.taskDefinition));

    if (!rule.supported) {
        html += QStringLiteral("<p><b style=\"color:%1\">Not supported on %2.</b> %3</p>")
                    .arg(statusColour(Status::Unsupported).name(), lt, h(rule.note.in(language)));
    } else if (oc && oc->coveredBy) {
        const RoleKind kind = *oc->coveredBy;
        const QString kindTitle = h(catalog.roleKind(kind).title.in(language));
        const QString name = oc->roleArn.empty() ? QString() : QStringLiteral(" <code>%1</code>").arg(h(roleNameOf(oc->roleArn)));
        if (oc->status == Status::MissingRole) {
            html += QStringLiteral("<p><b style=\"color:%1\">Will fail:</b> %2 needs %3, and this task definition has none.</p>")
                        .arg(statusColour(Status::MissingRole).name(), lt, roleSpan(kind, QStringLiteral("a ") + kindTitle));
        } else if (kind == RoleKind::AwsManaged) {
            html += QStringLiteral("<p>On %1 AWS does this; no role of yours is involved.</p>").arg(lt);
        } else if (oc->via == Via::Fallback) {
            html += QStringLiteral("<p>Covered by the %1%2 as a <b>fallback</b>: no %3 is set.</p>")
                        .arg(roleSpan(kind, kindTitle), name, h(catalog.roleKind(*rule.primary).title.in(language)));
        } else {
            html += QStringLiteral("<p>Covered by the %1%2.</p>").arg(roleSpan(kind, kindTitle), name);
        }
        if (kind != RoleKind::AwsManaged)
            html += QStringLiteral("<p>The role must trust <code>%1</code>.</p>").arg(h(catalog.roleKind(kind).trustedPrincipal(coverage.launchType)));
    } else {
        html += QStringLiteral("<p>This task definition does not need it.</p>");
    }
    if (rule.supported && rule.fallback && !(oc && oc->via == Via::Fallback))
        html += QStringLiteral("<p>Without a %1, %2 falls back to the %3.</p>")
                    .arg(h(catalog.roleKind(*rule.primary).title.in(language)), lt, roleSpan(*rule.fallback, h(catalog.roleKind(*rule.fallback).title.in(language))));

    html += QStringLiteral("<h4>Why</h4><p>%1</p>").arg(h(op->explanation.in(language)));
    if (!rule.note.in(language).empty() && rule.supported)
        html += QStringLiteral("<p>%1</p>").arg(h(rule.note.in(language)));
    if (oc && (!oc->decidedBy.empty() || !oc->missingActions.empty() || !oc->conditionKeys.empty()
               || oc->status == Status::Ok || oc->status == Status::NotTrusted)) {
        html += QStringLiteral("<h4>Checked against the IAM data</h4><p>%1</p>").arg(h(oc->detail));
        if (!oc->missingActions.empty())
            html += QStringLiteral("<p><b>Not allowed:</b></p>") + list(oc->missingActions);
        if (!oc->conditionKeys.empty())
            html += QStringLiteral("<p><b>Conditions Rolemap cannot decide offline:</b></p>") + list(oc->conditionKeys);
    }
    if (oc) {
        if (!oc->actions.empty())
            html += QStringLiteral("<h4>Actions</h4>") + list(oc->actions);
        if (!oc->resources.empty())
            html += QStringLiteral("<h4>Resources</h4>") + list(oc->resources);
    }
    html += QStringLiteral("<h4>When it is missing</h4><p><code>%1</code></p>").arg(h(op->error.in(language)));
    if (!rule.minimumVersion.empty())
        html += QStringLiteral("<p><b>Minimum:</b> %1</p>").arg(h(rule.minimumVersion));
    const bool verified = oc ? oc->verified : rule.verified;
    html += verified ? QStringLiteral("<p>\u2714 Stated by the sources below.</p>")
                     : QStringLiteral("<p><b>\u2020 Not verified:</b> AWS does not document this directly; Rolemap follows the best reading of the sources.</p>");
    for (const Finding &f : coverage.findings)
        if (f.operation == operation)
            html += QStringLiteral("<p><b>%1:</b> %2<br/><i>Fix:</i> %3</p>").arg(h(std::string(toId(f.severity))), h(f.message), h(f.fix));
    html += QStringLiteral("<h4>Sources</h4><ul>");
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
    QString html = QStringLiteral("<h3>%1</h3><p>on %2</p>").arg(h(coverage.taskDefinition), h(catalog.launchTypeTitle(coverage.launchType).in(language)));
    int errors = 0;
    for (const Finding &f : coverage.findings)
        errors += f.severity == Severity::Error;
    html += errors ? QStringLiteral("<p><b style=\"color:%1\">%2 operation(s) will fail.</b></p>").arg(statusColour(Status::MissingRole).name()).arg(errors)
                   : QStringLiteral("<p>Every operation has a role to cover it.</p>");
    html += QStringLiteral("<ul>");
    for (const OperationCoverage &oc : coverage.operations) {
        const CatalogOperation *op = catalog.operation(oc.operation);
        const QString who = oc.coveredBy ? roleSpan(*oc.coveredBy, h(catalog.roleKind(*oc.coveredBy).title.in(language))) : QStringLiteral("\u2014");
        html += QStringLiteral("<li>%1: %2 <i>(%3)</i></li>").arg(h(op ? op->title.in(language) : oc.operation), who, h(std::string(toId(oc.status))));
    }
    html += QStringLiteral("</ul><p style=\"color:gray\">Select an operation in the graph or a table to see why.</p>");
    return html;
}

} // namespace rolemap
