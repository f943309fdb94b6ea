// SPDX-License-Identifier: Apache-2.0
#pragma once
// File handling for the window: open (in the background), save, save as, "save your changes?",
// the window title, recent files and recovered work. The Document holds the workspace; this class
// moves it between the Document and the disk, and asks the user where it must.

#include "BackgroundLoader.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace rolemap {

class Document;
class ViewContext;

class DocumentManager : public QObject
{
    Q_OBJECT
public:
    DocumentManager(Document *document, ViewContext *context, QWidget *window);

    // Opens files (the embedded sample when empty). On bad input shows the error, keeps what was
    // open, and returns false.
    bool open(const QStringList &requested);
    void openDialog();
    // Save, Save As and saving to a path: on failure they show the error and return false, and
    // nothing on disk changes.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Before what is open goes: true when it may (saved, discarded or unchanged).
    bool maybeSave();
    // File ▸ Close: the workspace goes (after "save your changes?"); the window shows nothing.
    bool closeWorkspace();
    // Work recovered after a crash: shown as unsaved, under its own title.
    void adoptRecovered(Workspace workspace);

    // File ▸ Open Recent: filled from the settings, and again whenever a file is opened.
    void setRecentMenu(QMenu *menu);
    void updateRecentMenu();
    void updateTitle();

signals:
    // A new workspace is on screen (its first task definition selected).
    void opened();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void addRecent(const QStringList &files);

    Document *m_document;
    ViewContext *m_context;
    QWidget *m_window;
    BackgroundLoader m_loader;
    QMenu *m_recentMenu = nullptr;
    QString m_title;
};

} // namespace rolemap
