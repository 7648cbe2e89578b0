#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>

namespace tematik {

// What a codebook says about a code beyond its name: the guidance that keeps coders consistent.
struct CodeDetails
{
    QString description; // the definition
    QString whenToUse;
    QString whenNotToUse;
    QString example;

    friend bool operator==(const CodeDetails &, const CodeDetails &) = default;
};

struct Code
{
    CodeId id = 0;
    QString guid;
    std::optional<CodeId> parentId;
    QString name;
    QString color; // "#rrggbb"
    QString description; // shown as the code's definition
    QString whenToUse;
    QString whenNotToUse;
    QString example;
    int position = 0; // order among siblings
    QString createdAt; // as stored (UTC, ISO 8601), so that a restored code is the same row
    CoderId createdBy = 0;

    CodeDetails details() const { return {description, whenToUse, whenNotToUse, example}; }
};

} // namespace tematik
