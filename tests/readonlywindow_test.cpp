#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "tests/support/shownchild.h"
#include "tests/support/testenvironment.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/segmentlistmodel.h"
#include "ui/widgets/codebookview.h"
#include "ui/widgets/memopanel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/retrievalpanel.h"
#include "ui/widgets/searchpanel.h"
#include "ui/widgets/themeboard.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMenuBar>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

// The app and a project another program has open for writing: the window asks whether to open it
// read-only, and a project open read-only can be read everywhere and changed nowhere.

using namespace tematik;
using tematik::test::shownChild;

namespace {

QAbstractButton *buttonWithText(QMessageBox &box, const QString &text)
{
    for (QAbstractButton *b : box.buttons()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// Every action of the window's menus, by its text.
QHash<QString, QAction *> menuActions(MainWindow &window)
{
    QHash<QString, QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu())
            menus.append(a->menu());
    }
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (!a->isSeparator())
                actions.insert(a->text(), a);
        }
    }
    return actions;
}

class ReadOnlyWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.tematik"));
        // The other program: it has the project open for writing all through the test.
        auto created = DemoProject::create(path);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        writer = std::move(*created);
        window.resize(1200, 800);
        window.show();
    }

    // Opens the project in the window, answering the question with the button of that text.
    void openAnswering(const QString &answer)
    {
        EXPECT_FALSE(window.openProjectFile(path));
        QMessageBox *question = shownChild<QMessageBox>(window);
        ASSERT_NE(question, nullptr);
        EXPECT_EQ(question->windowModality(), Qt::WindowModal);
        QAbstractButton *button = buttonWithText(*question, answer);
        ASSERT_NE(button, nullptr) << answer.toStdString();
        button->click();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Project> writer;
    MainWindow window;
};

} // namespace

TEST_F(ReadOnlyWindow, AsksWhoHasTheProjectAndWhetherToOpenItReadOnly)
{
    EXPECT_FALSE(window.openProjectFile(path));
    QMessageBox *question = shownChild<QMessageBox>(window);
    ASSERT_NE(question, nullptr);
    EXPECT_EQ(window.project(), nullptr);
    EXPECT_TRUE(question->text().startsWith(
        QLatin1String("demo.tematik is open for writing in readonlywindow_test by ")))
        << question->text().toStdString();
    EXPECT_TRUE(
        question->text().contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())));
    EXPECT_NE(buttonWithText(*question, QStringLiteral("Open Read-Only")), nullptr);
    EXPECT_NE(question->button(QMessageBox::Cancel), nullptr);
    test::saveScreenshot(question, QStringLiteral("project-in-use"));
    question->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(window.project(), nullptr);
    EXPECT_FALSE(window.readOnlyBar()->isVisible());
}

TEST_F(ReadOnlyWindow, AProjectOpenReadOnlyIsReadEverywhereAndChangedNowhere)
{
    const ProjectCounts before = writer->counts();
    openAnswering(QStringLiteral("Open Read-Only"));
    ASSERT_NE(window.project(), nullptr);
    Project &project = *window.project();
    EXPECT_TRUE(project.isReadOnly());
    EXPECT_EQ(window.editor(), nullptr);

    // It says so, in the title and in a bar above the text that names who is writing it.
    EXPECT_TRUE(window.windowTitle().contains(QLatin1String("(read-only)")))
        << window.windowTitle().toStdString();
    EXPECT_TRUE(window.readOnlyBar()->isVisible());
    const QString bar = window.readOnlyBar()->text();
    EXPECT_TRUE(
        bar.startsWith(QLatin1String("This project is open read-only. demo.tematik is open for writing in "
                                     "readonlywindow_test by ")))
        << bar.toStdString();
    EXPECT_TRUE(bar.endsWith(QLatin1String("You can read, search and export it, but not change it.")))
        << bar.toStdString();
    test::saveScreenshot(&window, QStringLiteral("read-only"));

    // Every action that would change the project is disabled, keys included; reading ones are not.
    const QHash<QString, QAction *> actions = menuActions(window);
    for (const char *text :
         {"&Import Transcripts…", "Import &Participant Table…", "Import &Survey…",
          "Import &Codebook (REFI-QDA)…", "&Speakers and Cases…", "Member-&Checking Meeting…", "&Quick Code…",
          "Code &In Vivo", "Code Speaker &Turn…", "Set Coding to &Selection", "&Remove Coding", "&Undo",
          "&Redo"}) {
        QAction *a = actions.value(QString::fromUtf8(text));
        ASSERT_NE(a, nullptr) << text;
        EXPECT_FALSE(a->isEnabled()) << text;
    }
    for (const char *text :
         {"&Export Table…", "E&xport REFI-QDA Project…", "&Find in All Sources…", "Project &Memo"}) {
        QAction *a = actions.value(QString::fromUtf8(text));
        ASSERT_NE(a, nullptr) << text;
        EXPECT_TRUE(a->isEnabled()) << text;
    }

    // Coding from the codebook is refused, saying why; the codebook's own editing is off.
    const std::optional<Code> code = project.codes().findByPath(QStringLiteral("Tid och mandat"));
    ASSERT_TRUE(code.has_value());
    window.documentView()->selectRange(0, 10);
    const Status coded = window.codeSelection(code->id);
    ASSERT_FALSE(coded.ok());
    EXPECT_EQ(coded.error(), QStringLiteral("This project is open read-only: nothing in it can be changed."));
    CodebookView *codebook = window.codebookView();
    codebook->setCurrentCode(code->id);
    for (auto a : {CodebookView::Action::NewCode, CodebookView::Action::NewSubcode,
                   CodebookView::Action::Rename, CodebookView::Action::Merge, CodebookView::Action::Delete})
        EXPECT_FALSE(codebook->action(a)->isEnabled());
    const Qt::ItemFlags flags = codebook->model()->flags(codebook->currentIndex());
    EXPECT_FALSE(flags & Qt::ItemIsEditable);
    EXPECT_FALSE(flags & Qt::ItemIsDropEnabled);

    // Memos are read, not written.
    auto *memo = window.findChild<MemoPanel *>()->findChild<QPlainTextEdit *>();
    ASSERT_NE(memo, nullptr);
    EXPECT_TRUE(memo->isEnabled());
    EXPECT_TRUE(memo->isReadOnly());

    // Search hits cannot be coded; retrieved segments cannot be marked as exemplars.
    window.searchPanel()->search(QStringLiteral("tid"));
    for (QPushButton *button : window.searchPanel()->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QLatin1String("Code "))) {
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        }
    }
    window.retrievalPanel()->setCode(code->id, true);
    SegmentListModel *segments = window.retrievalPanel()->model();
    ASSERT_GT(segments->rowCount(), 0);
    EXPECT_FALSE(segments->flags(segments->index(0, SegmentListModel::ExemplarColumn)) &
                 Qt::ItemIsUserCheckable);
    for (QAction *a : window.retrievalPanel()->list()->actions()) {
        if (a->text() == QLatin1String("Mark or Unmark as Exemplar")) {
            EXPECT_FALSE(a->isEnabled());
        }
    }

    // The theme board: its actions and the editing entries of its menus are disabled.
    window.workspace()->setCurrentIndex(1);
    ThemeBoard *board = window.themeBoard();
    ASSERT_NE(board, nullptr);
    for (auto a : {ThemeBoard::Action::NewTheme, ThemeBoard::Action::NewDimension, ThemeBoard::Action::Rename,
                   ThemeBoard::Action::RemoveTheme, ThemeBoard::Action::RemoveFromTheme})
        EXPECT_FALSE(board->action(a)->isEnabled());
    const ThemeId theme = board->columnOrder().value(0);
    ASSERT_NE(theme, 0);
    const std::unique_ptr<QMenu> themeMenu = board->themeMenu(theme);
    for (QAction *a : themeMenu->actions()) {
        if (!a->isSeparator()) {
            EXPECT_EQ(a->isEnabled(), a->text() == QLatin1String("Show &Segments"))
                << a->text().toStdString();
        }
    }
    const std::unique_ptr<QMenu> cardMenu = board->cardMenu(code->id);
    for (QAction *a : cardMenu->actions()) {
        if (!a->isSeparator()) {
            EXPECT_EQ(a->isEnabled(), a->text() == QLatin1String("Show &Segments"))
                << a->text().toStdString();
        }
    }
    window.workspace()->setCurrentIndex(0);

    // Files dropped on the window are not taken for import.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::corpusPath(QStringLiteral("interview-01.txt")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());

    const ProjectCounts after = writer->counts();
    EXPECT_EQ(after.codes, before.codes);
    EXPECT_EQ(after.codings, before.codings);
    EXPECT_EQ(after.themes, before.themes);
    EXPECT_EQ(after.memos, before.memos);
}

TEST_F(ReadOnlyWindow, AProjectOpenedReadOnlyForAnotherReasonSaysThatReason)
{
    Result<std::unique_ptr<Project>> project = Project::open(path, true);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    window.setProject(std::move(*project));
    EXPECT_EQ(window.readOnlyBar()->text(),
              QStringLiteral("This project is open read-only. It was opened for "
                             "reading only. You can read, search and export it, but "
                             "not change it."));
    // Once a project open for writing takes its place, the bar goes.
    writer.reset();
    ASSERT_TRUE(window.openProjectFile(path));
    EXPECT_FALSE(window.project()->isReadOnly());
    EXPECT_NE(window.editor(), nullptr);
    EXPECT_FALSE(window.readOnlyBar()->isVisible());
    EXPECT_FALSE(window.windowTitle().contains(QLatin1String("read-only")));
    EXPECT_TRUE(menuActions(window).value(QStringLiteral("&Quick Code…"))->isEnabled());
}
