#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

// What the user typed in a search box, parsed: words, "quoted phrases" and prefixes (word*), in
// folded form (see FoldedText). A source matches when every term occurs in it; each occurrence of any
// term is a hit.
class SearchQuery
{
public:
    struct Term
    {
        QStringList words; // folded; one word, or the words of a phrase in order
        bool prefix = false; // the last word may be the start of a longer word
    };

    SearchQuery() = default;
    static SearchQuery parse(const QString &input);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    // The query in FTS5's syntax over the folded index: every term as a quoted phrase, ANDed.
    QString ftsExpression() const;

private:
    QList<Term> m_terms;
};

} // namespace tematik
