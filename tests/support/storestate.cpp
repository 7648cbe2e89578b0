#include "tests/support/storestate.h"

#include "core/model/memo.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

namespace tematik::test {

QStringList storeState(Project &project)
{
    QStringList rows;
    for (const Code &c : project.codes().list()) {
        rows.append(QStringLiteral("code %1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(c.id)
                        .arg(c.guid, QString::number(c.parentId.value_or(0)), c.name, c.color,
                             QStringList{c.description, c.whenToUse, c.whenNotToUse, c.example}.join(u'|'))
                        .arg(c.position)
                        .arg(c.createdAt)
                        .arg(c.createdBy));
    }
    for (const Coding &c : project.codings().all()) {
        rows.append(QStringLiteral("coding %1 %2 %3 %4 %5-%6 %7 %8 %9")
                        .arg(c.id)
                        .arg(c.guid)
                        .arg(c.sourceId)
                        .arg(c.codeId)
                        .arg(c.start)
                        .arg(c.end)
                        .arg(c.coderId)
                        .arg(c.createdAt.toString(Qt::ISODateWithMs))
                        .arg(c.exemplar));
    }
    for (const ListedMemo &l : project.memos().list()) {
        const Memo &m = l.memo;
        rows.append(QStringLiteral("memo %1 %2 %3 %4 %5 %6:%7 %8 %9 %10")
                        .arg(m.id)
                        .arg(m.guid, memoKindName(m.kind), m.title, m.body)
                        .arg(int(m.target.kind))
                        .arg(m.target.id)
                        .arg(m.authorId)
                        .arg(m.createdAt, m.modifiedAt));
    }
    for (const Theme &t : project.themes().list()) {
        rows.append(QStringLiteral("theme %1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(t.id)
                        .arg(t.guid, QString::number(t.parentId.value_or(0)), Theme::kindName(t.kind), t.name,
                             t.definition, Theme::statusName(t.status))
                        .arg(t.position)
                        .arg(t.createdAt));
    }
    for (const Code &c : project.codes().list())
        rows.append(
            QStringLiteral("code %1 in theme %2").arg(c.id).arg(project.themes().themeOf(c.id).value_or(0)));
    return rows;
}

} // namespace tematik::test
