#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace tematik {

// How the project file writes times and identifiers: UTC, ISO 8601 with milliseconds; GUIDs in the
// lower-case, brace-less form REFI-QDA exchanges.

// "YYYY-MM-DDThh:mm:ss[.fff…]Z", the form this file and nearly every REFI-QDA exporter write, read by
// hand: QDateTime::fromString cost about 3 µs a time, the largest part of loading a document's codings
// and 35 ms of importing 20,000 of them. nullopt for anything else, which Qt's parser then reads.
inline std::optional<QDateTime> fromUtcIsoTime(QStringView t)
{
    const qsizetype n = t.size();
    if (n < 20 || t.back() != u'Z' || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':'
        || t[16] != u':')
        return std::nullopt;
    const auto number = [&t](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    int ms = 0;
    if (n > 20) {
        const qsizetype digits = n - 21;
        if (t[19] != u'.' || digits < 1)
            return std::nullopt;
        const int fraction = number(20, std::min<qsizetype>(digits, 3));
        if (fraction < 0 || (digits > 3 && number(23, digits - 3) < 0))
            return std::nullopt;
        ms = fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
    }
    const int year = number(0, 4);
    const QDate date(year, number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), ms);
    if (year < 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

inline QDateTime fromStoredTime(const QString &text)
{
    if (std::optional<QDateTime> time = fromUtcIsoTime(text))
        return *time;
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// A time in UTC as ISO 8601, "2026-11-23T10:15:00.123Z" with milliseconds (the stored form) or
// "2026-11-23T10:15:00Z" without, written by hand: restoring 20,000 codings spent 30 ms in
// QDateTime::toString, and exporting them as many again.
inline QString toUtcIsoTime(const QDateTime &time, bool milliseconds)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return utc.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
    char text[24];
    char *out = text;
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
        out += digits;
    };
    const auto mark = [&out](char c) { *out++ = c; };
    put(d.year(), 4);
    mark('-');
    put(d.month(), 2);
    mark('-');
    put(d.day(), 2);
    mark('T');
    put(t.hour(), 2);
    mark(':');
    put(t.minute(), 2);
    mark(':');
    put(t.second(), 2);
    if (milliseconds) {
        mark('.');
        put(t.msec(), 3);
    }
    mark('Z');
    return QString::fromLatin1(text, out - text);
}

inline QString toStoredTime(const QDateTime &time)
{
    return toUtcIsoTime(time, true);
}

inline QString storedNow()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

inline QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tematik
