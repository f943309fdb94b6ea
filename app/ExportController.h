// SPDX-License-Identifier: Apache-2.0
#pragma once
// File ▸ Export and File ▸ Export Task Definition: what is on screen (the launch type, the task
// definition or its cluster's overview) written as a diagram or tables, or as register input.

#include "ExportService.h"

#include <QObject>

class QWidget;

namespace rolemap {

class Document;
class GraphPresenter;
class ViewContext;

class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Document *document, ViewContext *context, GraphPresenter *graph, QWidget *window);

    // What File ▸ Export writes for these options: the launch type, task definition and graph mode
    // on screen (the same bytes as rolemap export for the same input).
    QByteArray exportView(ExportOptions options) const;
    void exportDialog();
    // One task definition as register-task-definition input; on failure shows the error and
    // returns false, and nothing on disk changes.
    bool exportTaskDefinition(int index, const QString &path);
    void exportTaskDefinitionDialog();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    Document *m_document;
    ViewContext *m_context;
    GraphPresenter *m_graph;
    QWidget *m_window;
};

} // namespace rolemap
