// SPDX-License-Identifier: Apache-2.0
#pragma once
// One export service for the window (File ▸ Export…) and the command line (rolemap export): the
// same inputs give the same bytes, whichever asks. Diagrams carry a title and a legend and never a
// selection; no timestamp is written unless asked, so files in a docs repository diff cleanly.

#include "core/Vocabulary.h"
#include "core/Workspace.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace rolemap {

enum class ExportFormat { Svg, Png, Pdf, Dot, Mermaid, Drawio, Markdown, Csv, Html };

std::optional<ExportFormat> exportFormatFromId(const QString &id);
QString exportFormatId(ExportFormat format);
QString exportFormatSuffix(ExportFormat format);
bool isDiagramFormat(ExportFormat format);
const std::vector<ExportFormat> &allExportFormats();

// PNG: scales below this are refused (a blur, not a picture); images larger than this many pixels
// too (64 million ARGB pixels are 256 MB; larger diagrams export as SVG or PDF).
inline constexpr double kMinPngScale = 0.1;
inline constexpr qint64 kMaxPngPixels = 64ll * 1000 * 1000;

struct ExportOptions
{
    ExportFormat format = ExportFormat::Svg;
    std::optional<LaunchType> launchType; // default: the first task definition's
    bool redact = false;                  // replace account ids and identifying names
    bool overview = false;                // the cluster overview (always when several are chosen)
    bool detailed = false;                // instead: every task definition's own graph, in a grid
    bool comparisonTable = false;         // tables: the launch-type comparison instead of coverage
    double pngScale = 2.0;
    bool transparent = false; // PNG background
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool dated = false; // PDF: print today's date in the title block
};

// The export of task definitions `chosen` (indexes into ws.taskDefinitions; all when empty).
// `progress` (0–100) is called for long exports. Throws InputError when there is nothing to export
// or the image cannot be made (too many pixels: the message names the largest scale that fits).
QByteArray exportWorkspace(const Workspace &ws, std::vector<int> chosen, const ExportOptions &options, const std::function<void(int)> &progress = {});

} // namespace rolemap
