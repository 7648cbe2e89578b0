#pragma once

#include "core/import/pdfword.h"

#include <QList>
#include <QString>

namespace tematik {

// Rebuilds the running text of a document from its positioned words, the way a careful person would
// copy it out by hand, so that a PDF transcript reads like the .txt one:
//  - the words are read in the order PdfReadingOrder gives (column by column, running headers, footers
//    and page numbers left out); words on one baseline make a line;
//  - lines join into paragraphs across column and page breaks. A paragraph ends where the gap to the
//    next line is clearly larger than the usual line spacing, where its last line stops short of the
//    margin (the next word would have fitted there), before an indented first line or after the
//    indented lines of a list item or quotation, at a change of font size (a heading), before a
//    bullet, and before a speaker label ("IP:") that follows the end of a sentence. Where paragraphs
//    are set apart by space, a short line followed at the usual spacing is a line break inside the
//    paragraph ("Datum: …" / "Längd: …");
//  - a word divided at a line end ("sam-" / "ordnare") is joined again; a hyphen that belongs to the
//    word stays ("ANDTS-" / "samordnare" → "ANDTS-samordnare", "hälso- och");
//  - lines whose words stand apart in cells (a gap of well over a word space) are table rows: one line
//    each, cells joined by TAB, a cell's wrapped lines joined again; a table is one block.
// Paragraphs are separated by one blank line; the text ends with a line break unless it is empty. The
// characters are the PDF's own and are not normalised, except that typographic ligatures (U+FB00–FB06,
// "ﬁ") become the letters they draw.
class PdfLayout
{
public:
    static QString text(const QList<PdfPage> &pages);
};

} // namespace tematik
