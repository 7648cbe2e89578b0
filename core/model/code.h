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
};

} // namespace tematik
