#include "MainWindow.h"

#include "CoverageEngine.h"
#include "CoverageReport.h"
#include "Importer.h"
#include "InputError.h"

#include <QMessageBox>
#include <QTextBrowser>

namespace rolemap {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_report(new QTextBrowser(this))
{
    m_report->setOpenExternalLinks(true);
    setCentralWidget(m_report);
    resize(1100, 760);
}

bool MainWindow::open(const QStringList &files)
{
    try {
        std::vector<std::string> paths;
        for (const QString &f : files)
            paths.push_back(f.toStdString());
        m_workspace = paths.empty() ? loadSample() : importFiles(paths);
    } catch (const InputError &e) {
        QMessageBox::critical(this, tr("Cannot open"), QString::fromStdString(e.toString()));
        return false;
    }
    setWindowTitle(QString::fromStdString(m_workspace.name.empty() ? std::string("Rolemap") : m_workspace.name));
    showCoverage();
    return true;
}

void MainWindow::showCoverage()
{
    const RulesCatalog &catalog = RulesCatalog::builtIn();
    const std::vector<Coverage> results = computeWorkspaceCoverage(m_workspace, {}, {}, catalog);
    m_report->setMarkdown(QString::fromStdString(coverageMarkdown({results, m_workspace.warnings, catalog})));
}

} // namespace rolemap
