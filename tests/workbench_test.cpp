#include "core/demo/demoproject.h"
#include "core/import/sourceimport.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/segmentquery.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/documentmargin.h"
#include "ui/widgets/documentview.h"
#include "ui/models/segmentlistmodel.h"
#include "ui/widgets/quickcodepopup.h"
#include "ui/widgets/retrievalpanel.h"
#include "ui/widgets/themeboard.h"
#include "tests/support/testenvironment.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace tematik;

namespace {

// The coding workbench on the demo project, showing interview-01 in a window of laptop size.
class Workbench : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        window.setProject(std::move(*created));
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        view = window.documentView();
        view->setFocus();
        window.setSnapToWords(false);
    }

    Project &project() { return *window.project(); }
    CodeId codeNamed(const QString &path) { return project().codes().findByPath(path)->id; }
    // The code-point range of the first occurrence of words in the shown text.
    std::pair<qint64, qint64> rangeOf(const QString &words)
    {
        const qint64 at = view->text().indexOf(words);
        EXPECT_GE(at, 0) << words.toStdString();
        return {at, at + words.size()}; // the demo's interview-01 has no characters outside the BMP
    }
    QuickCodePopup *openQuickCode()
    {
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        auto *popup = window.findChild<QuickCodePopup *>();
        EXPECT_NE(popup, nullptr);
        return popup;
    }
    qsizetype codingCount() { return project().codings().all().size(); }

    QTemporaryDir dir;
    MainWindow window;
    DocumentView *view = nullptr;
};

// A view that lets the test see what a drag of the selection would carry.
class DraggableView : public DocumentView
{
public:
    using DocumentView::createMimeDataFromSelection;
};

} // namespace

TEST_F(Workbench, CodesFromTheKeyboardAloneAndUndoes)
{
    const auto [start, end] = rangeOf(QStringLiteral("Hur ser en vanlig vecka ut"));
    view->selectRange(start, start);
    // Shift+Ctrl+Right five times selects five words, as a keyboard user would.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
    ASSERT_TRUE(view->selectedRange().has_value());

    const qsizetype before = codingCount();
    QuickCodePopup *popup = openQuickCode();
    ASSERT_NE(popup, nullptr);
    test::saveScreenshot(popup, QStringLiteral("quick-code-all"));
    QTest::keyClicks(popup->input(), QStringLiteral("kraft"));
    // Typing narrows to the codes whose names hold the words; Enter takes the first.
    EXPECT_EQ(popup->offered().value(0), QStringLiteral("Nätverket som kraftkälla  ·  Relationer och nätverk"));
    test::saveScreenshot(popup, QStringLiteral("quick-code"));
    QTest::keyClick(popup->input(), Qt::Key_Return);
    const CodeId network = codeNamed(QStringLiteral("Relationer och nätverk/Nätverket som kraftkälla"));
    ASSERT_EQ(codingCount(), before + 1);
    const QList<Coding> coded = project().codings().forCode(network);
    ASSERT_EQ(coded.size(), 2);
    EXPECT_TRUE(
        std::any_of(coded.cbegin(), coded.cend(), [start = start](const Coding &c) { return c.start == start; }));
    EXPECT_EQ(view->codings().size(), project().codings().forSource(view->source()).size());

    QTest::keySequence(view, QKeySequence::Undo);
    EXPECT_EQ(codingCount(), before);
    QTest::keySequence(view, QKeySequence::Redo);
    EXPECT_EQ(codingCount(), before + 1);
}

TEST_F(Workbench, QuickCodeWithANewNameCreatesTheCode)
{
    const auto [start, end] = rangeOf(QStringLiteral("Ingen ringer och frågar"));
    view->selectRange(start, end);
    QuickCodePopup *popup = openQuickCode();
    ASSERT_NE(popup, nullptr);
    QTest::keyClicks(popup->input(), QStringLiteral("Osynligt arbete"));
    EXPECT_EQ(popup->offered(), QStringList{QStringLiteral("New code “Osynligt arbete”")});
    QTest::keyClick(popup->input(), Qt::Key_Return);
    const std::optional<Code> created = project().codes().findByPath(QStringLiteral("Osynligt arbete"));
    ASSERT_TRUE(created.has_value());
    ASSERT_EQ(project().codings().forCode(created->id).size(), 1);
    EXPECT_EQ(project().codings().forCode(created->id).first().end, end);
    // One undo takes back the coding and the code it made.
    window.undoStack()->undo();
    EXPECT_FALSE(project().codes().findByPath(QStringLiteral("Osynligt arbete")).has_value());
}

TEST_F(Workbench, EscapeClosesQuickCodeWithoutCoding)
{
    const auto [start, end] = rangeOf(QStringLiteral("Ingen ringer"));
    view->selectRange(start, end);
    const qsizetype before = codingCount();
    QuickCodePopup *popup = openQuickCode();
    ASSERT_NE(popup, nullptr);
    QTest::keyClicks(popup->input(), QStringLiteral("Tid"));
    QTest::keyClick(popup->input(), Qt::Key_Escape);
    EXPECT_EQ(codingCount(), before);
    EXPECT_EQ(window.undoStack()->count(), 0);
}

TEST_F(Workbench, InVivoCodeIsNamedByTheWords)
{
    const auto [start, end] = rangeOf(QStringLiteral("det är det som är grejen"));
    view->selectRange(start, end);
    ASSERT_TRUE(window.codeInVivo().ok());
    const std::optional<Code> code = project().codes().findByPath(QStringLiteral("det är det som är grejen"));
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(project().codings().forCode(code->id).size(), 1);
    window.undoStack()->undo();
    EXPECT_FALSE(project().codes().findByPath(QStringLiteral("det är det som är grejen")).has_value());
}

TEST_F(Workbench, SnapsTheSelectionToWholeWords)
{
    window.setSnapToWords(true);
    const auto [start, end] = rangeOf(QStringLiteral("ringer och fr"));
    view->selectRange(start + 2, end); // "nger och fr"
    ASSERT_TRUE(window.codeSelection(codeNamed(QStringLiteral("Tid och mandat"))).ok());
    const QList<Coding> coded = project().codings().forCode(codeNamed(QStringLiteral("Tid och mandat")));
    ASSERT_EQ(coded.size(), 1);
    EXPECT_EQ(project().codings().segmentsOf(coded).first().text, QStringLiteral("ringer och frågar"));
    // Switched off, the selection is coded exactly as made.
    window.setSnapToWords(false);
    view->selectRange(start + 2, end);
    ASSERT_TRUE(window.codeSelection(codeNamed(QStringLiteral("Styrdokument i praktiken"))).ok());
    EXPECT_EQ(project().codings().forCode(codeNamed(QStringLiteral("Styrdokument i praktiken"))).first().start,
              start + 2);
}

TEST_F(Workbench, CodesAWholeSpeakerTurn)
{
    const auto [start, end] = rangeOf(QStringLiteral("En vanlig vecka… finns det"));
    view->selectRange(start + 3, start + 3);
    const std::optional<SpeakerTurn> turn = view->turnAt(start + 3);
    ASSERT_TRUE(turn.has_value());
    EXPECT_EQ(turn->speaker, QStringLiteral("IP"));
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    auto *popup = window.findChild<QuickCodePopup *>();
    ASSERT_NE(popup, nullptr);
    QTest::keyClicks(popup->input(), QStringLiteral("Tid och"));
    QTest::keyClick(popup->input(), Qt::Key_Return);
    const QList<Coding> coded = project().codings().forCode(codeNamed(QStringLiteral("Tid och mandat")));
    ASSERT_EQ(coded.size(), 1);
    // The turn's words from after "IP: " to the end of its last sentence, without the line break.
    EXPECT_EQ(coded.first().start, turn->textStart);
    const QString words = project().codings().segmentsOf(coded).first().text;
    EXPECT_TRUE(words.startsWith(QLatin1String("En vanlig vecka"))) << words.toStdString();
    EXPECT_TRUE(words.endsWith(QStringLiteral("när det blir mycket."))) << words.toStdString();
}

TEST_F(Workbench, StripesShowEveryCodingAndPickOne)
{
    const QList<Coding> codings = view->codings();
    ASSERT_EQ(codings.size(), 2); // the demo's interview-01 has two codings, apart
    EXPECT_EQ(view->stripeLaneCount(), 1);
    auto *stripes = view->findChildren<DocumentMargin *>().value(0);
    ASSERT_NE(stripes, nullptr);
    ASSERT_TRUE(stripes->isVisible());
    EXPECT_GT(stripes->width(), 0);

    // Scroll the coding into view and click its stripe, beside its first line.
    const Coding coding = codings.first();
    view->selectRange(coding.start, coding.start);
    view->ensureCursorVisible();
    QApplication::processEvents();
    const int y = view->cursorRect().center().y();
    EXPECT_EQ(view->stripeAt(QPoint(7, y)), coding.id);
    EXPECT_EQ(view->stripeAt(QPoint(7, 2)), 0);
    EXPECT_TRUE(view->stripeToolTip(QPoint(7, y)).contains(QStringLiteral("Prevention förlorar")));
    QTest::mouseClick(stripes, Qt::LeftButton, {}, QPoint(7, y));
    EXPECT_EQ(view->selectedCoding(), coding.id);
    EXPECT_EQ(view->selectedRange(), std::make_pair(coding.start, coding.end));
    test::saveScreenshot(&window, QStringLiteral("coding-stripes"));
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_EQ(view->selectedCoding(), 0);
}

TEST_F(Workbench, OverlapsAreShadedApart)
{
    const auto [start, end] = rangeOf(QStringLiteral("Ingen ringer och frågar"));
    ASSERT_TRUE(project().codings().add(NewCoding{view->source(), codeNamed(QStringLiteral("Tid och mandat")), start, end}).ok());
    ASSERT_TRUE(project().codings()
                    .add(NewCoding{view->source(), codeNamed(QStringLiteral("Styrdokument i praktiken")), start + 6, end + 10})
                    .ok());
    EXPECT_EQ(view->stripeLaneCount(), 2);
    const QTextBlock block = view->document()->findBlock(int(start));
    const int overlap = int(start + 6 - block.position());
    bool underlined = false;
    for (const QTextLayout::FormatRange &r : view->formatsOf(block)) {
        if (r.start <= overlap && overlap < r.start + r.length && r.format.hasProperty(QTextFormat::BackgroundBrush))
            underlined = underlined || r.format.underlineStyle() == QTextCharFormat::SingleUnderline;
    }
    EXPECT_TRUE(underlined) << "text coded twice is not told apart";
    // The codes at a point, innermost first.
    const QList<Coding> here = view->codingsAt(start + 8);
    ASSERT_EQ(here.size(), 2);
    EXPECT_EQ(here.first().start, start);
}

// Blocks are shaded as they come on screen: a long transcript opens without shading every block, and a
// block scrolled to is drawn shaded, its speaker label bold.
TEST_F(Workbench, ShadesBlocksAsTheyComeOnScreen)
{
    QTextDocument *doc = view->document();
    ASSERT_GT(doc->blockCount(), 40);
    view->verticalScrollBar()->setValue(0);
    view->repaint();
    // The last block that opens with a speaker label, which a shaded block shows bold.
    QTextBlock last = doc->lastBlock();
    const auto labelled = [this](const QTextBlock &b) {
        const qint64 at = view->index().toCodePoint(b.position());
        const std::optional<SpeakerTurn> turn = view->turnAt(at);
        return turn && turn->start == at && turn->textStart > turn->start;
    };
    while (last.isValid() && !labelled(last))
        last = last.previous();
    ASSERT_TRUE(last.isValid());
    EXPECT_TRUE(last.layout()->formats().isEmpty()) << "a block never shown was shaded on opening";
    EXPECT_FALSE(view->formatsOf(last).isEmpty());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    view->repaint();
    const auto isBold = [](const QList<QTextLayout::FormatRange> &formats) {
        return std::any_of(formats.cbegin(), formats.cend(),
                           [](const QTextLayout::FormatRange &r) { return r.format.fontWeight() == QFont::Bold; });
    };
    QTextBlock shown = view->cursorForPosition(QPoint(20, 20)).block();
    const QTextBlock bottom = view->cursorForPosition(QPoint(20, view->viewport()->height() - 20)).block();
    while (shown != bottom && !isBold(shown.layout()->formats()))
        shown = shown.next();
    EXPECT_TRUE(isBold(shown.layout()->formats())) << "no block on screen at the end shows a bold speaker label";
    // The same formats a block asked for directly gets.
    EXPECT_EQ(view->formatsOf(shown).size(), shown.layout()->formats().size());
}

TEST_F(Workbench, ARecolouredCodeRecoloursItsText)
{
    const Coding coding = view->codings().first();
    const QTextBlock block = view->document()->findBlock(int(coding.start));
    const auto background = [&] {
        for (const QTextLayout::FormatRange &r : view->formatsOf(block)) {
            if (r.format.hasProperty(QTextFormat::BackgroundBrush))
                return r.format.background().color().rgb();
        }
        return QRgb(0);
    };
    ASSERT_TRUE(window.editor()->setCodeColor(coding.codeId, QStringLiteral("#2040ff")).ok());
    EXPECT_EQ(background(), QColor(0x20, 0x40, 0xff).rgb());
    window.undoStack()->undo();
    EXPECT_NE(background(), QColor(0x20, 0x40, 0xff).rgb());
}

TEST_F(Workbench, RemovesThePickedCodingWithDelete)
{
    const Coding coding = view->codings().first();
    const qsizetype shown = view->codings().size();
    view->selectCoding(coding.id);
    const qsizetype before = codingCount();
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(codingCount(), before - 1);
    EXPECT_EQ(view->codings().size(), shown - 1);
    EXPECT_EQ(view->selectedCoding(), 0);
    window.undoStack()->undo();
    EXPECT_EQ(codingCount(), before);
    EXPECT_EQ(view->codings().size(), shown);
}

TEST_F(Workbench, ChangesACodingsBounds)
{
    const Coding coding = view->codings().first();
    view->selectCoding(coding.id);
    view->selectRange(coding.start, coding.end + 40);
    ASSERT_TRUE(window.setCodingBoundsToSelection().ok());
    EXPECT_EQ(project().codings().find(coding.id)->end, coding.end + 40);
    EXPECT_EQ(view->codings().first().end, coding.end + 40);
    window.undoStack()->undo();
    EXPECT_EQ(project().codings().find(coding.id)->end, coding.end);
    // Without a picked coding there is nothing to change.
    view->selectCoding(0);
    EXPECT_FALSE(window.setCodingBoundsToSelection().ok());
}

TEST_F(Workbench, DraggedSelectionCarriesItsRange)
{
    DraggableView draggable;
    draggable.showSource(7, QStringLiteral("Äntligen 😊 sa hon"), {}, {}, {});
    draggable.selectRange(9, 11); // "😊 "
    std::unique_ptr<QMimeData> mime(draggable.createMimeDataFromSelection());
    EXPECT_EQ(mime->data(QStringLiteral("application/x-tematik-text-range")), QByteArray("7 9 11"));
    EXPECT_EQ(mime->text(), QStringLiteral("😊 "));
}

TEST_F(Workbench, TimedTranscriptsShowTheirTimes)
{
    Result<ImportReport> r = SourceImport::importFile(project(), test::corpusPath(QStringLiteral("meeting.vtt")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    window.showSource(r->sourceId);
    const QList<DocumentMargin *> margins = view->findChildren<DocumentMargin *>();
    ASSERT_EQ(margins.size(), 2);
    EXPECT_TRUE(std::any_of(margins.cbegin(), margins.cend(), [](DocumentMargin *m) { return m->isVisible() && m->width() > 0 && m->x() < 20; }));
    test::saveScreenshot(&window, QStringLiteral("timed-transcript"));
}

TEST_F(Workbench, RemembersRecentProjectsAndTheDockLayout)
{
    const QString path = dir.filePath(QStringLiteral("other.tematik"));
    ASSERT_TRUE(Project::create(path).ok());
    ASSERT_TRUE(window.openProjectFile(path));
    EXPECT_EQ(window.recentProjects().value(0), path);

    auto *codebook = window.findChild<QDockWidget *>(QStringLiteral("codebookDock"));
    ASSERT_NE(codebook, nullptr);
    codebook->hide();
    window.close();
    MainWindow next;
    next.show();
    EXPECT_FALSE(next.findChild<QDockWidget *>(QStringLiteral("codebookDock"))->isVisible());
    next.findChild<QDockWidget *>(QStringLiteral("codebookDock"))->show();
    next.close();
}

// From the board to the words: a theme opened on the board shows its segments below the text, and a
// segment opened there shows its words in their transcript.
TEST_F(Workbench, ReadsAThemesSegmentsFromTheBoardInContext)
{
    // In the fixture's folder, which outlasts the window: the open project's lock file is there.
    auto created = DemoProject::create(dir.filePath(QStringLiteral("analysed.tematik")));
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    window.setProject(std::move(*created));
    QTabWidget *tabs = window.workspace();
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names.append(tabs->tabText(i));
    EXPECT_EQ(names, (QStringList{QStringLiteral("Text"), QStringLiteral("Theme Board"), QStringLiteral("Matrices"),
                                  QStringLiteral("Figures"), QStringLiteral("Member Checking")}));
    // The board is made when its tab is first opened.
    EXPECT_EQ(window.themeBoard(), nullptr);
    tabs->setCurrentIndex(1);
    ThemeBoard *board = window.themeBoard();
    ASSERT_NE(board, nullptr);
    EXPECT_TRUE(board->isVisible());
    const std::optional<Theme> theme = project().themes().findByName(QStringLiteral("Samordning som relationsarbete"));
    ASSERT_TRUE(theme.has_value());
    Q_EMIT board->themeActivated(theme->id);
    RetrievalPanel *retrieval = window.retrievalPanel();
    EXPECT_TRUE(retrieval->heading().contains(theme->name)) << retrieval->heading().toStdString();
    const int rows = retrieval->model()->rowCount();
    EXPECT_EQ(rows, SegmentQuery(project().database()).ofTheme(theme->id).size());
    ASSERT_GT(rows, 5);
    window.resize(1400, 900);
    test::saveScreenshot(&window, QStringLiteral("board-and-retrieval"));
    tabs->setCurrentIndex(2);
    test::saveScreenshot(&window, QStringLiteral("matrices"));
    tabs->setCurrentIndex(3);
    test::saveScreenshot(&window, QStringLiteral("figures"));
    tabs->setCurrentIndex(1);

    const RetrievedSegment segment = SegmentQuery(project().database()).ofTheme(theme->id).at(3);
    QSignalSpy shown(retrieval, &RetrievalPanel::segmentActivated);
    retrieval->list()->setCurrentIndex(retrieval->model()->index(3, 0));
    QTest::keyClick(retrieval->list(), Qt::Key_Return);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(tabs->currentWidget(), view);
    EXPECT_EQ(view->source(), segment.sourceId);
    EXPECT_EQ(view->textCursor().selectedText(), QString(segment.text).replace(u'\n', QChar::ParagraphSeparator));
}

// The project's own analysis views go with it: a new project gets its own board.
TEST_F(Workbench, AnalysisTabsFollowTheProject)
{
    QTemporaryDir other;
    auto created = Project::create(other.filePath(QStringLiteral("empty.tematik")));
    ASSERT_TRUE(created.ok());
    window.setProject(std::move(*created));
    EXPECT_EQ(window.workspace()->count(), 5);
    window.workspace()->setCurrentIndex(1);
    EXPECT_NE(window.themeBoard(), nullptr);
    window.setProject(nullptr);
    EXPECT_EQ(window.themeBoard(), nullptr);
    EXPECT_EQ(window.workspace()->count(), 1);
}
