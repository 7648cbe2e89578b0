#include "core/store/segmentturns.h"

#include "core/store/database.h"
#include "core/store/statement.h"

#include <algorithm>

namespace tematik {

const SegmentTurn *SegmentTurns::at(SourceId source, qint64 position)
{
    auto turns = m_turns.find(source);
    if (turns == m_turns.end()) {
        // A source has a handful of speakers and hundreds of turns: the speakers' labels and cases are
        // read once and shared, rather than joined and decoded again for every turn.
        struct Speaker
        {
            QString label;
            QString caseName;
            CaseId caseId = 0;
        };
        QHash<SpeakerId, Speaker> speakers;
        Statement &readSpeakers = m_db.cached(
            "SELECT sp.id, sp.label, ifnull(ca.name, ''), ifnull(sp.case_id, 0) FROM speakers sp "
            "LEFT JOIN cases ca ON ca.id = sp.case_id WHERE sp.source_id = ?");
        readSpeakers.bind(1, source);
        while (readSpeakers.next())
            speakers.insert(readSpeakers.int64(0),
                            Speaker{readSpeakers.text(1), readSpeakers.text(2), readSpeakers.int64(3)});
        Statement &read =
            m_db.cached("SELECT id, start, end, ifnull(speaker_id, 0) FROM turns WHERE source_id = ? ORDER BY start");
        read.bind(1, source);
        QList<SegmentTurn> list;
        while (read.next()) {
            const Speaker speaker = speakers.value(read.int64(3));
            list.append(SegmentTurn{read.int64(0), read.int64(1), read.int64(2), speaker.label, speaker.caseName,
                                    speaker.caseId});
        }
        turns = m_turns.insert(source, std::move(list));
    }
    const auto after = std::upper_bound(turns->cbegin(), turns->cend(), position,
                                        [](qint64 p, const SegmentTurn &t) { return p < t.start; });
    if (after == turns->cbegin() || std::prev(after)->end <= position)
        return nullptr;
    return &*std::prev(after);
}

} // namespace tematik
