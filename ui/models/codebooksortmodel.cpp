#include "ui/models/codebooksortmodel.h"

#include "ui/models/codebookmodel.h"

#include <QMimeData>

namespace tematik {

CodebookSortModel::CodebookSortModel(const QString &locale, QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(locale)
{
    // Follow renames and added codes while sorted.
    setDynamicSortFilter(true);
}

void CodebookSortModel::setSortByName(bool byName)
{
    m_byName = byName;
    // Column -1 is the source's own order.
    sort(byName ? CodebookModel::NameColumn : -1, Qt::AscendingOrder);
}

bool CodebookSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = m_collator.compare(left.data().toString(), right.data().toString());
    // Sibling names differ, but two spellings of one name (a precomposed "å" and "a" with a combining
    // ring) collate equal: the stored order decides, so that the view does not flicker between them.
    return order != 0 ? order < 0 : left.row() < right.row();
}

bool CodebookSortModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                        const QModelIndex &parent) const
{
    if (m_byName && row >= 0) {
        if (!data || !data->hasFormat(CodebookModel::codeMimeType()))
            return false; // words need a code to land on
        row = column = -1;
    }
    return QSortFilterProxyModel::canDropMimeData(data, action, row, column, parent);
}

bool CodebookSortModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (m_byName && row >= 0)
        row = column = -1;
    return QSortFilterProxyModel::dropMimeData(data, action, row, column, parent);
}

} // namespace tematik
