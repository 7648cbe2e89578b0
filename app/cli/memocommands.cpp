#include "app/cli/commandline.h"

#include "core/model/memo.h"
#include "core/store/codestore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"

#include <QJsonArray>
#include <QJsonObject>

// tematik-cli commands on memos: memos, memos add.

namespace tematik {

int CommandLine::runMemos(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("memos takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    QJsonArray list;
    for (const ListedMemo &l : project->memos().list()) {
        const Memo &m = l.memo;
        const QString kind = memoTargetKindName(m.target.kind);
        if (m_json) {
            QJsonObject target{{QStringLiteral("kind"), kind}};
            if (m.target.kind != MemoTarget::Kind::Project) {
                target.insert(QStringLiteral("id"), double(m.target.id));
                target.insert(QStringLiteral("name"), l.target.name);
            }
            if (m.target.kind == MemoTarget::Kind::Coding)
                target.insert(QStringLiteral("source"), l.target.sourceName);
            QJsonObject memo{{QStringLiteral("id"), double(m.id)},
                             {QStringLiteral("kind"), memoKindName(m.kind)},
                             {QStringLiteral("target"), target},
                             {QStringLiteral("title"), m.title},
                             {QStringLiteral("body"), m.body},
                             {QStringLiteral("created"), m.createdAt},
                             {QStringLiteral("modified"), m.modifiedAt}};
            if (m.meetingId != 0)
                memo.insert(QStringLiteral("meeting"), double(m.meetingId));
            list.append(memo);
        } else {
            // A coding is named by its code and its source; the rest by their own names.
            const QString name = l.target.sourceName.isEmpty() ? l.target.name
                                                                : l.target.name + u'\t' + l.target.sourceName;
            m_out << m.id << '\t' << kind << (name.isEmpty() ? QString() : u'\t' + name) << '\t' << m.modifiedAt
                  << '\t' << memoHeadline(m) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runMemoAdd(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("memos add takes a project and the memo’s text"));
    if (!m_memoSource.isEmpty() && !m_codePath.isEmpty())
        return usage(tr("a memo is on a source or on a code, not on both"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    MemoTarget target = MemoTarget::project();
    if (!m_memoSource.isEmpty()) {
        const qint64 source = sourceIdOf(*project, m_memoSource);
        if (source == 0)
            return 1;
        target = MemoTarget::source(source);
    } else if (!m_codePath.isEmpty()) {
        const auto code = project->codes().findByPath(m_codePath);
        if (!code)
            return fail(tr("no code “%1”").arg(m_codePath));
        target = MemoTarget::code(code->id);
    }
    Result<MemoId> id = project->memos().add(NewMemo{target, {}, args[1]});
    if (!id)
        return fail(id.error());
    return reportAdded(*id, tr("Added memo %1").arg(*id));
}

} // namespace tematik
