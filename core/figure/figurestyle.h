#pragma once

#include <QString>

namespace tematik {

// The look the figures share, print-friendly: dark text and thin grey lines on white, light grey
// fills, sized for the text width of an A4 page (about 16 cm, 600 pixels at 96 dpi).
struct FigureStyle
{
    static constexpr double width = 640; // the whole figure, margins included
    static constexpr double margin = 16;
    static constexpr double fontSize = 11;
    static constexpr double lineHeight = 13.5;
    static constexpr double headingSize = 12;
    static constexpr double padding = 5; // between a box's edge and its text

    static QString text() { return QStringLiteral("#1a1a1a"); }
    static QString stroke() { return QStringLiteral("#4d4d4d"); }
    static QString connector() { return QStringLiteral("#7f7f7f"); }
    static QString lightFill() { return QStringLiteral("#f2f2f2"); }
    static QString darkFill() { return QStringLiteral("#dedede"); }
    static QString grid() { return QStringLiteral("#d9d9d9"); }

    // The height of a box around lines of text.
    static double boxHeight(qsizetype lines) { return lines * lineHeight + 2 * padding; }
    // The baseline of the first line of text in a box whose top is at top.
    static double firstBaseline(double top)
    {
        return top + padding + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    }
};

} // namespace tematik
