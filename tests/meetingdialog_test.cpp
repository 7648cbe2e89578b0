#include "core/demo/demoproject.h"
#include "core/presentation/slidedeck.h"
#include "core/report/themeorder.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/dialogs/meetingdialog.h"
#include "tests/support/testenvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tematik;

namespace {

class MeetingDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        themes = themesInDataStructureOrder(project->themes().list());
    }

    // The remembered style and screen would otherwise carry over from one test to the next.
    void TearDown() override { QSettings().remove(QStringLiteral("presentation")); }

    static QTreeWidget *tree(MeetingDialog &dialog) { return dialog.findChild<QTreeWidget *>(QStringLiteral("plan")); }

    static QStringList themeNames(QTreeWidget *tree)
    {
        QStringList names;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names.append(tree->topLevelItem(i)->text(0));
        return names;
    }

    static QPushButton *button(MeetingDialog &dialog, const QString &name)
    {
        return dialog.findChild<QPushButton *>(name);
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QList<Theme> themes;
};

} // namespace

TEST_F(MeetingDialogTest, ANewMeetingShowsEveryThemeAndExemplarTicked)
{
    MeetingDialog dialog(*project);
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), QStringLiteral("Dialogue meeting"));
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("meeting"))->currentData().value<MeetingId>(), 0);
    QTreeWidget *plan = tree(dialog);
    ASSERT_EQ(themes.size(), 4);
    ASSERT_EQ(plan->topLevelItemCount(), 4);
    for (int i = 0; i < themes.size(); ++i) {
        const QTreeWidgetItem *item = plan->topLevelItem(i);
        EXPECT_EQ(item->text(0), themes[i].name);
        EXPECT_EQ(item->checkState(0), Qt::Checked);
        const QList<RetrievedSegment> quotes = SlideDeck::candidateQuotes(*project, themes[i].id);
        EXPECT_FALSE(quotes.isEmpty()) << themes[i].name.toStdString();
        ASSERT_EQ(item->childCount(), quotes.size());
        for (int j = 0; j < quotes.size(); ++j) {
            EXPECT_EQ(item->child(j)->data(0, Qt::UserRole).value<CodingId>(), quotes[j].codingId);
            EXPECT_EQ(item->child(j)->checkState(0), Qt::Checked);
        }
    }
    EXPECT_EQ(dialog.plan(), SlideDeck::defaultPlan(*project));
    EXPECT_EQ(dialog.slideOptions().attribution, QuoteAttribution::None);
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("message"))->isVisibleTo(&dialog));

    plan->setCurrentItem(plan->topLevelItem(1)->child(0));
    test::saveScreenshot(&dialog, QStringLiteral("meeting-dialog"));
}

TEST_F(MeetingDialogTest, SavesTheEditedPlanAndReopensWithIt)
{
    MeetingPlan expected;
    {
        MeetingDialog dialog(*project);
        QTreeWidget *plan = tree(dialog);
        plan->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        plan->setCurrentItem(plan->topLevelItem(2));
        button(dialog, QStringLiteral("moveUp"))->click();
        // The second theme shows without its first quote.
        plan->topLevelItem(1)->child(0)->setCheckState(0, Qt::Unchecked);
        EXPECT_EQ(themeNames(plan), (QStringList{themes[0].name, themes[2].name, themes[1].name, themes[3].name}));

        const MeetingPlan defaults = SlideDeck::defaultPlan(*project);
        expected = {defaults[2], defaults[1], defaults[3]};
        expected[0].quotes.removeFirst();
        const Status saved = dialog.save();
        ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
        ASSERT_NE(dialog.meetingId(), 0);
        EXPECT_EQ(project->meetings().plan(dialog.meetingId()), expected);
        EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("meeting"))->currentData().value<MeetingId>(),
                  dialog.meetingId());

        const QList<Slide> slides = dialog.slides();
        ASSERT_FALSE(slides.isEmpty());
        for (const Slide &slide : slides) {
            EXPECT_NE(slide.heading, themes[0].name);
            for (const SlideQuote &quote : slide.quotes)
                EXPECT_TRUE(quote.attribution.isEmpty()) << quote.attribution.toStdString();
        }
    }

    MeetingDialog reopened(*project);
    EXPECT_NE(reopened.findChild<QComboBox *>(QStringLiteral("meeting"))->currentData().value<MeetingId>(), 0);
    EXPECT_EQ(themeNames(tree(reopened)), (QStringList{themes[2].name, themes[1].name, themes[3].name, themes[0].name}));
    EXPECT_EQ(tree(reopened)->topLevelItem(3)->checkState(0), Qt::Unchecked);
    EXPECT_EQ(reopened.plan(), expected);
    // Saving again updates the meeting rather than adding one.
    ASSERT_TRUE(reopened.save().ok());
    EXPECT_EQ(project->meetings().list().size(), 1);
}

TEST_F(MeetingDialogTest, AnEmptyTitleIsRefused)
{
    MeetingDialog dialog(*project);
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.save().ok());
    const QLabel *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    EXPECT_TRUE(message->isVisibleTo(&dialog));
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(project->meetings().list().isEmpty());
    EXPECT_EQ(dialog.meetingId(), 0);
    EXPECT_FALSE(dialog.exportHandout(dir.filePath(QStringLiteral("handout.pdf"))).ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("handout.pdf"))));
}

TEST_F(MeetingDialogTest, ExportsTheHandout)
{
    MeetingDialog dialog(*project);
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const Status written = dialog.exportHandout(path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray pdf = test::readFile(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    const QList<Slide> slides = dialog.slides();
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), slides.size());
    EXPECT_EQ(project->meetings().list().size(), 1);
}

TEST_F(MeetingDialogTest, RealNamesComeWithAWarningAndAreNeverRemembered)
{
    {
        MeetingDialog dialog(*project);
        auto *attribution = dialog.findChild<QComboBox *>(QStringLiteral("attribution"));
        auto *style = dialog.findChild<QComboBox *>(QStringLiteral("style"));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        auto warningShown = [&] {
            return std::any_of(labels.begin(), labels.end(), [&](QLabel *label) {
                return label->isVisibleTo(&dialog) && label->text().startsWith(u'⚠');
            });
        };
        EXPECT_FALSE(warningShown());
        attribution->setCurrentIndex(2);
        EXPECT_EQ(dialog.slideOptions().attribution, QuoteAttribution::RealNames);
        EXPECT_TRUE(warningShown());
        style->setCurrentIndex(1);
        EXPECT_EQ(dialog.slideStyle(), SlideStyle::Dark);
        ASSERT_NE(dialog.projectorScreen(), nullptr);

        QPushButton *start = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->isDefault())
                start = b;
        }
        ASSERT_NE(start, nullptr);
        start->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        bool attributed = false;
        for (const Slide &slide : dialog.slides()) {
            for (const SlideQuote &quote : slide.quotes)
                attributed = attributed || !quote.attribution.isEmpty();
        }
        EXPECT_TRUE(attributed);
    }
    MeetingDialog again(*project);
    EXPECT_EQ(again.slideStyle(), SlideStyle::Dark);
    EXPECT_EQ(again.slideOptions().attribution, QuoteAttribution::None);
}

TEST_F(MeetingDialogTest, AThemeWithoutExemplarsSaysWhereToMarkThem)
{
    const Result<ThemeId> added = project->themes().addTheme(QStringLiteral("Tyst kunskap"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    MeetingDialog dialog(*project);
    QTreeWidget *plan = tree(dialog);
    ASSERT_EQ(plan->topLevelItemCount(), 5);
    const QTreeWidgetItem *item = plan->topLevelItem(4);
    EXPECT_EQ(item->text(0), QStringLiteral("Tyst kunskap"));
    EXPECT_EQ(item->childCount(), 0);
    EXPECT_TRUE(item->text(1).contains(QStringLiteral("Retrieval")));
}

TEST_F(MeetingDialogTest, CtrlArrowsMoveTheCurrentItem)
{
    MeetingDialog dialog(*project);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTreeWidget *plan = tree(dialog);
    plan->setFocus();
    plan->setCurrentItem(plan->topLevelItem(0));
    QTest::keyClick(plan, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(themeNames(plan), (QStringList{themes[1].name, themes[0].name, themes[2].name, themes[3].name}));
    QTest::keyClick(plan, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(themeNames(plan), (QStringList{themes[0].name, themes[1].name, themes[2].name, themes[3].name}));
    EXPECT_EQ(plan->topLevelItem(0)->childCount(), 1);
    EXPECT_TRUE(plan->topLevelItem(0)->isExpanded());
}

TEST_F(MeetingDialogTest, RemovesAMeetingUndoably)
{
    QUndoStack stack;
    Editor editor(*project, stack);
    MeetingDialog dialog(*project);
    ASSERT_TRUE(dialog.save().ok());
    const MeetingId id = dialog.meetingId();
    ASSERT_TRUE(project->memos().add({MemoTarget::theme(themes.first().id), {}, QStringLiteral("Stämmer"),
                                      MemoKind::MemberCheck, id}).ok());
    EXPECT_FALSE(button(dialog, QStringLiteral("remove"))->isVisibleTo(&dialog)) << "not offered without an editor";
    dialog.setEditor(&editor);
    EXPECT_TRUE(button(dialog, QStringLiteral("remove"))->isVisibleTo(&dialog));
    ASSERT_TRUE(dialog.removeMeeting().ok());
    EXPECT_TRUE(project->meetings().list().isEmpty());
    EXPECT_EQ(dialog.meetingId(), 0);
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("meeting"))->currentText(), QStringLiteral("New meeting"));
    stack.undo();
    ASSERT_EQ(project->meetings().list().size(), 1);
    int remarks = 0;
    for (const ListedMemo &m : project->memos().list())
        remarks += m.memo.meetingId == id ? 1 : 0;
    EXPECT_EQ(remarks, 1);
}
