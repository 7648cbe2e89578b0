#include "core/store/codestore.h"
#include "core/store/memostore.h"
#include "core/store/projectnotifier.h"
#include "core/store/themestore.h"
#include "tests/support/projecttest.h"

#include <QSignalSpy>

using namespace tematik;

namespace {

class Themes : public test::ProjectTest
{
protected:
    ThemeStore &themes() { return project->themes(); }

    ThemeId theme(const QString &name, std::optional<ThemeId> dimension = std::nullopt)
    {
        Result<ThemeId> id = themes().addTheme(name, dimension);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    ThemeId dimension(const QString &name)
    {
        Result<ThemeId> id = themes().addDimension(name);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    CodeId code(const QString &name)
    {
        Result<CodeId> id = project->codes().add(NewCode{name, std::nullopt, {}, {}});
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    QStringList names()
    {
        QStringList result;
        for (const Theme &t : themes().list())
            result.append((t.parentId ? QStringLiteral("  ") : QString()) + t.name);
        return result;
    }
};

} // namespace

TEST_F(Themes, ListsDimensionsWithTheirThemesInOrder)
{
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    theme(QStringLiteral("Ensam"));
    const ThemeId load = theme(QStringLiteral("Tidsbrist"), work);
    theme(QStringLiteral("Mandat"), work);
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Arbetet"), QStringLiteral("  Tidsbrist"),
                                    QStringLiteral("  Mandat"), QStringLiteral("Ensam")}));
    const std::optional<Theme> t = themes().find(load);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->kind, Theme::Kind::Theme);
    EXPECT_EQ(t->status, Theme::Status::Candidate);
    EXPECT_EQ(t->parentId, work);
    EXPECT_EQ(themes().findByName(QStringLiteral("Mandat"))->parentId, work);
}

TEST_F(Themes, NamesAreUniqueAmongSiblings)
{
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    const ThemeId other = dimension(QStringLiteral("Samverkan"));
    theme(QStringLiteral("Tid"), work);
    EXPECT_FALSE(themes().addTheme(QStringLiteral("Tid"), work).ok());
    EXPECT_FALSE(themes().addTheme(QStringLiteral("Arbetet")).ok()); // beside the dimension
    EXPECT_FALSE(themes().addTheme(QStringLiteral("  ")).ok());
    const ThemeId time2 = theme(QStringLiteral("Tid"), other); // another dimension: fine
    theme(QStringLiteral("Annat"), other);
    EXPECT_FALSE(themes().rename(time2, QStringLiteral("Annat")).ok());
    EXPECT_FALSE(themes().move(time2, work, 0).ok());
    EXPECT_TRUE(themes().rename(time2, QStringLiteral("Tid 2")).ok());
    EXPECT_TRUE(themes().move(time2, work, 0).ok());
}

TEST_F(Themes, DimensionsStayAtTheTopAndHoldOnlyThemes)
{
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    const ThemeId other = dimension(QStringLiteral("Samverkan"));
    const ThemeId t = theme(QStringLiteral("Tid"), work);
    EXPECT_FALSE(themes().move(other, work, 0).ok());
    EXPECT_FALSE(themes().addTheme(QStringLiteral("Inne"), t).ok());
    EXPECT_FALSE(themes().move(t, t, 0).ok());
    const CodeId c = code(QStringLiteral("Deadline"));
    EXPECT_FALSE(themes().assignCode(c, work).ok());
}

TEST_F(Themes, MoveReordersAndPlaceUndoesIt)
{
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    const ThemeId a = theme(QStringLiteral("A"), work);
    theme(QStringLiteral("B"), work);
    const ThemeId c = theme(QStringLiteral("C"));
    const QStringList before = names();
    Result<QList<ThemePlacement>> moved = themes().move(c, work, 1);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Arbetet"), QStringLiteral("  A"), QStringLiteral("  C"),
                                    QStringLiteral("  B")}));
    ASSERT_TRUE(themes().place(*moved).ok());
    EXPECT_EQ(names(), before);
    ASSERT_TRUE(themes().move(a, std::nullopt, 0).ok());
    EXPECT_EQ(names().first(), QStringLiteral("A"));
}

TEST_F(Themes, ACodeBelongsToAtMostOneTheme)
{
    const ThemeId a = theme(QStringLiteral("A"));
    const ThemeId b = theme(QStringLiteral("B"));
    const CodeId c = code(QStringLiteral("Deadline"));
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codeThemeChanged);
    Result<std::optional<ThemeId>> first = themes().assignCode(c, a);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value());
    Result<std::optional<ThemeId>> second = themes().assignCode(c, b);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*second, a);
    EXPECT_EQ(themes().themeOf(c), b);
    EXPECT_TRUE(themes().codesOf(a).isEmpty());
    EXPECT_EQ(themes().codesOf(b), QList<CodeId>{c});
    EXPECT_EQ(changed.count(), 2);
    ASSERT_TRUE(themes().assignCode(c, std::nullopt).ok());
    EXPECT_FALSE(themes().themeOf(c));
    EXPECT_FALSE(themes().assignCode(9999, a).ok());
}

TEST_F(Themes, RemovingAThemeUnassignsItsCodesAndRestoreBringsThemBack)
{
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    const ThemeId t = theme(QStringLiteral("Tid"), work);
    const CodeId c1 = code(QStringLiteral("Deadline"));
    const CodeId c2 = code(QStringLiteral("Mandat"));
    ASSERT_TRUE(themes().assignCode(c1, t).ok());
    ASSERT_TRUE(themes().assignCode(c2, t).ok());
    ASSERT_TRUE(themes().setStatus(t, Theme::Status::Reviewed).ok());
    ASSERT_TRUE(
        project->memos().add(NewMemo{MemoTarget::theme(t), QStringLiteral("m"), QStringLiteral("x")}).ok());
    const Theme before = *themes().find(t);
    EXPECT_EQ(themes().codesOf(work), (QList<CodeId>{c1, c2}));

    QSignalSpy removed(&project->notifier(), &ProjectNotifier::themeRemoved);
    Result<ThemeRemoval> removal = themes().remove(t);
    ASSERT_TRUE(removal.ok()) << removal.error().toStdString();
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(themes().find(t));
    EXPECT_FALSE(themes().themeOf(c1));
    EXPECT_TRUE(project->memos().forTarget(MemoTarget::theme(t)).isEmpty());

    ASSERT_TRUE(themes().restore(*removal).ok());
    const std::optional<Theme> after = themes().find(t);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->guid, before.guid);
    EXPECT_EQ(after->status, Theme::Status::Reviewed);
    EXPECT_EQ(after->parentId, work);
    EXPECT_EQ(themes().codesOf(t), (QList<CodeId>{c1, c2}));
    EXPECT_EQ(project->memos().forTarget(MemoTarget::theme(t)).size(), 1);
}

TEST_F(Themes, RemovingADimensionLiftsItsThemes)
{
    theme(QStringLiteral("Först"));
    const ThemeId work = dimension(QStringLiteral("Arbetet"));
    const ThemeId a = theme(QStringLiteral("A"), work);
    theme(QStringLiteral("B"), work);
    const QStringList before = names();
    Result<ThemeRemoval> removal = themes().remove(work);
    ASSERT_TRUE(removal.ok());
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Först"), QStringLiteral("A"), QStringLiteral("B")}));
    ASSERT_TRUE(themes().restore(*removal).ok());
    EXPECT_EQ(names(), before);
    EXPECT_EQ(themes().find(a)->parentId, work);

    // A lifted theme may not take the name of a top-level row.
    theme(QStringLiteral("A"));
    EXPECT_FALSE(themes().remove(work).ok());
    EXPECT_TRUE(themes().find(work));
}
