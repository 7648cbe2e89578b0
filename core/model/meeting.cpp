#include "core/model/meeting.h"

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

} // namespace tematik
