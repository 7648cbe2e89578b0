#include "core/text/utf8cursor.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace tematik {
namespace {

// The byte offset of the code point `count` code points after `from` (a code point's first byte), and
// how many were passed (fewer at the end of the text). A code point starts at every byte that is not a
// continuation byte (10xxxxxx). Eight bytes are counted at once: a byte is a continuation byte when its
// top bit is set and the next one clear, so one mask and a population count give the code points
// starting in a word, and whole words are skipped while the target lies beyond them.
qsizetype advance(QByteArrayView text, qsizetype from, qint64 count, qint64 &passed)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype at = from;
    passed = 0;
    constexpr std::uint64_t highBits = 0x8080808080808080ULL;
    while (at + 8 <= size) {
        std::uint64_t word;
        std::memcpy(&word, bytes + at, sizeof word);
        const qint64 starts = 8 - std::popcount(word & ~(word << 1) & highBits);
        // The code points starting in this word are numbers passed … passed + starts - 1 after from;
        // the one wanted is number count.
        if (passed + starts > count)
            break;
        passed += starts;
        at += 8;
    }
    for (; at < size; ++at) {
        if ((bytes[at] & 0xC0) == 0x80)
            continue;
        if (passed == count)
            break;
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
