#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>

namespace tematik {

struct Code
{
    CodeId id = 0;
    QString guid;
    std::optional<CodeId> parentId;
    QString name;
    QString color; // "#rrggbb"
    QString description;
    int position = 0; // order among siblings
    QString createdAt; // as stored (UTC, ISO 8601), so that a restored code is the same row
    CoderId createdBy = 0;
};

} // namespace tematik
