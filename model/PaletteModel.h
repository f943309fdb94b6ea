#pragma once
// The palette: the building blocks and the roles of the workspace, each dragged as a block id.

#include "Document.h"

#include <string>
#include <vector>

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
    // An edit that leaves a task definition's roles (and name) as they were changes no row here.
    void taskDefinitionChanged(int index);
    std::vector<std::string> m_roleKeys; // per task definition, as of the last refresh

    Document *m_document;
    std::vector<Entry> m_entries;
};

} // namespace rolemap
