#include "core/search/searchquery.h"

#include "core/text/foldedtext.h"

namespace tematik {
namespace {

// The words of a folded string, split as the matcher splits a text, so that a query never asks for
// something the text could not be cut into.
QStringList wordsOf(const QString &folded)
{
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < folded.size();) {
        const char32_t c = folded.at(i).isHighSurrogate() && i + 1 < folded.size()
            ? QChar::surrogateToUcs4(folded.at(i), folded.at(i + 1))
            : char32_t(folded.at(i).unicode());
        const qsizetype width = QChar::requiresSurrogates(c) ? 2 : 1;
        if (FoldedText::isWordCharacter(c)) {
            current.append(folded.mid(i, width));
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
        i += width;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QString folded = FoldedText::fold(input);
    qsizetype i = 0;
    while (i < folded.size()) {
        if (folded.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end;
        QString chunk;
        if (folded.at(i) == u'"') {
            // An unclosed quote runs to the end of the input, as the user evidently meant a phrase.
            end = folded.indexOf(u'"', i + 1);
            chunk = folded.mid(i + 1, end < 0 ? -1 : end - i - 1);
            end = end < 0 ? folded.size() : end + 1;
        } else {
            end = i;
            while (end < folded.size() && !folded.at(end).isSpace() && folded.at(end) != u'"')
                ++end;
            chunk = folded.mid(i, end - i);
        }
        const bool prefix = chunk.endsWith(u'*') || (end < folded.size() && folded.at(end) == u'*');
        if (end < folded.size() && folded.at(end) == u'*')
            ++end;
        Term term{wordsOf(chunk), prefix};
        if (!term.words.isEmpty())
            query.m_terms.append(term);
        i = end;
    }
    return query;
}

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const Term &t : m_terms) {
        // Words hold letters, digits and marks only, so a quote never needs escaping.
        QString part = QLatin1Char('"') + t.words.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (t.prefix)
            part += QLatin1Char('*');
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace tematik
