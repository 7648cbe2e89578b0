#include "core/import/plaintextbuilder.h"

namespace tematik {
namespace {

// Trailing blanks at a paragraph's end are layout, not words.
QString trimmedEnd(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == u' ' || text[end - 1] == u'\t'))
        --end;
    return text.left(end);
}

void appendSpaced(QString &into, const QString &piece)
{
    if (piece.isEmpty())
        return;
    if (!into.isEmpty())
        into += u' ';
    into += piece;
}

} // namespace

void PlainTextBuilder::beginParagraph()
{
    m_paragraph.clear();
    m_inParagraph = true;
}

void PlainTextBuilder::endParagraph()
{
    m_inParagraph = false;
    const QString text = trimmedEnd(m_paragraph);
    m_paragraph.clear();
    if (text.trimmed().isEmpty())
        return;
    if (m_tableDepth > 0 && m_noteDepth == 0)
        appendSpaced(m_cell, text);
    else
        addBlock(text);
}

void PlainTextBuilder::addBlock(const QString &block)
{
    (m_noteDepth > 0 ? m_notes : m_blocks).append(block);
}

void PlainTextBuilder::beginTable()
{
    if (m_tableDepth++ == 0)
        m_tableRows.clear();
}

void PlainTextBuilder::endTable()
{
    if (m_tableDepth == 0 || --m_tableDepth > 0)
        return;
    if (!m_tableRows.isEmpty())
        addBlock(m_tableRows.join(u'\n'));
    m_tableRows.clear();
}

void PlainTextBuilder::beginRow()
{
    if (m_tableDepth == 1)
        m_rowCells.clear();
}

void PlainTextBuilder::endRow()
{
    if (m_tableDepth != 1)
        return;
    bool any = false;
    for (const QString &c : std::as_const(m_rowCells))
        any = any || !c.isEmpty();
    if (any)
        m_tableRows.append(m_rowCells.join(u'\t'));
    m_rowCells.clear();
}

void PlainTextBuilder::beginCell()
{
    if (m_tableDepth == 1)
        m_cell.clear();
}

void PlainTextBuilder::endCell()
{
    if (m_tableDepth == 1)
        m_rowCells.append(m_cell);
}

void PlainTextBuilder::beginNote()
{
    m_interrupted.append({std::exchange(m_paragraph, {}), std::exchange(m_inParagraph, false)});
    ++m_noteDepth;
}

void PlainTextBuilder::endNote()
{
    if (m_noteDepth == 0)
        return;
    if (m_inParagraph)
        endParagraph();
    --m_noteDepth;
    std::tie(m_paragraph, m_inParagraph) = m_interrupted.takeLast();
}

void PlainTextBuilder::addNote(const QString &text)
{
    const QString trimmed = text.trimmed();
    m_length += trimmed.size();
    if (!trimmed.isEmpty())
        m_notes.append(trimmed);
}

void PlainTextBuilder::append(QStringView text)
{
    if (!m_inParagraph)
        beginParagraph();
    m_length += text.size();
    m_paragraph += text;
}

Status PlainTextBuilder::lengthStatus() const
{
    if (m_length > maxLength)
        return Error{tr("the document's text is longer than %L1 characters, more than Tematik imports from one file")
                         .arg(maxLength)};
    return {};
}

void PlainTextBuilder::appendLineBreak()
{
    append(u"\n");
}

QString PlainTextBuilder::result() const
{
    QStringList all = m_blocks;
    all += m_notes;
    if (all.isEmpty())
        return {};
    return all.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace tematik
