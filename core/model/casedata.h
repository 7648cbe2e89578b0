#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>

namespace tematik {

// A case: a participant (or another unit of analysis) that sources and speakers belong to.
struct CaseInfo
{
    CaseId id = 0;
    QString guid;
    QString name;
    QString description;
};

enum class AttributeType { Text, Integer, Decimal, Date, Boolean };

// A typed attribute of cases ("nivå", "år_i_tjänsten" …). Values are stored as canonical text:
// integers and decimals with a dot, dates as yyyy-MM-dd, booleans as true/false.
struct AttributeInfo
{
    AttributeId id = 0;
    QString guid;
    QString name;
    AttributeType type = AttributeType::Text;
};

// A speaker label of one source, and the case it belongs to, if any.
struct SpeakerInfo
{
    SpeakerId id = 0;
    SourceId sourceId = 0;
    QString label;
    std::optional<CaseId> caseId;
};

QString attributeTypeName(AttributeType type);
std::optional<AttributeType> attributeTypeFromName(const QString &name);
// The canonical stored form of value for the type, or nothing when it is not such a value.
std::optional<QString> canonicalValue(AttributeType type, const QString &value);

} // namespace tematik
