#include "core/text/codepointindex.h"

#include <algorithm>

namespace tematik {

CodePointIndex::CodePointIndex(const QString &text) : m_utf16Length(text.size())
{
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
    m_codePoints = m_utf16Length - qint64(m_pairs.size());
}

qint64 CodePointIndex::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_codePoints);
    if (m_pairs.empty())
        return codePoint;
    // The k-th pair (0-based) starts at code point m_pairs[k] - k. Count the pairs that start before
    // the code point: each adds one UTF-16 unit.
    qint64 lo = 0;
    qint64 hi = qint64(m_pairs.size());
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_pairs[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qint64 CodePointIndex::toCodePoint(qint64 utf16) const
{
    utf16 = std::clamp<qint64>(utf16, 0, m_utf16Length);
    if (m_pairs.empty())
        return utf16;
    // Each pair whose high surrogate lies before utf16 took one extra unit. When utf16 falls on a low
    // surrogate, its own pair is among them, which maps it to the character's start.
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16) - m_pairs.begin();
    return utf16 - before;
}

QString CodePointIndex::slice(const QString &text, const CodePointIndex &index, qint64 start, qint64 end)
{
    const qint64 from = index.toUtf16(start);
    const qint64 to = index.toUtf16(std::max(start, end));
    return text.mid(from, to - from);
}

} // namespace tematik
