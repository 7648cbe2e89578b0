#include "core/store/segmentquery.h"

#include "core/store/database.h"
#include "core/store/segmentturns.h"
#include "core/store/statement.h"
#include "core/text/codepointindex.h"

#include <QHash>

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
    // Each source's text is read once, when its first segment comes.
    SegmentTurns turns(m_db);
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
