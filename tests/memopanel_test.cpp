#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "ui/commands/editor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/memolistmodel.h"
#include "ui/widgets/documentview.h"
#include "ui/widgets/memopanel.h"
#include "tests/support/testenvironment.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFocusEvent>
#include <QLabel>
#include <QTreeView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace tematik;

namespace {

std::unique_ptr<Project> demo(const QTemporaryDir &dir)
{
    auto project = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    EXPECT_TRUE(project.ok());
    return project.ok() ? std::move(*project) : nullptr;
}

QString bodyOn(Project &project, const MemoTarget &target)
{
    const QList<Memo> memos = project.memos().forTarget(target);
    return memos.isEmpty() ? QString() : memos.first().body;
}

// The panel's memo heading, e.g. "Memo on source ‘interview-01’".
QString heading(const MemoPanel &panel)
{
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->font().bold())
            return label->text();
    }
    return {};
}

// Types text key by key, as a researcher would; QTest::keyClicks knows no å, ä or ö.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// A pause in typing: what the panel's timer does when it fires, without waiting for it.
void pause(MemoPanel &panel)
{
    auto *timer = panel.findChild<QTimer *>(QStringLiteral("memoSaveTimer"));
    ASSERT_NE(timer, nullptr);
    ASSERT_TRUE(timer->isActive());
    QMetaObject::invokeMethod(timer, "timeout");
}

class MemoPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = demo(dir);
        ASSERT_TRUE(project);
        editor = std::make_unique<Editor>(*project, stack);
        panel.setProject(project.get(), editor.get());
        edit = panel.findChild<QPlainTextEdit *>();
        ASSERT_NE(edit, nullptr);
        source = project->sources().list().first().id;
        code = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
    }

    void TearDown() override { panel.setProject(nullptr, nullptr); }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    MemoPanel panel;
    QPlainTextEdit *edit = nullptr;
    SourceId source = 0;
    CodeId code = 0;
};

} // namespace

TEST(MemoListModel, FollowsTheProjectRowByRow)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    MemoListModel model(*project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    const SourceId source = project->sources().list().first().id;
    const CodeId code = project->codes().findByPath(QStringLiteral("Tid och mandat/Prevention förlorar mot uppgifter med deadline"))->id;
    const CodingId coding = project->codings().forCode(code).first().id;

    const MemoId onSource = *project->memos().add(NewMemo{MemoTarget::source(source), {}, QStringLiteral("\n  Paus\nsedan svar")});
    const MemoId onCode = *project->memos().add(NewMemo{MemoTarget::code(code), QStringLiteral("Gräns"), QStringLiteral("x")});
    const MemoId onCoding = *project->memos().add(NewMemo{MemoTarget::coding(coding), {}, QStringLiteral("Typexempel")});
    ASSERT_TRUE(project->memos().add(NewMemo{MemoTarget::project(), {}, QStringLiteral("Frågan")}).ok());
    ASSERT_EQ(model.rowCount(), 4);
    const auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    EXPECT_EQ(text(0, MemoListModel::TargetColumn), QStringLiteral("Source ‘interview-01’"));
    EXPECT_EQ(text(0, MemoListModel::TextColumn), QStringLiteral("Paus"));
    EXPECT_EQ(text(1, MemoListModel::TargetColumn), QStringLiteral("Code ‘Tid och mandat/Prevention förlorar mot uppgifter med deadline’"));
    EXPECT_EQ(text(1, MemoListModel::TextColumn), QStringLiteral("Gräns"));
    EXPECT_EQ(text(2, MemoListModel::TargetColumn),
              QStringLiteral("Coding of ‘Tid och mandat/Prevention förlorar mot uppgifter med deadline’ in ‘interview-01’"));
    EXPECT_EQ(text(3, MemoListModel::TargetColumn), QStringLiteral("Project"));
    EXPECT_TRUE(model.data(model.index(0, MemoListModel::ModifiedColumn)).toDateTime().isValid());
    EXPECT_EQ(model.targetAt(2), MemoTarget::coding(coding));
    EXPECT_EQ(model.data(model.index(1, 0), MemoListModel::MemoIdRole).value<MemoId>(), onCode);

    ASSERT_TRUE(project->memos().setText(onSource, {}, QStringLiteral("Lång paus")).ok());
    EXPECT_EQ(text(0, MemoListModel::TextColumn), QStringLiteral("Lång paus"));
    ASSERT_TRUE(project->sources().rename(source, QStringLiteral("IP1")).ok());
    EXPECT_EQ(text(0, MemoListModel::TargetColumn), QStringLiteral("Source ‘IP1’"));
    EXPECT_EQ(text(2, MemoListModel::TargetColumn), QStringLiteral("Coding of ‘Tid och mandat/Prevention förlorar mot uppgifter med deadline’ in ‘IP1’"));
    ASSERT_TRUE(project->codes().rename(project->codes().find(code)->parentId.value(), QStringLiteral("Tid")).ok());
    EXPECT_EQ(text(1, MemoListModel::TargetColumn), QStringLiteral("Code ‘Tid/Prevention förlorar mot uppgifter med deadline’"));

    // A removed memo comes back where it was; deleting a code takes its memos and its codings' along.
    const Memo removed = *project->memos().find(onCode);
    ASSERT_TRUE(project->memos().remove(onCode).ok());
    EXPECT_EQ(model.rowOf(onCoding), 1);
    ASSERT_TRUE(project->memos().restore({removed}).ok());
    EXPECT_EQ(model.rowOf(onCode), 1);
    ASSERT_TRUE(project->codes().remove(code).ok());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(onCode), -1);
    EXPECT_EQ(model.rowOf(onCoding), -1);
}

TEST_F(MemoPanelTest, TypingIsStoredAsYouTypeAndEachSessionIsOneUndoStep)
{
    panel.setTarget(MemoTarget::source(source));
    EXPECT_EQ(heading(panel), QStringLiteral("Memo on source ‘interview-01’"));
    EXPECT_FALSE(edit->placeholderText().isEmpty());
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    EXPECT_EQ(project->counts().memos, 0); // looking makes no memo

    type(edit, QStringLiteral("Lång paus"));
    pause(panel);
    EXPECT_EQ(bodyOn(*project, MemoTarget::source(source)), QStringLiteral("Lång paus"));
    type(edit, QStringLiteral(" före svaret."));
    pause(panel);
    EXPECT_EQ(bodyOn(*project, MemoTarget::source(source)), QStringLiteral("Lång paus före svaret."));
    EXPECT_EQ(project->counts().memos, 1);
    EXPECT_EQ(stack.count(), 1);

    // Leaving the memo stores what was typed and ends the session: what comes next is a new step.
    type(edit, QStringLiteral(" Ironi"));
    QFocusEvent focusOut(QEvent::FocusOut, Qt::OtherFocusReason);
    QApplication::sendEvent(edit, &focusOut);
    EXPECT_EQ(bodyOn(*project, MemoTarget::source(source)), QStringLiteral("Lång paus före svaret. Ironi"));
    EXPECT_EQ(stack.count(), 1);
    type(edit, QStringLiteral("?"));
    pause(panel);
    EXPECT_EQ(stack.count(), 2);

    // Another target: its own memo, stored when the target changes again.
    panel.setTarget(MemoTarget::code(code));
    EXPECT_EQ(heading(panel), QStringLiteral("Memo on code ‘Tid och mandat’"));
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    type(edit, QStringLiteral("Gränsfall"));
    panel.setTarget(MemoTarget::source(source));
    EXPECT_EQ(bodyOn(*project, MemoTarget::code(code)), QStringLiteral("Gränsfall"));
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Lång paus före svaret. Ironi?"));
    EXPECT_EQ(stack.count(), 3);

    stack.undo(); // the code's memo
    EXPECT_TRUE(project->memos().forTarget(MemoTarget::code(code)).isEmpty());
    stack.undo(); // "?"
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Lång paus före svaret. Ironi"));
    stack.undo(); // the first session, which made the memo
    EXPECT_EQ(project->counts().memos, 0);
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    stack.redo();
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Lång paus före svaret. Ironi"));
    stack.redo();
    stack.redo();
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Lång paus före svaret. Ironi?"));
    EXPECT_EQ(bodyOn(*project, MemoTarget::code(code)), QStringLiteral("Gränsfall"));

    // Typing goes on in the memo that came back, not into a new one.
    type(edit, QStringLiteral("!"));
    pause(panel);
    EXPECT_EQ(project->counts().memos, 2);
    EXPECT_EQ(bodyOn(*project, MemoTarget::source(source)), QStringLiteral("Lång paus före svaret. Ironi?!"));
}

TEST_F(MemoPanelTest, TheProjectMemoAndACodingsMemo)
{
    EXPECT_EQ(heading(panel), QStringLiteral("Project memo"));
    type(edit, QStringLiteral("Forskningsfrågan"));
    panel.save();
    EXPECT_EQ(bodyOn(*project, MemoTarget::project()), QStringLiteral("Forskningsfrågan"));

    const CodingId coding = project->codings().all().first().id;
    panel.setTarget(MemoTarget::coding(coding));
    EXPECT_EQ(heading(panel), QStringLiteral("Memo on this coding"));
    type(edit, QStringLiteral("Typexempel"));
    panel.save();
    EXPECT_EQ(bodyOn(*project, MemoTarget::coding(coding)), QStringLiteral("Typexempel"));

    // Deleting the coding takes its memo: the panel falls back to the project's.
    ASSERT_TRUE(editor->removeCoding(coding).ok());
    EXPECT_EQ(panel.target(), MemoTarget::project());
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Forskningsfrågan"));
    stack.undo();
    EXPECT_EQ(bodyOn(*project, MemoTarget::coding(coding)), QStringLiteral("Typexempel"));
}

TEST_F(MemoPanelTest, ActivatingAMemoShowsItAndSaysWhatItIsOn)
{
    ASSERT_TRUE(project->memos().add(NewMemo{MemoTarget::code(code), {}, QStringLiteral("Om koden")}).ok());
    auto *list = panel.findChild<QTreeView *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 1);
    std::optional<MemoTarget> activated;
    QObject::connect(&panel, &MemoPanel::memoActivated, [&](const MemoTarget &t) { activated = t; });
    Q_EMIT list->activated(list->model()->index(0, 0));
    EXPECT_EQ(activated, MemoTarget::code(code));
    EXPECT_EQ(panel.target(), MemoTarget::code(code));
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Om koden"));

    // Delete in the list removes the memo, undoably.
    list->setCurrentIndex(list->model()->index(0, 0));
    list->actions().first()->trigger();
    EXPECT_EQ(project->counts().memos, 0);
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    stack.undo();
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Om koden"));
}

TEST(MainWindow, MemosDockFollowsTheSourceTheCodeAndTheProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tematik"));
    {
        MainWindow window;
        window.setProject(demo(dir));
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("memosDock"));
        ASSERT_NE(dock, nullptr);
        auto *panel = qobject_cast<MemoPanel *>(dock->widget());
        ASSERT_NE(panel, nullptr);
        Project &project = *window.project();
        const QList<SourceInfo> sources = project.sources().list();
        EXPECT_EQ(panel->target(), MemoTarget::source(sources.first().id));

        auto *list = window.sourceView();
        list->setCurrentIndex(list->model()->index(1, 0));
        EXPECT_EQ(panel->target(), MemoTarget::source(sources.at(1).id));

        auto *codebook = qobject_cast<QTreeView *>(window.findChild<QDockWidget *>(QStringLiteral("codebookDock"))->widget());
        codebook->setCurrentIndex(codebook->model()->index(0, 0));
        const CodeId code = project.codes().findByPath(QStringLiteral("Tid och mandat"))->id;
        EXPECT_EQ(panel->target(), MemoTarget::code(code));

        QAction *projectMemo = nullptr;
        for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("Project &Memo"))
                projectMemo = a;
        }
        ASSERT_NE(projectMemo, nullptr);
        projectMemo->trigger();
        EXPECT_EQ(panel->target(), MemoTarget::project());
        test::saveScreenshot(&window, QStringLiteral("memos"));

        // Typed and never paused: closing the window still keeps it.
        type(panel->findChild<QPlainTextEdit *>(), QStringLiteral("Sista tanken"));
    }
    auto reopened = Project::open(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(bodyOn(**reopened, MemoTarget::project()), QStringLiteral("Sista tanken"));
}

TEST(MainWindow, ActivatingACodingsMemoShowsTheCodingInItsSource)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir));
    window.show();
    Project &project = *window.project();
    const Coding coding = project.codings().all().last();
    ASSERT_NE(coding.sourceId, project.sources().list().first().id);
    ASSERT_TRUE(project.memos().add(NewMemo{MemoTarget::coding(coding.id), {}, QStringLiteral("Typexempel")}).ok());
    auto *panel = window.findChild<MemoPanel *>();
    auto *memos = panel->findChild<QTreeView *>();
    Q_EMIT memos->activated(memos->model()->index(0, 0));
    EXPECT_EQ(panel->target(), MemoTarget::coding(coding.id));
    EXPECT_EQ(panel->findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("Typexempel"));
    EXPECT_EQ(window.documentView()->selectedRange(), std::make_pair(coding.start, coding.end));
}
