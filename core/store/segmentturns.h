#pragma once

#include "core/model/ids.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tematik {

class Database;

// The speaker turn a segment belongs to, with its speaker and the case that speaker is linked to.
struct SegmentTurn
{
    qint64 id = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString speaker; // the turn's speaker label; empty without a speaker
    QString caseName;
    CaseId caseId = 0; // 0 when the speaker is linked to no case
};

// Which turn, speaker and case a coded segment belongs to: the turn containing the segment's start.
// Retrieval and the matrices both ask this, so it is answered in one place. Each source's turns are
// read once, when the first segment of that source is asked about: a correlated subquery for the turn
// of every segment cost more than the rest of a retrieval together.
class SegmentTurns
{
public:
    explicit SegmentTurns(Database &db) : m_db(db) {}

    // The last turn of the source starting at or before position, if position lies inside it; null when
    // the position is outside every turn. The pointer stays valid while this object lives.
    const SegmentTurn *at(SourceId source, qint64 position);

private:
    Database &m_db;
    QHash<SourceId, QList<SegmentTurn>> m_turns;
};

} // namespace tematik
