#include "core/model/meeting.h"

#include <QCoreApplication>

namespace tematik {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Revised:
        return QStringLiteral("revised");
    case Verdict::Questioned:
        return QStringLiteral("questioned");
    case Verdict::Confirmed:
        break;
    }
    return QStringLiteral("confirmed");
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (const Verdict v : {Verdict::Confirmed, Verdict::Revised, Verdict::Questioned}) {
        if (verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Revised:
        return QCoreApplication::translate("Verdict", "Revised");
    case Verdict::Questioned:
        return QCoreApplication::translate("Verdict", "Questioned");
    case Verdict::Confirmed:
        break;
    }
    return QCoreApplication::translate("Verdict", "Confirmed");
}

} // namespace tematik
