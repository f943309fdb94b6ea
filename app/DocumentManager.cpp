// SPDX-License-Identifier: Apache-2.0
#include "DocumentManager.h"

#include "core/InputError.h"
#include "document/Document.h"
#include "io/WorkspaceWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace rolemap {

namespace {
const int kMaxRecent = 8;
}

DocumentManager::DocumentManager(Document *document, ViewContext *context, QWidget *window)
    : QObject(window), m_document(document), m_context(context), m_window(window), m_loader(window)
{
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &DocumentManager::updateTitle);
}

bool DocumentManager::open(const QStringList &requested)
{
    LoadedWorkspace ws;
    try {
        std::vector<std::string> paths;
        for (const QString &f : requested)
            paths.push_back(f.toStdString());
        const QString what = requested.isEmpty()     ? tr("the sample")
                             : requested.size() == 1 ? QFileInfo(requested.first()).fileName()
                                                     : tr("%1 files").arg(requested.size());
        std::optional<LoadedWorkspace> loaded = m_loader.load(paths, what);
        if (!loaded) {
            emit statusMessage(tr("Opening cancelled; nothing changed"), 5000);
            return false;
        }
        ws = std::move(*loaded);
    } catch (const InputError &e) {
        QMessageBox::critical(m_window, tr("Cannot open"), QString::fromStdString(e.toString()));
        return false;
    }
    if (!ws.leftOut.empty()) {
        QStringList problems;
        for (const std::string &p : ws.leftOut)
            problems << QString::fromStdString(p);
        QMessageBox::warning(m_window, tr("Some files cannot be opened"),
                             tr("%n file(s) left out:", nullptr, int(problems.size())) + QStringLiteral("\n\n") +
                                 problems.join(QStringLiteral("\n\n")));
    }
    QStringList files;
    for (const std::string &p : ws.opened)
        files << QString::fromStdString(p);
    const QString named = files.size() == 1 ? QFileInfo(files.first()).fileName() : tr("%1 files").arg(files.size());
    if (ws.workspace.taskDefinitions.empty()) {
        QMessageBox::warning(m_window, tr("Nothing to show"), tr("There is no task definition in %1.").arg(files.join(QStringLiteral(", "))));
        return false;
    }
    const QString title = files.isEmpty() ? QString::fromStdString(ws.workspace.name) : named;
    if (!maybeSave())
        return false;
    // A workspace file is saved back to itself; anything else becomes a new workspace on Save.
    const bool workspaceFile = files.size() == 1 && files.first().endsWith(QLatin1String(".rolemap.json"));
    // The launch type first (the views refresh on the old, small state), then the workspace with
    // the coverage computed while loading, so the views fill from it instead of computing again.
    m_context->setTaskDefinition(-1);
    m_context->setLaunchType(ws.launchType);
    m_document->setWorkspace(std::move(ws.workspace), workspaceFile ? files.first() : QString(), std::move(ws.coverage), ws.launchType);
    m_title = title;
    updateTitle();
    if (!files.isEmpty())
        addRecent(files);
    m_context->setTaskDefinition(0);
    emit opened();
    for (const ImportWarning &w : m_document->workspace().warnings)
        emit statusMessage(QString::fromStdString(w.toString()), 10000);
    return true;
}

void DocumentManager::openDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Open task definitions or a workspace"),
                                                            settings.value(QStringLiteral("lastDirectory")).toString(),
                                                            tr("Task definitions and workspaces (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(files.first()).absolutePath());
    open(files);
}

void DocumentManager::updateTitle()
{
    m_window->setWindowTitle(m_title + QStringLiteral("[*]"));
    m_window->setWindowModified(m_document->isModified());
}

bool DocumentManager::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"), tr("The workspace has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentManager::saveTo(const QString &path)
{
    try {
        writeFileAtomically(path.toStdString(), workspaceJson(m_document->workspace()));
    } catch (const InputError &e) {
        QMessageBox::critical(m_window, tr("Cannot save"), QString::fromStdString(e.toString()));
        return false;
    }
    m_document->markSaved(path);
    m_title = QFileInfo(path).fileName();
    updateTitle();
    emit statusMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool DocumentManager::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool DocumentManager::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save workspace"), m_document->fileName(), tr("Rolemap workspaces (*.rolemap.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".rolemap.json")))
        path += QStringLiteral(".rolemap.json");
    return saveTo(path);
}

bool DocumentManager::closeWorkspace()
{
    if (!maybeSave())
        return false;
    m_context->setTaskDefinition(-1);
    m_document->setWorkspace(Workspace{});
    m_title = tr("No workspace");
    updateTitle();
    return true;
}

void DocumentManager::adoptRecovered(Workspace workspace)
{
    m_document->setWorkspace(std::move(workspace));
    m_title = tr("Recovered workspace");
    m_context->setTaskDefinition(-1);
    m_context->setTaskDefinition(0);
    m_document->markUnsaved(); // recovered work is unsaved work
    updateTitle();
}

void DocumentManager::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void DocumentManager::addRecent(const QStringList &files)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void DocumentManager::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    // Numbered for the keyboard, with the folder, so that namesakes can be told apart.
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo file(path);
        const QString text = QStringLiteral("&%1 %2 \u2014 %3").arg(++number).arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
        m_recentMenu->addAction(text, this, [this, path] { open({path}); })->setToolTip(path);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace rolemap
