#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace tematik {

// A word of a PDF's text layer where the page shows it. Units are points; y grows downwards from the
// top of the page, as Poppler reports boxes.
struct PdfWord
{
    QString text;
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    double fontSize = 0;     // 0 when unknown: the box height stands in
    bool spaceAfter = false; // the PDF puts a space after the word, not only a gap

    // The size distances are measured in.
    double em() const { return fontSize > 0 ? fontSize : std::max(bottom - top, 1.0); }
    double middleX() const { return (left + right) / 2; }
    double middleY() const { return (top + bottom) / 2; }
};

struct PdfPage
{
    double width = 0;
    double height = 0;
    QList<PdfWord> words; // in any order
};

} // namespace tematik
