#pragma once

#include "core/import/pdfword.h"

#include <QList>
#include <QString>

namespace tematik {

// Words on one baseline, left to right.
struct PdfRow
{
    QList<PdfWord> words;
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    double centre = 0;   // mean of the words' vertical middles: rows are compared by it
    double fontSize = 0; // the largest in the row
};

// A part of one page that is read top to bottom: the page, one of its columns, or a full-width band
// (a title across two columns).
struct PdfRegion
{
    qsizetype page = 0;
    QList<PdfWord> words;
};

// Puts the words of a PDF in the order they are read:
//  - lines repeated at the top or bottom of most pages (running headers and footers, digits aside) and
//    page numbers there ("3", "- 3 -", "Sida 3 av 5") are left out, peeled off from the page's edges
//    inwards, so that a title just below a header stays;
//  - a page with columns (a vertical gutter free of text down most of the page, with lines running up
//    to it on the left) is read column by column; rows that cross the gutter read in their place, and
//    a column may hold columns again.
class PdfReadingOrder
{
public:
    // The regions of every page in reading order; a page with nothing left gives none.
    static QList<PdfRegion> regions(const QList<PdfPage> &pages);
    // Words grouped into rows, top to bottom.
    static QList<PdfRow> rows(QList<PdfWord> words);
    // Words of one line as text: a space where the PDF puts one or leaves a gap.
    static QString lineText(const QList<PdfWord> &words);
};

} // namespace tematik
