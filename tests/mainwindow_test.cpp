#include "core/demo/demoproject.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/table/tablefile.h"
#include "core/import/caseimport.h"
#include "core/store/casestore.h"
#include "ui/dialogs/importreportdialog.h"
#include "ui/dialogs/speakercasesdialog.h"
#include "ui/dialogs/surveyimportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/sourcetreemodel.h"
#include "ui/widgets/documentview.h"
#include "tests/support/testenvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QTextCursor>
#include <QUndoStack>
#include <QDialogButtonBox>
#include <QTableWidget>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

using namespace tematik;

namespace {

std::unique_ptr<Project> demo(const QTemporaryDir &dir)
{
    auto project = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
    EXPECT_TRUE(project.ok());
    return project.ok() ? std::move(*project) : nullptr;
}

} // namespace

TEST(SourceTreeModel, FollowsTheProject)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    SourceTreeModel model(*project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 8);
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("interview-01"));
    const SourceId first = model.sourceAt(model.index(0, 0));
    ASSERT_TRUE(project->sources().rename(first, QStringLiteral("IP1 – intervju")).ok());
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("IP1 – intervju"));
    ASSERT_TRUE(project->sources().remove(first).ok());
    EXPECT_EQ(model.rowCount(), 7);
}

TEST(SourceTreeModel, ShowsEachSourcesSpeakersWithTheirCases)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    SourceTreeModel model(*project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex source = model.index(0, 0);
    const QList<SpeakerInfo> speakers = project->cases().speakersOf(model.sourceAt(source));
    ASSERT_EQ(model.rowCount(source), speakers.size());
    const auto linked = std::find_if(speakers.cbegin(), speakers.cend(), [](const SpeakerInfo &s) { return s.caseId.has_value(); });
    ASSERT_NE(linked, speakers.cend()) << "the demo links its participants";
    const int row = int(linked - speakers.cbegin());
    const QString caseName = project->cases().find(*linked->caseId)->name;
    EXPECT_EQ(model.index(row, 0, source).data().toString(), linked->label + QStringLiteral(" · ") + caseName);
    // A speaker row stands for its source.
    EXPECT_EQ(model.sourceAt(model.index(row, 0, source)), model.sourceAt(source));
    ASSERT_TRUE(project->cases().linkSpeaker(linked->id, std::nullopt).ok());
    EXPECT_EQ(model.index(row, 0, source).data().toString(), linked->label);
}

TEST(MainWindow, ShowsTheDemoProject)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir));
    window.show();
    auto *list = window.sourceView();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->model()->rowCount(), 8);
    // The first source is shown, its speaker labels and its coding formatted.
    const QString text = window.documentView()->toPlainText();
    EXPECT_TRUE(text.startsWith(QLatin1String("Intervju 1")));
    const int at = int(text.indexOf(QStringLiteral("Om jag inte gör min tillsyn")));
    ASSERT_GT(at, 0);
    const QTextBlock block = window.documentView()->document()->findBlock(at);
    bool coded = false;
    bool label = false;
    for (const QTextLayout::FormatRange &r : window.documentView()->formatsOf(block)) {
        coded = coded || (r.format.hasProperty(QTextFormat::BackgroundBrush) && r.start <= at - block.position());
        label = label || (r.start == 0 && r.length >= 3 && r.format.fontWeight() == QFont::Bold);
    }
    EXPECT_TRUE(coded);
    EXPECT_TRUE(label) << "the IP: label is not bold";

    // Selecting another source shows its text.
    list->setCurrentIndex(list->model()->index(6, 0));
    EXPECT_TRUE(window.documentView()->toPlainText().startsWith(QLatin1String("Fokusgrupp")));
}

TEST(MainWindow, RepaintsWhenCodingsChange)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir));
    Project &project = *window.project();
    const auto code = project.codes().findByPath(QStringLiteral("Tid och mandat"));
    ASSERT_TRUE(code.has_value());
    // The first source is shown; code its first 12 characters (the title line) and see it shaded.
    const QTextBlock title = window.documentView()->document()->firstBlock();
    EXPECT_TRUE(window.documentView()->formatsOf(title).isEmpty());
    auto sources = project.sources().list();
    ASSERT_TRUE(project.codings().add(NewCoding{sources.first().id, code->id, 0, 10}).ok());
    EXPECT_FALSE(window.documentView()->formatsOf(window.documentView()->document()->firstBlock()).isEmpty());
}

TEST(MainWindow, BatchImportReportsEveryFile)
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(QStringLiteral("p.tematik")));
    ASSERT_TRUE(created.ok());
    MainWindow window;
    window.setProject(std::move(*created));
    const QString empty = dir.filePath(QStringLiteral("tom.txt"));
    test::writeFile(empty, {});
    ImportReportDialog *report = window.importFiles({test::corpusPath(QStringLiteral("interview-04.docx")), empty,
                                                     test::corpusPath(QStringLiteral("interview-05.odt"))});
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(report->rows(), 3);
    EXPECT_EQ(window.project()->counts().sources, 2);
    auto *list = window.sourceView();
    EXPECT_EQ(list->model()->rowCount(), 2);
    // The last imported source is shown.
    EXPECT_TRUE(window.documentView()->toPlainText().startsWith(QLatin1String("Intervju 5")));
    test::saveScreenshot(report, QStringLiteral("import-report"));
    report->close();
}

TEST(MainWindow, DroppedFilesAreImported)
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(QStringLiteral("p.tematik")));
    ASSERT_TRUE(created.ok());
    MainWindow window;
    window.setProject(std::move(*created));
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::corpusPath(QStringLiteral("interview-01.txt"))),
                  QUrl::fromLocalFile(test::corpusPath(QStringLiteral("focusgroup.docx")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_EQ(window.project()->counts().sources, 2);
    for (auto *report : window.findChildren<ImportReportDialog *>())
        report->close();
}

TEST(SurveyImportDialog, GuessesColumnRolesAndNeedsAnIdAndAQuestion)
{
    Result<DataTable> table = TableFile::read(test::dataPath(QStringLiteral("tables/survey.csv")));
    ASSERT_TRUE(table.ok());
    SurveyImportDialog dialog(*table);
    SurveyImportOptions options = dialog.options();
    EXPECT_EQ(options.idColumn, QStringLiteral("id"));
    EXPECT_EQ(options.textColumns, (QStringList{QStringLiteral("Vad fungerar bäst i samverkan?"), QStringLiteral("Vad saknar du?")}));
    EXPECT_EQ(*options.attributeColumns, (QStringList{QStringLiteral("kommun"), QStringLiteral("nivå")}));
    test::saveScreenshot(&dialog, QStringLiteral("survey-import"));
    dialog.setRole(2, SurveyImportDialog::LeaveOut);
    EXPECT_EQ(*dialog.options().attributeColumns, QStringList{QStringLiteral("kommun")});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    dialog.setRole(3, SurveyImportDialog::Attribute);
    dialog.setRole(4, SurveyImportDialog::Attribute);
    EXPECT_FALSE(ok->isEnabled());
}

TEST(SpeakerCasesDialog, ShowsEverySpeakerWithItsCase)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    ASSERT_TRUE(CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv"))).ok());
    SpeakerCasesDialog dialog(*project);
    auto *table = dialog.findChild<QTableWidget *>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), int(project->cases().speakers().size()));
    // interview-01's IP is IP1; choosing "(no case)" unlinks it in the store at once.
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(1, 3));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("IP1"));
    test::saveScreenshot(&dialog, QStringLiteral("speakers-and-cases"));
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    EXPECT_FALSE(project->cases().speakers().at(1).caseId.has_value());
}

TEST(CodebookModel, TreeWithCountsFollowsTheProject)
{
    QTemporaryDir dir;
    auto project = demo(dir);
    ASSERT_TRUE(project);
    CodebookModel model(*project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex time = model.index(0, 0);
    EXPECT_EQ(model.data(time).toString(), QStringLiteral("Tid och mandat"));
    EXPECT_EQ(model.rowCount(time), 3);
    const QModelIndex deadline = model.index(0, CodebookModel::CodingsColumn, time);
    EXPECT_EQ(model.data(deadline).toInt(), 1);
    EXPECT_EQ(model.data(model.index(0, 0, time), Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#f4a261")));
    const CodeId id = model.codeAt(model.index(0, 0, time));
    const SourceId source = project->sources().list().at(3).id;
    ASSERT_TRUE(project->codings().add(NewCoding{source, id, 0, 5}).ok());
    EXPECT_EQ(model.data(model.index(0, CodebookModel::CodingsColumn, model.index(0, 0))).toInt(), 2);
    EXPECT_EQ(model.data(model.index(0, CodebookModel::SourcesColumn, model.index(0, 0))).toInt(), 2);
    EXPECT_EQ(model.indexOf(id), model.index(0, 0, model.index(0, 0)));
}

TEST(MainWindow, CodeTheSelectionThenUndoAndRedo)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir));
    window.show();
    auto *list = window.sourceView();
    list->setCurrentIndex(list->model()->index(1, 0)); // interview-02, with 😊 at code point 2171
    DocumentView *view = window.documentView();
    // Select "Äntligen!" after the emoji's line start in UTF-16 terms: the store must get code points.
    const QString text = view->toPlainText();
    const int at = int(text.indexOf(QStringLiteral("😊”"))) + 2; // the UTF-16 offset of the closing quote
    QTextCursor cursor(view->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    const auto range = view->selectedRange();
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->first, 2172);
    EXPECT_EQ(range->second, 2173);

    Project &project = *window.project();
    const CodeId code = project.codes().findByPath(QStringLiteral("Relationer och nätverk"))->id;
    const int before = int(project.codings().all().size());
    ASSERT_TRUE(window.codeSelection(code).ok());
    const QList<Coding> coded = project.codings().forCode(code);
    ASSERT_EQ(coded.size(), 1);
    EXPECT_EQ(coded.first().start, 2172);
    EXPECT_EQ(project.codings().segmentsOf(coded).first().text, QStringLiteral("”"));
    EXPECT_EQ(view->selectedRange(), range); // the selection survives the repaint
    test::saveScreenshot(&window, QStringLiteral("coded-selection"));

    window.undoStack()->undo();
    EXPECT_EQ(int(project.codings().all().size()), before);
    window.undoStack()->redo();
    EXPECT_EQ(project.codings().forCode(code).size(), 1);
    EXPECT_EQ(project.codings().forCode(code).first().id, coded.first().id);

    view->setTextCursor(QTextCursor(view->document()));
    EXPECT_FALSE(window.codeSelection(code).ok()); // nothing selected
}
