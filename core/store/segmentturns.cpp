#include "core/store/segmentturns.h"

#include "core/store/database.h"
#include "core/store/statement.h"

#include <algorithm>

namespace tematik {

const SegmentTurn *SegmentTurns::at(SourceId source, qint64 position)
{
    auto turns = m_turns.find(source);
    if (turns == m_turns.end()) {
        Statement &read = m_db.cached(
            "SELECT t.id, t.start, t.end, ifnull(sp.label, ''), ifnull(ca.name, ''), ifnull(sp.case_id, 0) "
            "FROM turns t LEFT JOIN speakers sp ON sp.id = t.speaker_id "
            "LEFT JOIN cases ca ON ca.id = sp.case_id WHERE t.source_id = ? ORDER BY t.start");
        read.bind(1, source);
        QList<SegmentTurn> list;
        while (read.next())
            list.append(SegmentTurn{read.int64(0), read.int64(1), read.int64(2), read.text(3), read.text(4),
                                    read.int64(5)});
        turns = m_turns.insert(source, std::move(list));
    }
    const auto after = std::upper_bound(turns->cbegin(), turns->cend(), position,
                                        [](qint64 p, const SegmentTurn &t) { return p < t.start; });
    if (after == turns->cbegin() || std::prev(after)->end <= position)
        return nullptr;
    return &*std::prev(after);
}

} // namespace tematik
