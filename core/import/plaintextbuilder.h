#pragma once

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
public:
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
};

} // namespace tematik
