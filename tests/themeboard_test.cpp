#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "tests/support/storestate.h"
#include "tests/support/shownchild.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/themeboardmodel.h"
#include "ui/widgets/themeboard.h"
#include "ui/widgets/themeheader.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace tematik;
using tematik::test::shownChild;
using tematik::test::storeState;

namespace {

// The action of a menu (or of its submenus) with this text, accelerator marks aside.
QAction *findAction(QMenu &menu, const QString &text)
{
    for (QAction *a : menu.actions()) {
        if (a->text().remove(u'&') == text)
            return a;
        if (a->menu()) {
            if (QAction *found = findAction(*a->menu(), text))
                return found;
        }
    }
    return nullptr;
}

// Drops the data on the widget as a drag and drop would: enter, move, drop.
bool drop(QWidget *target, const QMimeData &data, QPoint at = {10, 10})
{
    QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent dropped(QPointF(at), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

// A project as a researcher has it halfway through an analysis: the demo's twelve codes and seven
// more, all with some codings; two dimensions with two themes each, a fifth theme in none, and a few
// codes still in the tray.
class ThemeBoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        CodeStore &codes = project->codes();
        const auto add = [&](const char *name, const char *parent) {
            const std::optional<CodeId> under =
                parent ? std::optional<CodeId>(codes.findByPath(QString::fromUtf8(parent))->id)
                       : std::nullopt;
            ASSERT_TRUE(codes.add(NewCode{QString::fromUtf8(name), under, {}, {}}).ok());
        };
        add("Ekonomi och resurser", nullptr);
        add("Projektmedel tar slut", "Ekonomi och resurser");
        add("Kortsiktig finansiering", "Ekonomi och resurser");
        add("Kompetens", nullptr);
        add("Brist på folkhälsokompetens", "Kompetens");
        add("Lärande mellan kommuner", "Kompetens");
        add("Uppföljning", nullptr);
        // Some codings for every code, a different number each, spread over the sources.
        const QList<SourceInfo> sources = project->sources().list();
        const QList<Code> all = codes.list();
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = 0; j < 1 + (i * 7) % 9; ++j) {
                const SourceInfo &source = sources[(i + j) % sources.size()];
                const qint64 start = (i * 131 + j * 57) % (source.codePoints - 40);
                ASSERT_TRUE(project->codings().add(NewCoding{source.id, all[i].id, start, start + 30}).ok());
            }
        }
        ThemeStore &themes = project->themes();
        conditions = *themes.addDimension(QStringLiteral("Organisatoriska villkor"),
                                          QStringLiteral("Det som ramar in folkhälsoarbetet."));
        time = *themes.addTheme(QStringLiteral("Tidsbrist och prioriteringar"), conditions);
        mandate = *themes.addTheme(QStringLiteral("Ett mandat som måste förtjänas"), conditions);
        cooperation = *themes.addDimension(QStringLiteral("Samverkan"));
        network = *themes.addTheme(QStringLiteral("Nätverk bär arbetet"), cooperation);
        money = *themes.addTheme(QStringLiteral("Resurser på lånad tid"), cooperation);
        steering = *themes.addTheme(QStringLiteral("Styrning i praktiken"));
        ASSERT_TRUE(themes.setStatus(time, Theme::Status::Final).ok());
        ASSERT_TRUE(themes.setStatus(mandate, Theme::Status::Reviewed).ok());
        ASSERT_TRUE(themes.setStatus(network, Theme::Status::Reviewed).ok());
        const auto assign = [&](const char *path, ThemeId theme) {
            ASSERT_TRUE(themes.assignCode(id(path), theme).ok());
        };
        assign("Tid och mandat/Prevention förlorar mot uppgifter med deadline", time);
        assign("Tid och mandat/För lite tid för uppdraget", time);
        assign("Tid och mandat/Mandatet måste förtjänas", mandate);
        assign("Styrdokument i praktiken/Rådet som hävstång", mandate);
        assign("Relationer och nätverk/Nätverket som kraftkälla", network);
        assign("Relationer och nätverk/Informella kollegiala nätverk", network);
        assign("Relationer och nätverk/Sårbara relationer i liten kommun", network);
        assign("Kompetens/Lärande mellan kommuner", network);
        assign("Ekonomi och resurser/Projektmedel tar slut", money);
        assign("Ekonomi och resurser/Kortsiktig finansiering", money);
        assign("Styrdokument i praktiken/Att bryta ner styrdokument", steering);
        assign("Styrdokument i praktiken/Olika logiker i region och kommun", steering);

        editor = std::make_unique<Editor>(*project, stack);
        board = std::make_unique<ThemeBoard>(*project, editor.get());
        board->resize(1280, 760);
        board->show();
        QApplication::setActiveWindow(board.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(board.get()));
    }

    void TearDown() override { board.reset(); }

    CodeId id(const char *path) const { return project->codes().findByPath(QString::fromUtf8(path))->id; }

    // The codes whose cards a column (or, for 0, the tray) shows.
    QList<CodeId> cards(ThemeId theme) const
    {
        QListView *list = board->cardList(theme);
        QList<CodeId> ids;
        for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row)
            ids.append(board->model().codeAt(list->model()->index(row, 0, list->rootIndex())));
        return ids;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    std::unique_ptr<ThemeBoard> board;
    ThemeId conditions = 0, time = 0, mandate = 0, cooperation = 0, network = 0, money = 0, steering = 0;
};

} // namespace

TEST_F(ThemeBoardTest, ShowsThemeColumnsUnderTheirDimensionsAndTheTray)
{
    tematik::test::saveScreenshot(board.get(), QStringLiteral("themeboard"));
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, network, money, steering}));
    EXPECT_EQ(cards(time).size(), 2);
    EXPECT_EQ(cards(network).size(), 4);
    EXPECT_EQ(cards(0).size(), 7);
    // A dimension's band spans the columns of its themes, and only those.
    const auto span = [&](QWidget *w) {
        const QRect r = w->geometry();
        return std::pair(r.left(), r.right());
    };
    ThemeHeader *band = board->header(conditions);
    ASSERT_NE(band, nullptr);
    const QWidget *first = board->cardList(time)->parentWidget();
    const QWidget *second = board->cardList(mandate)->parentWidget();
    EXPECT_EQ(span(band).first, first->geometry().left());
    EXPECT_EQ(span(band).second, second->geometry().right());
    EXPECT_LT(board->cardList(mandate)->parentWidget()->geometry().right(),
              board->cardList(network)->parentWidget()->geometry().left());
    // Legible at 1280 pixels: every column is on screen without scrolling.
    QListView *last = board->cardList(steering);
    EXPECT_LE(last->mapTo(board.get(), QPoint(last->width(), 0)).x(), board->width());

    // A new theme gets its column, a removed one loses it.
    ASSERT_TRUE(editor->addTheme(QStringLiteral("Förtroende"), cooperation).ok());
    const ThemeId trust = project->themes().findByName(QStringLiteral("Förtroende"))->id;
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, network, money, trust, steering}));
    ASSERT_TRUE(editor->removeTheme(cooperation).ok());
    EXPECT_EQ(board->header(cooperation), nullptr);
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, steering, network, money, trust}));
    stack.undo();
    stack.undo();
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, network, money, steering}));
    EXPECT_NE(board->header(cooperation), nullptr);
}

TEST_F(ThemeBoardTest, CardMenuMovesACodeAndDeleteTakesItOut)
{
    const QStringList start = storeState(*project);
    const CodeId card = id("Kompetens/Brist på folkhälsokompetens");
    ASSERT_TRUE(cards(0).contains(card));
    std::unique_ptr<QMenu> menu = board->cardMenu(card);
    EXPECT_FALSE(findAction(*menu, QStringLiteral("Remove from Theme"))->isEnabled());
    QAction *move = findAction(*menu, QStringLiteral("Resurser på lånad tid"));
    ASSERT_NE(move, nullptr);
    move->trigger();
    EXPECT_EQ(project->themes().themeOf(card), money);
    EXPECT_TRUE(cards(money).contains(card));
    EXPECT_FALSE(cards(0).contains(card));

    // Delete on the selected card puts it back in the tray.
    QListView *list = board->cardList(money);
    list->setFocus();
    list->setCurrentIndex(board->model().codeIndex(card));
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(project->themes().themeOf(card), std::nullopt);
    EXPECT_TRUE(cards(0).contains(card));

    stack.undo();
    EXPECT_EQ(project->themes().themeOf(card), money);
    stack.undo();
    EXPECT_EQ(storeState(*project), start);
    stack.redo();
    EXPECT_TRUE(cards(money).contains(card));
}

TEST_F(ThemeBoardTest, DroppedCardsAndHeadingsEditThroughTheEditor)
{
    const QStringList start = storeState(*project);
    // A card dragged from the tray onto a column.
    const CodeId card = id("Uppföljning");
    std::unique_ptr<QMimeData> dragged(board->model().mimeData({board->model().codeIndex(card)}));
    ASSERT_TRUE(drop(board->cardList(steering)->viewport(), *dragged));
    EXPECT_EQ(project->themes().themeOf(card), steering);
    // A code dragged from the codebook onto a column's heading.
    CodebookModel codebook(*project, editor.get());
    const CodeId parent = id("Kompetens");
    std::unique_ptr<QMimeData> fromCodebook(codebook.mimeData({codebook.indexOf(parent)}));
    ASSERT_TRUE(drop(board->header(time), *fromCodebook));
    EXPECT_EQ(project->themes().themeOf(parent), time);
    // A heading dragged onto a dimension's band: the theme goes into that dimension, last.
    std::unique_ptr<QMimeData> heading(board->model().mimeData({board->model().themeIndex(steering)}));
    ASSERT_TRUE(drop(board->header(conditions), *heading));
    EXPECT_EQ(project->themes().find(steering)->parentId, conditions);
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, steering, network, money}));
    // A card is no theme for a band to take.
    EXPECT_FALSE(drop(board->header(cooperation), *dragged));
    EXPECT_EQ(stack.count(), 3);

    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(storeState(*project), start);
    EXPECT_EQ(board->columnOrder(), (QList<ThemeId>{time, mandate, network, money, steering}));
}

TEST_F(ThemeBoardTest, ThemeMenuAndKeysRenameReviewAndRemove)
{
    // F2 on a column's heading renames its theme.
    board->header(mandate)->setFocus();
    QTest::keyClick(board->header(mandate), Qt::Key_F2);
    auto *dialog = shownChild<QInputDialog>(*board);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->textValue(), QStringLiteral("Ett mandat som måste förtjänas"));
    dialog->setTextValue(QStringLiteral("Mandat att förtjäna"));
    dialog->accept();
    EXPECT_EQ(project->themes().find(mandate)->name, QStringLiteral("Mandat att förtjäna"));
    EXPECT_EQ(board->model().themeIndex(mandate).data().toString(), QStringLiteral("Mandat att förtjäna"));

    // A name taken by a sibling is refused with a message.
    QSignalSpy failed(board.get(), &ThemeBoard::failed);
    board->renameTheme(mandate);
    dialog = shownChild<QInputDialog>(*board);
    ASSERT_NE(dialog, nullptr);
    dialog->setTextValue(QStringLiteral("Tidsbrist och prioriteringar"));
    dialog->accept();
    EXPECT_EQ(failed.count(), 1);

    std::unique_ptr<QMenu> menu = board->themeMenu(mandate);
    findAction(*menu, QStringLiteral("final"))->trigger();
    EXPECT_EQ(project->themes().find(mandate)->status, Theme::Status::Final);
    menu = board->themeMenu(mandate);
    findAction(*menu, QStringLiteral("No Dimension"))->trigger();
    EXPECT_EQ(project->themes().find(mandate)->parentId, std::nullopt);
    EXPECT_EQ(board->columnOrder().last(), mandate);

    // Enter on a heading, or a double-click on a column's empty part, asks for the theme's segments.
    QSignalSpy activated(board.get(), &ThemeBoard::themeActivated);
    QTest::keyClick(board->header(time), Qt::Key_Return);
    QListView *list = board->cardList(time);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, QPoint(20, list->viewport()->height() - 10));
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.first().first().value<ThemeId>(), time);
    QSignalSpy codeActivated(board.get(), &ThemeBoard::codeActivated);
    findAction(*board->cardMenu(id("Uppföljning")), QStringLiteral("Show Segments"))->trigger();
    EXPECT_EQ(codeActivated.count(), 1);

    // Removing a theme sends its codes to the tray; undo brings it all back.
    const int tray = int(cards(0).size());
    findAction(*board->themeMenu(network), QStringLiteral("Remove Theme"))->trigger();
    EXPECT_EQ(cards(0).size(), tray + 4);
    EXPECT_EQ(board->cardList(network), nullptr);
    stack.undo();
    ASSERT_NE(board->cardList(network), nullptr);
    EXPECT_EQ(cards(network).size(), 4);

    // New theme: in the dimension of the current column.
    board->cardList(network)->setFocus();
    board->action(ThemeBoard::Action::NewTheme)->trigger();
    dialog = shownChild<QInputDialog>(*board);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->textValue(), QStringLiteral("New theme"));
    dialog->setTextValue(QStringLiteral("Förtroende"));
    dialog->accept();
    const std::optional<Theme> added = project->themes().findByName(QStringLiteral("Förtroende"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->parentId, cooperation);
    EXPECT_NE(board->cardList(added->id), nullptr);
}
