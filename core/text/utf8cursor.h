#pragma once

#include <QByteArrayView>
#include <QString>

namespace tematik {

// Walks a UTF-8 text forward by code points, so that a slice between two code-point offsets can be
// taken from the stored bytes without decoding the whole text. Retrieval reads many short slices of
// long transcripts in increasing order; decoding each transcript in full and indexing it cost more than
// everything else retrieval did. The text must be valid UTF-8, as SQLite's text columns hold it.
class Utf8Cursor
{
public:
    Utf8Cursor() = default;
    explicit Utf8Cursor(QByteArrayView text) : m_text(text) {}

    // Moves to the code point at that offset (clamped to the end). Going back restarts from the start,
    // so moving forward in steps costs the distance walked.
    void moveTo(qint64 codePoint);
    qint64 codePoint() const { return m_codePoint; }
    qsizetype byteOffset() const { return m_byte; }

    // The text from the cursor to the code-point offset end, decoded. The cursor does not move.
    QString sliceTo(qint64 end) const;

private:
    QByteArrayView m_text;
    qsizetype m_byte = 0;
    qint64 m_codePoint = 0;
};

} // namespace tematik
