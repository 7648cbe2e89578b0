#include "core/demo/demoproject.h"
#include "core/presentation/slidedeck.h"
#include "core/store/casestore.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "tests/support/testenvironment.h"
#include "ui/commands/editor.h"
#include "ui/models/handoutwriter.h"
#include "ui/widgets/presenterwindow.h"
#include "ui/widgets/slideview.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tematik;

namespace {

// The demo project's member-checking meeting with every theme and its exemplar quotes, run in a
// presenter window with the projector as a window beside it (offscreen there is one screen).
class PresenterWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        auto added = project->meetings().add(QStringLiteral("Dialogmöte"), QDate(2026, 3, 12),
                                             SlideDeck::defaultPlan(*project));
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        meeting = *added;
        slides = SlideDeck::build(*project, *project->meetings().find(meeting), project->meetings().plan(meeting));
        window = new PresenterWindow(*project, *editor, meeting, slides, SlideStyle::Light);
        window->start(nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    }

    void TearDown() override { delete window.data(); }

    int firstThemeSlide() const
    {
        for (int i = 0; i < slides.size(); ++i) {
            if (slides[i].kind == Slide::Kind::Theme)
                return i;
        }
        return -1;
    }

    QList<Memo> feedbackOn(const MemoTarget &target) const
    {
        QList<Memo> result;
        for (const Memo &m : project->memos().forTarget(target)) {
            if (m.kind == MemoKind::MemberCheck && m.meetingId == meeting)
                result.append(m);
        }
        return result;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    MeetingId meeting = 0;
    QList<Slide> slides;
    QPointer<PresenterWindow> window;
};

TEST_F(PresenterWindowTest, SlidesComeInTheOrderOfTheDataStructure)
{
    ASSERT_GE(slides.size(), 8);
    EXPECT_EQ(slides.first().kind, Slide::Kind::Title);
    EXPECT_EQ(slides.first().heading, QStringLiteral("Dialogmöte"));
    EXPECT_EQ(slides.last().kind, Slide::Kind::Closing);
    // The demo: two dimensions of two themes each, every theme with one exemplar quote.
    QList<Slide::Kind> kinds;
    for (const Slide &s : slides)
        kinds.append(s.kind);
    const QList<Slide::Kind> expected{Slide::Kind::Title, Slide::Kind::Dimension, Slide::Kind::Theme, Slide::Kind::Theme,
                                      Slide::Kind::Dimension, Slide::Kind::Theme, Slide::Kind::Theme, Slide::Kind::Closing};
    EXPECT_EQ(kinds, expected);
    EXPECT_EQ(slides[1].heading, QStringLiteral("Relationell praktik"));
    for (const Slide &s : slides) {
        if (s.kind == Slide::Kind::Theme)
            EXPECT_EQ(s.quotes.size(), 1) << s.heading.toStdString();
    }
    EXPECT_EQ(window->currentIndex(), 0);
    EXPECT_EQ(window->projector()->slide().heading, slides[0].heading);
}

TEST_F(PresenterWindowTest, ClickerKeysMoveTheSlidesOnBothWindows)
{
    QTest::keyClick(window, Qt::Key_Right);
    EXPECT_EQ(window->currentIndex(), 1);
    QTest::keyClick(window, Qt::Key_PageDown);
    QTest::keyClick(window, Qt::Key_Space);
    QTest::keyClick(window, Qt::Key_Down);
    EXPECT_EQ(window->currentIndex(), 4);
    EXPECT_EQ(window->projector()->slide().heading, slides[4].heading);
    QTest::keyClick(window, Qt::Key_Left);
    QTest::keyClick(window, Qt::Key_PageUp);
    EXPECT_EQ(window->currentIndex(), 2);
    // Keys that reach the projector window do the same.
    QTest::keyClick(window->projector(), Qt::Key_PageDown);
    EXPECT_EQ(window->currentIndex(), 3);
    QTest::keyClick(window->projector(), Qt::Key_Backspace);
    EXPECT_EQ(window->currentIndex(), 2);
    QTest::keyClick(window, Qt::Key_End);
    EXPECT_EQ(window->currentIndex(), int(slides.size()) - 1);
    QTest::keyClick(window, Qt::Key_Right);
    EXPECT_EQ(window->currentIndex(), int(slides.size()) - 1) << "past the last slide it stays";
    QTest::keyClick(window, Qt::Key_Home);
    EXPECT_EQ(window->currentIndex(), 0);
    QTest::keyClick(window, Qt::Key_Up);
    EXPECT_EQ(window->currentIndex(), 0);
}

TEST_F(PresenterWindowTest, BBlanksTheProjectorOnly)
{
    window->goTo(firstThemeSlide());
    QTest::keyClick(window, Qt::Key_B);
    EXPECT_TRUE(window->isBlanked());
    EXPECT_TRUE(window->projector()->isBlanked());
    const QImage blank = window->projector()->grab().toImage();
    for (int y = 0; y < blank.height(); y += 7) {
        for (int x = 0; x < blank.width(); x += 7)
            ASSERT_EQ(blank.pixelColor(x, y), QColor(Qt::black)) << x << "," << y;
    }
    // The presenter still sees the slide, and the slides still move while the screen is blank.
    QTest::keyClick(window, Qt::Key_Right);
    EXPECT_TRUE(window->projector()->isBlanked());
    QTest::keyClick(window->projector(), Qt::Key_B);
    EXPECT_FALSE(window->isBlanked());
    EXPECT_FALSE(window->projector()->isBlanked());
}

TEST_F(PresenterWindowTest, RemarksAreStoredAtOnceOnTheThemeShownAndNeverProjected)
{
    const int index = firstThemeSlide();
    window->goTo(index);
    const ThemeId theme = slides[index].theme;
    const QImage before = window->projector()->grab().toImage();

    window->remarkEditor()->setFocus();
    test::typeText(window->remarkEditor(), QStringLiteral("Stämmer, men tiden räcker inte"));
    QTest::keyClick(window->remarkEditor(), Qt::Key_Return);
    const QList<Memo> stored = feedbackOn(MemoTarget::theme(theme));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].body, QStringLiteral("Stämmer, men tiden räcker inte"));
    EXPECT_TRUE(window->remarkEditor()->toPlainText().isEmpty());
    ASSERT_EQ(window->remarkList()->count(), 1);
    EXPECT_EQ(window->remarkList()->item(0)->text(), stored[0].body);
    EXPECT_EQ(window->projector()->grab().toImage(), before) << "the projector shows nothing typed";

    // Shift+Enter breaks the line; Page Down, from a clicker, moves on while typing, and the remark
    // then goes to the slide shown when it is stored.
    test::typeText(window->remarkEditor(), QStringLiteral("Rad ett"));
    QTest::keyClick(window->remarkEditor(), Qt::Key_Return, Qt::ShiftModifier);
    test::typeText(window->remarkEditor(), QStringLiteral("rad två"));
    QTest::keyClick(window->remarkEditor(), Qt::Key_PageDown);
    EXPECT_EQ(window->currentIndex(), index + 1);
    QTest::keyClick(window->remarkEditor(), Qt::Key_Return);
    const QList<Memo> next = feedbackOn(MemoTarget::theme(slides[index + 1].theme));
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next[0].body, QStringLiteral("Rad ett\nrad två"));

    // Each remark is its own undo step.
    stack.undo();
    EXPECT_TRUE(feedbackOn(MemoTarget::theme(slides[index + 1].theme)).isEmpty());
    EXPECT_EQ(feedbackOn(MemoTarget::theme(theme)).size(), 1);
}

TEST_F(PresenterWindowTest, VerdictsAreRecordedPerThemeAndUndoable)
{
    const int index = firstThemeSlide();
    window->goTo(index);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(project->meetings().verdicts(meeting).value(slides[index].theme), Verdict::Revised);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(project->meetings().verdicts(meeting).value(slides[index].theme), Verdict::Confirmed);
    // Giving the same verdict again takes it back.
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_FALSE(project->meetings().verdicts(meeting).contains(slides[index].theme));
    stack.undo();
    EXPECT_EQ(project->meetings().verdicts(meeting).value(slides[index].theme), Verdict::Confirmed);
    // The title slide is about no theme: no verdict.
    window->goTo(0);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(project->meetings().verdicts(meeting).size(), 1);
}

TEST_F(PresenterWindowTest, EscStopsTypingThenLeavesKeepingWhatWasTyped)
{
    QSignalSpy finished(window, &PresenterWindow::finished);
    window->goTo(int(slides.size()) - 1); // the closing slide: remarks on the meeting as a whole
    window->remarkEditor()->setFocus();
    test::typeText(window->remarkEditor(), QStringLiteral("Bra möte"));
    QTest::keyClick(window->remarkEditor(), Qt::Key_Escape);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->remarkEditor()->toPlainText(), QStringLiteral("Bra möte"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window.data(), Qt::Key_Escape);
    EXPECT_EQ(finished.count(), 1);
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.isNull()) << "the window goes when the meeting ends";
    const QList<Memo> general = feedbackOn(MemoTarget::project());
    ASSERT_EQ(general.size(), 1);
    EXPECT_EQ(general[0].body, QStringLiteral("Bra möte"));
}

TEST_F(PresenterWindowTest, NoNameOfAPersonOrSourceReachesTheProjector)
{
    QStringList names;
    for (const SourceInfo &s : project->sources().list())
        names.append(s.name);
    for (const CaseInfo &c : project->cases().list())
        names.append(c.name);
    for (const SpeakerInfo &s : project->cases().speakers())
        names.append(s.label + u':');
    ASSERT_GT(names.size(), 10);
    for (int i = 0; i < slides.size(); ++i) {
        window->goTo(i);
        const Slide &shown = window->projector()->slide();
        QStringList texts{shown.heading, shown.subheading, shown.body};
        texts += shown.items;
        for (const SlideQuote &q : shown.quotes) {
            EXPECT_TRUE(q.attribution.isEmpty()) << q.attribution.toStdString();
            texts.append(q.text.left(12)); // a quote must not open with a speaker's label
        }
        for (const QString &text : std::as_const(texts)) {
            for (const QString &name : std::as_const(names))
                EXPECT_FALSE(text.contains(name)) << "slide " << i << ": “" << text.toStdString() << "” names " << name.toStdString();
        }
    }
}

TEST_F(PresenterWindowTest, Screenshots)
{
    const int index = firstThemeSlide();
    window->goTo(index);
    ASSERT_TRUE(window->addRemark(QStringLiteral("Vi känner igen det, men tilliten tar tid att bygga.")).ok());
    ASSERT_TRUE(window->setVerdict(Verdict::Confirmed).ok());
    window->remarkEditor()->setPlainText(QStringLiteral("Någon saknar chefernas roll"));
    test::saveScreenshot(window, QStringLiteral("presenter-window"));
    SlideView slide;
    slide.resize(1280, 720);
    slide.setSlide(slides[index]);
    test::saveScreenshot(&slide, QStringLiteral("projector-theme-light"));
    slide.setStyle(SlideStyle::Dark);
    test::saveScreenshot(&slide, QStringLiteral("projector-theme-dark"));
    slide.setSlide(slides[1]);
    test::saveScreenshot(&slide, QStringLiteral("projector-dimension-dark"));
    slide.setStyle(SlideStyle::Light);
    slide.setSlide(slides[0]);
    test::saveScreenshot(&slide, QStringLiteral("projector-title-light"));
    // The handout of the same meeting, to look at beside the pictures.
    if (const QString shots = qEnvironmentVariable("TEMATIK_SCREENSHOT_DIR"); !shots.isEmpty())
        EXPECT_TRUE(HandoutWriter::write(slides, QStringLiteral("Dialogmöte"), shots + QStringLiteral("/handout.pdf")).ok());
}

} // namespace
