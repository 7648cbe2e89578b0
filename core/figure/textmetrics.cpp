#include "core/figure/textmetrics.h"

#include <QTextBoundaryFinder>
#include <array>

namespace tematik {

namespace {

// Advance widths of DejaVu Sans (Book and Bold) in thousandths of the font size, read from the
// fonts with QRawFont: the printable ASCII characters from space to tilde.
constexpr std::array<short, 95> regularAscii = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
constexpr std::array<short, 95> boldAscii = {
    348, 456,  521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415,  380, 365, 696, 696,  696,
    696, 696,  696, 696, 696, 696,  696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830,  683,
    683, 821,  837, 372, 372, 775,  637, 995, 837, 850, 733, 850, 770, 720,  682, 812, 774, 1103, 771,
    724, 725,  457, 365, 457, 838,  500, 500, 675, 716, 593, 716, 678, 435,  716, 712, 343, 343,  665,
    343, 1042, 712, 687, 716, 716,  493, 595, 478, 712, 652, 924, 645, 652,  582, 712, 365, 712,  838};

// Letters and punctuation of Swedish text beyond ASCII; other characters get the average width of
// a lower-case letter, which is right for most Latin letters and too narrow only for wide scripts.
struct Special
{
    char16_t character;
    short regular;
    short bold;
};
constexpr std::array<Special, 16> specials = {{{u'å', 613, 675},
                                               {u'ä', 613, 675},
                                               {u'ö', 612, 687},
                                               {u'Å', 684, 774},
                                               {u'Ä', 684, 774},
                                               {u'Ö', 787, 850},
                                               {u'é', 615, 678},
                                               {u'É', 632, 683},
                                               {u'ü', 634, 712},
                                               {u'Ü', 732, 812},
                                               {u'–', 500, 500},
                                               {u'—', 1000, 1000},
                                               {u'“', 518, 657},
                                               {u'”', 518, 657},
                                               {u'’', 318, 380},
                                               {u'…', 1000, 1000}}};
constexpr short averageRegular = 600;
constexpr short averageBold = 670;

short advance(char32_t c, bool bold)
{
    if (c >= 32 && c < 127)
        return bold ? boldAscii[c - 32] : regularAscii[c - 32];
    for (const Special &s : specials) {
        if (s.character == c)
            return bold ? s.bold : s.regular;
    }
    return bold ? averageBold : averageRegular;
}

// Breaks a word that does not fit a line into pieces that do, between grapheme clusters.
QStringList breakWord(const QString &word, double maxWidth, double size, bool bold)
{
    QStringList pieces;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
    qsizetype start = 0;
    qsizetype last = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at != -1; at = graphemes.toNextBoundary()) {
        if (at - start > 1 &&
            TextMetrics::width(QStringView(word).mid(start, at - start), size, bold) > maxWidth &&
            last > start) {
            pieces.append(word.mid(start, last - start));
            start = last;
        }
        last = at;
    }
    pieces.append(word.mid(start));
    return pieces;
}

} // namespace

QString TextMetrics::fontFamily()
{
    return QStringLiteral("'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif");
}

double TextMetrics::width(QStringView text, double size, bool bold)
{
    double thousandths = 0;
    for (const char32_t c : text.toUcs4())
        thousandths += advance(c, bold);
    return thousandths * size / 1000.0;
}

QStringList TextMetrics::wrap(const QString &text, double maxWidth, double size, bool bold)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, paragraph);
        qsizetype start = 0;
        for (qsizetype at = breaks.toNextBoundary(); at != -1; at = breaks.toNextBoundary()) {
            const QString word = paragraph.mid(start, at - start);
            start = at;
            if (width(QString(line + word).trimmed(), size, bold) <= maxWidth) {
                line += word;
                continue;
            }
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
            line.clear();
            const QStringList pieces = breakWord(word, maxWidth, size, bold);
            for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
                lines.append(pieces[i].trimmed());
            line = pieces.last();
        }
        lines.append(line.trimmed());
    }
    return lines;
}

} // namespace tematik
