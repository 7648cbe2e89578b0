#include "core/import/rtftokenizer.h"

#include <algorithm>

namespace tematik {
namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool endsText(char c)
{
    return c == '\\' || c == '{' || c == '}' || c == '\r' || c == '\n';
}

} // namespace

RtfTokenizer::RtfTokenizer(QByteArrayView rtf, qsizetype from) : m_rtf(rtf), m_pos(from) {}

RtfTokenizer::Token RtfTokenizer::next()
{
    const qsizetype size = m_rtf.size();
    while (m_pos < size && (m_rtf[m_pos] == '\r' || m_rtf[m_pos] == '\n'))
        ++m_pos;
    Token token;
    token.offset = m_pos;
    if (m_pos >= size)
        return token;
    switch (m_rtf[m_pos]) {
    case '{':
        ++m_pos;
        token.kind = Kind::GroupStart;
        return token;
    case '}':
        ++m_pos;
        token.kind = Kind::GroupEnd;
        return token;
    case '\\':
        return controlSequence(m_pos);
    default:
        break;
    }
    const qsizetype start = m_pos;
    while (m_pos < size && !endsText(m_rtf[m_pos]))
        ++m_pos;
    token.kind = Kind::Text;
    token.text = m_rtf.sliced(start, m_pos - start);
    return token;
}

RtfTokenizer::Token RtfTokenizer::controlSequence(qsizetype start)
{
    const qsizetype size = m_rtf.size();
    Token token;
    token.offset = start;
    m_pos = start + 1;
    if (m_pos >= size)
        return token; // a lone backslash at the very end: nothing left to read

    const char first = m_rtf[m_pos];
    if (!isLetter(first)) {
        ++m_pos;
        if (first == '\'' && m_pos + 1 < size) {
            const int high = hexValue(m_rtf[m_pos]);
            const int low = hexValue(m_rtf[m_pos + 1]);
            if (high >= 0 && low >= 0) {
                m_pos += 2;
                token.kind = Kind::HexByte;
                token.byte = uchar(high * 16 + low);
                return token;
            }
        }
        token.kind = Kind::ControlSymbol;
        token.symbol = first;
        return token;
    }

    const qsizetype nameStart = m_pos;
    while (m_pos < size && isLetter(m_rtf[m_pos]))
        ++m_pos;
    token.kind = Kind::ControlWord;
    token.name = m_rtf.sliced(nameStart, m_pos - nameStart);

    // A minus sign belongs to the parameter only when a digit follows; otherwise it is text.
    const bool negative = m_pos + 1 < size && m_rtf[m_pos] == '-' && isDigit(m_rtf[m_pos + 1]);
    if (negative)
        ++m_pos;
    if (m_pos < size && isDigit(m_rtf[m_pos])) {
        qint64 value = 0;
        while (m_pos < size && isDigit(m_rtf[m_pos])) {
            value = std::min(maxParameter, value * 10 + (m_rtf[m_pos] - '0'));
            ++m_pos;
        }
        token.hasParameter = true;
        token.parameter = negative ? -value : value;
    }
    // One space ends a control word and is part of it; any other delimiter is the next token.
    if (m_pos < size && m_rtf[m_pos] == ' ')
        ++m_pos;

    if (token.name == "bin") {
        const qint64 length = token.hasParameter ? token.parameter : 0;
        if (length < 0 || length > size - m_pos) {
            m_pos = size;
            token.kind = Kind::BinaryPastEnd;
            return token;
        }
        token.kind = Kind::Binary;
        token.text = m_rtf.sliced(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
    }
    return token;
}

} // namespace tematik
