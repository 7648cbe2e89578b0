#include "core/interchange/interchangereport.h"

#include <QJsonArray>

namespace tematik {

QString InterchangeReport::summary() const
{
    // Plain digits: the command line prints this for scripts too.
    return tr("Kept %1, changed %2, dropped %3.").arg(m_kept.size()).arg(m_changed.size()).arg(m_dropped.size());
}

QString InterchangeReport::toText() const
{
    QString text = summary() + u'\n';
    const auto group = [&text](const QString &heading, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        text += heading + u'\n';
        for (const QString &line : lines)
            text += QStringLiteral("  ") + line + u'\n';
    };
    group(tr("Kept (%1):").arg(m_kept.size()), m_kept);
    group(tr("Changed (%1):").arg(m_changed.size()), m_changed);
    group(tr("Dropped (%1):").arg(m_dropped.size()), m_dropped);
    return text;
}

QJsonObject InterchangeReport::toJson() const
{
    return {{QStringLiteral("kept"), QJsonArray::fromStringList(m_kept)},
            {QStringLiteral("changed"), QJsonArray::fromStringList(m_changed)},
            {QStringLiteral("dropped"), QJsonArray::fromStringList(m_dropped)}};
}

} // namespace tematik
