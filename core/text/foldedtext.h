#pragma once

#include <QString>

#include <vector>

namespace tematik {

// A text brought to the form that search compares: NFC-normalised (so that a decomposed and a
// precomposed é are the same) and case-folded, with letters such as å, ä and ö kept apart from a and o.
// Folding goes through ICU, not QString::normalized(), which is quadratic on decomposed text in Qt 6.4.
//
// Every UTF-16 unit of the folded text remembers the code-point offset in the original text where the
// character it came from begins, so that a range found in the folded text maps back to a half-open range
// of code points in the stored, unnormalised text.
class FoldedText
{
public:
    FoldedText() = default;
    explicit FoldedText(const QString &original);

    const QString &text() const { return m_folded; }

    // Maps [start, end) in UTF-16 units of text() to code points of the original. A range that ends
    // inside a character composed from several original code points ends after all of them.
    qint64 originalStart(qsizetype foldedStart) const;
    qint64 originalEnd(qsizetype foldedEnd) const;

    // The folded form alone, for queries and for the search index.
    static QString fold(const QString &original);

    // Whether a code point belongs to a word (letters, digits and combining marks), as search sees it.
    static bool isWordCharacter(char32_t c);

private:
    QString m_folded;
    // One entry per UTF-16 unit of m_folded, and one more for its end.
    std::vector<qint64> m_origin;
};

} // namespace tematik
