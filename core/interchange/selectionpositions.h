#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tematik {

// Reads a REFI-QDA selection's startPosition and endPosition as positions in a source's stored text.
// The standard counts code points of the plain-text file, but tools differ (NOTES §4): some count
// UTF-16 units, and over CRLF line endings some count a line break as one position, some as two. The
// stored text has LF line endings (the text decoder normalises them), so "one" is the stored text and
// "two" is the file's raw text.
//
// Each interpretation maps the file's positions to code points of the stored text; the standard's comes
// first. A selection's name, when the file gives one, holds the selected text, and picks the
// interpretation whose span reads the same.
class SelectionPositions
{
public:
    enum class Reading { CodePoints, Utf16Units, CodePointsCrlfAsTwo, Utf16UnitsCrlfAsTwo };

    struct Span
    {
        qint64 start = 0; // code points of the stored text, half-open
        qint64 end = 0;
        Reading reading = Reading::CodePoints;
        bool matchesName = true; // false when a name was given and no reading selects it
    };

    // raw: the file's text decoded, BOM stripped, line endings as in the file; stored: the text as stored.
    SelectionPositions(const QString &raw, const QString &stored);

    // The span the positions select: the first reading under which the span's text equals name (line
    // endings aside); with no name, or when none matches, the first reading that puts the span inside
    // the text, the standard's when it does. nullopt: no reading puts the span inside the text.
    std::optional<Span> resolve(qint64 start, qint64 end, const QString &name) const;

    // How a reading counts, for the report.
    static QString describe(Reading reading);

private:
    struct Mapping
    {
        Reading reading;
        // A position under this reading → code point of the stored text; empty for the standard
        // reading, which is the identity (most texts need no other, and building maps for them all
        // took a tenth of importing the reference workload).
        QList<qint64> toStored;
    };

    QString m_stored;
    qint64 m_length = 0;         // code points of the stored text
    QList<qint64> m_storedUtf16; // code point of the stored text → its UTF-16 index; empty when the same
    QList<Mapping> m_mappings;
};

} // namespace tematik
