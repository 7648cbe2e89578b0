#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QList>

#include <algorithm>
#include <optional>

namespace tematik {

// Codes and themes both keep a researcher's own order among siblings (a `position` from 1 per parent).
// Moves the row `moved` (its old place) under newParent, to index among its new siblings (clamped), and
// numbers those siblings again. Only rows whose place changes are written; their old places are returned,
// the moved row first, so that undo can put them back. Runs inside the caller's transaction.
//
// siblingsSql selects (id, position) of the rows with parent_id IS ?1 and id != ?2, in order;
// updateSql sets parent_id = ?1, position = ?2 where id = ?3. Placement has id, parentId and position.
template<typename Placement>
Result<QList<Placement>> placeAmongSiblings(Database &db, const char *siblingsSql, const char *updateSql,
                                            const Placement &moved, std::optional<qint64> newParent, qsizetype index)
{
    QList<Placement> siblings;
    Statement &list = db.cached(siblingsSql);
    list.bind(1, newParent).bind(2, moved.id);
    while (list.next())
        siblings.append(Placement{list.int64(0), newParent, int(list.int64(1))});
    siblings.insert(std::clamp<qsizetype>(index, 0, siblings.size()), moved);

    QList<Placement> before;
    Statement &update = db.cached(updateSql);
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        const Placement &old = siblings[i];
        const int position = int(i) + 1;
        if (old.parentId == newParent && old.position == position)
            continue;
        update.bind(1, newParent).bind(2, position).bind(3, old.id);
        if (!update.exec())
            return db.error(update);
        if (old.id == moved.id)
            before.prepend(old);
        else
            before.append(old);
    }
    return before;
}

} // namespace tematik
