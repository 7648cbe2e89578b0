#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "tests/support/storestate.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace tematik;
using tematik::test::storeState;

namespace {

// The demo project with a dimension holding one theme that has two codes.
class ThemesEditor : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        ThemeStore &themes = project->themes();
        dimension = *themes.addDimension(QStringLiteral("Villkor"));
        theme = *themes.addTheme(QStringLiteral("Tid"), dimension);
        other = *themes.addTheme(QStringLiteral("Ensam"));
        first = project->codes().findByPath(QStringLiteral("Tid och mandat/För lite tid för uppdraget"))->id;
        second = project->codes().findByPath(QStringLiteral("Tid och mandat/Mandatet måste förtjänas"))->id;
        ASSERT_TRUE(themes.assignCode(first, theme).ok());
        ASSERT_TRUE(themes.assignCode(second, theme).ok());
    }

    // Runs an edit, then checks undo restores the store exactly and redo brings back the same rows.
    template <typename Edit> void roundTrip(Edit edit)
    {
        const QStringList before = storeState(*project);
        const int depth = stack.count();
        ASSERT_TRUE(edit());
        ASSERT_EQ(stack.count(), depth + 1);
        const QStringList after = storeState(*project);
        ASSERT_NE(after, before);
        for (int i = 0; i < 2; ++i) {
            stack.undo();
            EXPECT_EQ(storeState(*project), before);
            stack.redo();
            EXPECT_EQ(storeState(*project), after);
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    ThemeId dimension = 0, theme = 0, other = 0;
    CodeId first = 0, second = 0;
};

} // namespace

TEST_F(ThemesEditor, AddTheme)
{
    roundTrip(
        [&] { return editor->addTheme(QStringLiteral("Mandat"), dimension, QStringLiteral("d")).ok(); });
}

TEST_F(ThemesEditor, AddDimension)
{
    roundTrip([&] { return editor->addDimension(QStringLiteral("Relationer")).ok(); });
}

TEST_F(ThemesEditor, RenameDefineAndReview)
{
    roundTrip([&] { return editor->renameTheme(theme, QStringLiteral("  Tidsbrist ")).ok(); });
    roundTrip([&] { return editor->setThemeDefinition(theme, QStringLiteral("Tiden räcker inte.")).ok(); });
    roundTrip([&] { return editor->setThemeStatus(theme, Theme::Status::Final).ok(); });
    const int depth = stack.count();
    EXPECT_TRUE(editor->setThemeStatus(theme, Theme::Status::Final).ok());
    EXPECT_EQ(stack.count(), depth);
    EXPECT_FALSE(editor->renameTheme(theme, QString()).ok());
    EXPECT_EQ(stack.count(), depth);
}

TEST_F(ThemesEditor, MoveTheme)
{
    roundTrip([&] { return editor->moveTheme(other, dimension, 0).ok(); });
    roundTrip([&] { return editor->moveTheme(theme, std::nullopt, 0).ok(); });
}

TEST_F(ThemesEditor, RemoveTheme)
{
    roundTrip([&] { return editor->removeTheme(theme).ok(); });
}

TEST_F(ThemesEditor, RemoveDimension)
{
    roundTrip([&] { return editor->removeTheme(dimension).ok(); });
}

TEST_F(ThemesEditor, AssignCode)
{
    roundTrip([&] { return editor->assignCodeToTheme(first, other).ok(); });
    roundTrip([&] { return editor->assignCodeToTheme(second, std::nullopt).ok(); });
    const int depth = stack.count();
    EXPECT_FALSE(editor->assignCodeToTheme(first, dimension).ok());
    EXPECT_EQ(stack.count(), depth);
}

// A code's theme is part of the code: undoing its removal or merge puts it back in its theme.
TEST_F(ThemesEditor, RemovedOrMergedCodeComesBackInItsTheme)
{
    // Each round trip ends redone: undo it, and forget it, before the next.
    roundTrip([&] { return editor->removeCode(first).ok(); });
    stack.undo();
    stack.clear();
    const CodeId parent = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
    roundTrip([&] { return editor->removeCode(parent).ok(); });
    stack.undo();
    stack.clear();
    roundTrip([&] { return editor->mergeCodes(first, second).ok(); });
}

TEST_F(ThemesEditor, SetExemplar)
{
    const CodingId coding = project->codings().forCode(first).first().id;
    roundTrip([&] { return editor->setExemplar(coding, true).ok(); });
    roundTrip([&] { return editor->setExemplar(coding, false).ok(); });
}
