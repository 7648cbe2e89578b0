#include "core/text/utf8cursor.h"

namespace tematik {
namespace {

// The byte offset of the code point `count` code points after `from`, and how many were passed (fewer
// at the end of the text). A code point starts at every byte that is not a continuation byte
// (10xxxxxx).
qsizetype advance(QByteArrayView text, qsizetype from, qint64 count, qint64 &passed)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype at = from;
    passed = 0;
    while (passed < count && at < size) {
        ++at;
        while (at < size && (bytes[at] & 0xC0) == 0x80)
            ++at;
        ++passed;
    }
    return at;
}

} // namespace

void Utf8Cursor::moveTo(qint64 codePoint)
{
    if (codePoint < m_codePoint) {
        m_byte = 0;
        m_codePoint = 0;
    }
    qint64 passed = 0;
    m_byte = advance(m_text, m_byte, codePoint - m_codePoint, passed);
    m_codePoint += passed;
}

QString Utf8Cursor::sliceTo(qint64 end) const
{
    if (end <= m_codePoint)
        return {};
    qint64 passed = 0;
    const qsizetype endByte = advance(m_text, m_byte, end - m_codePoint, passed);
    return QString::fromUtf8(m_text.sliced(m_byte, endByte - m_byte));
}

} // namespace tematik
