// SPDX-License-Identifier: Apache-2.0
#include "ExportController.h"

#include "ExportDialog.h"
#include "GraphPresenter.h"
#include "core/InputError.h"
#include "document/Document.h"
#include "io/WorkspaceWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace rolemap {

ExportController::ExportController(Document *document, ViewContext *context, GraphPresenter *graph, QWidget *window)
    : QObject(window), m_document(document), m_context(context), m_graph(graph), m_window(window)
{
}

QByteArray ExportController::exportView(ExportOptions options) const
{
    options.launchType = m_context->launchType();
    options.overview = m_graph->overview();
    std::vector<int> chosen = m_graph->shownTaskDefinitions();
    if (chosen.empty())
        chosen = {m_context->taskDefinition()};
    return exportWorkspace(m_document->workspace(), chosen, options);
}

void ExportController::exportDialog()
{
    if (m_context->taskDefinition() < 0)
        return;
    ExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    QSettings settings;
    // In the last export's folder, else the documents folder; named after what is shown.
    QString folder = settings.value(QStringLiteral("export/directory")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::string family = m_document->taskDefinition(m_context->taskDefinition()).family;
    const QString suffix = exportFormatSuffix(options.format);
    const QString name = QString::fromStdString(m_graph->overview() ? family + "-overview" : family) + QLatin1Char('-') +
                         QString::fromStdString(std::string(toId(m_context->launchType()))).toLower() + QLatin1Char('.') + suffix;
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export"), QDir(folder).filePath(name), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("Exporting\u2026"), QString(), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        const QByteArray bytes = exportView(options);
        progress.setValue(90);
        writeFileAtomically(path.toStdString(), bytes.toStdString());
    } catch (const InputError &e) {
        progress.close(); // the error alone: no modal progress left over it
        QMessageBox::critical(m_window, tr("Cannot export"), QString::fromStdString(e.toString()));
        return;
    }
    progress.setValue(100);
    emit statusMessage(tr("Exported %1").arg(path), 5000);
}

bool ExportController::exportTaskDefinition(int index, const QString &path)
{
    try {
        writeFileAtomically(path.toStdString(), registerInput(m_document->taskDefinition(index)).dump(2) + '\n');
    } catch (const InputError &e) {
        QMessageBox::critical(m_window, tr("Cannot export"), QString::fromStdString(e.toString()));
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

void ExportController::exportTaskDefinitionDialog()
{
    const int index = m_context->taskDefinition();
    if (index < 0)
        return;
    const QString name = QString::fromStdString(m_document->taskDefinition(index).family) + QStringLiteral(".json");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export task definition (register-task-definition input)"), name, tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportTaskDefinition(index, path);
}

} // namespace rolemap
