// SPDX-License-Identifier: Apache-2.0
#include "Autosave.h"

#include "DocumentManager.h"
#include "core/InputError.h"
#include "document/Document.h"
#include "io/Importer.h"
#include "io/WorkspaceWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace rolemap {

Autosave::Autosave(Document *document, DocumentManager *files, QObject *parent) : QObject(parent), m_document(document), m_files(files)
{
    // A few seconds after the last edit (so a crash loses at most those), and every minute in any case.
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &Autosave::save);
    timer->start();
    auto *afterEdit = new QTimer(this);
    afterEdit->setSingleShot(true);
    afterEdit->setInterval(3000);
    connect(afterEdit, &QTimer::timeout, this, &Autosave::save);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, afterEdit, qOverload<>(&QTimer::start));
}

QString Autosave::recoveryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/recovery.rolemap.json");
}

void Autosave::save()
{
    if (!m_document->isModified())
        return;
    try {
        writeFileAtomically(recoveryPath().toStdString(), workspaceJson(m_document->workspace()));
    } catch (const InputError &) {
        // The next autosave tries again; the user's own file is not touched either way.
    }
}

void Autosave::offerRecovery(QWidget *parent)
{
    const QString path = recoveryPath();
    if (!QFileInfo::exists(path))
        return;
    const auto answer =
        QMessageBox::question(parent, tr("Recover unsaved work?"), tr("Rolemap did not end cleanly last time. Open the work it saved automatically?"),
                              QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        try {
            m_files->adoptRecovered(importFiles({path.toStdString()}));
        } catch (const InputError &e) {
            QMessageBox::warning(parent, tr("Cannot recover"), QString::fromStdString(e.toString()));
        }
    }
    QFile::remove(path);
}

void Autosave::discard()
{
    QFile::remove(recoveryPath());
}

} // namespace rolemap
