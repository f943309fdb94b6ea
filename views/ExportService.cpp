// SPDX-License-Identifier: Apache-2.0
#include "ExportService.h"

#include "GraphScene.h"
#include "core/InputError.h"
#include "core/Translation.h"
#include "engine/CoverageEngine.h"
#include "graph/GraphText.h"
#include "graph/ViewGraph.h"
#include "iam/IamData.h"
#include "report/Redaction.h"
#include "report/TableExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QImage>

#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <cmath>

namespace rolemap {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char *id;
    const char *suffix;
};

const FormatInfo kFormats[] = {
    {ExportFormat::Svg, "svg", "svg"},          {ExportFormat::Png, "png", "png"},         {ExportFormat::Pdf, "pdf", "pdf"},
    {ExportFormat::Dot, "dot", "dot"},          {ExportFormat::Mermaid, "mermaid", "mmd"}, {ExportFormat::Drawio, "drawio", "drawio"},
    {ExportFormat::Markdown, "markdown", "md"}, {ExportFormat::Csv, "csv", "csv"},         {ExportFormat::Html, "html", "html"},
};

// Exports are drawn on white whatever the desktop's palette.
QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::PlaceholderText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Highlight, QColor(0x1E, 0x6F, 0xD9));
    return p;
}

QByteArray pngBytes(GraphScene &scene, const ExportOptions &options)
{
    const QRectF source = scene.sceneRect();
    const QSize size = (source.size() * options.pngScale).toSize();
    const double pixels = double(size.width()) * double(size.height());
    if (pixels > double(kMaxPngPixels)) {
        const double fits = std::floor(options.pngScale * std::sqrt(double(kMaxPngPixels) / pixels) * 100) / 100;
        throw InputError("export", "the PNG would be " + std::to_string(size.width()) + "x" + std::to_string(size.height()) +
                                       " pixels; Rolemap draws at most " + std::to_string(kMaxPngPixels / 1000000) + " million: use --scale " +
                                       QString::number(fits).toStdString() + " or less, or SVG or PDF");
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw InputError("export", "not enough memory for a " + std::to_string(size.width()) + "x" + std::to_string(size.height()) + " PNG");
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG") || buffer.data().isEmpty())
        throw InputError("export", "the PNG could not be encoded");
    return buffer.data();
}

// Qt writes the creation time and random ids into every PDF; replace them with fixed values of the
// same length (so no byte offset moves) to make the file depend only on its content.
QByteArray stripVolatilePdfParts(QByteArray pdf)
{
    // Latin-1 maps every byte to one character and back, so binary streams pass unchanged.
    QString text = QString::fromLatin1(pdf);
    auto replaceEach = [&text](const QRegularExpression &re, const std::function<QString(QString)> &with) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            text.replace(m.capturedStart(), m.capturedLength(), with(m.captured()));
        }
    };
    static const QRegularExpression date(QStringLiteral("D:\\d{14}"));
    static const QRegularExpression xmpDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"));
    static const QRegularExpression uuid(QStringLiteral("uuid:[0-9a-fA-F-]{36}"));
    static const QRegularExpression id(QStringLiteral("/ID \\[<[0-9a-fA-F]+> <[0-9a-fA-F]+>\\]"));
    replaceEach(date, [](const QString &) { return QStringLiteral("D:20000101000000"); });
    replaceEach(xmpDate, [](const QString &) { return QStringLiteral("2000-01-01T00:00:00"); });
    replaceEach(uuid, [](QString m) {
        for (qsizetype i = 5; i < m.size(); ++i)
            if (m[i] != QLatin1Char('-'))
                m[i] = QLatin1Char('0');
        return m;
    });
    replaceEach(id, [](QString m) {
        for (qsizetype i = 5; i < m.size(); ++i)
            if (m[i].isLetterOrNumber())
                m[i] = QLatin1Char('0');
        return m;
    });
    return text.toLatin1();
}

QByteArray pdfBytes(GraphScene &scene, const Graph &graph, const ExportOptions &options, const QString &subtitle)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(QString::fromStdString(graph.title));
    pdf.setCreator(QStringLiteral("Rolemap"));
    const QRectF source = scene.sceneRect();
    pdf.setPageSize(QPageSize(options.pageSize));
    pdf.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setResolution(300);
    QPainter painter(&pdf);
    const QRect page = painter.viewport();
    // Title block: what this is, on which launch type (and the date only when asked).
    QFont title;
    title.setPixelSize(page.height() / 28);
    title.setBold(true);
    painter.setFont(title);
    const int line = QFontMetrics(title).height();
    painter.drawText(QRect(0, 0, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(graph.title));
    QFont small = title;
    small.setBold(false);
    small.setPixelSize(page.height() / 48);
    painter.setFont(small);
    QString caption = subtitle;
    if (options.dated)
        caption += QStringLiteral(" \u00b7 ") + QDate::currentDate().toString(Qt::ISODate);
    painter.drawText(QRect(0, line, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, caption);
    // The drawing, fitted to the rest of the page.
    const QRectF target(0, 2.4 * line, page.width(), page.height() - 2.4 * line);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.end();
    return stripVolatilePdfParts(buffer.data());
}

} // namespace

std::optional<ExportFormat> exportFormatFromId(const QString &id)
{
    for (const FormatInfo &f : kFormats)
        if (id == QLatin1String(f.id))
            return f.format;
    return std::nullopt;
}

QString exportFormatId(ExportFormat format)
{
    for (const FormatInfo &f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.id);
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    for (const FormatInfo &f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.suffix);
    return {};
}

bool isDiagramFormat(ExportFormat format)
{
    return format != ExportFormat::Markdown && format != ExportFormat::Csv && format != ExportFormat::Html;
}

const std::vector<ExportFormat> &allExportFormats()
{
    static const std::vector<ExportFormat> formats = [] {
        std::vector<ExportFormat> out;
        for (const FormatInfo &f : kFormats)
            out.push_back(f.format);
        return out;
    }();
    return formats;
}

QByteArray exportWorkspace(const Workspace &ws, std::vector<int> chosen, const ExportOptions &options, const std::function<void(int)> &progress)
{
    if (ws.taskDefinitions.empty())
        throw InputError("export", "there is no task definition to export");
    if (chosen.empty())
        for (size_t i = 0; i < ws.taskDefinitions.size(); ++i)
            chosen.push_back(int(i));
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    const TaskDefinition &first = ws.taskDefinitions.at(size_t(chosen.front()));
    const LaunchType lt = options.launchType ? *options.launchType : defaultLaunchTypes(first, ws.clusterOf(first)).front();
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };

    // The roles that came with the input are checked, as everywhere else.
    const IamData iam = IamData::fromWorkspace(ws);
    CoverageOptions coverageOptions;
    coverageOptions.iam = iam.empty() ? nullptr : &iam;
    Redactor redactor;
    std::vector<Coverage> coverages;
    const Workspace::ClusterIndex clusterIndex = ws.indexClusters();
    for (size_t n = 0; n < chosen.size(); ++n) {
        // The grid shows each task definition on its own launch type unless one is asked for.
        const TaskDefinition &td = ws.taskDefinitions[size_t(chosen[n])];
        const Cluster *cluster = Workspace::clusterOf(td, clusterIndex);
        const LaunchType taskLt = options.detailed && !options.launchType ? defaultLaunchTypes(td, cluster).front() : lt;
        coverages.push_back(computeTaskCoverage(ws, size_t(chosen[n]), cluster, taskLt, coverageOptions, catalog));
        if (options.redact)
            redactor.coverage(coverages.back());
        report(int(40 * (n + 1) / chosen.size()));
    }

    if (!isDiagramFormat(options.format)) {
        std::vector<Table> tables;
        if (options.comparisonTable)
            tables.push_back(comparisonTable(catalog));
        else
            for (const Coverage &c : coverages)
                tables.push_back(coverageTable(c, catalog));
        const TableFormat format = options.format == ExportFormat::Markdown ? TableFormat::Markdown
                                   : options.format == ExportFormat::Csv    ? TableFormat::Csv
                                                                            : TableFormat::Html;
        report(100);
        return QByteArray::fromStdString(renderTables(tables, format));
    }

    ViewGraphRequest request;
    std::vector<const TaskDefinition *> tds;
    for (int i : chosen)
        tds.push_back(&ws.taskDefinitions[size_t(i)]);
    if (options.detailed) {
        request.kind = ViewGraphKind::Grid;
        request.title = overviewTitle({}, chosen.size(), options.launchType, catalog, currentLanguage());
    } else if (options.overview || chosen.size() > 1) {
        const Cluster *cluster = ws.clusterOf(first);
        bool oneCluster = cluster != nullptr;
        for (int i : chosen)
            oneCluster = oneCluster && Workspace::clusterOf(ws.taskDefinitions[size_t(i)], clusterIndex) == cluster;
        request.kind = ViewGraphKind::Overview;
        request.title = overviewTitle(oneCluster ? cluster->name : std::string(), chosen.size(), lt, catalog, currentLanguage());
    }
    ViewGraph view = buildViewGraph(request, coverages, tds, catalog, currentLanguage());
    Graph &graph = view.graph;
    if (options.redact)
        redactor.graph(graph); // the coverage is redacted already; this catches what the graph adds (the title)
    QStringList headings;
    for (const std::string &h : view.headings)
        headings << QString::fromStdString(h);
    report(60);

    QByteArray out;
    switch (options.format) {
    case ExportFormat::Dot: out = QByteArray::fromStdString(graphToDot(graph)); break;
    case ExportFormat::Mermaid: out = QByteArray::fromStdString(graphToMermaid(graph)); break;
    case ExportFormat::Drawio: out = QByteArray::fromStdString(graphToDrawio(graph)); break;
    case ExportFormat::Svg: {
        std::vector<std::string> svgHeadings;
        for (const QString &h : headings)
            svgHeadings.push_back(h.toUpper().toStdString());
        out = QByteArray::fromStdString(graphToSvg(graph, svgHeadings, "Which IAM role covers each operation, drawn by Rolemap"));
        break;
    }
    default: {
        GraphScene scene;
        scene.setFullDetail(true);
        scene.setPalette(printPalette());
        scene.setGraph(graph, headings);
        scene.clearSelection();
        report(80);
        if (options.format == ExportFormat::Png)
            out = pngBytes(scene, options);
        else
            out = pdfBytes(
                scene, graph, options,
                QCoreApplication::translate("ExportService", "%1 \u00b7 launch type %2")
                    .arg(QString::fromStdString(first.displayName()), QString::fromStdString(catalog.launchTypeTitle(lt).in(currentLanguage()))));
    }
    }
    report(100);
    return out;
}

} // namespace rolemap
