#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "tests/support/storestate.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/themeboardmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

using namespace tematik;
using tematik::test::storeState;

namespace {

using Kind = ThemeBoardModel::NodeKind;

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.takeError());
}

// The board as the model shows it, depth first: one "indented name<TAB>codes<TAB>codings<TAB>sources"
// line a row (a code has no count of codes: "-").
void collect(const QAbstractItemModel &model, const QModelIndex &parent, const QString &indent,
             QStringList &rows)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const bool code = Kind(index.data(ThemeBoardModel::NodeKindRole).toInt()) == Kind::Code;
        rows.append(indent + index.data().toString() + u'\t' +
                    (code ? QStringLiteral("-") : index.data(ThemeBoardModel::CodeCountRole).toString()) +
                    u'\t' + index.data(ThemeBoardModel::CodingsRole).toString() + u'\t' +
                    index.data(ThemeBoardModel::SourcesRole).toString());
        collect(model, index, indent + QStringLiteral("  "), rows);
    }
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList rows;
    collect(model, {}, {}, rows);
    return rows;
}

// The same, as the project has it, counted from the codings themselves.
QStringList stored(Project &project)
{
    const QList<Code> codes = project.codes().list();
    QHash<QString, int> names;
    for (const Code &c : codes)
        ++names[c.name];
    const auto group = [&](const QList<CodeId> &members, const QString &name, const QString &indent) {
        QSet<SourceId> sources;
        int codings = 0;
        QStringList cards;
        for (const Code &c : codes) {
            if (!members.contains(c.id))
                continue;
            QSet<SourceId> own;
            const QList<Coding> list = project.codings().forCode(c.id);
            for (const Coding &coding : list)
                own.insert(coding.sourceId);
            sources += own;
            codings += int(list.size());
            const QString shownName =
                names[c.name] > 1 ? project.codes().path(c.id).replace(u'/', QStringLiteral(" / ")) : c.name;
            cards.append(indent + QStringLiteral("  ") + shownName +
                         QStringLiteral("\t-\t%1\t%2").arg(list.size()).arg(own.size()));
        }
        return QStringList{
                   indent + name +
                   QStringLiteral("\t%1\t%2\t%3").arg(members.size()).arg(codings).arg(sources.size())} +
               cards;
    };
    QList<CodeId> tray;
    for (const Code &c : codes) {
        if (!project.themes().themeOf(c.id))
            tray.append(c.id);
    }
    QStringList rows = group(tray, QStringLiteral("Not in a theme"), {});
    QStringList loose;
    for (const Theme &t : project.themes().list()) {
        if (t.kind == Theme::Kind::Dimension) {
            rows += group(project.themes().codesOf(t.id), t.name, {}).first();
            continue;
        }
        QStringList &into = t.parentId ? rows : loose;
        into += group(project.themes().codesOf(t.id), t.name, t.parentId ? QStringLiteral("  ") : QString());
    }
    return rows + loose;
}

// The demo project with two dimensions: "Villkor" holding the themes "Tid" and "Mandat", "Samverkan"
// holding "Nätverk"; and the theme "Styrning" in no dimension.
class ThemeBoardModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        ThemeStore &themes = project->themes();
        conditions = *themes.addDimension(QStringLiteral("Villkor"));
        time = *themes.addTheme(QStringLiteral("Tid"), conditions);
        mandate = *themes.addTheme(QStringLiteral("Mandat"), conditions);
        loose = *themes.addTheme(QStringLiteral("Styrning"));
        cooperation = *themes.addDimension(QStringLiteral("Samverkan"));
        network = *themes.addTheme(QStringLiteral("Nätverk"), cooperation);
        deadline = id("Tid och mandat/Prevention förlorar mot uppgifter med deadline");
        tooLittle = id("Tid och mandat/För lite tid för uppdraget");
        earned = id("Tid och mandat/Mandatet måste förtjänas");
        strength = id("Relationer och nätverk/Nätverket som kraftkälla");
        ASSERT_TRUE(themes.assignCode(deadline, time).ok());
        ASSERT_TRUE(themes.assignCode(tooLittle, time).ok());
        ASSERT_TRUE(themes.assignCode(earned, mandate).ok());
        ASSERT_TRUE(themes.assignCode(strength, network).ok());
        model = std::make_unique<ThemeBoardModel>(*project, editor.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    CodeId id(const char *path) const { return project->codes().findByPath(QString::fromUtf8(path))->id; }

    std::unique_ptr<QMimeData> drag(const QModelIndex &index) const
    {
        return std::unique_ptr<QMimeData>(model->mimeData({index}));
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    std::unique_ptr<ThemeBoardModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ThemeId conditions = 0, time = 0, mandate = 0, loose = 0, cooperation = 0, network = 0;
    CodeId deadline = 0, tooLittle = 0, earned = 0, strength = 0;
};

} // namespace

TEST_F(ThemeBoardModelTest, ShowsTrayDimensionsThemesAndCodesWithTheirCounts)
{
    EXPECT_EQ(shown(*model), stored(*project));
    // The tray first, then the dimensions in order, then the theme in no dimension.
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->trayIndex().row(), 0);
    EXPECT_EQ(model->kindAt(model->index(1, 0)), Kind::Dimension);
    EXPECT_EQ(model->themeAt(model->index(1, 0)), conditions);
    EXPECT_EQ(model->themeAt(model->index(2, 0)), cooperation);
    EXPECT_EQ(model->themeAt(model->index(3, 0)), loose);
    EXPECT_EQ(model->themeIndex(mandate).parent(), model->themeIndex(conditions));
    // Codes in the codebook's order, subcodes too; the demo's codings count.
    const QModelIndex tid = model->themeIndex(time);
    ASSERT_EQ(model->rowCount(tid), 2);
    EXPECT_EQ(model->codeAt(model->index(0, 0, tid)), deadline);
    EXPECT_EQ(model->codeAt(model->index(1, 0, tid)), tooLittle);
    EXPECT_EQ(tid.data(ThemeBoardModel::CodeCountRole).toInt(), 2);
    const CodeUse use = project->codings().useByCode().value(deadline);
    EXPECT_GT(use.codings, 0);
    EXPECT_EQ(model->codeIndex(deadline).data(ThemeBoardModel::CodingsRole).toInt(), use.codings);
    EXPECT_EQ(model->codeIndex(deadline).data(ThemeBoardModel::SourcesRole).toInt(), use.sources);
    EXPECT_EQ(model->codeIndex(deadline).data(ThemeBoardModel::ColorRole).value<QColor>(),
              QColor(project->codes().find(deadline)->color));
    EXPECT_EQ(model->themeIndex(time).data(ThemeBoardModel::StatusRole).toInt(),
              int(Theme::Status::Candidate));
    EXPECT_EQ(model->themeIndex(conditions).data(ThemeBoardModel::CodeCountRole).toInt(), 3);
    // The tray holds the other eight codes, parents and subcodes alike.
    EXPECT_EQ(model->rowCount(model->trayIndex()), 8);
    EXPECT_EQ(model->themeOfCode(deadline), time);
    EXPECT_EQ(model->themeOfCode(id("Tid och mandat")), std::nullopt);
    // A card shows its path when its name alone does not say which code it is, and always as tooltip.
    EXPECT_EQ(model->codeIndex(earned).data(ThemeBoardModel::PathRole).toString(),
              QStringLiteral("Tid och mandat / Mandatet måste förtjänas"));
    EXPECT_TRUE(model->codeIndex(earned)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Tid och mandat / Mandatet måste förtjänas\n")));
    const CodeId other = *editor->addCode(
        NewCode{QStringLiteral("Mandatet måste förtjänas"), id("Styrdokument i praktiken"), {}, {}});
    EXPECT_EQ(model->codeIndex(other).data().toString(),
              QStringLiteral("Styrdokument i praktiken / Mandatet måste förtjänas"));
    EXPECT_EQ(model->codeIndex(earned).data().toString(),
              QStringLiteral("Tid och mandat / Mandatet måste förtjänas"));
    EXPECT_EQ(model->codeIndex(strength).data().toString(), QStringLiteral("Nätverket som kraftkälla"));
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(ThemeBoardModelTest, FollowsEveryEditWithoutAReset)
{
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layouts(model.get(), &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy moved(model.get(), &QAbstractItemModel::rowsMoved);
    const QStringList before = shown(*model);

    // A persistent index (a view's current card) follows its code from theme to theme.
    const QPersistentModelIndex card = model->codeIndex(deadline);
    ASSERT_TRUE(editor->assignCodeToTheme(deadline, network).ok());
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(card.parent(), model->themeIndex(network));
    EXPECT_EQ(shown(*model), stored(*project));
    ASSERT_TRUE(editor->assignCodeToTheme(deadline, std::nullopt).ok());
    EXPECT_EQ(card.parent(), model->trayIndex());
    EXPECT_EQ(shown(*model), stored(*project));

    const auto step = [&](Status done) {
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
        EXPECT_EQ(shown(*model), stored(*project));
    };
    step(editor->moveTheme(mandate, cooperation, 0));
    step(editor->moveTheme(loose, std::nullopt, 0)); // first in the store, still shown after the dimensions
    step(editor->renameTheme(time, QStringLiteral("Tidsbrist")));
    step(editor->setThemeStatus(time, Theme::Status::Final));
    EXPECT_EQ(model->themeIndex(time).data(ThemeBoardModel::StatusRole).toInt(), int(Theme::Status::Final));
    step(statusOf(editor->addTheme(QStringLiteral("Förtroende"), conditions)));
    step(editor->removeTheme(network));    // its code goes to the tray
    step(editor->removeTheme(conditions)); // its themes go to the top level
    step(statusOf(editor->addCode(NewCode{QStringLiteral("Ny kod"), id("Tid och mandat"), {}, {}})));
    step(editor->renameCode(id("Tid och mandat"), QStringLiteral("Tid")));
    step(editor->moveCode(tooLittle, std::nullopt, 0));
    step(editor->mergeCodes(id("Relationer och nätverk/Informella kollegiala nätverk"),
                            id("Relationer och nätverk/Sårbara relationer i liten kommun")));
    step(editor->removeCode(id("Relationer och nätverk"))); // with a code that was in a theme before

    while (stack.canUndo()) {
        stack.undo();
        EXPECT_EQ(shown(*model), stored(*project));
    }
    EXPECT_EQ(shown(*model), before);
    while (stack.canRedo()) {
        stack.redo();
        EXPECT_EQ(shown(*model), stored(*project));
    }
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ThemeBoardModelTest, CountsFollowCodings)
{
    const SourceId first = project->sources().list().at(0).id;
    const SourceId second = project->sources().list().at(1).id;
    const int codings = model->themeIndex(network).data(ThemeBoardModel::CodingsRole).toInt();
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(editor->addCoding(NewCoding{first, strength, 0, 10}).ok());
    ASSERT_TRUE(editor->addCoding(NewCoding{second, strength, 0, 10}).ok());
    EXPECT_GE(changed.count(), 2);
    EXPECT_EQ(model->themeIndex(network).data(ThemeBoardModel::CodingsRole).toInt(), codings + 2);
    EXPECT_EQ(shown(*model), stored(*project));
    ASSERT_TRUE(project->sources().remove(first).ok());
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(ThemeBoardModelTest, DroppedCardsGoIntoThemesOrTheTray)
{
    const QStringList start = storeState(*project);
    // A card on a theme: into it.
    std::unique_ptr<QMimeData> card = drag(model->codeIndex(strength));
    ASSERT_TRUE(card);
    EXPECT_TRUE(card->hasFormat(ThemeBoardModel::cardMimeType()));
    ASSERT_TRUE(model->canDropMimeData(card.get(), Qt::MoveAction, -1, -1, model->themeIndex(time)));
    ASSERT_TRUE(model->dropMimeData(card.get(), Qt::MoveAction, -1, -1, model->themeIndex(time)));
    EXPECT_EQ(project->themes().themeOf(strength), time);
    EXPECT_EQ(model->codeIndex(strength).parent(), model->themeIndex(time));
    // On another card: into that card's theme.
    ASSERT_TRUE(model->dropMimeData(card.get(), Qt::MoveAction, -1, -1, model->codeIndex(earned)));
    EXPECT_EQ(project->themes().themeOf(strength), mandate);
    // On the tray: out of any theme.
    ASSERT_TRUE(model->dropMimeData(card.get(), Qt::MoveAction, 0, 0, model->trayIndex()));
    EXPECT_EQ(project->themes().themeOf(strength), std::nullopt);
    EXPECT_EQ(model->codeIndex(strength).parent(), model->trayIndex());
    // Never on a dimension or between the columns: a code belongs to a theme.
    EXPECT_FALSE(model->canDropMimeData(card.get(), Qt::MoveAction, -1, -1, model->themeIndex(conditions)));
    EXPECT_FALSE(model->canDropMimeData(card.get(), Qt::MoveAction, 1, 0, {}));

    // A code dragged from the codebook lands the same way.
    CodebookModel codebook(*project, editor.get());
    std::unique_ptr<QMimeData> fromCodebook(
        codebook.mimeData({codebook.indexOf(id("Styrdokument i praktiken"))}));
    ASSERT_TRUE(model->dropMimeData(fromCodebook.get(), Qt::CopyAction, -1, -1, model->themeIndex(loose)));
    EXPECT_EQ(project->themes().themeOf(id("Styrdokument i praktiken")), loose);
    EXPECT_EQ(stack.count(), 4);
    EXPECT_EQ(shown(*model), stored(*project));

    // A card is not a code to move in the codebook.
    EXPECT_FALSE(
        codebook.canDropMimeData(card.get(), Qt::MoveAction, -1, -1, codebook.indexOf(id("Tid och mandat"))));

    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(storeState(*project), start);
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(ThemeBoardModelTest, DroppedThemesMoveBetweenDimensions)
{
    const QStringList start = storeState(*project);
    std::unique_ptr<QMimeData> dragged = drag(model->themeIndex(loose));
    ASSERT_TRUE(dragged && dragged->hasFormat(ThemeBoardModel::themeMimeType()));
    // On a dimension, before its second theme.
    ASSERT_TRUE(model->dropMimeData(dragged.get(), Qt::MoveAction, 1, 0, model->themeIndex(conditions)));
    EXPECT_EQ(project->themes().find(loose)->parentId, conditions);
    EXPECT_EQ(model->themeIndex(loose).parent(), model->themeIndex(conditions));
    EXPECT_EQ(model->themeIndex(loose).row(), 1);
    // Down among its own siblings: the row counts the dragged theme itself.
    ASSERT_TRUE(model->dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, model->themeIndex(conditions)));
    EXPECT_EQ(model->themeIndex(loose).row(), 2);
    // On a theme: in its place, in its dimension.
    ASSERT_TRUE(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->themeIndex(network)));
    EXPECT_EQ(project->themes().find(loose)->parentId, cooperation);
    EXPECT_EQ(model->themeIndex(loose).row(), 0);
    // At the end of the top level: out of any dimension.
    ASSERT_TRUE(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_EQ(project->themes().find(loose)->parentId, std::nullopt);
    EXPECT_EQ(model->themeIndex(loose).row(), 3);
    EXPECT_EQ(shown(*model), stored(*project));

    // A dimension moves among the dimensions only.
    std::unique_ptr<QMimeData> dimension = drag(model->themeIndex(cooperation));
    EXPECT_FALSE(model->canDropMimeData(dimension.get(), Qt::MoveAction, -1, -1, model->themeIndex(time)));
    ASSERT_TRUE(model->dropMimeData(dimension.get(), Qt::MoveAction, -1, -1, model->themeIndex(conditions)));
    EXPECT_EQ(model->themeAt(model->index(1, 0)), cooperation);
    EXPECT_EQ(model->themeAt(model->index(2, 0)), conditions);
    EXPECT_EQ(shown(*model), stored(*project));
    // The tray is no place for a theme, nor a code for one.
    EXPECT_FALSE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->trayIndex()));
    EXPECT_FALSE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->codeIndex(earned)));
    EXPECT_EQ(model->mimeData({model->trayIndex()}), nullptr);

    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(storeState(*project), start);
    EXPECT_EQ(shown(*model), stored(*project));
}

TEST_F(ThemeBoardModelTest, RenamesThemesInPlaceAndReportsRefusals)
{
    const QModelIndex tid = model->themeIndex(time);
    EXPECT_TRUE(model->flags(tid).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model->flags(model->codeIndex(deadline)).testFlag(Qt::ItemIsEditable));
    ASSERT_TRUE(model->setData(tid, QStringLiteral("Tidsbrist")));
    EXPECT_EQ(project->themes().find(time)->name, QStringLiteral("Tidsbrist"));
    QSignalSpy failed(model.get(), &ThemeBoardModel::editFailed);
    EXPECT_FALSE(model->setData(tid, QStringLiteral("Mandat")));
    EXPECT_EQ(failed.count(), 1);
    stack.undo();
    EXPECT_EQ(model->themeIndex(time).data().toString(), QStringLiteral("Tid"));

    ThemeBoardModel readOnly(*project);
    EXPECT_FALSE(readOnly.flags(readOnly.themeIndex(time)).testFlag(Qt::ItemIsEditable));
    std::unique_ptr<QMimeData> card = drag(model->codeIndex(deadline));
    EXPECT_FALSE(readOnly.canDropMimeData(card.get(), Qt::MoveAction, -1, -1, readOnly.themeIndex(mandate)));
}
