#pragma once

#include <QString>

#include <vector>

namespace tematik {

// Converts between code-point offsets (how Tematik stores every text position, as REFI-QDA counts)
// and UTF-16 offsets (how QString and Qt's text widgets count). They differ after each character
// outside the Basic Multilingual Plane, such as an emoji, which takes two UTF-16 units.
//
// Built once per text in O(n); each conversion is O(log k) for k such characters, and O(1) for the
// common text that has none.
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(const QString &text);

    qint64 codePointCount() const { return m_codePoints; }
    qint64 utf16Length() const { return m_utf16Length; }

    // Offsets past the end clamp to the end.
    qint64 toUtf16(qint64 codePoint) const;
    // An offset between the two halves of a surrogate pair maps to the character's start.
    qint64 toCodePoint(qint64 utf16) const;

    // The part of text between two code-point offsets.
    static QString slice(const QString &text, const CodePointIndex &index, qint64 start, qint64 end);

private:
    // UTF-16 offsets of the high surrogate of every non-BMP character, ascending.
    std::vector<qint64> m_pairs;
    qint64 m_codePoints = 0;
    qint64 m_utf16Length = 0;
};

} // namespace tematik
