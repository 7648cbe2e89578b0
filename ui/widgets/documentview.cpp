#include "ui/widgets/documentview.h"

#include "ui/models/textrangemime.h"
#include "ui/widgets/documentmargin.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <tuple>

namespace tematik {
namespace {

// Beyond this many columns, deeper overlaps share the last one; the tooltip still names every code.
constexpr int maxLanes = 10;
constexpr int barWidth = 4;

// The order the view keeps codings in, which is the store's (CodingStore::spansOf): lists read from it
// need no sorting, and codings with the same span keep their stripe columns from one change to the next.
bool byPlace(const Coding &a, const Coding &b)
{
    return std::tie(a.start, a.end, a.codeId, a.id) < std::tie(b.start, b.end, b.codeId, b.id);
}

void putInPlaceOrder(QList<Coding> &codings)
{
    if (!std::is_sorted(codings.cbegin(), codings.cend(), byPlace))
        std::sort(codings.begin(), codings.end(), byPlace);
}

QString formatTime(qint64 ms)
{
    const qint64 s = ms / 1000;
    const QString minSec = QStringLiteral("%1:%2").arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return s >= 3600 ? QStringLiteral("%1:%2").arg(s / 3600).arg(minSec) : minSec;
}

// The shading of text covered by these codes: one code's colour, lightly; several mixed, and darker
// the more there are, so that an overlap reads as one at a glance.
QTextCharFormat shading(const QList<QColor> &colors)
{
    int r = 0, g = 0, b = 0;
    for (const QColor &c : colors) {
        r += c.red();
        g += c.green();
        b += c.blue();
    }
    const int n = int(colors.size());
    QColor mixed(r / n, g / n, b / n);
    QTextCharFormat format;
    if (n > 1) {
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(mixed.darker(150));
    }
    mixed.setAlpha(std::min(70 + 40 * (n - 1), 170));
    format.setBackground(mixed);
    return format;
}

} // namespace

DocumentView::DocumentView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    document()->setDocumentMargin(16);
    m_stripes = new DocumentMargin(this, DocumentMargin::Kind::Stripes);
    m_times = new DocumentMargin(this, DocumentMargin::Kind::Times);
    // Any scroll, resize or repaint of the text repaints the margins beside it.
    connect(this, &QPlainTextEdit::updateRequest, this, [this] {
        m_stripes->update();
        m_times->update();
    });
    updateMargins();
}

DocumentView::~DocumentView() = default;

void DocumentView::clearSource()
{
    setPlainText({});
    m_source = 0;
    m_text.clear();
    m_index = CodePointIndex();
    m_turns.clear();
    m_codings.clear();
    m_shaded.clear();
    m_lanes.clear();
    m_laneCount = 0;
    m_timed = false;
    m_selectedCoding = 0;
    updateMargins();
}

std::optional<std::pair<qint64, qint64>> DocumentView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    return std::pair{m_index.toCodePoint(cursor.selectionStart()), m_index.toCodePoint(cursor.selectionEnd())};
}

void DocumentView::selectRange(qint64 start, qint64 end)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(m_index.toUtf16(start)));
    cursor.setPosition(int(m_index.toUtf16(end)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

qint64 DocumentView::cursorPosition() const
{
    return m_index.toCodePoint(textCursor().position());
}

QList<Coding> DocumentView::codingsAt(qint64 position) const
{
    QList<Coding> result;
    for (const Coding &c : m_codings) {
        if (c.start > position)
            break;
        if (position < c.end)
            result.append(c);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Coding &a, const Coding &b) { return a.end - a.start < b.end - b.start; });
    return result;
}

std::optional<SpeakerTurn> DocumentView::turnAt(qint64 position) const
{
    const auto it = std::upper_bound(m_turns.cbegin(), m_turns.cend(), position,
                                     [](qint64 p, const SpeakerTurn &t) { return p < t.start; });
    if (it == m_turns.cbegin())
        return std::nullopt;
    const SpeakerTurn &turn = *std::prev(it);
    if (position >= turn.end)
        return std::nullopt;
    return turn;
}

void DocumentView::selectCoding(CodingId id)
{
    const auto it = std::find_if(m_codings.cbegin(), m_codings.cend(), [id](const Coding &c) { return c.id == id; });
    m_selectedCoding = it == m_codings.cend() ? 0 : id;
    if (m_selectedCoding != 0)
        selectRange(it->start, it->end);
    m_stripes->update();
    Q_EMIT codingSelected(m_selectedCoding);
}

void DocumentView::showSource(SourceId source, const QString &text, const QList<SpeakerTurn> &turns,
                              QList<Coding> codings, const QHash<CodeId, CodeLook> &looks)
{
    m_source = source;
    m_text = text;
    m_index = CodePointIndex(text);
    m_turns = turns;
    std::sort(m_turns.begin(), m_turns.end(), [](const SpeakerTurn &a, const SpeakerTurn &b) { return a.start < b.start; });
    putInPlaceOrder(codings);
    m_codings = std::move(codings);
    m_looks = looks;
    m_selectedCoding = 0;
    m_timed = std::any_of(turns.cbegin(), turns.cend(), [](const SpeakerTurn &t) { return t.beginMs.has_value(); });
    assignLanes();
    setPlainText(text);
    forgetShading();
    shadeVisibleBlocks();
    updateMargins();
}

void DocumentView::setCodings(QList<Coding> codings)
{
    putInPlaceOrder(codings);
    // What was added, removed or moved: only the blocks under these are shaded again. Both lists are in
    // the same order, so one pass over them finds the difference (hashing the 13,889 codings of a long
    // transcript by id took longer than the rest of the update). The order holds the code, so a recoded
    // coding shows as gone from one place and come to another.
    QList<Coding> changed;
    bool selectedGone = m_selectedCoding != 0;
    auto was = m_codings.cbegin();
    for (const Coding &c : std::as_const(codings)) {
        for (; was != m_codings.cend() && byPlace(*was, c); ++was)
            changed.append(*was);
        if (was != m_codings.cend() && !byPlace(c, *was))
            ++was;
        else
            changed.append(c);
        selectedGone = selectedGone && c.id != m_selectedCoding;
    }
    for (; was != m_codings.cend(); ++was)
        changed.append(*was);

    m_codings = std::move(codings);
    if (selectedGone)
        m_selectedCoding = 0;
    assignLanes();
    forgetShadingOf(changed);
    shadeVisibleBlocks();
    updateMargins();
    viewport()->update();
}

void DocumentView::setCodeLooks(const QHash<CodeId, CodeLook> &looks)
{
    m_looks = looks;
    forgetShading();
    shadeVisibleBlocks();
    viewport()->update();
    m_stripes->update();
}

void DocumentView::forgetShadingOf(const QList<Coding> &codings)
{
    for (const Coding &c : codings) {
        const int first = document()->findBlock(int(m_index.toUtf16(c.start))).blockNumber();
        const int last = document()->findBlock(int(m_index.toUtf16(c.end)) - 1).blockNumber();
        for (int n = std::max(first, 0); n <= last && n < int(m_shaded.size()); ++n)
            m_shaded[size_t(n)] = false;
    }
}

void DocumentView::formatBlocks(int first, int last)
{
    QTextDocument *doc = document();
    const QTextBlock firstBlock = doc->findBlockByNumber(first);
    const QTextBlock lastBlock = doc->findBlockByNumber(last);
    if (!firstBlock.isValid() || !lastBlock.isValid())
        return;
    const qint64 from = firstBlock.position();
    const qint64 to = lastBlock.position() + lastBlock.length();

    // Which codings touch each block, in one pass over the codings.
    std::vector<std::vector<const Coding *>> perBlock(size_t(last - first + 1));
    for (const Coding &c : std::as_const(m_codings)) {
        const qint64 start = m_index.toUtf16(c.start);
        if (start >= to)
            break;
        const qint64 end = m_index.toUtf16(c.end);
        if (end <= from)
            continue;
        for (QTextBlock b = doc->findBlock(int(std::max(start, from))); b.isValid() && b.blockNumber() <= last
                                                                        && b.position() < end;
             b = b.next())
            perBlock[size_t(b.blockNumber() - first)].push_back(&c);
    }

    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    label.setForeground(palette().color(QPalette::Link));
    auto turn = std::lower_bound(m_turns.cbegin(), m_turns.cend(), m_index.toCodePoint(from),
                                 [](const SpeakerTurn &t, qint64 p) { return t.textStart <= p; });

    QList<QColor> colors;
    std::vector<int> cuts;
    int n = first;
    for (QTextBlock block = firstBlock; block.isValid() && n <= last; block = block.next(), ++n) {
        const int position = block.position();
        const int length = block.length() - 1; // without the paragraph separator
        QList<QTextLayout::FormatRange> ranges;

        // The speaker label, if a turn's label lies in this block.
        for (; turn != m_turns.cend() && m_index.toUtf16(turn->start) < position + length; ++turn) {
            const int labelStart = int(m_index.toUtf16(turn->start)) - position;
            const int labelEnd = int(m_index.toUtf16(turn->textStart)) - position;
            if (labelEnd > 0 && labelEnd > labelStart)
                ranges.append({std::max(labelStart, 0), std::min(labelEnd, length) - std::max(labelStart, 0), label});
        }

        // Coding shades: the block is cut wherever a coding starts or ends, and each piece is shaded by the
        // codes that cover all of it.
        const std::vector<const Coding *> &here = perBlock[size_t(n - first)];
        cuts.assign({0, length});
        for (const Coding *c : here) {
            cuts.push_back(int(std::clamp<qint64>(m_index.toUtf16(c->start) - position, 0, length)));
            cuts.push_back(int(std::clamp<qint64>(m_index.toUtf16(c->end) - position, 0, length)));
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            const qint64 a = position + cuts[i];
            const qint64 b = position + cuts[i + 1];
            colors.clear();
            for (const Coding *c : here) {
                if (m_index.toUtf16(c->start) <= a && m_index.toUtf16(c->end) >= b)
                    colors.append(m_looks.value(c->codeId, CodeLook{{}, QColor(0xdd, 0xdd, 0xdd)}).color);
            }
            if (!colors.isEmpty())
                ranges.append({cuts[i], cuts[i + 1] - cuts[i], shading(colors)});
        }
        block.layout()->setFormats(ranges);
        m_shaded[size_t(n)] = true;
    }
}

void DocumentView::shadeBlocks(int first, int last)
{
    last = std::min(last, int(m_shaded.size()) - 1);
    for (int n = std::max(first, 0); n <= last; ++n) {
        if (m_shaded[size_t(n)])
            continue;
        int end = n;
        while (end < last && !m_shaded[size_t(end + 1)])
            ++end;
        formatBlocks(n, end);
        // Blocks laid out before they were shaded are laid out again; the others will be, with their formats.
        const QTextBlock from = document()->findBlockByNumber(n);
        const QTextBlock to = document()->findBlockByNumber(end);
        bool laidOut = false;
        for (QTextBlock b = from; !laidOut && b.isValid() && b.blockNumber() <= end; b = b.next())
            laidOut = b.layout()->lineCount() > 0;
        if (laidOut)
            document()->markContentsDirty(from.position(), to.position() + to.length() - from.position());
        n = end;
    }
}

void DocumentView::shadeVisibleBlocks()
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid())
        return;
    const int lines = viewport()->height() / std::max(1, fontMetrics().lineSpacing()) + 1;
    shadeBlocks(first.blockNumber(), first.blockNumber() + lines);
}

void DocumentView::forgetShading()
{
    m_shaded.assign(size_t(document()->blockCount()), false);
}

QList<QTextLayout::FormatRange> DocumentView::formatsOf(const QTextBlock &block)
{
    shadeBlocks(block.blockNumber(), block.blockNumber());
    return block.layout()->formats();
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    shadeVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
}

void DocumentView::assignLanes()
{
    // Interval colouring, greedily by start: each coding takes the leftmost column free at its start, so a
    // stripe keeps its column from top to bottom and overlapping codings stand side by side.
    m_lanes.clear();
    m_labelRoom.clear();
    std::vector<qint64> laneEnds;
    std::vector<CodingId> laneLast; // the coding that last took each column
    for (const Coding &c : std::as_const(m_codings)) {
        size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > c.start)
            ++lane;
        if (lane == laneEnds.size()) {
            laneEnds.push_back(c.end);
            laneLast.push_back(c.id);
        } else {
            m_labelRoom.insert(laneLast[lane], c.start);
            laneEnds[lane] = c.end;
            laneLast[lane] = c.id;
        }
        m_lanes.insert(c.id, int(std::min<size_t>(lane, maxLanes - 1)));
    }
    m_laneCount = int(std::min<size_t>(laneEnds.size(), maxLanes));
}

int DocumentView::stripeWidth() const
{
    // A bar and its code name written downwards beside it, per column.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    return m_laneCount * (barWidth + QFontMetrics(small).height() + 4) + (m_laneCount > 0 ? 6 : 0);
}

int DocumentView::timeWidth() const
{
    return m_timed ? fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")) + 12 : 0;
}

QRect DocumentView::laneRect(int lane) const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    const int width = barWidth + QFontMetrics(small).height() + 4;
    return QRect(6 + lane * width, 0, width, viewport()->height());
}

void DocumentView::updateMargins()
{
    if (!m_stripes) // a font change while constructing
        return;
    const int right = stripeWidth();
    const int left = timeWidth();
    setViewportMargins(left, 0, right, 0);
    const QRect v = viewport()->geometry();
    m_stripes->setGeometry(v.right() + 1, v.top(), right, v.height());
    m_times->setGeometry(v.left() - left, v.top(), left, v.height());
    m_stripes->setVisible(right > 0);
    m_times->setVisible(left > 0);
    m_stripes->update();
    m_times->update();
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMargins();
}

std::vector<DocumentView::VisibleBlock> DocumentView::visibleBlocks() const
{
    std::vector<VisibleBlock> blocks;
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return blocks;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const qreal height = viewport()->height();
    while (block.isValid() && top <= height) {
        const qreal blockHeight = blockBoundingRect(block).height();
        if (block.isVisible())
            blocks.push_back({block.position(), block.length(), top, block.layout()});
        top += blockHeight;
        block = block.next();
    }
    return blocks;
}

qreal DocumentView::lineTop(const std::vector<VisibleBlock> &blocks, qint64 utf16)
{
    auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), utf16,
                               [](qint64 p, const VisibleBlock &b) { return p < b.position; });
    if (it == blocks.cbegin())
        return blocks.front().top;
    --it;
    const QTextLine line = it->layout->lineForTextPosition(int(utf16 - it->position));
    return line.isValid() ? it->top + it->layout->position().y() + line.y() : it->top;
}

qreal DocumentView::lineBottom(const std::vector<VisibleBlock> &blocks, qint64 utf16End)
{
    const qint64 last = utf16End - 1;
    auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), last,
                               [](qint64 p, const VisibleBlock &b) { return p < b.position; });
    if (it == blocks.cbegin())
        return blocks.front().top;
    --it;
    const QTextLine line = it->layout->lineForTextPosition(int(std::min<qint64>(last - it->position, it->length - 1)));
    return line.isValid() ? it->top + it->layout->position().y() + line.y() + line.height()
                          : it->top + it->layout->boundingRect().height();
}

void DocumentView::paintStripes(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, rect.top(), 0, rect.bottom());
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty() || m_codings.isEmpty())
        return;
    const qint64 visibleFrom = blocks.front().position;
    const qint64 visibleTo = blocks.back().position + blocks.back().length;
    const int height = viewport()->height();

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    painter.setRenderHint(QPainter::Antialiasing);

    for (const Coding &c : std::as_const(m_codings)) {
        const qint64 start = m_index.toUtf16(c.start);
        if (start >= visibleTo)
            break;
        const qint64 end = m_index.toUtf16(c.end);
        if (end <= visibleFrom)
            continue;
        const qreal top = std::max<qreal>(start < visibleFrom ? -4 : lineTop(blocks, start) + 1, -4);
        const qreal bottom = std::min<qreal>(end > visibleTo ? height + 4 : lineBottom(blocks, end) - 1, height + 4);
        if (bottom <= top || bottom < rect.top() || top > rect.bottom())
            continue;
        const QRect lane = laneRect(m_lanes.value(c.id));
        const CodeLook look = m_looks.value(c.codeId, CodeLook{{}, QColor(0xbb, 0xbb, 0xbb)});
        const QRectF bar(lane.left(), top, barWidth, bottom - top);
        painter.fillRect(bar, look.color);
        if (c.id == m_selectedCoding) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRect(bar.adjusted(-2, -2, 2, 2));
        }
        // The code's name, written downwards beside the bar from its top on screen; a short bar's label runs
        // on past its end, as far as the next stripe in the column.
        const qreal shownTop = std::max<qreal>(top, 0);
        const qint64 room = m_index.toUtf16(m_labelRoom.value(c.id, m_index.codePointCount()));
        const qreal labelEnd = room < visibleTo ? lineTop(blocks, room) - 2 : height;
        const qreal shownLength = std::min<qreal>(std::max(bottom, labelEnd), height) - shownTop - 4;
        if (shownLength < metrics.height() * 1.5)
            continue;
        painter.save();
        painter.translate(lane.left() + barWidth + 2, shownTop + 2);
        painter.rotate(90);
        painter.setPen(c.id == m_selectedCoding ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text));
        painter.drawText(QPointF(0, -metrics.descent()), metrics.elidedText(look.name, Qt::ElideRight, int(shownLength)));
        painter.restore();
    }
}

void DocumentView::paintTimes(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, palette().color(QPalette::Base));
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty())
        return;
    const qint64 visibleFrom = m_index.toCodePoint(blocks.front().position);
    const qint64 visibleTo = m_index.toCodePoint(blocks.back().position + blocks.back().length);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (const SpeakerTurn &t : std::as_const(m_turns)) {
        if (t.start >= visibleTo)
            break;
        if (t.start < visibleFrom || !t.beginMs)
            continue;
        const qreal top = lineTop(blocks, m_index.toUtf16(t.start));
        painter.drawText(QRectF(0, top, m_times->width() - 6, fontMetrics().height()), Qt::AlignRight | Qt::AlignTop,
                         formatTime(*t.beginMs));
    }
}

CodingId DocumentView::stripeAt(const QPoint &pos) const
{
    const std::vector<VisibleBlock> blocks = visibleBlocks();
    if (blocks.empty())
        return 0;
    const qint64 visibleFrom = blocks.front().position;
    const qint64 visibleTo = blocks.back().position + blocks.back().length;
    // The shortest coding under the pointer in the column clicked, so that a short one inside a long
    // one in a shared column can still be picked.
    CodingId best = 0;
    qint64 bestLength = 0;
    for (const Coding &c : m_codings) {
        const qint64 start = m_index.toUtf16(c.start);
        if (start >= visibleTo)
            break;
        const qint64 end = m_index.toUtf16(c.end);
        if (end <= visibleFrom || !laneRect(m_lanes.value(c.id)).contains(pos))
            continue;
        const qreal top = start < visibleFrom ? -4 : lineTop(blocks, start);
        const qreal bottom = end > visibleTo ? viewport()->height() + 4 : lineBottom(blocks, end);
        if (pos.y() >= top && pos.y() < bottom && (best == 0 || c.end - c.start < bestLength)) {
            best = c.id;
            bestLength = c.end - c.start;
        }
    }
    return best;
}

QString DocumentView::stripeToolTip(const QPoint &pos) const
{
    const CodingId id = stripeAt(pos);
    const auto it = std::find_if(m_codings.cbegin(), m_codings.cend(), [id](const Coding &c) { return c.id == id; });
    if (it == m_codings.cend())
        return {};
    QString words = CodePointIndex::slice(m_text, m_index, it->start, it->end).simplified();
    if (words.size() > 160)
        words = words.left(160) + QChar(0x2026);
    return QStringLiteral("<b>%1</b><br>%2").arg(m_looks.value(it->codeId).name.toHtmlEscaped(), words.toHtmlEscaped());
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    // Escape lets go of the coding picked in the margin (the memo goes back to the source).
    if (event->key() == Qt::Key_Escape && m_selectedCoding != 0) {
        selectCoding(0);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<Coding> here = codingsAt(m_index.toCodePoint(cursorForPosition(help->pos()).position()));
        if (here.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QStringList names;
        for (const Coding &c : here) {
            const QString name = m_looks.value(c.codeId).name.toHtmlEscaped();
            if (!names.contains(name))
                names.append(name);
        }
        QToolTip::showText(help->globalPos(), names.join(QStringLiteral("<br>")), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QMimeData *DocumentView::createMimeDataFromSelection() const
{
    QMimeData *mime = QPlainTextEdit::createMimeDataFromSelection();
    // The codebook codes the words dropped on a code.
    if (const auto range = selectedRange(); range && m_source != 0)
        TextRangeMime{m_source, range->first, range->second}.writeTo(*mime);
    return mime;
}

} // namespace tematik
