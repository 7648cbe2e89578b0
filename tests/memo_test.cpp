#include "core/import/sourceimport.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QSignalSpy>

using namespace tematik;

namespace {

// A project with one source, a code with a child, and a coding of the child.
class Memos : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        ASSERT_TRUE(project->setCoder(QStringLiteral("Anna")).ok());
        Result<ImportReport> r =
            SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
        ASSERT_TRUE(r.ok());
        source = r->sourceId;
        parent = *project->codes().add(NewCode{QStringLiteral("Tid och mandat"), std::nullopt, {}, {}});
        child = *project->codes().add(NewCode{QStringLiteral("Deadline vinner"), parent, {}, {}});
        coding = *project->codings().add(NewCoding{source, child, 100, 160});
    }

    MemoId add(const MemoTarget &target, const QString &body, MemoKind kind = MemoKind::Analytic)
    {
        Result<MemoId> id = project->memos().add(NewMemo{target, {}, body, kind});
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toStdString());
        return id.ok() ? *id : 0;
    }

    SourceId source = 0;
    CodeId parent = 0;
    CodeId child = 0;
    CodingId coding = 0;
};

} // namespace

TEST_F(Memos, OnTheProjectASourceACodeACodingAndACase)
{
    const CaseId ip1 = *project->cases().add(QStringLiteral("IP1"));
    QSignalSpy added(&project->notifier(), &ProjectNotifier::memoAdded);
    const MemoId onProject = add(MemoTarget::project(), QStringLiteral("Forskningsfrågan skärps."));
    const MemoId onSource = add(MemoTarget::source(source), QStringLiteral("Lång paus före svaret."));
    const MemoId onCode = add(MemoTarget::code(child), QStringLiteral("Gränsfall mot Mandat."));
    const MemoId onCoding = add(MemoTarget::coding(coding), QStringLiteral("Typexempel?"));
    const MemoId onCase = add(MemoTarget::ofCase(ip1), QStringLiteral("Läste utskriften."), MemoKind::MemberCheck);
    EXPECT_EQ(added.count(), 5);
    EXPECT_EQ(project->counts().memos, 5);

    const std::optional<Memo> memo = project->memos().find(onSource);
    ASSERT_TRUE(memo.has_value());
    EXPECT_EQ(memo->target, MemoTarget::source(source));
    EXPECT_EQ(memo->body, QStringLiteral("Lång paus före svaret."));
    EXPECT_EQ(memo->kind, MemoKind::Analytic);
    EXPECT_EQ(memo->authorId, project->coder());
    EXPECT_FALSE(memo->guid.isEmpty());
    EXPECT_EQ(memo->createdAt, memo->modifiedAt);
    EXPECT_EQ(project->memos().find(onCase)->kind, MemoKind::MemberCheck);

    const QList<ListedMemo> list = project->memos().list();
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list[0].memo.id, onProject);
    EXPECT_EQ(list[0].memo.target, MemoTarget::project());
    EXPECT_TRUE(list[0].target.name.isEmpty());
    EXPECT_EQ(list[1].target.name, QStringLiteral("interview-01"));
    EXPECT_EQ(list[2].memo.id, onCode);
    EXPECT_EQ(list[2].target.name, QStringLiteral("Tid och mandat/Deadline vinner"));
    EXPECT_EQ(list[3].memo.id, onCoding);
    EXPECT_EQ(list[3].target.name, QStringLiteral("Tid och mandat/Deadline vinner"));
    EXPECT_EQ(list[3].target.sourceName, QStringLiteral("interview-01"));
    EXPECT_EQ(list[4].target.name, QStringLiteral("IP1"));
    EXPECT_EQ(project->memos().listed(onCoding)->target.sourceName, QStringLiteral("interview-01"));

    // The project's memos are those on nothing else.
    const QList<Memo> projectMemos = project->memos().forTarget(MemoTarget::project());
    ASSERT_EQ(projectMemos.size(), 1);
    EXPECT_EQ(projectMemos[0].id, onProject);
    EXPECT_EQ(project->memos().forTarget(MemoTarget::code(parent)).size(), 0);
    EXPECT_EQ(project->memos().forTargets({MemoTarget::code(child), MemoTarget::coding(coding)}).size(), 2);
}

TEST_F(Memos, NothingToWriteOnIsAnError)
{
    EXPECT_FALSE(project->memos().add(NewMemo{MemoTarget::source(source + 9), {}, QStringLiteral("x")}).ok());
    EXPECT_FALSE(project->memos().add(NewMemo{MemoTarget::code(999), {}, QStringLiteral("x")}).ok());
    EXPECT_FALSE(project->memos().add(NewMemo{MemoTarget::coding(999), {}, QStringLiteral("x")}).ok());
    EXPECT_FALSE(project->memos().add(NewMemo{MemoTarget::theme(1), {}, QStringLiteral("x")}).ok());
    EXPECT_FALSE(project->memos().names(MemoTarget::ofCase(1)).has_value());
    EXPECT_FALSE(project->memos().setText(999, {}, QStringLiteral("x")).ok());
    EXPECT_FALSE(project->memos().remove(999).ok());
    EXPECT_EQ(project->counts().memos, 0);
}

TEST_F(Memos, EditingKeepsCreationAndMovesModification)
{
    const MemoId id = add(MemoTarget::source(source), QStringLiteral("Första"));
    const Memo before = *project->memos().find(id);
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::memoChanged);
    ASSERT_TRUE(project->memos().setText(id, QStringLiteral("Paus"), QStringLiteral("Första\nAndra")).ok());
    const Memo after = *project->memos().find(id);
    EXPECT_EQ(after.title, QStringLiteral("Paus"));
    EXPECT_EQ(after.body, QStringLiteral("Första\nAndra"));
    EXPECT_EQ(after.createdAt, before.createdAt);
    EXPECT_GE(after.modifiedAt, before.modifiedAt);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<MemoId>(), id);

    // Undo puts back the text and the time it was last modified.
    ASSERT_TRUE(project->memos().restoreText(before).ok());
    const Memo restored = *project->memos().find(id);
    EXPECT_EQ(restored.body, before.body);
    EXPECT_EQ(restored.title, before.title);
    EXPECT_EQ(restored.modifiedAt, before.modifiedAt);
}

TEST_F(Memos, RemovedMemosComeBackUnderTheirOldIds)
{
    const MemoId first = add(MemoTarget::code(parent), QStringLiteral("Ett"));
    const MemoId second = add(MemoTarget::coding(coding), QStringLiteral("Två"));
    const Memo a = *project->memos().find(first);
    const Memo b = *project->memos().find(second);
    QSignalSpy removed(&project->notifier(), &ProjectNotifier::memoRemoved);
    QSignalSpy added(&project->notifier(), &ProjectNotifier::memoAdded);
    ASSERT_TRUE(project->memos().remove(first).ok());
    ASSERT_TRUE(project->memos().remove(second).ok());
    EXPECT_EQ(removed.count(), 2);
    EXPECT_FALSE(project->memos().remove(first).ok());
    ASSERT_TRUE(project->memos().restore({a, b}).ok());
    EXPECT_EQ(added.count(), 2);
    const Memo c = *project->memos().find(second);
    EXPECT_EQ(c.guid, b.guid);
    EXPECT_EQ(c.target, b.target);
    EXPECT_EQ(c.createdAt, b.createdAt);
    EXPECT_EQ(c.authorId, b.authorId);
    EXPECT_EQ(c.modifiedAt, b.modifiedAt);
}

TEST_F(Memos, DeletingWhatAMemoIsOnRemovesItAndSaysSo)
{
    const CaseId ip1 = *project->cases().add(QStringLiteral("IP1"));
    const MemoId onParent = add(MemoTarget::code(parent), QStringLiteral("a"));
    const MemoId onCoding = add(MemoTarget::coding(coding), QStringLiteral("b"));
    const MemoId onSource = add(MemoTarget::source(source), QStringLiteral("c"));
    const MemoId onCase = add(MemoTarget::ofCase(ip1), QStringLiteral("d"));
    const MemoId onProject = add(MemoTarget::project(), QStringLiteral("e"));
    QSignalSpy removed(&project->notifier(), &ProjectNotifier::memoRemoved);
    const auto removedIds = [&] {
        QList<MemoId> ids;
        for (const QList<QVariant> &args : std::as_const(removed))
            ids.append(args.at(0).value<MemoId>());
        removed.clear();
        return ids;
    };

    // The code's subtree takes its coding and both memos with it.
    ASSERT_TRUE(project->codes().remove(parent).ok());
    EXPECT_EQ(removedIds(), (QList<MemoId>{onParent, onCoding}));

    const CodeId other = *project->codes().add(NewCode{QStringLiteral("Annan"), std::nullopt, {}, {}});
    const CodingId second = *project->codings().add(NewCoding{source, other, 0, 10});
    const MemoId onSecond = add(MemoTarget::coding(second), QStringLiteral("f"));
    const MemoId onThird = add(MemoTarget::coding(*project->codings().add(NewCoding{source, other, 20, 30})),
                               QStringLiteral("g"));
    ASSERT_TRUE(project->codings().remove(second).ok());
    EXPECT_EQ(removedIds(), QList<MemoId>{onSecond});

    ASSERT_TRUE(project->cases().remove(ip1).ok());
    EXPECT_EQ(removedIds(), QList<MemoId>{onCase});

    ASSERT_TRUE(project->sources().remove(source).ok());
    EXPECT_EQ(removedIds(), (QList<MemoId>{onSource, onThird}));

    const QList<ListedMemo> left = project->memos().list();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].memo.id, onProject);
}
