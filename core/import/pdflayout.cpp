#include "core/import/pdflayout.h"

#include "core/import/pdfreadingorder.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace tematik {
namespace {

// A length in points (or half points) as a whole number, to count how often it occurs. A damaged file's
// box may lie a trillion points off the page, beyond int: such lengths count at the limit.
int wholePoints(double points)
{
    constexpr double limit = 1e6;
    if (!(std::abs(points) < limit))
        return points < 0 ? -int(limit) : int(limit);
    return qRound(points);
}

// Thresholds in ems of the font size unless said otherwise, set for the layouts word processors write;
// tests/data/pdf has an example of each.
constexpr double cellGap = 1.5;         // a gap inside a line wider than this separates table cells
constexpr double paragraphPitch = 1.25; // line pitch, relative to the usual one, that opens a paragraph
constexpr double indentMin = 0.8;       // a first-line indent
constexpr double alignTolerance = 2.0;  // points: table cells of one column start this close

// Typographic ligatures (U+FB00–U+FB06) are how a font draws letters, not letters of their own: a
// search for "officiell" must find what the PDF draws as "o\uFB03ciell".
QString withoutLigatures(QString text)
{
    static const char16_t *const expansions[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, QString::fromUtf16(expansions[c - 0xFB00]));
    }
    return text;
}

// A row split where its words stand apart: one cell, or the cells of a table row.
struct Line
{
    QList<QList<PdfWord>> cells;
    double left = 0;
    double right = 0;
    double centre = 0;
    double fontSize = 0;
    bool isTableRow() const { return cells.size() > 1; }
    QString text() const { return PdfReadingOrder::lineText(cells.first()); }
};

Line lineOf(const PdfRow &row)
{
    Line line;
    line.cells.append(QList<PdfWord>{row.words.first()});
    line.left = row.left;
    line.right = row.right;
    line.centre = row.centre;
    line.fontSize = row.fontSize;
    for (qsizetype i = 1; i < row.words.size(); ++i) {
        const PdfWord &previous = row.words[i - 1];
        if (row.words[i].left - previous.right > cellGap * previous.em())
            line.cells.append(QList<PdfWord>{});
        line.cells.last().append(row.words[i]);
    }
    // A label with a tab after it ("IP:<TAB>Ja, …", "Datum:<TAB>2024-04-02") opens a turn or a header
    // line; it is not a table cell.
    if (line.cells.size() > 1 && line.cells.first().size() <= 3 &&
        line.cells.first().last().text.endsWith(u':')) {
        line.cells.first() += line.cells.at(1);
        line.cells.removeAt(1);
    }
    return line;
}

// One column of one page.
struct Section
{
    QList<Line> lines;
    qsizetype page = 0;
    double left = 0; // its margins: where its text lines start and end, table rows aside
    double right = 0;
};

// Conjunctions after a hyphen at a line end mark a shared ending ("hälso- och sjukvård"), not a
// divided word.
bool startsWithConjunction(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:och|eller|samt|respektive|resp\.|and|or)(?:\s|$))"));
    return re.match(text).hasMatch();
}

// Whether a line ends inside a word: with a soft hyphen, or a hyphen right after a letter or digit.
bool dividedAtEnd(QStringView text)
{
    if (text.size() < 2)
        return false;
    const QChar last = text.back();
    if (last == QChar(0x00AD))
        return true;
    return (last == u'-' || last == QChar(0x2010)) && text.at(text.size() - 2).isLetterOrNumber();
}

// Appends the next line of a paragraph or table cell to its text.
void appendLine(QString &text, QStringView next)
{
    if (text.isEmpty() || next.isEmpty()) {
        text += next;
        return;
    }
    if (text.back() == QChar(0x00AD)) {
        text.chop(1);
        text += next;
        return;
    }
    if (dividedAtEnd(text) && !startsWithConjunction(next)) {
        // A word divided by hyphenation ("sam-" / "ordnare") is one word again; a hyphen after a capital
        // or digit belongs to the word ("ANDTS-" / "samordnare").
        if (text.at(text.size() - 2).isLower() && next.front().isLower())
            text.chop(1);
        text += next;
        return;
    }
    // A line broken after a slash between words ("Roll/" / "ansvarsområde") had no space there.
    if (text.back() == u'/' && text.size() >= 2 && text.at(text.size() - 2).isLetter() &&
        next.front().isLetter()) {
        text += next;
        return;
    }
    text += u' ';
    text += next;
}

struct Metrics
{
    double bodySize = 10; // the font size most characters are set in
    double pitch = 12;    // the usual distance between lines of body text
    // Whether paragraphs are set apart by space (rather than by indents or nothing), so that a short
    // line followed at the usual pitch is a line break inside a paragraph ("Datum: …" / "Längd: …").
    bool spacedParagraphs = false;
};

double firstWordWidth(const Line &line)
{
    const QList<PdfWord> &words = line.cells.first();
    qsizetype last = 0;
    while (last + 1 < words.size() && !words[last].spaceAfter &&
           words[last + 1].left - words[last].right < 0.15 * words[last].em())
        ++last;
    return words[last].right - words.first().left;
}

// The next line's first word would have fitted at the end of this one, before the margin: the line
// ended on purpose.
bool endsShort(double margin, const Line &line, const Line &next)
{
    return margin - line.right > firstWordWidth(next) + 0.5 * std::max(line.fontSize, next.fontSize);
}

bool endsSentence(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"([.?!\x{2026}\x{2013}\x{2014}]["\x{201D}\x{2019})\]]*$)"));
    return re.match(text).hasMatch();
}

bool startsWithBullet(QStringView text)
{
    static const QString bullets = QStringLiteral("\u2022\u2023\u2043\u25AA\u25CF\u25E6\u25A0");
    return !text.isEmpty() && bullets.contains(text.front());
}

bool startsWithSpeakerLabel(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\p{Lu}[\p{L}\p{N}]{0,15}(?: \p{N}{1,3})?:(?:\s|$))"));
    return re.match(text).hasMatch();
}

// Lines aligned with a word inside the line above continue it under a hanging indent ("IP:<TAB>…").
bool hangsUnder(const Line &line, const Line &next)
{
    const QList<PdfWord> &words = line.cells.first();
    return std::any_of(words.begin() + 1, words.end(),
                       [&](const PdfWord &w) { return std::abs(w.left - next.left) <= alignTolerance; });
}

// When the next line lies straight below this one on the same page, the distance between their middles.
std::optional<double> pitchBetween(const Section &section, const Line &line, const Section &nextSection,
                                   const Line &next)
{
    if (section.page != nextSection.page || next.centre <= line.centre || next.left > line.right ||
        next.right < line.left)
        return std::nullopt;
    return next.centre - line.centre;
}

enum class Break
{
    None,
    Line,
    Paragraph
};

// The line before the next one in reading order, and where it stands.
struct Previous
{
    const Section *section = nullptr;
    const Line *line = nullptr;
    bool opening = false; // it began its paragraph or came after a line break
    int wrapped = 0;      // lines since then, this one included
    double measure = 0;   // where the widest of them ends
};

// What comes between a line and the next in reading order.
Break breakBetween(const Previous &previous, const Section &nextSection, const Line &next, const Metrics &m)
{
    const Section &section = *previous.section;
    const Line &line = *previous.line;
    const double size = std::max(line.fontSize, next.fontSize);
    if (std::abs(line.fontSize - next.fontSize) > 0.15 * size)
        return Break::Paragraph; // a heading
    const QString text = line.text();
    // A transcript's turns are paragraphs even where the layout does not show it, as at a page break.
    if ((endsSentence(text) && startsWithSpeakerLabel(next.text())) || startsWithBullet(next.text()))
        return Break::Paragraph;
    const std::optional<double> pitch = pitchBetween(section, line, nextSection, next);
    if (pitch && *pitch > paragraphPitch * m.pitch * size / m.bodySize)
        return Break::Paragraph;
    if (dividedAtEnd(text))
        return Break::None;
    const double indent = line.left - section.left;
    const double nextIndent = next.left - nextSection.left;
    if (nextIndent > indent + indentMin * size && !hangsUnder(line, next))
        return Break::Paragraph;
    // Back out from the indent of a paragraph's further lines (a list item, a turn under a hanging
    // indent, a quotation); a first line indented more than the rest is the usual paragraph.
    if (!previous.opening && nextIndent < indent - indentMin * size)
        return Break::Paragraph;
    // Once a paragraph has wrapped, its own measure is the margin: a quotation is narrower than the text.
    const double margin = previous.wrapped >= 2 ? std::min(section.right, previous.measure) : section.right;
    if (endsShort(margin, line, next))
        return pitch && m.spacedParagraphs ? Break::Line : Break::Paragraph;
    return Break::None;
}

Metrics metricsOf(const QList<Section> &sections)
{
    Metrics m;
    std::map<int, qsizetype> characters; // font size in half points → characters set in it
    for (const Section &s : sections) {
        for (const Line &line : s.lines) {
            for (const QList<PdfWord> &cell : line.cells) {
                for (const PdfWord &w : cell)
                    characters[wholePoints(w.em() * 2)] += w.text.size();
            }
        }
    }
    const auto mostCommon = [](const std::map<int, qsizetype> &counts) {
        const auto most = std::max_element(counts.begin(), counts.end(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        return most->first / 2.0;
    };
    if (!characters.empty())
        m.bodySize = mostCommon(characters);
    const auto isBody = [&](const Line &line) {
        return !line.isTableRow() && std::abs(line.fontSize - m.bodySize) < 0.15 * m.bodySize;
    };
    std::map<int, qsizetype> pitches; // in half points
    for (const Section &s : sections) {
        for (qsizetype i = 1; i < s.lines.size(); ++i) {
            const double pitch = s.lines[i].centre - s.lines[i - 1].centre;
            if (isBody(s.lines[i - 1]) && isBody(s.lines[i]) && pitch > 0.5 * m.bodySize &&
                pitch < 3 * m.bodySize)
                ++pitches[wholePoints(pitch * 2)];
        }
    }
    m.pitch = pitches.empty() ? 1.2 * m.bodySize : mostCommon(pitches);
    int spaced = 0;
    int unspaced = 0;
    for (const Section &s : sections) {
        for (qsizetype i = 1; i < s.lines.size(); ++i) {
            const Line &line = s.lines[i - 1];
            const Line &next = s.lines[i];
            if (!isBody(line) || !isBody(next) || !endsShort(s.right, line, next))
                continue;
            const std::optional<double> pitch = pitchBetween(s, line, s, next);
            if (pitch)
                (*pitch > paragraphPitch * m.pitch ? spaced : unspaced) += 1;
        }
    }
    m.spacedParagraphs = spaced > unspaced;
    return m;
}

// How many lines from `first` on make a table: its rows, and single lines that continue a wrapped cell
// (between two rows, or after the last one under a cell other than the first).
qsizetype tableLength(const QList<Line> &lines, qsizetype first, const Metrics &m)
{
    if (!lines[first].isTableRow())
        return 0;
    QList<double> starts;
    const auto addStarts = [&](const Line &line) {
        for (const QList<PdfWord> &cell : line.cells)
            starts.append(cell.first().left);
    };
    const auto alignedAt = [&](const Line &line) {
        return std::find_if(starts.begin(), starts.end(),
                            [&](double x) { return std::abs(x - line.left) <= alignTolerance; });
    };
    addStarts(lines[first]);
    qsizetype end = first + 1;
    for (; end < lines.size(); ++end) {
        const Line &line = lines[end];
        if (line.isTableRow()) {
            addStarts(line);
            continue;
        }
        const auto at = alignedAt(line);
        if (at == starts.end())
            break;
        const bool betweenRows = end + 1 < lines.size() && lines[end + 1].isTableRow();
        const bool underLaterCell = std::abs(*at - lines[first].left) > alignTolerance &&
                                    line.centre - lines[end - 1].centre < 1.1 * m.pitch;
        if (!betweenRows && !underLaterCell)
            break;
    }
    return end - first;
}

// A table as lines of cells joined by TAB. A line closer to the one above than the table's rows are to
// each other continues the cells of that row.
QString tableText(const QList<Line> &lines)
{
    std::vector<double> starts;
    for (const Line &line : lines) {
        for (const QList<PdfWord> &cell : line.cells)
            starts.push_back(cell.first().left);
    }
    std::sort(starts.begin(), starts.end());
    std::vector<double> columns;
    for (double x : starts) {
        if (columns.empty() || x > columns.back() + alignTolerance)
            columns.push_back(x);
    }
    std::vector<double> pitches;
    for (qsizetype i = 1; i < lines.size(); ++i)
        pitches.push_back(lines[i].centre - lines[i - 1].centre);
    std::sort(pitches.begin(), pitches.end());
    const double rowPitch = pitches.empty() ? 0 : pitches[pitches.size() / 2];

    QStringList rows;
    QStringList cells;
    const auto flushRow = [&] {
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            rows.append(cells.join(u'\t'));
        cells.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && lines[i].centre - lines[i - 1].centre >= 0.85 * rowPitch)
            flushRow();
        for (const QList<PdfWord> &cell : lines[i].cells) {
            const auto column =
                std::upper_bound(columns.begin(), columns.end(), cell.first().left + alignTolerance);
            const qsizetype index = std::max<qsizetype>(0, column - columns.begin() - 1);
            while (cells.size() <= index)
                cells.append(QString());
            appendLine(cells[index], PdfReadingOrder::lineText(cell));
        }
    }
    flushRow();
    return rows.join(u'\n');
}

// One region of a page as lines, with its margins.
Section sectionOf(const PdfRegion &region)
{
    Section section;
    section.page = region.page;
    for (const PdfRow &row : PdfReadingOrder::rows(region.words))
        section.lines.append(lineOf(row));
    std::map<int, int> lefts; // in points → lines starting there
    std::vector<double> rights;
    for (const Line &line : std::as_const(section.lines)) {
        if (line.isTableRow())
            continue;
        ++lefts[wholePoints(line.left)];
        rights.push_back(line.right);
    }
    if (rights.empty()) {
        ++lefts[wholePoints(section.lines.first().left)];
        rights.push_back(section.lines.first().right);
    }
    // The left margin is where most lines start, not where the leftmost one does: a heading or a label
    // may stand out into the margin.
    section.left = std::max_element(lefts.begin(), lefts.end(), [](const auto &a, const auto &b) {
                       return a.second < b.second;
                   })->first;
    // The right margin is where the longest lines end, save the odd line that sticks out past it (a web
    // address, a line of code): one in ten is let go.
    std::sort(rights.begin(), rights.end(), std::greater<>());
    section.right = rights[rights.size() / 10];
    return section;
}

} // namespace

QString PdfLayout::text(const QList<PdfPage> &pages)
{
    QList<PdfPage> cleaned = pages;
    for (PdfPage &page : cleaned) {
        for (PdfWord &w : page.words)
            w.text = withoutLigatures(w.text);
    }
    QList<Section> sections;
    for (const PdfRegion &region : PdfReadingOrder::regions(cleaned))
        sections.append(sectionOf(region));
    const Metrics metrics = metricsOf(sections);

    QStringList paragraphs;
    QString paragraph;
    Previous previous;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            paragraphs.append(std::exchange(paragraph, {}));
    };
    for (const Section &section : sections) {
        for (qsizetype i = 0; i < section.lines.size(); ++i) {
            if (const qsizetype rows = tableLength(section.lines, i, metrics)) {
                flush();
                paragraphs.append(tableText(section.lines.mid(i, rows)));
                previous.line = nullptr;
                i += rows - 1;
                continue;
            }
            const Line &line = section.lines[i];
            const Break before =
                previous.line ? breakBetween(previous, section, line, metrics) : Break::Paragraph;
            switch (before) {
            case Break::Paragraph:
                flush();
                paragraph = line.text();
                break;
            case Break::Line:
                paragraph += u'\n';
                paragraph += line.text();
                break;
            case Break::None:
                appendLine(paragraph, line.text());
                break;
            }
            const bool opening = before != Break::None;
            previous = Previous{&section, &line, opening, opening ? 1 : previous.wrapped + 1,
                                opening ? line.right : std::max(previous.measure, line.right)};
        }
    }
    flush();
    return paragraphs.isEmpty() ? QString() : paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace tematik
