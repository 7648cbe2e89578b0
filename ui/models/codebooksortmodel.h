#pragma once

#include "core/text/namecollator.h"

#include <QSortFilterProxyModel>

namespace tematik {

// The codebook in the researcher's own order (the default: the order codes were placed in, by hand or
// by drag and drop) or by name, as the user's language sorts names (NameCollator: in Swedish å, ä, ö
// after z). Sorting by name only changes what is shown; the stored order stays for when it is turned
// off.
class CodebookSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // locale: whose rules sort names; by default the user's.
    explicit CodebookSortModel(const QString &locale = {}, QObject *parent = nullptr);

    void setSortByName(bool byName);
    bool sortsByName() const { return m_byName; }

    // Sorted by name, a place between two rows means nothing: a code dropped there goes under their
    // parent, last in the stored order, and words need a code to land on.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    NameCollator m_collator;
    bool m_byName = false;
};

} // namespace tematik
