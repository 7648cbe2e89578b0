#include "core/demo/demoproject.h"
#include "core/report/reportoptions.h"
#include "core/report/reporttablecatalog.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "tests/support/testenvironment.h"
#include "ui/dialogs/exporttabledialog.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/reporttablemodel.h"
#include "ui/widgets/membercheckview.h"
#include "ui/widgets/presenterwindow.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tematik;

namespace {

// A whole member-checking session on the demo project, as a researcher runs it: prepare the meeting,
// present it from the keyboard, take down feedback and a verdict on every theme, leave, and find the
// feedback in the project, in the app's member-checking tab and in an exported table.
TEST(MemberCheckingSession, FromTheKeyboardToTheExportedTable)
{
    QTemporaryDir dir;
    auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    MainWindow window;
    window.setProject(std::move(*created));
    window.resize(1200, 800);
    window.show();
    Project &project = *window.project();

    MeetingDialog dialog(project, &window);
    ASSERT_TRUE(dialog.save().ok());
    QPointer<PresenterWindow> presenter =
        window.present(dialog.meetingId(), dialog.slides(), dialog.slideStyle(), nullptr);
    ASSERT_NE(presenter, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presenter));

    QStringList themesShown;
    for (int guard = 0; guard < 50 && presenter->currentIndex() + 1 < presenter->slideCount(); ++guard) {
        QTest::keyClick(presenter->remarkEditor(), Qt::Key_PageDown);
        const Slide &slide = presenter->currentSlide();
        if (slide.kind != Slide::Kind::Theme)
            continue;
        themesShown.append(slide.heading);
        test::typeText(presenter->remarkEditor(), QStringLiteral("Återkoppling om %1").arg(slide.heading));
        QTest::keyClick(presenter->remarkEditor(), Qt::Key_Return);
        QTest::keyClick(presenter->remarkEditor(), Qt::Key_1, Qt::ControlModifier);
    }
    ASSERT_EQ(themesShown.size(), 4);
    QTest::keyClick(presenter->remarkEditor(), Qt::Key_Escape);
    QTest::keyClick(presenter, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(presenter.isNull());

    // In the project: a member-check memo naming the meeting and a verdict on each theme.
    int remarks = 0;
    for (const ListedMemo &m : project.memos().list()) {
        if (m.memo.kind == MemoKind::MemberCheck && m.memo.meetingId == dialog.meetingId()) {
            ++remarks;
            EXPECT_EQ(m.memo.body, QStringLiteral("Återkoppling om %1").arg(m.target.name));
        }
    }
    EXPECT_EQ(remarks, 4);
    EXPECT_EQ(project.meetings().verdicts(dialog.meetingId()).size(), 4);

    // In the app: the member-checking tab is shown, a row per remark.
    ASSERT_EQ(window.workspace()->currentIndex(), MainWindow::memberCheckTab);
    auto *view = window.workspace()->currentWidget()->findChild<MemberCheckView *>();
    ASSERT_NE(view, nullptr);
    QCoreApplication::processEvents();
    EXPECT_EQ(view->model()->rowCount(), 4);
    test::saveScreenshot(&window, QStringLiteral("member-checking-tab"));

    // In an export: the table of feedback, every remark in it.
    ExportTableDialog exporter(project, &window);
    ASSERT_TRUE(exporter.setTableId(QStringLiteral("member-checking")));
    ASSERT_TRUE(exporter.setFormatId(QStringLiteral("csv")));
    const QString csv = dir.filePath(QStringLiteral("feedback.csv"));
    ASSERT_TRUE(exporter.exportTo(csv).ok());
    const QString written = QString::fromUtf8(test::readFile(csv));
    for (const QString &theme : std::as_const(themesShown)) {
        EXPECT_TRUE(written.contains(QStringLiteral("Återkoppling om %1").arg(theme))) << theme.toStdString();
        EXPECT_TRUE(written.contains(verdictDisplayName(Verdict::Confirmed)));
    }
}

} // namespace
