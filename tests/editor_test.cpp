#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "ui/commands/editor.h"
#include "tests/support/storestate.h"
#include "tests/support/testenvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace tematik;
using tematik::test::storeState;

namespace {

class EditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        source = project->sources().list().first().id;
        code = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
    }

    // Runs an edit, then checks undo restores the store exactly and redo brings back the same rows.
    template<typename Edit>
    void roundTrip(Edit edit)
    {
        const QStringList before = storeState(*project);
        const int depth = stack.count();
        ASSERT_TRUE(edit());
        ASSERT_EQ(stack.count(), depth + 1);
        const QStringList after = storeState(*project);
        ASSERT_NE(after, before);
        stack.undo();
        EXPECT_EQ(storeState(*project), before);
        stack.redo();
        EXPECT_EQ(storeState(*project), after);
        stack.undo();
        EXPECT_EQ(storeState(*project), before);
        stack.redo();
        EXPECT_EQ(storeState(*project), after);
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    SourceId source = 0;
    CodeId code = 0;
};

} // namespace

TEST_F(EditorTest, AddCoding)
{
    roundTrip([&] { return editor->addCoding(NewCoding{source, code, 100, 160}).ok(); });
}

TEST_F(EditorTest, AddCodingsIsOneStep)
{
    const SourceId other = project->sources().list().last().id;
    roundTrip([&] {
        return editor->addCodings({NewCoding{source, code, 100, 160}, NewCoding{source, code, 200, 210},
                                   NewCoding{other, code, 5, 9}})
            .ok();
    });
}

TEST_F(EditorTest, RemoveCoding)
{
    const CodingId first = project->codings().all().first().id;
    roundTrip([&] { return editor->removeCoding(first).ok(); });
}

TEST_F(EditorTest, AddCode)
{
    roundTrip([&] { return editor->addCode(NewCode{QStringLiteral("Förtroende"), code, {}, QStringLiteral("Tillit")}).ok(); });
}

TEST_F(EditorTest, RenameRecolourDescribe)
{
    roundTrip([&] { return editor->renameCode(code, QStringLiteral("  Tid, mandat och resurser ")).ok(); });
    roundTrip([&] { return editor->setCodeColor(code, QStringLiteral("#ABCDEF")).ok(); });
    roundTrip([&] { return editor->setCodeDescription(code, QStringLiteral("Ny definition.")).ok(); });
    EXPECT_EQ(project->codes().find(code)->name, QStringLiteral("Tid, mandat och resurser"));
}

TEST_F(EditorTest, ChangeDetails)
{
    const CodeDetails details{QStringLiteral("Ny definition."), QStringLiteral("När tiden styr."),
                              QStringLiteral("Inte om lön."),
                              QStringLiteral("”Det blir det som har en deadline.”")};
    roundTrip([&] { return editor->setCodeDetails(code, details).ok(); });
    EXPECT_EQ(project->codes().find(code)->details(), details);
    // The same details again change nothing and push nothing.
    ASSERT_TRUE(editor->setCodeDetails(code, details).ok());
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(EditorTest, MoveReorderAndNest)
{
    const CodeId relations = project->codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    const CodeId child = project->codes().findByPath(QStringLiteral("Tid och mandat/Mandatet måste förtjänas"))->id;
    roundTrip([&] { return editor->moveCode(relations, std::nullopt, 0).ok(); });
    roundTrip([&] { return editor->moveCode(child, relations, 1).ok(); });
    roundTrip([&] { return editor->moveCode(code, relations, 0).ok(); });
    EXPECT_EQ(project->codes().path(child), QStringLiteral("Relationer och nätverk/Mandatet måste förtjänas"));
    EXPECT_EQ(project->codes().path(code), QStringLiteral("Relationer och nätverk/Tid och mandat"));
    // Where it is already: nothing pushed.
    ASSERT_TRUE(editor->moveCode(code, relations, 0).ok());
    EXPECT_EQ(stack.count(), 3);
    EXPECT_FALSE(editor->moveCode(relations, child, 0).ok());
    EXPECT_EQ(stack.count(), 3);
}

TEST_F(EditorTest, MergeWithCodingsChildrenDuplicatesAndMemos)
{
    const CodeId relations = project->codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    // A coding both codes already share, and one of their own for each; a memo on the merged code.
    ASSERT_TRUE(project->codings().add(NewCoding{source, code, 100, 160}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{source, relations, 100, 160}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{source, relations, 200, 260}).ok());
    const QByteArray memo = "INSERT INTO memos (guid, title, code_id, created_at, modified_at) VALUES "
                            "('c6f1e0c2-0000-4000-8000-000000000001', 'Relationer', "
                            + QByteArray::number(relations) + ", '2025-01-01', '2025-01-01')";
    ASSERT_TRUE(project->database().exec(memo.constData()).ok());
    const int subcodes = int(project->codes().subtree(code).size()) - 1;
    roundTrip([&] { return editor->mergeCodes(relations, code).ok(); });
    EXPECT_FALSE(project->codes().find(relations).has_value());
    EXPECT_EQ(project->codes().subtree(code).size(), subcodes + 3 + 1);
    EXPECT_EQ(project->codings().forCode(code).size(), 2);
}

TEST_F(EditorTest, RemoveCodeWithChildrenAndCodingsComesBackWhole)
{
    const int codings = int(project->codings().all().size());
    roundTrip([&] { return editor->removeCode(code).ok(); });
    stack.undo();
    EXPECT_EQ(project->codings().all().size(), codings);
    EXPECT_EQ(project->codes().subtree(code).size(), 4);
}

TEST_F(EditorTest, FailedEditsPushNothing)
{
    EXPECT_FALSE(editor->addCoding(NewCoding{source, code, 10, 5}).ok());
    EXPECT_FALSE(editor->renameCode(code, QStringLiteral("Relationer och nätverk")).ok()); // a sibling's name
    EXPECT_FALSE(editor->removeCode(99999).ok());
    EXPECT_FALSE(editor->mergeCodes(code, code).ok());
    EXPECT_FALSE(editor->moveCode(code, code, 0).ok());
    EXPECT_FALSE(editor->setCodeDetails(99999, CodeDetails{}).ok());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(EditorTest, UndoTellsTheViews)
{
    QSignalSpy codings(&project->notifier(), &ProjectNotifier::codingsChanged);
    ASSERT_TRUE(editor->addCoding(NewCoding{source, code, 0, 10}).ok());
    stack.undo();
    stack.redo();
    EXPECT_EQ(codings.count(), 3);
    EXPECT_EQ(codings.last().at(0).value<SourceId>(), source);
}

TEST_F(EditorTest, AFailedUndoIsReportedAndDropped)
{
    Result<CodingId> added = editor->addCoding(NewCoding{source, code, 0, 10});
    ASSERT_TRUE(added.ok());
    // Someone else removed the coding meanwhile (another window on the same file): undo cannot.
    ASSERT_TRUE(project->codings().remove(*added).ok());
    QSignalSpy failed(editor.get(), &Editor::failed);
    stack.undo();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(stack.count(), 0); // obsolete commands leave the stack
}

TEST_F(EditorTest, SetCodingBounds)
{
    const CodingId id = *project->codings().add(NewCoding{source, code, 10, 20});
    stack.clear();
    roundTrip([&] { return editor->setCodingBounds(id, 12, 40).ok(); });
    EXPECT_EQ(project->codings().find(id)->start, 12);
    EXPECT_EQ(project->codings().find(id)->end, 40);
    EXPECT_FALSE(editor->setCodingBounds(id, 40, 12).ok());
    EXPECT_FALSE(editor->setCodingBounds(id, 0, 10'000'000).ok());
}

TEST_F(EditorTest, CodingWithANewCodeIsOneStep)
{
    roundTrip([&] {
        return editor->addCodingWithNewCode(NewCode{QStringLiteral("Ny kod"), std::nullopt, {}, {}},
                                            NewCoding{source, 0, 5, 15})
            .ok();
    });
    const std::optional<Code> added = project->codes().findByPath(QStringLiteral("Ny kod"));
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(project->codings().forCode(added->id).size(), 1);
    // A coding the store refuses takes its new code with it: nothing is left and nothing is pushed.
    const int depth = stack.count();
    EXPECT_FALSE(editor->addCodingWithNewCode(NewCode{QStringLiteral("Utanför"), std::nullopt, {}, {}},
                                              NewCoding{source, 0, 5, 10'000'000})
                     .ok());
    EXPECT_FALSE(project->codes().findByPath(QStringLiteral("Utanför")).has_value());
    EXPECT_EQ(stack.count(), depth);
}

TEST_F(EditorTest, AddEditAndRemoveMemos)
{
    roundTrip([&] { return editor->addMemo(NewMemo{MemoTarget::source(source), {}, QStringLiteral("Paus.")}).ok(); });
    const MemoId id = project->memos().list().first().memo.id;
    editor->endMemoEdit();
    roundTrip([&] { return editor->setMemoText(id, QStringLiteral("Tystnad"), QStringLiteral("Lång paus.")).ok(); });
    roundTrip([&] { return editor->removeMemo(id).ok(); });
    roundTrip([&] { return editor->addMemo(NewMemo{MemoTarget::project(), {}, {}, MemoKind::MemberCheck}).ok(); });
}

TEST_F(EditorTest, OneMemoSessionIsOneUndoStep)
{
    Result<MemoId> id = editor->addMemo(NewMemo{MemoTarget::code(code), {}, QStringLiteral("G")});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gräns")).ok());
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gränsfall")).ok());
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gränsfall")).ok()); // no change, no step
    EXPECT_EQ(stack.count(), 1);
    const QStringList firstSession = storeState(*project);
    stack.undo();
    EXPECT_TRUE(project->memos().list().isEmpty());
    stack.redo();
    EXPECT_EQ(storeState(*project), firstSession);
    EXPECT_EQ(project->memos().find(*id)->body, QStringLiteral("Gränsfall"));

    // A new session is a new step, and an edit of another memo does not join this one.
    editor->endMemoEdit();
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gränsfall mot mandat")).ok());
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gränsfall mot mandat.")).ok());
    ASSERT_TRUE(editor->addMemo(NewMemo{MemoTarget::project(), {}, QStringLiteral("Fråga")}).ok());
    ASSERT_TRUE(editor->setMemoText(*id, {}, QStringLiteral("Gränsfall mot mandat!")).ok());
    EXPECT_EQ(stack.count(), 4);
    stack.undo();
    stack.undo();
    EXPECT_EQ(project->memos().find(*id)->body, QStringLiteral("Gränsfall mot mandat."));
    stack.undo();
    EXPECT_EQ(storeState(*project), firstSession);
}

TEST_F(EditorTest, RemovingACodeOrCodingTakesItsMemosAndUndoBringsThemBack)
{
    const CodeId child = project->codes().subtree(code).at(1).id;
    const QList<Coding> childCodings = project->codings().forCode(child);
    ASSERT_FALSE(childCodings.isEmpty());
    ASSERT_TRUE(project->memos().add(NewMemo{MemoTarget::code(code), {}, QStringLiteral("Om koden")}).ok());
    ASSERT_TRUE(project->memos().add(NewMemo{MemoTarget::code(child), {}, QStringLiteral("Om barnet")}).ok());
    ASSERT_TRUE(
        project->memos().add(NewMemo{MemoTarget::coding(childCodings.first().id), {}, QStringLiteral("Om kodningen")}).ok());
    ASSERT_TRUE(project->memos().add(NewMemo{MemoTarget::source(source), {}, QStringLiteral("Stannar")}).ok());
    roundTrip([&] { return editor->removeCode(code).ok(); });
    EXPECT_EQ(project->memos().list().size(), 1);
    stack.undo();
    EXPECT_EQ(project->memos().list().size(), 4);
    stack.clear();
    roundTrip([&] { return editor->removeCoding(childCodings.first().id).ok(); });
    EXPECT_EQ(project->memos().list().size(), 3);
    stack.undo();
    EXPECT_EQ(project->memos().forTarget(MemoTarget::coding(childCodings.first().id)).size(), 1);
}
