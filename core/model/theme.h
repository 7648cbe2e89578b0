#pragma once

#include "core/model/ids.h"

#include <QString>
#include <optional>

namespace tematik {

// A theme gathers codes into a pattern of meaning; a dimension gathers themes. Dimensions sit at the
// top level; a theme sits under one dimension or at the top level.
struct Theme
{
    enum class Kind
    {
        Theme,
        Dimension
    };
    enum class Status
    {
        Candidate,
        Reviewed,
        Final
    };

    ThemeId id = 0;
    QString guid;
    std::optional<ThemeId> parentId; // the dimension of a theme; never set for a dimension
    Kind kind = Kind::Theme;
    QString name;
    QString definition;
    Status status = Status::Candidate;
    int position = 0;  // order among siblings
    QString createdAt; // as stored (UTC, ISO 8601), so that a restored theme is the same row

    // The names the project file and the command line use: "theme", "dimension"; "candidate",
    // "reviewed", "final". The parsers return nothing for any other name.
    static QString kindName(Kind kind)
    {
        return kind == Kind::Dimension ? QStringLiteral("dimension") : QStringLiteral("theme");
    }
    static std::optional<Kind> kindFromName(const QString &name)
    {
        if (name == QLatin1String("theme"))
            return Kind::Theme;
        if (name == QLatin1String("dimension"))
            return Kind::Dimension;
        return std::nullopt;
    }
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Reviewed:
            return QStringLiteral("reviewed");
        case Status::Final:
            return QStringLiteral("final");
        case Status::Candidate:
            break;
        }
        return QStringLiteral("candidate");
    }
    static std::optional<Status> statusFromName(const QString &name)
    {
        if (name == QLatin1String("candidate"))
            return Status::Candidate;
        if (name == QLatin1String("reviewed"))
            return Status::Reviewed;
        if (name == QLatin1String("final"))
            return Status::Final;
        return std::nullopt;
    }
};

} // namespace tematik
