#pragma once

#include "core/model/casedata.h"

#include <QString>

#include <optional>

namespace tematik {

// REFI-QDA's variable types (a Variable's typeOfVariable) as the attribute types they stand for, both
// ways, for the export and the import alike. A value is written in the element named after its type:
// TextValue, IntegerValue, FloatValue, DateValue, BooleanValue.
QString refiVariableType(AttributeType type);
QString refiValueElement(AttributeType type);
// The type in any letter case; nullopt for a type that attributes do not have (Boolean, Integer, Float,
// Date and Text are all there is in the schema, but files write others).
std::optional<AttributeType> attributeTypeOfRefi(const QString &typeOfVariable);

} // namespace tematik
