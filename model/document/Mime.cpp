// SPDX-License-Identifier: Apache-2.0
#include "document/Mime.h"

#include <QDataStream>
#include <QIODevice>

namespace rolemap {

namespace {

template <typename... T>
QMimeData *encode(const QString &type, const T &...values)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    (out << ... << values);
    auto *mime = new QMimeData;
    mime->setData(type, bytes);
    return mime;
}

} // namespace

QMimeData *encodeBlock(const QString &blockId)
{
    QMimeData *mime = encode(kBlockMimeType, blockId);
    mime->setText(blockId);
    return mime;
}

std::optional<QString> decodeBlock(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kBlockMimeType))
        return std::nullopt;
    QDataStream in(mime->data(kBlockMimeType));
    QString id;
    in >> id;
    return in.status() == QDataStream::Ok ? std::optional<QString>(id) : std::nullopt;
}

QMimeData *encodeContainer(TaskId task, int container)
{
    return encode(kContainerMimeType, task, qint32(container));
}

std::optional<std::pair<TaskId, int>> decodeContainer(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kContainerMimeType))
        return std::nullopt;
    QDataStream in(mime->data(kContainerMimeType));
    TaskId task = 0;
    qint32 container = -1;
    in >> task >> container;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return std::make_pair(task, int(container));
}

QMimeData *encodeTaskDefinition(TaskId task)
{
    return encode(kTaskDefinitionMimeType, task);
}

std::optional<TaskId> decodeTaskDefinition(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kTaskDefinitionMimeType))
        return std::nullopt;
    QDataStream in(mime->data(kTaskDefinitionMimeType));
    TaskId task = 0;
    in >> task;
    return in.status() == QDataStream::Ok ? std::optional<TaskId>(task) : std::nullopt;
}

} // namespace rolemap
