#include "core/interchange/variabletype.h"

#include <array>
#include <utility>

namespace tematik {
namespace {

constexpr std::array<std::pair<AttributeType, const char *>, 5> refiTypes{{
    {AttributeType::Text, "Text"},
    {AttributeType::Integer, "Integer"},
    {AttributeType::Decimal, "Float"},
    {AttributeType::Date, "Date"},
    {AttributeType::Boolean, "Boolean"},
}};

} // namespace

QString refiVariableType(AttributeType type)
{
    for (const auto &[attributeType, name] : refiTypes) {
        if (attributeType == type)
            return QLatin1String(name);
    }
    return QStringLiteral("Text");
}

QString refiValueElement(AttributeType type)
{
    return refiVariableType(type) + QLatin1String("Value");
}

std::optional<AttributeType> attributeTypeOfRefi(const QString &typeOfVariable)
{
    for (const auto &[attributeType, name] : refiTypes) {
        if (typeOfVariable.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return attributeType;
    }
    return std::nullopt;
}

} // namespace tematik
