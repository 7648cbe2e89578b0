#include "core/store/segmentquery.h"

#include "core/store/database.h"
#include "core/store/segmentturns.h"
#include "core/store/statement.h"
#include "core/text/utf8cursor.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace tematik {
namespace {

QByteArray placeholders(qsizetype count)
{
    QByteArray result;
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? "?" : ", ?";
    return result;
}

} // namespace

QSet<CaseId> SegmentQuery::casesWith(const QList<std::pair<QString, QString>> &attributes) const
{
    QSet<CaseId> result;
    Statement &q = m_db.cached("SELECT v.case_id FROM case_values v JOIN attributes a ON a.id = v.attribute_id "
                               "WHERE a.name = ? AND v.value = ?");
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        q.bind(1, attributes[i].first).bind(2, attributes[i].second);
        QSet<CaseId> matching;
        while (q.next())
            matching.insert(q.int64(0));
        result = i == 0 ? matching : result.intersect(matching);
    }
    return result;
}

QList<RetrievedSegment> SegmentQuery::codings(const QList<CodeId> &codes, const SegmentFilter &filter,
                                               std::optional<SourceId> source) const
{
    // No join and no ORDER BY: SQLite's sorter, fed every row with its source's name, cost more than
    // the rest of the query. The caller sorts, and reads the few source names once.
    QByteArray sql = "SELECT c.id, c.code_id, c.source_id, c.start, c.end, ifnull(c.coder_id, 0), c.exemplar "
                     "FROM codings c WHERE c.code_id IN ("
                     + placeholders(codes.size()) + ")";
    if (source)
        sql += " AND c.source_id = ?";
    if (!filter.codes.isEmpty())
        sql += " AND c.code_id IN (" + placeholders(filter.codes.size()) + ")";
    if (!filter.sources.isEmpty())
        sql += " AND c.source_id IN (" + placeholders(filter.sources.size()) + ")";
    if (!filter.coders.isEmpty())
        sql += " AND c.coder_id IN (" + placeholders(filter.coders.size()) + ")";
    if (filter.exemplarsOnly)
        sql += " AND c.exemplar = 1";

    // The SQL varies with the filter, so it is prepared for this call rather than cached.
    Result<Statement> prepared = m_db.prepare(sql.constData());
    if (!prepared)
        return {};
    Statement &q = *prepared;
    int n = 0;
    for (CodeId id : codes)
        q.bind(++n, id);
    if (source)
        q.bind(++n, *source);
    for (CodeId id : filter.codes)
        q.bind(++n, id);
    for (SourceId id : filter.sources)
        q.bind(++n, id);
    for (CoderId id : filter.coders)
        q.bind(++n, id);
    QList<RetrievedSegment> found;
    while (q.next()) {
        RetrievedSegment s;
        s.codingId = q.int64(0);
        s.codeId = q.int64(1);
        s.sourceId = q.int64(2);
        s.start = q.int64(3);
        s.end = q.int64(4);
        s.coderId = q.int64(5);
        s.exemplar = q.int64(6) != 0;
        found.append(std::move(s));
    }
    return found;
}

QList<RetrievedSegment> SegmentQuery::ofCodes(const QList<CodeId> &codes, const SegmentFilter &filter,
                                              const SegmentPage &page) const
{
    if (codes.isEmpty() || page.limit == 0)
        return {};
    QList<SourceId> sourceOrder;
    QHash<SourceId, int> sourceRanks;
    QHash<SourceId, QString> sourceNames;
    Statement &readSources = m_db.cached("SELECT id, name FROM sources ORDER BY position, id");
    while (readSources.next()) {
        sourceOrder.append(readSources.int64(0));
        sourceRanks.insert(readSources.int64(0), int(sourceRanks.size()));
        sourceNames.insert(readSources.int64(0), readSources.text(1));
    }
    // Source order, then by start: the order a reader goes through the material, and the order the text
    // cursor below needs. The keys are made once: a lookup of the source's rank in every comparison
    // cost a tenth of the retrieval.
    const auto sortInReadingOrder = [&](QList<RetrievedSegment> &segments) {
        struct Key
        {
            int rank;
            qint64 start;
            qint64 end;
            CodingId id;
            qsizetype index;
        };
        std::vector<Key> keys;
        keys.reserve(size_t(segments.size()));
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const RetrievedSegment &s = segments.at(i);
            keys.push_back(Key{sourceRanks.value(s.sourceId), s.start, s.end, s.codingId, i});
        }
        std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
            return std::tie(a.rank, a.start, a.end, a.id) < std::tie(b.rank, b.start, b.end, b.id);
        });
        QList<RetrievedSegment> sorted;
        sorted.reserve(segments.size());
        for (const Key &key : keys)
            sorted.append(std::move(segments[key.index]));
        segments = std::move(sorted);
    };

    const QSet<QString> speakers(filter.speakers.begin(), filter.speakers.end());
    const QSet<CaseId> cases = casesWith(filter.attributes);
    // Each source's turns and text are read once, when its first segment comes.
    SegmentTurns turns(m_db);
    Statement &readText = m_db.cached("SELECT plain_text FROM source_texts WHERE source_id = ?");
    SourceId current = 0;
    // The text stays UTF-8 as stored: the segments come by start, so one cursor walks it once and only
    // the segments are decoded. Decoding and indexing whole transcripts cost more than all the rest.
    QByteArray utf8;
    Utf8Cursor cursor;
    qsizetype skip = page.offset;
    QList<RetrievedSegment> result;
    // Adds the segments (in reading order) that pass the turn-level filters; false once the page is full.
    const auto resolve = [&](QList<RetrievedSegment> &found) {
        for (RetrievedSegment &s : found) {
            if (s.sourceId != current) {
                current = s.sourceId;
                readText.bind(1, current);
                utf8 = readText.next() ? readText.blob(0) : QByteArray();
                cursor = Utf8Cursor(utf8);
            }
            CaseId caseId = 0;
            if (const SegmentTurn *turn = turns.at(s.sourceId, s.start)) {
                s.speaker = turn->speaker;
                s.caseName = turn->caseName;
                caseId = turn->caseId;
            }
            if (!speakers.isEmpty() && !speakers.contains(s.speaker))
                continue;
            if (!filter.attributes.isEmpty() && (caseId == 0 || !cases.contains(caseId)))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            s.sourceName = sourceNames.value(s.sourceId);
            cursor.moveTo(s.start);
            s.text = cursor.sliceTo(s.end);
            result.append(std::move(s));
            if (page.limit > 0 && result.size() == page.limit)
                return false;
        }
        return true;
    };

    if (page.limit < 0) {
        QList<RetrievedSegment> found = codings(codes, filter, std::nullopt);
        sortInReadingOrder(found);
        result.reserve(found.size() - std::min(found.size(), page.offset));
        resolve(found);
        return result;
    }
    // A page reads source after source, through the index on (source, code), and stops when it is full:
    // its cost follows the sources it shows, not the size of the project.
    for (SourceId source : std::as_const(sourceOrder)) {
        QList<RetrievedSegment> found = codings(codes, filter, source);
        sortInReadingOrder(found);
        if (!resolve(found))
            break;
    }
    return result;
}

QList<RetrievedSegment> SegmentQuery::ofCode(CodeId code, const SegmentFilter &filter, const SegmentPage &page) const
{
    return ofCodes({code}, filter, page);
}

QList<CodeId> SegmentQuery::codesOfTheme(ThemeId theme) const
{
    QList<CodeId> codes;
    Statement &q = m_db.cached("SELECT id FROM codes WHERE theme_id = ?1 "
                               "OR theme_id IN (SELECT id FROM themes WHERE parent_id = ?1)");
    q.bind(1, theme);
    while (q.next())
        codes.append(q.int64(0));
    return codes;
}

QList<RetrievedSegment> SegmentQuery::ofTheme(ThemeId theme, const SegmentFilter &filter, const SegmentPage &page) const
{
    return ofCodes(codesOfTheme(theme), filter, page);
}

} // namespace tematik
