// SPDX-License-Identifier: Apache-2.0
#pragma once
// Autosave and recovery: unsaved work goes to a recovery file a few seconds after each edit and every
// minute, and a start after a crash offers it back. A clean end removes the file.

#include <QObject>

class QWidget;

namespace rolemap {

class Document;
class DocumentManager;

class Autosave : public QObject
{
    Q_OBJECT
public:
    Autosave(Document *document, DocumentManager *files, QObject *parent = nullptr);

    // Where the recovery file lives (the application's data folder).
    static QString recoveryPath();
    // Writes the recovery file now, when there is unsaved work.
    void save();
    // Offers the recovery file if one is left from a session that did not end cleanly; removes it
    // either way.
    void offerRecovery(QWidget *parent);
    // The session ended cleanly: nothing to recover.
    static void discard();

private:
    Document *m_document;
    DocumentManager *m_files;
};

} // namespace rolemap
