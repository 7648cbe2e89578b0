#include "core/import/pdfreadingorder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace tematik {
namespace {

constexpr double bandShare = 0.15; // share of the page height, top and bottom, where running lines sit
constexpr int runningReach = 3;    // rows from either end of a page that may be running lines
constexpr double minGutter = 1.0;  // narrowest gap between two columns, in ems
constexpr double maxTextWidth = 20000; // points; an A0 sheet is 3370 wide

// "3", "- 3 -", "– 3 –", "Sida 3 av 5", "Page 3 of 5", "s. 3", "3 (5)", "3/5".
bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?:(?:sida|sid\.|s\.|page|p\.)\s*)?[-\x{2013}\x{2014}]?\s*\d{1,4}\s*[-\x{2013}\x{2014}]?)"
            R"((?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// A running line's text with the page number (any digits) taken out.
QString runningKey(const PdfRow &row)
{
    QString key = PdfReadingOrder::lineText(row.words).toLower().simplified();
    for (QChar &c : key) {
        if (c.isDigit())
            c = u'#';
    }
    return key;
}

// Leaves out running headers and footers and page numbers: rows at the very top or bottom of a page
// that are page numbers or repeat on most pages. They are peeled off from the edges inwards, so that a
// title just below a header stays.
void dropRunningLines(QList<QList<PdfRow>> &pageRows, const QList<PdfPage> &pages)
{
    const auto inTop = [&](qsizetype page, const PdfRow &row) {
        return row.bottom <= pages[page].height * bandShare;
    };
    const auto inBottom = [&](qsizetype page, const PdfRow &row) {
        return row.top >= pages[page].height * (1 - bandShare);
    };
    QHash<QString, QSet<qsizetype>> seen; // band ("t" or "b") and key → pages
    for (qsizetype p = 0; p < pageRows.size(); ++p) {
        const QList<PdfRow> &rows = pageRows[p];
        for (qsizetype i = 0; i < std::min<qsizetype>(runningReach, rows.size()); ++i) {
            if (inTop(p, rows[i]))
                seen[u't' + runningKey(rows[i])].insert(p);
        }
        for (qsizetype i = std::max<qsizetype>(0, rows.size() - runningReach); i < rows.size(); ++i) {
            if (inBottom(p, rows[i]))
                seen[u'b' + runningKey(rows[i])].insert(p);
        }
    }
    const auto running = [&](QChar band, const PdfRow &row) {
        if (isPageNumber(PdfReadingOrder::lineText(row.words)))
            return true;
        const qsizetype pagesWithIt = seen.value(band + runningKey(row)).size();
        return pagesWithIt >= 2 && 2 * pagesWithIt >= pages.size();
    };
    for (qsizetype p = 0; p < pageRows.size(); ++p) {
        QList<PdfRow> &rows = pageRows[p];
        while (!rows.isEmpty() && inTop(p, rows.first()) && running(u't', rows.first()))
            rows.removeFirst();
        while (!rows.isEmpty() && inBottom(p, rows.last()) && running(u'b', rows.last()))
            rows.removeLast();
    }
}

struct Gutter
{
    double from = 0;
    double to = 0;
    bool crosses(const PdfWord &w) const { return w.left < to - 0.5 && w.right > from + 0.5; }
    bool leftOf(const PdfWord &w) const { return w.middleX() < (from + to) / 2; }
};

// A vertical strip between two columns: crossed by few rows (full-width lines such as a title), with
// at least three rows on either side, the left column's lines mostly running up to it (unlike the label
// column of a table), and neither side narrower than a fifth of the text.
std::optional<Gutter> findGutter(const QList<PdfRow> &rows)
{
    if (rows.size() < 6)
        return std::nullopt;
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    std::vector<double> sizes;
    for (const PdfRow &row : rows) {
        left = std::min(left, row.left);
        right = std::max(right, row.right);
        for (const PdfWord &w : row.words)
            sizes.push_back(w.em());
    }
    std::nth_element(sizes.begin(), sizes.begin() + qsizetype(sizes.size() / 2), sizes.end());
    const double size = sizes[sizes.size() / 2];
    // Too narrow for two columns, or too wide for a page (a damaged file's stray box): none.
    const double width = right - left;
    if (!(width >= 8 * size && width <= maxTextWidth))
        return std::nullopt;

    // How many rows cover each point-wide strip of the text's width.
    const int strips = int(std::ceil(width)) + 1;
    std::vector<int> crossing(strips, 0);
    std::vector<qsizetype> lastRow(strips, -1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (const PdfWord &w : rows[r].words) {
            const int from = std::clamp(int(std::floor(w.left - left)), 0, strips - 1);
            const int to = std::clamp(int(std::ceil(w.right - left)) - 1, 0, strips - 1);
            for (int x = from; x <= to; ++x) {
                if (lastRow[x] != r) {
                    lastRow[x] = r;
                    ++crossing[x];
                }
            }
        }
    }
    const int first = int(width * 0.2);
    const int last = int(width * 0.8);
    const int least = *std::min_element(crossing.begin() + first, crossing.begin() + last + 1);
    if (least > rows.size() * 0.4)
        return std::nullopt;
    int bestFrom = 0;
    int bestTo = -1;
    for (int x = first; x <= last; ++x) {
        if (crossing[x] != least)
            continue;
        int from = x;
        while (from > 0 && crossing[from - 1] == least)
            --from;
        int to = x;
        while (to + 1 < strips && crossing[to + 1] == least)
            ++to;
        if (to - from > bestTo - bestFrom) {
            bestFrom = from;
            bestTo = to;
        }
        x = to;
    }
    const Gutter gutter{left + bestFrom, left + bestTo + 1};
    if (gutter.to - gutter.from < minGutter * size)
        return std::nullopt;

    int leftRows = 0;
    int rightRows = 0;
    int reaching = 0;
    const double reach = std::max(3 * size, 0.25 * (gutter.from - left));
    for (const PdfRow &row : rows) {
        if (std::any_of(row.words.begin(), row.words.end(),
                        [&](const PdfWord &w) { return gutter.crosses(w); }))
            continue;
        double leftEnd = std::numeric_limits<double>::lowest();
        bool hasRight = false;
        for (const PdfWord &w : row.words) {
            if (gutter.leftOf(w))
                leftEnd = std::max(leftEnd, w.right);
            else
                hasRight = true;
        }
        if (leftEnd > std::numeric_limits<double>::lowest()) {
            ++leftRows;
            if (leftEnd >= gutter.from - reach)
                ++reaching;
        }
        rightRows += hasRight ? 1 : 0;
    }
    if (leftRows < 3 || rightRows < 3 || 2 * reaching < leftRows)
        return std::nullopt;
    return gutter;
}

// A page's words as regions of one column each, in reading order: the rows above, between and below
// full-width rows are read left column first; a column may itself hold columns.
QList<QList<PdfWord>> columnsOf(const QList<PdfWord> &words, int depth = 0)
{
    const QList<PdfRow> rows = PdfReadingOrder::rows(words);
    const std::optional<Gutter> gutter = depth < 2 ? findGutter(rows) : std::nullopt;
    if (!gutter)
        return {words};
    QList<QList<PdfWord>> regions;
    QList<PdfWord> leftColumn;
    QList<PdfWord> rightColumn;
    QList<PdfWord> fullWidth;
    const auto flushColumns = [&] {
        if (!leftColumn.isEmpty())
            regions += columnsOf(std::exchange(leftColumn, {}), depth + 1);
        if (!rightColumn.isEmpty())
            regions += columnsOf(std::exchange(rightColumn, {}), depth + 1);
    };
    for (const PdfRow &row : rows) {
        if (std::any_of(row.words.begin(), row.words.end(),
                        [&](const PdfWord &w) { return gutter->crosses(w); })) {
            flushColumns();
            fullWidth += row.words;
            continue;
        }
        if (!fullWidth.isEmpty())
            regions.append(std::exchange(fullWidth, {}));
        for (const PdfWord &w : row.words)
            (gutter->leftOf(w) ? leftColumn : rightColumn).append(w);
    }
    flushColumns();
    if (!fullWidth.isEmpty())
        regions.append(fullWidth);
    return regions;
}

} // namespace

QList<PdfRegion> PdfReadingOrder::regions(const QList<PdfPage> &pages)
{
    QList<QList<PdfRow>> pageRows;
    for (const PdfPage &page : pages) {
        QList<PdfWord> words;
        // Words off the page are not shown to a reader, and a damaged file can give a box no place at
        // all; both are left out. The page's size may be unknown (0).
        const bool sized = page.width > 0 && page.height > 0;
        for (const PdfWord &w : page.words) {
            const bool placed = std::isfinite(w.left) && std::isfinite(w.top) && std::isfinite(w.right) &&
                                std::isfinite(w.bottom);
            const bool onPage =
                !sized || (w.right > 0 && w.left < page.width && w.bottom > 0 && w.top < page.height);
            if (placed && onPage && !w.text.trimmed().isEmpty())
                words.append(w);
        }
        pageRows.append(rows(words));
    }
    dropRunningLines(pageRows, pages);

    QList<PdfRegion> regions;
    for (qsizetype p = 0; p < pageRows.size(); ++p) {
        QList<PdfWord> words;
        for (const PdfRow &row : std::as_const(pageRows[p]))
            words += row.words;
        if (words.isEmpty())
            continue;
        for (QList<PdfWord> &column : columnsOf(words))
            regions.append(PdfRegion{p, std::move(column)});
    }
    return regions;
}

QList<PdfRow> PdfReadingOrder::rows(QList<PdfWord> words)
{
    std::sort(words.begin(), words.end(),
              [](const PdfWord &a, const PdfWord &b) { return a.middleY() < b.middleY(); });
    QList<PdfRow> rows;
    double anchor = 0;
    double anchorHeight = 0;
    for (const PdfWord &w : std::as_const(words)) {
        const double height = std::max(w.bottom - w.top, 0.1);
        // Compared with the row's first word, not its growing extent, so that rows cannot chain into
        // each other through tall or shifted words.
        if (rows.isEmpty() || std::abs(w.middleY() - anchor) > 0.4 * std::min(height, anchorHeight)) {
            rows.append(PdfRow{});
            anchor = w.middleY();
            anchorHeight = height;
        }
        rows.last().words.append(w);
    }
    for (PdfRow &row : rows) {
        std::sort(row.words.begin(), row.words.end(),
                  [](const PdfWord &a, const PdfWord &b) { return a.left < b.left; });
        row.left = row.words.first().left;
        row.top = std::numeric_limits<double>::max();
        row.right = std::numeric_limits<double>::lowest();
        row.bottom = std::numeric_limits<double>::lowest();
        double middles = 0;
        for (const PdfWord &w : std::as_const(row.words)) {
            row.top = std::min(row.top, w.top);
            row.right = std::max(row.right, w.right);
            row.bottom = std::max(row.bottom, w.bottom);
            row.fontSize = std::max(row.fontSize, w.em());
            middles += w.middleY();
        }
        row.centre = middles / double(row.words.size());
    }
    return rows;
}

QString PdfReadingOrder::lineText(const QList<PdfWord> &words)
{
    QString text;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // A gap counts as a space too: not every PDF says where its spaces are.
        if (i > 0 &&
            (words[i - 1].spaceAfter || words[i].left - words[i - 1].right > 0.15 * words[i - 1].em()))
            text += u' ';
        text += words[i].text;
    }
    return text;
}

} // namespace tematik
