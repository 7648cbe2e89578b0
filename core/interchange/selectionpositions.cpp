#include "core/interchange/selectionpositions.h"

#include "core/interchange/qdpximporter.h"

#include <algorithm>

namespace tematik {
namespace {

// text's UTF-16 index → code point of the stored text, text's length included. The CR of a CRLF has
// no counterpart in the stored text, so it maps where its LF does.
QList<qint64> utf16ToStored(const QString &text)
{
    QList<qint64> map;
    map.reserve(text.size() + 1);
    qint64 codePoint = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        map.append(codePoint);
        const bool crOfCrlf = text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (!text.at(i).isHighSurrogate() && !crOfCrlf)
            ++codePoint;
    }
    map.append(codePoint);
    return map;
}

// The same indexed by code point of text instead of UTF-16 index.
QList<qint64> codePointsToStored(const QString &text, const QList<qint64> &byUtf16)
{
    QList<qint64> map;
    map.reserve(byUtf16.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            map.append(byUtf16.at(i));
    }
    map.append(byUtf16.last());
    return map;
}

QString withoutCr(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

} // namespace

SelectionPositions::SelectionPositions(const QString &raw, const QString &stored) : m_stored(stored)
{
    // Readings that would map exactly as an earlier one are left out: without characters outside the
    // BMP, UTF-16 units are code points; without CRLF, the raw text is the stored one.
    const bool astral = std::any_of(stored.cbegin(), stored.cend(), [](QChar c) { return c.isHighSurrogate(); });
    const bool crlf = raw.contains(QLatin1String("\r\n"));
    m_length = stored.size();
    if (astral) {
        m_storedUtf16.reserve(stored.size() + 1);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (!stored.at(i).isLowSurrogate() || i == 0 || !stored.at(i - 1).isHighSurrogate())
                m_storedUtf16.append(i);
        }
        m_storedUtf16.append(stored.size());
        m_length = m_storedUtf16.size() - 1;
    }
    m_mappings.append({Reading::CodePoints, {}});
    if (astral)
        m_mappings.append({Reading::Utf16Units, utf16ToStored(stored)});
    if (crlf) {
        // Positions over the raw text count its CR; stored positions are reached through the raw
        // text's own UTF-16 map, in which a CRLF's CR and LF map to the same stored code point.
        const QList<qint64> rawByUtf16 = utf16ToStored(raw);
        m_mappings.append({Reading::CodePointsCrlfAsTwo, codePointsToStored(raw, rawByUtf16)});
        if (astral)
            m_mappings.append({Reading::Utf16UnitsCrlfAsTwo, rawByUtf16});
    }
}

std::optional<SelectionPositions::Span> SelectionPositions::resolve(qint64 start, qint64 end, const QString &name) const
{
    std::optional<Span> standard;
    const QString wanted = name.contains(u'\r') ? withoutCr(name) : name;
    const auto utf16 = [this](qint64 codePoint) {
        return m_storedUtf16.isEmpty() ? codePoint : m_storedUtf16.at(codePoint);
    };
    for (const Mapping &mapping : m_mappings) {
        const bool identity = mapping.toStored.isEmpty();
        const qint64 last = identity ? m_length : mapping.toStored.size() - 1;
        if (start < 0 || end < start || end > last)
            continue;
        const Span span{identity ? start : mapping.toStored.at(start), identity ? end : mapping.toStored.at(end),
                        mapping.reading, wanted.isEmpty()};
        if (!standard)
            standard = span;
        if (wanted.isEmpty())
            return span;
        const qint64 from = utf16(span.start);
        if (QStringView(m_stored).mid(from, utf16(span.end) - from) == wanted)
            return Span{span.start, span.end, span.reading, true};
    }
    return standard;
}

QString SelectionPositions::describe(Reading reading)
{
    switch (reading) {
    case Reading::CodePoints:
        break;
    case Reading::Utf16Units:
        return QdpxImporter::tr("UTF-16 units");
    case Reading::CodePointsCrlfAsTwo:
        return QdpxImporter::tr("characters, a CRLF line break counted as two");
    case Reading::Utf16UnitsCrlfAsTwo:
        return QdpxImporter::tr("UTF-16 units, a CRLF line break counted as two");
    }
    return QdpxImporter::tr("characters");
}

} // namespace tematik
