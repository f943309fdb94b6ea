// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Document's undo commands (private to it). Each stores stable task ids and value snapshots (never pointers) and asks the
// Document to apply them, so undo after any other change finds the same object again.

#include "document/Document.h"

#include <QUndoCommand>

namespace rolemap {

enum CommandId { EditTaskDefinitionId = 1 };

class Document::EditTaskDefinitionCommand : public QUndoCommand
{
public:
    EditTaskDefinitionCommand(Document *document, TaskId id, Json before, Json after, const QString &text, QString mergeKey);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : EditTaskDefinitionId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    TaskId m_task;
    Json m_before;
    Json m_after;
    QString m_mergeKey;
};

class Document::AddRemoveTaskDefinitionCommand : public QUndoCommand
{
public:
    // add = true: inserts `td` at `index` on redo; false: removes it on redo.
    AddRemoveTaskDefinitionCommand(Document *document, bool add, int index, TaskId id, TaskDefinition td, const QString &text,
                                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void insert();
    void erase();

    Document *m_document;
    bool m_add;
    int m_index;
    TaskId m_task;
    TaskDefinition m_td;
};

class Document::EditClustersCommand : public QUndoCommand
{
public:
    EditClustersCommand(Document *document, std::vector<Cluster> before, std::vector<Cluster> after, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override { m_document->applyClusters(m_after); }
    void undo() override { m_document->applyClusters(m_before); }

private:
    Document *m_document;
    std::vector<Cluster> m_before;
    std::vector<Cluster> m_after;
};

class Document::RunSettingsCommand : public QUndoCommand
{
public:
    RunSettingsCommand(Document *document, std::string family, RunSettings before, RunSettings after, const QString &text);
    void redo() override { m_document->applyRunSettings(m_family, m_after); }
    void undo() override { m_document->applyRunSettings(m_family, m_before); }

private:
    Document *m_document;
    std::string m_family;
    RunSettings m_before;
    RunSettings m_after;
};

} // namespace rolemap
