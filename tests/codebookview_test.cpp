#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "ui/commands/editor.h"
#include "ui/dialogs/codedetailsdialog.h"
#include "ui/dialogs/mergecodedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/textrangemime.h"
#include "ui/widgets/codebookview.h"
#include "ui/widgets/documentview.h"
#include "tests/support/shownchild.h"
#include "tests/support/testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using namespace tematik;
using tematik::test::shownChild;

namespace {

QPushButton *buttonWithRole(QMessageBox &box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box.buttons()) {
        if (box.buttonRole(b) == role)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

class CodebookViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
        editor = std::make_unique<Editor>(*project, stack);
        view.setProject(project.get(), editor.get());
        view.resize(500, 600);
        view.show();
        QApplication::setActiveWindow(&view);
        view.setFocus();
        time = project->codes().findByPath(QStringLiteral("Tid och mandat"))->id;
        relations = project->codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    }

    void TearDown() override { view.setProject(nullptr, nullptr); }

    // The line edit of a name being edited in place.
    QLineEdit *nameEditor() { return shownChild<QLineEdit>(*view.viewport()); }

    // Return in the name being edited, as a user ends the edit. The delegate commits the name through a
    // queued call, so that the line edit sees the key first.
    static void commit(QLineEdit *name)
    {
        QTest::keyClick(name, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    CodebookView view;
    CodeId time = 0;
    CodeId relations = 0;
};

} // namespace

TEST_F(CodebookViewTest, NewCodeIsNamedInPlaceAndUndoable)
{
    const int codes = int(project->codes().list().size());
    view.action(CodebookView::Action::NewCode)->trigger();
    ASSERT_EQ(int(project->codes().list().size()), codes + 1);
    const CodeId added = view.currentCode();
    EXPECT_EQ(project->codes().find(added)->name, QStringLiteral("New code"));
    EXPECT_FALSE(project->codes().find(added)->parentId.has_value());
    QLineEdit *name = nameEditor();
    ASSERT_NE(name, nullptr);
    name->setText(QStringLiteral("Förtroende"));
    commit(name);
    EXPECT_EQ(project->codes().find(added)->name, QStringLiteral("Förtroende"));
    ASSERT_EQ(stack.count(), 2);

    // A second new code gets a name of its own.
    view.action(CodebookView::Action::NewCode)->trigger();
    EXPECT_EQ(project->codes().find(view.currentCode())->name, QStringLiteral("New code"));
    QTest::keyClick(nameEditor(), Qt::Key_Escape);
    view.action(CodebookView::Action::NewCode)->trigger();
    EXPECT_EQ(project->codes().find(view.currentCode())->name, QStringLiteral("New code 2"));
    QTest::keyClick(nameEditor(), Qt::Key_Escape);

    // A subcode goes under the current code.
    view.setCurrentCode(time);
    view.action(CodebookView::Action::NewSubcode)->trigger();
    EXPECT_EQ(project->codes().find(view.currentCode())->parentId, time);
    QTest::keyClick(nameEditor(), Qt::Key_Escape);

    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(int(project->codes().list().size()), codes);
    stack.redo();
    stack.redo();
    EXPECT_EQ(project->codes().find(added)->name, QStringLiteral("Förtroende"));
}

TEST_F(CodebookViewTest, KeysRenameAndDelete)
{
    view.setCurrentCode(relations);
    QTest::keyClick(&view, Qt::Key_F2);
    QLineEdit *name = nameEditor();
    ASSERT_NE(name, nullptr) << "F2 opens the name for editing";
    name->setText(QStringLiteral("Relationer"));
    commit(name);
    EXPECT_EQ(project->codes().find(relations)->name, QStringLiteral("Relationer"));

    // A sibling's name is refused with a message, and nothing changes.
    QSignalSpy failed(&view, &CodebookView::failed);
    QTest::keyClick(&view, Qt::Key_F2);
    nameEditor()->setText(QStringLiteral("Tid och mandat"));
    commit(nameEditor());
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(project->codes().find(relations)->name, QStringLiteral("Relationer"));

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Delete);
    QMessageBox *box = shownChild<QMessageBox>(view);
    ASSERT_NE(box, nullptr) << "Delete asks first";
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(project->codes().find(relations).has_value());
}

TEST_F(CodebookViewTest, DeleteSaysWhatGoesAndAsksFirst)
{
    const CodeUse use = project->codings().useWithSubcodes(time);
    ASSERT_GT(use.codings, 1);
    const int codes = int(project->codes().list().size());
    view.setCurrentCode(time);
    view.action(CodebookView::Action::Delete)->trigger();
    QMessageBox *box = shownChild<QMessageBox>(view);
    ASSERT_NE(box, nullptr);
    const QString question = box->text();
    EXPECT_TRUE(question.contains(QStringLiteral("“Tid och mandat”"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QString::number(use.codings) + QStringLiteral(" coding"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QString::number(use.sources) + QStringLiteral(" source"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("3 subcode"))) << question.toStdString();
    test::saveScreenshot(box, QStringLiteral("delete-code"));

    // Refused: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(project->codes().find(time).has_value());
    EXPECT_EQ(stack.count(), 0);

    // Accepted: the code, its subcodes and their codings go, and come back with undo.
    const int codings = int(project->codings().all().size());
    view.action(CodebookView::Action::Delete)->trigger();
    box = shownChild<QMessageBox>(view);
    ASSERT_NE(box, nullptr);
    QPushButton *remove = buttonWithRole(*box, QMessageBox::DestructiveRole);
    ASSERT_NE(remove, nullptr);
    remove->click();
    EXPECT_FALSE(project->codes().find(time).has_value());
    EXPECT_EQ(int(project->codes().list().size()), codes - 4);
    EXPECT_EQ(int(project->codings().all().size()), codings - use.codings);
    stack.undo();
    EXPECT_TRUE(project->codes().find(time).has_value());
    EXPECT_EQ(int(project->codings().all().size()), codings);
    EXPECT_EQ(view.model()->rowCount(), 3);
    stack.redo();
    EXPECT_FALSE(project->codes().find(time).has_value());
    EXPECT_EQ(view.model()->rowCount(), 2);

    // A code without codings says so.
    Result<CodeId> unused = editor->addCode(NewCode{QStringLiteral("Oanvänd"), std::nullopt, {}, {}});
    ASSERT_TRUE(unused.ok());
    const QString none = view.removalQuestion(*unused);
    EXPECT_TRUE(none.contains(QStringLiteral("No codings"))) << none.toStdString();
}

TEST_F(CodebookViewTest, MergeIntoTheChosenCode)
{
    view.setCurrentCode(relations);
    view.action(CodebookView::Action::Merge)->trigger();
    MergeCodeDialog *dialog = shownChild<MergeCodeDialog>(view);
    ASSERT_NE(dialog, nullptr);
    // Not into itself or its own subcodes.
    EXPECT_FALSE(dialog->setTarget(relations));
    EXPECT_FALSE(dialog->setTarget(project->codes().findByPath(QStringLiteral("Relationer och nätverk/Nätverket som kraftkälla"))->id));
    ASSERT_TRUE(dialog->setTarget(time));
    test::saveScreenshot(dialog, QStringLiteral("merge-code"));
    const int codings = int(project->codings().all().size());
    dialog->accept();
    EXPECT_FALSE(project->codes().find(relations).has_value());
    EXPECT_EQ(project->codes().subtree(time).size(), 7);
    EXPECT_EQ(int(project->codings().all().size()), codings);
    EXPECT_EQ(view.model()->rowCount(), 2);
    stack.undo();
    EXPECT_EQ(project->codes().find(relations)->name, QStringLiteral("Relationer och nätverk"));
    EXPECT_EQ(project->codes().subtree(time).size(), 4);
    EXPECT_EQ(view.model()->rowCount(), 3);
    stack.redo();
    EXPECT_FALSE(project->codes().find(relations).has_value());

    // Cancelled: nothing happens.
    view.setCurrentCode(time);
    view.action(CodebookView::Action::Merge)->trigger();
    dialog = shownChild<MergeCodeDialog>(view);
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(CodebookViewTest, DefinitionAndColour)
{
    view.setCurrentCode(time);
    view.action(CodebookView::Action::Details)->trigger();
    CodeDetailsDialog *details = shownChild<CodeDetailsDialog>(view);
    ASSERT_NE(details, nullptr);
    EXPECT_EQ(details->details().description, project->codes().find(time)->description);
    const CodeDetails wanted{QStringLiteral("Tid och mandat formar arbetet."), QStringLiteral("När tid eller mandat nämns."),
                             QStringLiteral("Inte för arbetstider i allmänhet."), QStringLiteral("”Det blir det som har en deadline.”")};
    details->setDetails(wanted);
    test::saveScreenshot(details, QStringLiteral("code-definition"));
    details->accept();
    EXPECT_EQ(project->codes().find(time)->details(), wanted);
    stack.undo();
    EXPECT_NE(project->codes().find(time)->details(), wanted);
    stack.redo();
    EXPECT_EQ(project->codes().find(time)->details(), wanted);

    view.action(CodebookView::Action::Color)->trigger();
    QColorDialog *color = shownChild<QColorDialog>(view);
    ASSERT_NE(color, nullptr);
    color->setCurrentColor(QColor(QStringLiteral("#123456")));
    color->accept();
    EXPECT_EQ(project->codes().find(time)->color, QStringLiteral("#123456"));
    stack.undo();
    EXPECT_EQ(project->codes().find(time)->color, QStringLiteral("#f4a261"));
}

TEST_F(CodebookViewTest, SortByNameOrManualOrder)
{
    ASSERT_TRUE(editor->addCode(NewCode{QStringLiteral("Arbetsmiljö"), std::nullopt, {}, {}}).ok());
    const auto first = [&] { return view.model()->index(0, 0).data().toString(); };
    EXPECT_EQ(first(), QStringLiteral("Tid och mandat"));
    EXPECT_TRUE(view.action(CodebookView::Action::ManualOrder)->isChecked());
    view.action(CodebookView::Action::SortByName)->trigger();
    EXPECT_EQ(first(), QStringLiteral("Arbetsmiljö"));
    // The current code stays current whatever the order.
    view.setCurrentCode(time);
    view.action(CodebookView::Action::ManualOrder)->trigger();
    EXPECT_EQ(first(), QStringLiteral("Tid och mandat"));
    EXPECT_EQ(view.currentCode(), time);
}

TEST_F(CodebookViewTest, WordsDraggedFromTheDocumentAreCodedWhereTheyAreDropped)
{
    const SourceId source = project->sources().list().first().id;
    QMimeData words;
    words.setText(QStringLiteral("några ord"));
    TextRangeMime{source, 40, 52}.writeTo(words);
    view.setSortByName(true); // the drop finds its code whatever the order
    const QRect rect = view.visualRect(view.model()->index(0, 0)); // "Relationer och nätverk"
    const QPoint at = rect.center();
    QDragEnterEvent enter(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    EXPECT_TRUE(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &drop);
    const QList<Coding> coded = project->codings().forCode(relations);
    ASSERT_EQ(coded.size(), 1);
    EXPECT_EQ(coded.first().start, 40);
    EXPECT_EQ(coded.first().end, 52);
    stack.undo();
    EXPECT_TRUE(project->codings().forCode(relations).isEmpty());
}

TEST_F(CodebookViewTest, ActionsNeedACode)
{
    view.setCurrentIndex({});
    EXPECT_TRUE(view.action(CodebookView::Action::NewCode)->isEnabled());
    EXPECT_FALSE(view.action(CodebookView::Action::Delete)->isEnabled());
    EXPECT_FALSE(view.action(CodebookView::Action::Merge)->isEnabled());
    view.setCurrentCode(time);
    EXPECT_TRUE(view.action(CodebookView::Action::Delete)->isEnabled());
    view.setProject(nullptr, nullptr);
    EXPECT_FALSE(view.action(CodebookView::Action::NewCode)->isEnabled());
}

TEST(CodebookViewInMainWindow, DoubleClickCodesTheSelectedWords)
{
    QTemporaryDir dir;
    auto project = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
    ASSERT_TRUE(project.ok());
    MainWindow window;
    window.setProject(std::move(*project));
    window.show();
    DocumentView *document = window.documentView();
    QTextCursor cursor(document->document());
    cursor.setPosition(0);
    cursor.setPosition(10, QTextCursor::KeepAnchor);
    document->setTextCursor(cursor);

    CodebookView *view = window.codebookView();
    ASSERT_NE(view, nullptr);
    const CodeId relations = window.project()->codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    view->setCurrentCode(relations);
    const QRect rect = view->visualRect(view->currentIndex());
    QSignalSpy activated(view, &CodebookView::codeActivated);
    // A double-click is a press and release, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(activated.count(), 1);
    const QList<Coding> coded = window.project()->codings().forCode(relations);
    ASSERT_EQ(coded.size(), 1);
    EXPECT_EQ(coded.first().start, 0);
    EXPECT_EQ(coded.first().end, 10);
    EXPECT_EQ(view->model()->index(1, CodebookModel::CodingsColumn).data().toInt(), 1);
    window.undoStack()->undo();
    EXPECT_TRUE(window.project()->codings().forCode(relations).isEmpty());
    test::saveScreenshot(&window, QStringLiteral("codebook"));
}
