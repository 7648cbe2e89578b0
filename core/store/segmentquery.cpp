#include "core/store/segmentquery.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/text/codepointindex.h"

#include <QHash>

#include <algorithm>

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
        q.reset();
        result = i == 0 ? matching : result.intersect(matching);
    }
    return result;
}

QList<RetrievedSegment> SegmentQuery::ofCodes(const QList<CodeId> &codes, const SegmentFilter &filter) const
{
    if (codes.isEmpty())
        return {};
    QByteArray sql = "SELECT c.id, c.code_id, c.source_id, c.start, c.end, ifnull(c.coder_id, 0), c.exemplar, s.name "
                     "FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.code_id IN ("
                     + placeholders(codes.size()) + ")";
    if (!filter.codes.isEmpty())
        sql += " AND c.code_id IN (" + placeholders(filter.codes.size()) + ")";
    if (!filter.sources.isEmpty())
        sql += " AND c.source_id IN (" + placeholders(filter.sources.size()) + ")";
    if (!filter.coders.isEmpty())
        sql += " AND c.coder_id IN (" + placeholders(filter.coders.size()) + ")";
    if (filter.exemplarsOnly)
        sql += " AND c.exemplar = 1";
    sql += " ORDER BY s.position, s.id, c.start, c.end, c.id";

    // The SQL varies with the filter, so it is prepared for this call rather than cached.
    Result<Statement> prepared = m_db.prepare(sql.constData());
    if (!prepared)
        return {};
    Statement &q = *prepared;
    int n = 0;
    for (CodeId id : codes)
        q.bind(++n, id);
    for (CodeId id : filter.codes)
        q.bind(++n, id);
    for (SourceId id : filter.sources)
        q.bind(++n, id);
    for (CoderId id : filter.coders)
        q.bind(++n, id);

    const QSet<QString> speakers(filter.speakers.begin(), filter.speakers.end());
    const QSet<CaseId> cases = casesWith(filter.attributes);
    // Each source's turns and text are read once, when its first segment comes: a correlated subquery
    // for the turn of every segment cost more than the rest of the retrieval together.
    struct Turn
    {
        qint64 start = 0;
        qint64 end = 0;
        QString label;
        QString caseName;
        CaseId caseId = 0;
    };
    QHash<SourceId, QList<Turn>> turnsBySource;
    Statement &readTurns = m_db.cached(
        "SELECT t.start, t.end, ifnull(sp.label, ''), ifnull(ca.name, ''), ifnull(sp.case_id, 0) FROM turns t "
        "LEFT JOIN speakers sp ON sp.id = t.speaker_id LEFT JOIN cases ca ON ca.id = sp.case_id "
        "WHERE t.source_id = ? ORDER BY t.start");
    struct SourceText
    {
        QString text;
        CodePointIndex index;
    };
    QHash<SourceId, SourceText> texts;
    Statement &readText = m_db.cached("SELECT plain_text FROM source_texts WHERE source_id = ?");

    QList<RetrievedSegment> result;
    while (q.next()) {
        RetrievedSegment s;
        s.codingId = q.int64(0);
        s.codeId = q.int64(1);
        s.sourceId = q.int64(2);
        s.start = q.int64(3);
        s.end = q.int64(4);
        s.coderId = q.int64(5);
        s.exemplar = q.int64(6) != 0;

        auto turns = turnsBySource.find(s.sourceId);
        if (turns == turnsBySource.end()) {
            QList<Turn> list;
            readTurns.bind(1, s.sourceId);
            while (readTurns.next())
                list.append(Turn{readTurns.int64(0), readTurns.int64(1), readTurns.text(2), readTurns.text(3),
                                 readTurns.int64(4)});
            // A statement run to its end keeps its bindings until reset: without this, the next
            // source's bind fails and its segments get the first source's speakers.
            readTurns.reset();
            turns = turnsBySource.insert(s.sourceId, std::move(list));
        }
        // The last turn starting at or before the segment, if the segment starts inside it.
        const auto after = std::upper_bound(turns->cbegin(), turns->cend(), s.start,
                                            [](qint64 start, const Turn &t) { return start < t.start; });
        CaseId caseId = 0;
        if (after != turns->cbegin() && std::prev(after)->end > s.start) {
            const Turn &turn = *std::prev(after);
            s.speaker = turn.label;
            s.caseName = turn.caseName;
            caseId = turn.caseId;
        }
        if (!speakers.isEmpty() && !speakers.contains(s.speaker))
            continue;
        if (!filter.attributes.isEmpty() && (caseId == 0 || !cases.contains(caseId)))
            continue;

        auto text = texts.find(s.sourceId);
        if (text == texts.end()) {
            readText.bind(1, s.sourceId);
            SourceText st;
            if (readText.next()) {
                st.text = readText.text(0);
                st.index = CodePointIndex(st.text);
            }
            readText.reset();
            text = texts.insert(s.sourceId, std::move(st));
        }
        s.sourceName = q.text(7);
        s.text = CodePointIndex::slice(text->text, text->index, s.start, s.end);
        result.append(std::move(s));
    }
    return result;
}

QList<RetrievedSegment> SegmentQuery::ofCode(CodeId code, const SegmentFilter &filter) const
{
    return ofCodes({code}, filter);
}

QList<RetrievedSegment> SegmentQuery::ofTheme(ThemeId theme, const SegmentFilter &filter) const
{
    QList<CodeId> codes;
    Statement &q = m_db.cached("SELECT id FROM codes WHERE theme_id = ?1 "
                               "OR theme_id IN (SELECT id FROM themes WHERE parent_id = ?1)");
    q.bind(1, theme);
    while (q.next())
        codes.append(q.int64(0));
    return ofCodes(codes, filter);
}

} // namespace tematik
