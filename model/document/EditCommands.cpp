// SPDX-License-Identifier: Apache-2.0
#include "document/EditCommands.h"

namespace rolemap {

Document::EditTaskDefinitionCommand::EditTaskDefinitionCommand(Document *document, TaskId id, Json before, Json after, const QString &text,
                                                               QString mergeKey)
    : QUndoCommand(text), m_document(document), m_task(id), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void Document::EditTaskDefinitionCommand::redo()
{
    m_document->applyTaskDefinitionDocument(m_task, m_after);
}

void Document::EditTaskDefinitionCommand::undo()
{
    m_document->applyTaskDefinitionDocument(m_task, m_before);
}

bool Document::EditTaskDefinitionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTaskDefinitionCommand *>(other);
    if (next->m_task != m_task || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typing back to the original leaves no step
    return true;
}

Document::AddRemoveTaskDefinitionCommand::AddRemoveTaskDefinitionCommand(Document *document, bool add, int index, TaskId id, TaskDefinition td,
                                                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_add(add), m_index(index), m_task(id), m_td(std::move(td))
{
}

void Document::AddRemoveTaskDefinitionCommand::insert()
{
    m_document->applyInsert(m_index, m_task, m_td);
}

void Document::AddRemoveTaskDefinitionCommand::erase()
{
    m_document->applyErase(m_task);
}

void Document::AddRemoveTaskDefinitionCommand::redo()
{
    m_add ? insert() : erase();
}

void Document::AddRemoveTaskDefinitionCommand::undo()
{
    m_add ? erase() : insert();
}

Document::EditClustersCommand::EditClustersCommand(Document *document, std::vector<Cluster> before, std::vector<Cluster> after, const QString &text,
                                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

Document::RunSettingsCommand::RunSettingsCommand(Document *document, std::string family, RunSettings before, RunSettings after, const QString &text)
    : QUndoCommand(text), m_document(document), m_family(std::move(family)), m_before(before), m_after(after)
{
}

} // namespace rolemap
