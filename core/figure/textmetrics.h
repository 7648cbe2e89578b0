#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace tematik {

// How wide text is in the figures' font, and where it wraps. Core cannot measure fonts (that needs
// QtGui, which the command line does not link), so widths come from a table of DejaVu Sans advance
// widths: the same figure then has the same layout from the app and from tematik-cli, on any machine.
// DejaVu Sans is named first in the SVG's font list because Debian always has it; the fonts named after
// it (Verdana, Arial, Helvetica) are as wide or narrower, so text laid out for it still fits its box.
class TextMetrics
{
public:
    // The font-family the SVG names, for the widths below.
    static QString fontFamily();
    // The advance width of text at a font size, in the same unit as the size.
    static double width(QStringView text, double size, bool bold = false);
    // The text in lines no wider than maxWidth, broken where Unicode allows a line break
    // (QTextBoundaryFinder); a word wider than a line is broken between characters. Line breaks in
    // the text are kept, and each line is trimmed. Never empty: an empty text is one empty line.
    static QStringList wrap(const QString &text, double maxWidth, double size, bool bold = false);
};

} // namespace tematik
