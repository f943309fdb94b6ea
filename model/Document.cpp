#include "Document.h"

#include "CoverageEngine.h"

namespace rolemap {

Document::Document(QObject *parent) : QObject(parent) {}

void Document::setWorkspace(Workspace workspace, const QString &fileName)
{
    m_workspace = std::move(workspace);
    m_fileName = fileName;
    m_coverage.clear();
    m_undoStack.clear();
    emit workspaceReset();
}

const Coverage &Document::coverage(int index, LaunchType launchType) const
{
    const auto key = std::make_pair(index, launchType);
    auto it = m_coverage.find(key);
    if (it == m_coverage.end())
        it = m_coverage.emplace(key, computeTaskCoverage(m_workspace, size_t(index), launchType, {}, catalog())).first;
    return it->second;
}

LaunchType Document::defaultLaunchType(int index) const
{
    const TaskDefinition &td = taskDefinition(index);
    return defaultLaunchTypes(td, m_workspace.clusterOf(td)).front();
}

void ViewContext::setLaunchType(LaunchType t)
{
    if (t == m_launchType)
        return;
    m_launchType = t;
    emit launchTypeChanged(t);
}

void ViewContext::setTaskDefinition(int index)
{
    if (index == m_taskDefinition)
        return;
    m_taskDefinition = index;
    m_operation.clear();
    emit taskDefinitionChanged(index);
}

void ViewContext::setOperation(const QString &operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    emit operationChanged(operation);
}

} // namespace rolemap
