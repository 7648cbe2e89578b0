#include "core/import/rtfplaintext.h"

#include <algorithm>
#include <utility>

namespace tematik {
namespace {

bool isDroppedControl(char16_t u)
{
    return (u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F);
}

} // namespace

void RtfPlainText::append(char16_t unit)
{
    if (QChar::isLowSurrogate(unit)) {
        if (m_highSurrogate != 0) {
            m_text += QChar(m_highSurrogate);
            m_text += QChar(unit);
        } else {
            m_text += QChar(QChar::ReplacementCharacter);
        }
        m_highSurrogate = 0;
        return;
    }
    flushSurrogate();
    if (QChar::isHighSurrogate(unit))
        m_highSurrogate = unit;
    else if (!isDroppedControl(unit))
        m_text += QChar(unit);
}

void RtfPlainText::appendAscii(QByteArrayView ascii)
{
    flushSurrogate();
    if (std::none_of(ascii.begin(), ascii.end(), [](char c) { return isDroppedControl(char16_t(c)); })) {
        m_text += QLatin1String(ascii.data(), ascii.size());
        return;
    }
    for (const char c : ascii)
        append(char16_t(uchar(c)));
}

void RtfPlainText::endLine(bool inTable)
{
    flushSurrogate();
    if (inTable || m_rowOpen)
        separateInCell();
    else
        newLine();
}

void RtfPlainText::endCell()
{
    flushSurrogate();
    trimCell();
    m_text += u'\t';
    m_cellStart = m_text.size();
    m_rowOpen = true;
}

void RtfPlainText::endRow()
{
    flushSurrogate();
    if (!m_rowOpen && m_text.size() == m_lineStart)
        return;
    trimCell();
    if (m_rowOpen && m_text.size() == m_cellStart)
        m_text.chop(1); // the TAB after the last cell
    newLine();
}

void RtfPlainText::nestedBoundary()
{
    flushSurrogate();
    separateInCell();
}

void RtfPlainText::endSection()
{
    flushSurrogate();
    if (!m_rowOpen && m_text.size() > m_lineStart)
        newLine();
}

QString RtfPlainText::finish()
{
    flushSurrogate();
    if (m_rowOpen)
        endRow();
    else if (m_text.size() > m_lineStart)
        newLine();
    m_lineStart = m_cellStart = 0;
    return std::exchange(m_text, {});
}

void RtfPlainText::flushSurrogate()
{
    if (m_highSurrogate != 0)
        m_text += QChar(QChar::ReplacementCharacter);
    m_highSurrogate = 0;
}

void RtfPlainText::newLine()
{
    m_text += u'\n';
    m_lineStart = m_cellStart = m_text.size();
    m_rowOpen = false;
}

void RtfPlainText::separateInCell()
{
    if (m_text.size() > m_cellStart && m_text.back() != u' ')
        m_text += u' ';
}

void RtfPlainText::trimCell()
{
    while (m_text.size() > m_cellStart && m_text.back() == u' ')
        m_text.chop(1);
}

} // namespace tematik
