#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QList>
#include <QStringList>

#include <utility>

namespace tematik {

// Collects the plain text of a structured document (DOCX, ODT) the way a careful person would copy it
// out by hand, so that every word-processor importer lays text out alike:
//  - paragraphs and headings are blocks separated by one blank line, as in the .txt transcripts;
//    empty paragraphs add nothing;
//  - a table row is one line, its cells joined by TAB; a table's rows are consecutive lines; a cell's
//    paragraphs (and any table nested in it) are joined by spaces;
//  - footnotes and endnotes collect apart and follow the body, one block each, in reference order.
class PlainTextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextBuilder)

public:
    // The longest text one document may give, in UTF-16 units: some 10 million words, far beyond any
    // transcript. A file can repeat what it holds (a footnote referred to thousands of times, ODF's
    // <text:s text:c="1000"/>), so that a small hostile file would otherwise fill memory.
    static constexpr qsizetype maxLength = 64 * 1024 * 1024;
    // An error once the text has grown past maxLength; the importers check it as they read.
    Status lengthStatus() const;

    void beginParagraph();
    void endParagraph();
    void beginTable();
    void endTable();
    void beginRow();
    void endRow();
    void beginCell();
    void endCell();
    // Text inside a note goes to the notes, not the body. A note may open inside a paragraph (ODT
    // writes the note's body at its reference): the paragraph carries on after endNote().
    void beginNote();
    void endNote();
    // A note read apart from the body (DOCX keeps them in footnotes.xml), as one block.
    void addNote(const QString &text);

    void append(QStringView text);
    void appendTab() { append(u"\t"); }
    void appendLineBreak();

    // The body, then the notes; ends with a line break unless empty.
    QString result() const;

private:
    void addBlock(const QString &block);

    QStringList m_blocks;
    QStringList m_notes;
    QString m_paragraph;
    QStringList m_rowCells;
    QStringList m_tableRows;
    QString m_cell;
    int m_tableDepth = 0;
    int m_noteDepth = 0;
    bool m_inParagraph = false;
    // The paragraphs interrupted by an open note.
    QList<std::pair<QString, bool>> m_interrupted;
    qsizetype m_length = 0; // everything appended so far
};

} // namespace tematik
