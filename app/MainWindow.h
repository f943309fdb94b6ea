#pragma once

#include "Workspace.h"

#include <QMainWindow>

class QTextBrowser;

namespace rolemap {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens files (or the embedded sample when empty). On bad input shows the error and returns false.
    bool open(const QStringList &files);

private:
    void showCoverage();

    Workspace m_workspace;
    QTextBrowser *m_report = nullptr;
};

} // namespace rolemap
