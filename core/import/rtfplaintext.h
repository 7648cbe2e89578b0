#pragma once

#include <QByteArrayView>
#include <QString>

namespace tematik {

// The plain text of an RTF body or footnote, built as the RTF is read:
//  - content characters come in one UTF-16 unit at a time; a surrogate pair split over two \u escapes
//    is joined, and a half without its partner becomes U+FFFD; control characters other than TAB are
//    word-processor leftovers and are dropped (line breaks come from endLine(), never from content);
//  - endLine() (\par, \line) starts a new line, except inside a table, where a cell's paragraphs are
//    joined by a space so that a row stays one line; endCell() and endRow() join cells by TAB.
// Positions are kept rather than searched for, so each call is amortised constant time.
class RtfPlainText
{
public:
    void append(char16_t unit);
    // Bytes below 0x80, which mean the same in every code page RTF names.
    void appendAscii(QByteArrayView ascii);

    void endLine(bool inTable);
    void endCell();
    void endRow();
    // The cells and rows of a table nested in a cell stay inside that cell.
    void nestedBoundary();
    // \sect ends the section's last paragraph, unless \par already has.
    void endSection();

    // The text so far, an unfinished row or last paragraph ended like the others; starts afresh.
    QString finish();

private:
    void flushSurrogate();
    void newLine();
    void separateInCell();
    void trimCell();

    QString m_text;
    qsizetype m_lineStart = 0; // where the current line starts
    qsizetype m_cellStart = 0; // where the current cell starts (the line's start outside tables)
    bool m_rowOpen = false;    // a cell has ended since the last row did
    char16_t m_highSurrogate = 0;
};

} // namespace tematik
