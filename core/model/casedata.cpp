#include "core/model/casedata.h"

#include <QDate>
#include <QRegularExpression>

namespace tematik {

QString attributeTypeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Integer:
        return QStringLiteral("integer");
    case AttributeType::Decimal:
        return QStringLiteral("decimal");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Boolean:
        return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

std::optional<AttributeType> attributeTypeFromName(const QString &name)
{
    for (AttributeType t : {AttributeType::Text, AttributeType::Integer, AttributeType::Decimal, AttributeType::Date,
                            AttributeType::Boolean}) {
        if (attributeTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

std::optional<QString> canonicalValue(AttributeType type, const QString &value)
{
    const QString v = value.trimmed();
    switch (type) {
    case AttributeType::Text:
        return value;
    case AttributeType::Integer: {
        static const QRegularExpression re(QStringLiteral(R"(^[+-]?\d{1,18}$)"));
        if (!re.match(v).hasMatch())
            return std::nullopt;
        return QString::number(v.toLongLong());
    }
    case AttributeType::Decimal: {
        // Swedish spreadsheets write a decimal comma.
        static const QRegularExpression re(QStringLiteral(R"(^[+-]?(\d+([.,]\d*)?|[.,]\d+)$)"));
        if (!re.match(v).hasMatch())
            return std::nullopt;
        return QString::number(QString(v).replace(u',', u'.').toDouble(), 'g', 15);
    }
    case AttributeType::Date: {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid() || v.size() != 10)
            return std::nullopt;
        return d.toString(Qt::ISODate);
    }
    case AttributeType::Boolean: {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("ja") || l == QLatin1String("1"))
            return QStringLiteral("true");
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("nej") || l == QLatin1String("0"))
            return QStringLiteral("false");
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace tematik
