// SPDX-License-Identifier: Apache-2.0
#pragma once
// The drag-and-drop MIME types, named once and shared by the tree, the graph and the palette.

#include <QMimeData>
#include <QString>

#include <optional>
#include <utility>

namespace rolemap {

using TaskId = quint64; // a task definition's identity in the open document, stable across edits

inline const QString kBlockMimeType = QStringLiteral("application/x-rolemap-block");
inline const QString kContainerMimeType = QStringLiteral("application/x-rolemap-container");
inline const QString kTaskDefinitionMimeType = QStringLiteral("application/x-rolemap-task-definition");

QMimeData *encodeBlock(const QString &blockId);
std::optional<QString> decodeBlock(const QMimeData *mime);

QMimeData *encodeContainer(TaskId task, int container);
std::optional<std::pair<TaskId, int>> decodeContainer(const QMimeData *mime);

QMimeData *encodeTaskDefinition(TaskId task);
std::optional<TaskId> decodeTaskDefinition(const QMimeData *mime);

} // namespace rolemap
