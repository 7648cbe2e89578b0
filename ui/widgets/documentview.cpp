#include "ui/widgets/documentview.h"

#include "core/text/codepointindex.h"

#include <QColor>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <map>

namespace tematik {

DocumentView::DocumentView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    document()->setDocumentMargin(16);
}

void DocumentView::clearSource()
{
    setPlainText({});
    m_text.clear();
    m_index = CodePointIndex();
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

void DocumentView::showSource(const QString &text, const QList<SpeakerTurn> &turns, const QList<Coding> &codings,
                              const QHash<CodeId, QString> &codeColors)
{
    // Re-showing the same text (after a coding changed) keeps the reader's place.
    const bool sameText = text == m_text;
    const int scroll = verticalScrollBar()->value();
    setPlainText(text);
    m_text = text;
    m_index = CodePointIndex(text);
    const CodePointIndex &index = m_index;

    // Collect the format ranges of each block (block number → ranges), then set them once per block.
    std::map<int, QList<QTextLayout::FormatRange>> ranges;
    const auto addRange = [&](qint64 fromCp, qint64 toCp, const QTextCharFormat &format) {
        qint64 from = index.toUtf16(fromCp);
        const qint64 to = index.toUtf16(toCp);
        while (from < to) {
            const QTextBlock block = document()->findBlock(int(from));
            if (!block.isValid())
                break;
            const qint64 blockEnd = block.position() + block.length() - 1;
            const qint64 end = std::min(to, blockEnd);
            if (end > from)
                ranges[block.blockNumber()].append({int(from - block.position()), int(end - from), format});
            from = blockEnd + 1;
        }
    };

    for (const Coding &c : codings) {
        QColor color(codeColors.value(c.codeId, QStringLiteral("#dddddd")));
        color.setAlpha(110);
        QTextCharFormat format;
        format.setBackground(color);
        addRange(c.start, c.end, format);
    }
    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    label.setForeground(palette().color(QPalette::Link));
    for (const SpeakerTurn &t : turns) {
        if (t.textStart > t.start)
            addRange(t.start, t.textStart, label);
    }
    for (auto &[blockNumber, list] : ranges) {
        const QTextBlock block = document()->findBlockByNumber(blockNumber);
        block.layout()->setFormats(list);
        // Bold labels change line widths: let the layout redo these blocks.
        document()->markContentsDirty(block.position(), block.length());
    }
    if (sameText)
        verticalScrollBar()->setValue(scroll);
    viewport()->update();
}

} // namespace tematik
