// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"

#include "core/Translation.h"

#include "ExportService.h"
#include "core/InputError.h"
#include "core/Strings.h"
#include "engine/CoverageEngine.h"
#include "engine/PolicyGenerator.h"
#include "io/Importer.h"
#include "io/WorkspaceWriter.h"
#include "report/CatalogReport.h"
#include "report/CoverageReport.h"
#include "report/Redaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace rolemap {

namespace {

const QStringList kSubcommands = {QStringLiteral("coverage"), QStringLiteral("check"), QStringLiteral("explain"), QStringLiteral("export"),
                                  QStringLiteral("policy")};

// Every write is checked: a report cut short by a full disk or a closed pipe must not exit 0.
void write(FILE *stream, const std::string &text)
{
    if (std::fwrite(text.data(), 1, text.size(), stream) == text.size() && std::fflush(stream) == 0)
        return;
    const int error = errno;
    if (stream != stderr)
        std::fprintf(stderr, "rolemap: cannot write to %s: %s\n", stream == stdout ? "standard output" : "the output", std::strerror(error));
    std::exit(2);
}

// -o OUT: a regular file (or a new one) is replaced atomically; "-", a FIFO or a device (/dev/null)
// is written straight to, never renamed over.
void writeOutput(const QString &out, const std::string &bytes)
{
    if (out == QLatin1String("-")) {
        write(stdout, bytes);
        return;
    }
    const QFileInfo info(out);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile target(out);
        if (!target.open(QIODevice::WriteOnly) || target.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !target.flush())
            throw InputError(out.toStdString(), "cannot write: " + target.errorString().toStdString());
        return;
    }
    writeFileAtomically(out.toStdString(), bytes);
}

[[noreturn]] void usageError(const QString &message)
{
    write(stderr, "rolemap: " + message.toStdString() + "\nTry 'rolemap --help'.\n");
    std::exit(2);
}

bool colourWanted()
{
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

struct CommonOptions
{
    QCommandLineOption launchType{{QStringLiteral("l"), QStringLiteral("launch-type")},
                                  QStringLiteral("EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES or all. Default: each "
                                                 "task definition's cluster, else its requiresCompatibilities, else EC2."),
                                  QStringLiteral("LT")};
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")}, QString(), QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption taskRole{QStringLiteral("task-role"), QStringLiteral("Use ARN as the task role."), QStringLiteral("ARN")};
    QCommandLineOption executionRole{QStringLiteral("execution-role"), QStringLiteral("Use ARN as the execution role."), QStringLiteral("ARN")};
    QCommandLineOption instanceRole{QStringLiteral("instance-role"), QStringLiteral("Use ARN as the container instance role."),
                                    QStringLiteral("ARN")};
    QCommandLineOption exec{QStringLiteral("enable-execute-command"),
                            QStringLiteral("The task runs with ECS Exec enabled (a RunTask or service setting).")};
    QCommandLineOption region{QStringLiteral("region"),
                              QStringLiteral("The Region the tasks run in, for ARNs a task definition leaves implicit (bare SSM "
                                             "parameter names). Default: what the task definition tells (awslogs-region, the ECR "
                                             "host, its other ARNs); where nothing does, results that depend on it say so."),
                              QStringLiteral("REGION")};
    QCommandLineOption sample{QStringLiteral("sample"), QStringLiteral("Use the embedded sample workspace.")};
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("en or ja: the language of titles, explanations and findings (default en)."), QStringLiteral("LANG"),
                                QStringLiteral("en")};
};

// --region: a Region name as AWS spells them ("eu-west-1", "us-gov-west-1", "cn-north-1").
std::string regionOption(const QCommandLineParser &parser, const CommonOptions &o)
{
    if (!parser.isSet(o.region))
        return {};
    const QString region = parser.value(o.region);
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    if (!shape.match(region).hasMatch())
        usageError(QStringLiteral("--region \"%1\" is not a Region name such as eu-west-1").arg(region));
    return region.toStdString();
}

// Validates --language and installs it, so that the engine's sentences and the catalog's texts
// come out in it.
Language applyLanguage(const QCommandLineParser &parser, const CommonOptions &o)
{
    const QString lang = parser.value(o.language);
    if (lang != QLatin1String("en") && lang != QLatin1String("ja"))
        usageError(QStringLiteral("unknown language '%1' (expected en or ja)").arg(lang));
    const Language language = lang == QLatin1String("ja") ? Language::Japanese : Language::English;
    installLanguage(language);
    return language;
}

std::vector<LaunchType> parseLaunchTypes(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return {kAllLaunchTypes.begin(), kAllLaunchTypes.end()};
    std::vector<LaunchType> out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto t = launchTypeFromId(part.trimmed().toUpper().toStdString());
        if (!t)
            usageError(QStringLiteral("unknown launch type '%1' (expected EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES or all)").arg(part));
        out.push_back(*t);
    }
    return out;
}

void checkFormat(const QString &format, const QStringList &allowed)
{
    if (!allowed.contains(format)) // the caller lower-cases it: --format JSON is --format json
        usageError(QStringLiteral("unknown format '%1' (expected %2)").arg(format, allowed.join(QStringLiteral(", "))));
}

// QCommandLineParser names the program file in its usage line; people type "rolemap SUBCOMMAND".
std::string helpText(const QCommandLineParser &parser, const QString &subcommand)
{
    QString text = parser.helpText();
    const int end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(7, end - 7, QStringLiteral("rolemap ") + subcommand);
    return text.toStdString();
}

// Subcommand parsers see "SUBCOMMAND ARGS…", so the subcommand stands where a program name would.
void prepare(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
}

int coverageOrCheck(const QStringList &arguments, bool check)
{
    const QString name = arguments.value(1);
    QCommandLineParser parser;
    CommonOptions o;
    const QStringList formats = check ? QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}
                                      : QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")};
    o.format.setDescription(QStringLiteral("%1 (default text).").arg(formats.join(QStringLiteral(", "))));
    prepare(parser, check ? QStringLiteral("Check task definitions: lists the findings and exits 1 when one is an error.")
                          : QStringLiteral("Show which IAM role covers each operation the task definitions need."));
    parser.addOptions({o.launchType, o.format, o.taskRole, o.executionRole, o.instanceRole, o.exec, o.region, o.sample, o.language});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Task definitions (register input, describe output, arrays, Terraform "
                                                "container definitions) or a .rolemap.json workspace."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments.mid(1)))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, helpText(parser, name));
        return 0;
    }
    applyLanguage(parser, o);
    const QString format = parser.value(o.format).toLower();
    checkFormat(format, formats);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !parser.isSet(o.sample))
        usageError(QStringLiteral("%1 needs at least one FILE (or --sample)").arg(name));

    CoverageOptions options;
    if (parser.isSet(o.taskRole))
        options.overrides.task = parser.value(o.taskRole).toStdString();
    if (parser.isSet(o.executionRole))
        options.overrides.execution = parser.value(o.executionRole).toStdString();
    if (parser.isSet(o.instanceRole))
        options.overrides.instance = parser.value(o.instanceRole).toStdString();
    options.enableExecuteCommand = parser.isSet(o.exec);
    options.region = regionOption(parser, o);
    const std::vector<LaunchType> launchTypes = parseLaunchTypes(parser.value(o.launchType));

    // The process ends right after the report: freeing a whole account's task definitions one by one
    // would cost a tenth of the run, so the workspace stays (reachable, not leaked) until exit.
    static Workspace *kept = nullptr;
    kept = new Workspace;
    Workspace &ws = *kept;
    try {
        if (parser.isSet(o.sample))
            ws = loadSample();
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        ws.merge(importFiles(paths));
    } catch (const InputError &e) {
        write(stderr, "rolemap: " + visibleText(e.toString()) + '\n');
        return 2;
    }
    if (ws.taskDefinitions.empty()) {
        for (const ImportWarning &w : ws.warnings)
            write(stderr, "rolemap: warning: " + w.toString() + '\n');
        write(stderr, "rolemap: no task definition in the input (IAM data alone has nothing to check)\n");
        return 2;
    }
    // Each result is written as soon as it is computed, then dropped: a whole account's report
    // never holds every result, nor its whole text.
    const ReportFormat reportFormat = format == QLatin1String("json")       ? ReportFormat::Json
                                      : format == QLatin1String("markdown") ? ReportFormat::Markdown
                                      : format == QLatin1String("sarif")    ? ReportFormat::Sarif
                                                                            : ReportFormat::Text;
    // Machine formats carry the warnings inside; people running them see them on stderr too.
    if (reportFormat != ReportFormat::Text)
        for (const ImportWarning &w : ws.warnings)
            write(stderr, "rolemap: warning: " + visibleText(w.toString()) + '\n');
    ReportWriter writer(
        reportFormat, RulesCatalog::builtIn(), ws.warnings, [](std::string_view text) { write(stdout, std::string(text)); }, colourWanted());
    int errors = 0;
    forEachCoverage(ws, launchTypes, options, RulesCatalog::builtIn(), [&](Coverage &&c) {
        for (const Finding &f : c.findings)
            errors += f.severity == Severity::Error;
        writer.add(c);
    });
    writer.finish();
    write(stdout, {});
    if (!check)
        return 0;
    if (format == QLatin1String("text"))
        write(stdout, errors ? std::to_string(errors) + " error-level finding(s)\n" : std::string("no error-level finding\n"));
    return errors ? 1 : 0;
}

int explain(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions o;
    o.format.setDescription(QStringLiteral("text, json or markdown (default text)."));
    o.launchType.setDescription(QStringLiteral("One launch type to show in full, or all (the matrix; default)."));
    prepare(parser, QStringLiteral("The rules catalog: which role covers each operation on each launch type, with sources."));
    parser.addOptions({o.launchType, o.format, o.language});
    if (!parser.parse(arguments.mid(1)))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, helpText(parser, QStringLiteral("explain")));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("explain takes no FILE"));
    const QString format = parser.value(o.format).toLower();
    checkFormat(format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")});
    const Language language = applyLanguage(parser, o);
    std::vector<LaunchType> launchTypes = parseLaunchTypes(parser.value(o.launchType));
    if (launchTypes.empty())
        launchTypes.assign(kAllLaunchTypes.begin(), kAllLaunchTypes.end());
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    if (format == QLatin1String("json"))
        write(stdout, explainJson(catalog, launchTypes, language));
    else if (format == QLatin1String("markdown"))
        write(stdout, explainMarkdown(catalog, launchTypes, language));
    else
        write(stdout, explainText(catalog, launchTypes, language, colourWanted()));
    return 0;
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions o;
    o.format.setDescription(QStringLiteral("svg, png, pdf, dot, mermaid, drawio (the role graph); markdown, csv, html (the coverage table); taskdef "
                                           "(the task definition as register-task-definition input)."));
    o.format.setDefaultValue(QString());
    o.launchType.setDescription(QStringLiteral("The launch type to draw (default: the first task definition's)."));
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("Write to OUT: a file is replaced atomically; - is standard output."),
                              QStringLiteral("OUT")};
    QCommandLineOption redact{QStringLiteral("redact"), QStringLiteral("Replace account ids and account-identifying names in ARNs.")};
    QCommandLineOption overview{QStringLiteral("overview"), QStringLiteral("Draw the cluster overview (the default for several task definitions).")};
    QCommandLineOption detailed{QStringLiteral("detailed"),
                                QStringLiteral("Draw every task definition's own graph, side by side in a grid (a sheet for a review).")};
    QCommandLineOption comparison{QStringLiteral("comparison"), QStringLiteral("Tables: the launch-type comparison instead of coverage.")};
    QCommandLineOption scale{QStringLiteral("scale"), QStringLiteral("PNG scale (default 2)."), QStringLiteral("FACTOR"), QStringLiteral("2")};
    QCommandLineOption transparent{QStringLiteral("transparent"), QStringLiteral("PNG: a transparent background.")};
    QCommandLineOption page{QStringLiteral("page"), QStringLiteral("PDF page size: a4 or letter (default a4)."), QStringLiteral("SIZE"),
                            QStringLiteral("a4")};
    QCommandLineOption dated{QStringLiteral("date"), QStringLiteral("PDF: print today's date in the title block.")};
    prepare(parser, QStringLiteral("Export diagrams, tables or task definitions. The same inputs give the same bytes."));
    parser.addOptions({o.format, output, o.launchType, redact, overview, detailed, comparison, scale, transparent, page, dated, o.language});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Task definitions or a workspace."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments.mid(1)))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, helpText(parser, QStringLiteral("export")));
        return 0;
    }
    applyLanguage(parser, o);
    const QString format = parser.value(o.format).toLower();
    if (format.isEmpty())
        usageError(QStringLiteral("export needs --format"));
    const auto diagram = exportFormatFromId(format);
    if (!diagram && format != QLatin1String("taskdef"))
        usageError(QStringLiteral("unknown format '%1' (expected svg, png, pdf, dot, mermaid, drawio, markdown, csv, html or taskdef)").arg(format));
    if (!parser.isSet(output))
        usageError(QStringLiteral("export needs -o OUT"));
    if (parser.isSet(overview) && parser.isSet(detailed))
        usageError(QStringLiteral("--overview and --detailed draw different things: choose one"));
    if (parser.isSet(comparison) && diagram && isDiagramFormat(*diagram))
        usageError(QStringLiteral("--comparison is a table: use it with --format markdown, csv or html"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        usageError(QStringLiteral("export needs at least one FILE"));
    const std::vector<LaunchType> launchTypes = parseLaunchTypes(parser.value(o.launchType));
    if (launchTypes.size() > 1)
        usageError(QStringLiteral("export draws one launch type at a time"));
    const QString pageSize = parser.value(page).toLower();
    if (pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter"))
        usageError(QStringLiteral("unknown page size '%1' (expected a4 or letter)").arg(pageSize));
    bool scaleOk = false;
    const double scaleValue = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || !std::isfinite(scaleValue) || scaleValue < kMinPngScale || scaleValue > 8)
        usageError(QStringLiteral("--scale takes a number from %1 to 8").arg(kMinPngScale));
    // Writing over one of the inputs would lose it if anything went wrong.
    const QString out = parser.value(output);
    for (const QString &f : parser.positionalArguments())
        if (out != QLatin1String("-") && QFileInfo::exists(out) && QFileInfo(out).canonicalFilePath() == QFileInfo(f).canonicalFilePath())
            usageError(QStringLiteral("-o %1 is one of the input files; write the export elsewhere").arg(out));
    try {
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        const Workspace ws = importFiles(paths);
        if (ws.taskDefinitions.empty()) {
            write(stderr, "rolemap: no task definition in the input\n");
            return 2;
        }
        std::string bytes;
        if (!diagram) {
            if (ws.taskDefinitions.size() != 1) {
                write(stderr, "rolemap: " + files.first().toStdString() + ": holds " + std::to_string(ws.taskDefinitions.size()) +
                                  " task definitions; register-task-definition takes one\n");
                return 2;
            }
            Json document = registerInput(ws.taskDefinitions.front());
            if (parser.isSet(redact))
                Redactor().json(document);
            bytes = document.dump(2) + '\n';
        } else {
            ExportOptions options;
            options.format = *diagram;
            if (!launchTypes.empty())
                options.launchType = launchTypes.front();
            options.redact = parser.isSet(redact);
            options.overview = parser.isSet(overview);
            options.detailed = parser.isSet(detailed);
            options.comparisonTable = parser.isSet(comparison);
            options.pngScale = scaleValue;
            options.transparent = parser.isSet(transparent);
            options.pageSize = pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
            options.dated = parser.isSet(dated);
            const QByteArray out = exportWorkspace(ws, {}, options);
            bytes.assign(out.constData(), size_t(out.size()));
        }
        if (bytes.empty()) // never replace a good file with nothing
            throw InputError(out.toStdString(), "the export came out empty; nothing was written");
        writeOutput(out, bytes);
    } catch (const InputError &e) {
        write(stderr, "rolemap: " + visibleText(e.toString()) + '\n');
        return 2;
    }
    return 0;
}

int policyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    CommonOptions o;
    QCommandLineOption role{QStringLiteral("role"), QStringLiteral("execution, task or instance."), QStringLiteral("KIND")};
    QCommandLineOption trust{QStringLiteral("trust"), QStringLiteral("Also print the trust policy the role needs.")};
    o.launchType.setDescription(QStringLiteral("The launch type (default: each task definition's)."));
    prepare(parser, QStringLiteral("Least privilege: the policy that lets ROLE do exactly what the task definitions need of it."));
    parser.addOptions({role, o.launchType, trust, o.exec, o.region});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Task definitions or a workspace."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments.mid(1)))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        write(stdout, helpText(parser, QStringLiteral("policy")));
        return 0;
    }
    const QString kindName = parser.value(role).toLower();
    const auto kind = roleKindFromId(kindName.toStdString());
    if (!kind || (*kind != RoleKind::Execution && *kind != RoleKind::Task && *kind != RoleKind::Instance))
        usageError(QStringLiteral("policy needs --role execution, task or instance"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        usageError(QStringLiteral("policy needs at least one FILE"));
    const std::vector<LaunchType> launchTypes = parseLaunchTypes(parser.value(o.launchType));
    try {
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        const Workspace ws = importFiles(paths);
        CoverageOptions options;
        options.enableExecuteCommand = parser.isSet(o.exec);
        options.region = regionOption(parser, o);
        const std::vector<Coverage> results = computeWorkspaceCoverage(ws, launchTypes, options);
        const Json policy = leastPrivilegePolicy(results, *kind, RulesCatalog::builtIn());
        // A role nothing uses (no task role needed, an instance role on Fargate) has no statement:
        // an empty list is no valid policy, so say so instead of printing one.
        if (policy["Statement"].empty())
            write(stderr, "rolemap: warning: the " + kindName.toStdString() +
                              " role has nothing to do for these task definitions on this launch type: the policy has no statement\n");
        if (!parser.isSet(trust)) {
            write(stdout, policy.dump(2) + '\n');
            return 0;
        }
        std::string account;
        for (const TaskDefinition &td : ws.taskDefinitions)
            if (account.empty())
                account = td.inferredAccount();
        const LaunchType lt = results.empty() ? LaunchType::Ec2 : results.front().launchType;
        write(stdout,
              Json({{"PolicyDocument", policy}, {"AssumeRolePolicyDocument", trustPolicyFor(*kind, lt, account, RulesCatalog::builtIn())}}).dump(2) +
                  '\n');
    } catch (const InputError &e) {
        write(stderr, "rolemap: " + visibleText(e.toString()) + '\n');
        return 2;
    }
    return 0;
}

} // namespace

bool isSubcommand(const QString &argument)
{
    return kSubcommands.contains(argument);
}

int runSubcommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    try {
        if (name == QLatin1String("explain"))
            return explain(arguments);
        if (name == QLatin1String("export"))
            return exportCommand(arguments);
        if (name == QLatin1String("policy"))
            return policyCommand(arguments);
        return coverageOrCheck(arguments, name == QLatin1String("check"));
    } catch (const InputError &e) {
        // The built-in catalog or sample failed to load: a broken build, reported the same way.
        write(stderr, "rolemap: " + visibleText(e.toString()) + '\n');
        return 2;
    }
}

} // namespace rolemap
