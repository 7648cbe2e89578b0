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

inline QDateTime fromStoredTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tematik
