#include "core/search/textsearch.h"

#include "core/search/searchindex.h"
#include "core/search/searchquery.h"
#include "core/store/database.h"
#include "core/text/codepointindex.h"
#include "core/text/foldedtext.h"

#include <algorithm>
#include <vector>

namespace tematik {
namespace {

struct WordSpan
{
    qsizetype start; // UTF-16 units of the folded text
    qsizetype end;
};

std::vector<WordSpan> wordsOf(const QString &folded)
{
    std::vector<WordSpan> words;
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i < folded.size();) {
        const QChar u = folded.at(i);
        const char32_t c = u.isHighSurrogate() && i + 1 < folded.size()
            ? QChar::surrogateToUcs4(u, folded.at(i + 1))
            : char32_t(u.unicode());
        const bool inWord = FoldedText::isWordCharacter(c);
        if (inWord && wordStart < 0)
            wordStart = i;
        else if (!inWord && wordStart >= 0) {
            words.push_back({wordStart, i});
            wordStart = -1;
        }
        i += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    if (wordStart >= 0)
        words.push_back({wordStart, folded.size()});
    return words;
}

bool wordMatches(const QString &folded, const WordSpan &span, const QString &word, bool prefix)
{
    const QStringView text = QStringView(folded).mid(span.start, span.end - span.start);
    return prefix ? text.startsWith(word) : text == word;
}

// Ranges [start, end) in UTF-16 units of the folded text where any term occurs, ascending.
std::vector<WordSpan> occurrences(const FoldedText &folded, const SearchQuery &query)
{
    const std::vector<WordSpan> words = wordsOf(folded.text());
    std::vector<WordSpan> found;
    for (const SearchQuery::Term &term : query.terms()) {
        const size_t n = size_t(term.words.size());
        for (size_t i = 0; i + n <= words.size(); ++i) {
            bool all = true;
            for (size_t k = 0; k < n && all; ++k)
                all = wordMatches(folded.text(), words[i + k], term.words.at(qsizetype(k)), term.prefix && k + 1 == n);
            if (all)
                found.push_back({words[i].start, words[i + n - 1].end});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const WordSpan &a, const WordSpan &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const WordSpan &a, const WordSpan &b) { return a.start == b.start && a.end == b.end; }),
                found.end());
    return found;
}

QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            line.append(QLatin1Char(' '));
        space = false;
        line.append(c);
    }
    if (space)
        line.append(QLatin1Char(' '));
    return line;
}

struct Turn
{
    qint64 start;
    qint64 end;
    QString speaker;
};

} // namespace

Result<QList<SearchHit>> TextSearch::find(const QString &query, const SearchOptions &options) const
{
    return find(SearchQuery::parse(query), options);
}

Result<QList<SearchHit>> TextSearch::find(const SearchQuery &query, const SearchOptions &options) const
{
    Result<QList<SourceId>> sources = SearchIndex::matchingSources(m_db, query);
    if (!sources)
        return sources.takeError();
    QList<SearchHit> hits;
    qint64 toSkip = qMax(0, options.offset);
    const qint64 context = qMax(0, options.context);
    Statement &read = m_db.cached("SELECT s.name, t.plain_text FROM sources s JOIN source_texts t "
                                  "ON t.source_id = s.id WHERE s.id = ?");
    Statement &readTurns = m_db.cached("SELECT t.start, t.end, ifnull(sp.label, '') FROM turns t "
                                       "LEFT JOIN speakers sp ON sp.id = t.speaker_id "
                                       "WHERE t.source_id = ? ORDER BY t.start, t.id");
    for (SourceId source : *sources) {
        if (options.limit >= 0 && hits.size() >= options.limit)
            break;
        read.bind(1, source);
        if (!read.next())
            return read.failed() ? m_db.error(read) : m_db.error(tr("There is no source with id %1.").arg(source));
        const QString name = read.text(0);
        const QString text = read.text(1);
        read.reset();

        const FoldedText folded(text);
        const std::vector<WordSpan> found = occurrences(folded, query);
        if (qint64(found.size()) <= toSkip) {
            toSkip -= qint64(found.size());
            continue;
        }
        const CodePointIndex index(text);
        std::vector<Turn> turns;
        readTurns.bind(1, source);
        while (readTurns.next())
            turns.push_back({readTurns.int64(0), readTurns.int64(1), readTurns.text(2)});
        if (readTurns.failed())
            return m_db.error(readTurns);

        for (size_t i = size_t(toSkip); i < found.size(); ++i) {
            if (options.limit >= 0 && hits.size() >= options.limit)
                break;
            SearchHit hit;
            hit.source = source;
            hit.sourceName = name;
            hit.start = folded.originalStart(found[i].start);
            hit.end = folded.originalEnd(found[i].end);
            // The last turn that starts at or before the hit.
            auto turn = std::upper_bound(turns.begin(), turns.end(), hit.start,
                                         [](qint64 pos, const Turn &t) { return pos < t.start; });
            if (turn != turns.begin() && hit.start < std::prev(turn)->end)
                hit.speaker = std::prev(turn)->speaker;
            hit.before = oneLine(CodePointIndex::slice(text, index, qMax<qint64>(0, hit.start - context), hit.start));
            hit.match = oneLine(CodePointIndex::slice(text, index, hit.start, hit.end));
            hit.after = oneLine(CodePointIndex::slice(text, index, hit.end, hit.end + context));
            hits.append(hit);
        }
        toSkip = 0;
    }
    return hits;
}

} // namespace tematik
