#include "ui/models/textrangemime.h"

#include <QMimeData>

namespace tematik {

QString TextRangeMime::type()
{
    return QStringLiteral("application/x-tematik-text-range");
}

void TextRangeMime::writeTo(QMimeData &data) const
{
    data.setData(type(), QByteArray::number(sourceId) + ' ' + QByteArray::number(start) + ' ' +
                             QByteArray::number(end));
}

std::optional<TextRangeMime> TextRangeMime::readFrom(const QMimeData &data)
{
    const QList<QByteArray> parts = data.data(type()).trimmed().split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok[3] = {false, false, false};
    TextRangeMime range{parts[0].toLongLong(&ok[0]), parts[1].toLongLong(&ok[1]),
                        parts[2].toLongLong(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2] || range.sourceId <= 0 || range.start < 0 || range.end <= range.start)
        return std::nullopt;
    return range;
}

} // namespace tematik
