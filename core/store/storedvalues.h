#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tematik {

// How the project file writes times and identifiers: UTC, ISO 8601 with milliseconds; GUIDs in the
// lower-case, brace-less form REFI-QDA exchanges.
inline QString storedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Reading every coding's time made QDateTime::fromString the largest cost of loading a document's
// codings (about 3 µs each), so the one form we write, "2026-11-23T10:15:00.123Z", is read by hand;
// anything else goes to Qt's parser.
inline QDateTime fromStoredTime(const QString &text)
{
    const auto digits = [&text](int from, int count, int &value) {
        value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    int y, mo, d, h, mi, s, ms;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' && digits(0, 4, y) && digits(5, 2, mo)
        && digits(8, 2, d) && digits(11, 2, h) && digits(14, 2, mi) && digits(17, 2, s) && digits(20, 3, ms)) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, s, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tematik
