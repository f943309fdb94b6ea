// SPDX-License-Identifier: Apache-2.0
#pragma once
// The palette: the building blocks and the roles of the workspace, each dragged as a block id.

#include "document/Document.h"

#include <QAbstractListModel>

namespace rolemap {

class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PaletteModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // The row of a block id, or -1.
    int rowOf(const QString &blockId) const;

private:
    struct Entry
    {
        QString id;
        QString title;
        QString tooltip;
        QString icon;
    };
    void refresh();

    Document *m_document;
    std::vector<Entry> m_entries;
};

} // namespace rolemap
