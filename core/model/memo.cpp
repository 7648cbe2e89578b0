#include "core/model/memo.h"

#include <QList>

namespace tematik {

QString memoHeadline(const Memo &memo)
{
    if (!memo.title.trimmed().isEmpty())
        return memo.title.trimmed();
    for (QStringView line : QStringView(memo.body).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed().toString();
    }
    return {};
}

QString memoKindName(MemoKind kind)
{
    return kind == MemoKind::MemberCheck ? QStringLiteral("member_check") : QStringLiteral("analytic");
}

std::optional<MemoKind> memoKindFromName(const QString &name)
{
    for (MemoKind k : {MemoKind::Analytic, MemoKind::MemberCheck}) {
        if (memoKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString memoTargetKindName(MemoTarget::Kind kind)
{
    switch (kind) {
    case MemoTarget::Kind::Project:
        return QStringLiteral("project");
    case MemoTarget::Kind::Source:
        return QStringLiteral("source");
    case MemoTarget::Kind::Code:
        return QStringLiteral("code");
    case MemoTarget::Kind::Coding:
        return QStringLiteral("coding");
    case MemoTarget::Kind::Case:
        return QStringLiteral("case");
    case MemoTarget::Kind::Theme:
        return QStringLiteral("theme");
    }
    return QStringLiteral("project");
}

} // namespace tematik
