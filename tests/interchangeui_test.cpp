#include "core/demo/demoproject.h"
#include "core/interchange/interchangereport.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "ui/dialogs/importreportdialog.h"
#include "ui/dialogs/interchangereportdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/codebookview.h"
#include "tests/support/testenvironment.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace tematik;

namespace {

InterchangeReport sampleReport()
{
    InterchangeReport report;
    report.addKept(QStringLiteral("Code “Tid”."));
    report.addKept(QStringLiteral("Code “Mandat”."));
    report.addChanged(QStringLiteral("Code “Tid” was renamed “Tid (2)”."));
    report.addDropped(QStringLiteral("Link L1 was left out."));
    report.addDropped(QStringLiteral("Graph G1 was left out."));
    report.addDropped(QStringLiteral("Picture source “foto” was left out."));
    return report;
}

QStringList lines(const QTreeWidgetItem *group)
{
    QStringList out;
    for (int i = 0; i < group->childCount(); ++i)
        out.append(group->child(i)->text(0));
    return out;
}

// Every row of a tree model, at any depth.
int allRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int rows = model->rowCount(parent);
    for (int r = 0, n = model->rowCount(parent); r < n; ++r)
        rows += allRows(model, model->index(r, 0, parent));
    return rows;
}

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

// The warning boxes the window has open, closed as they are read.
QStringList takeFailures(MainWindow &window)
{
    QStringList texts;
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (!box->isVisible())
            continue;
        texts.append(box->text() + u' ' + box->informativeText());
        box->close();
    }
    return texts;
}

// Lets a dialog just opened lay itself out, as the event loop would before it is seen.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

std::unique_ptr<Project> demo(const QString &path)
{
    auto project = DemoProject::create(path);
    EXPECT_TRUE(project.ok());
    return project.ok() ? std::move(*project) : nullptr;
}

} // namespace

TEST(InterchangeReportDialog, GroupsTheLinesWithCountsDroppedAndChangedFirstAndOpen)
{
    const InterchangeReport report = sampleReport();
    InterchangeReportDialog dialog(QStringLiteral("Imported x.qdc into p.tematik."), report);
    EXPECT_EQ(dialog.summary(), QStringLiteral("Imported x.qdc into p.tematik.\nKept 2, changed 1, dropped 3."));
    QTreeWidget *groups = dialog.groups();
    ASSERT_EQ(groups->topLevelItemCount(), 3);
    const QTreeWidgetItem *dropped = groups->topLevelItem(0);
    const QTreeWidgetItem *changed = groups->topLevelItem(1);
    const QTreeWidgetItem *kept = groups->topLevelItem(2);
    EXPECT_EQ(dropped->text(0), QStringLiteral("Dropped: left out (3)"));
    EXPECT_EQ(changed->text(0), QStringLiteral("Changed: imported, but not as they were (1)"));
    EXPECT_EQ(kept->text(0), QStringLiteral("Kept: imported as they were (2)"));
    EXPECT_EQ(lines(dropped), report.dropped());
    EXPECT_EQ(lines(changed), report.changed());
    EXPECT_EQ(lines(kept), report.kept());
    EXPECT_TRUE(dropped->isExpanded());
    EXPECT_TRUE(changed->isExpanded());
    EXPECT_FALSE(kept->isExpanded());
    // Six lines need no filter.
    EXPECT_EQ(dialog.findChild<QLineEdit *>(), nullptr);
    EXPECT_EQ(dialog.text(), QStringLiteral("Imported x.qdc into p.tematik.\n") + report.toText());
}

TEST(InterchangeReportDialog, AReportWithNothingLostOpensItsKeptLines)
{
    InterchangeReport report;
    report.addKept(QStringLiteral("Code “Tid”."));
    InterchangeReportDialog dialog(QStringLiteral("Imported x.qdc."), report);
    const QTreeWidgetItem *dropped = dialog.groups()->topLevelItem(0);
    EXPECT_EQ(dropped->text(0), QStringLiteral("Dropped: left out (0)"));
    EXPECT_EQ(dropped->childCount(), 0);
    EXPECT_TRUE(dialog.groups()->topLevelItem(2)->isExpanded());
}

TEST(InterchangeReportDialog, ALongReportCanBeFiltered)
{
    InterchangeReport report;
    for (int i = 0; i < 300; ++i)
        report.addKept(QStringLiteral("Code “kod %1”.").arg(i));
    for (int i = 0; i < 40; ++i)
        report.addDropped(QStringLiteral("Link L%1 was left out.").arg(i));
    InterchangeReportDialog dialog(QStringLiteral("Imported big.qdpx."), report);
    auto *filter = dialog.findChild<QLineEdit *>();
    ASSERT_NE(filter, nullptr);
    test::typeText(filter, QStringLiteral("KOD 29"));
    const QTreeWidgetItem *dropped = dialog.groups()->topLevelItem(0);
    const QTreeWidgetItem *kept = dialog.groups()->topLevelItem(2);
    EXPECT_EQ(kept->text(0), QStringLiteral("Kept: imported as they were (11 of 300)")); // 29, 290 … 299
    EXPECT_TRUE(kept->isExpanded());
    EXPECT_EQ(dropped->text(0), QStringLiteral("Dropped: left out (0 of 40)"));
    int shown = 0;
    for (int i = 0; i < kept->childCount(); ++i)
        shown += kept->child(i)->isHidden() ? 0 : 1;
    EXPECT_EQ(shown, 11);
    dialog.setFilter({});
    EXPECT_EQ(filter->text(), QString());
    EXPECT_EQ(kept->text(0), QStringLiteral("Kept: imported as they were (300)"));
    EXPECT_FALSE(kept->child(5)->isHidden());
}

TEST(InterchangeReportDialog, LongLinesWrapInsteadOfLosingTheirEnd)
{
    InterchangeReport report;
    report.addDropped(QStringLiteral("Short."));
    QString longLine;
    for (int i = 0; i < 40; ++i)
        longLine += QStringLiteral("word%1 ").arg(i);
    report.addDropped(longLine.trimmed());
    InterchangeReportDialog dialog(QStringLiteral("Imported x.qdpx."), report);
    dialog.show();
    settle();
    const QTreeWidgetItem *dropped = dialog.groups()->topLevelItem(0);
    const QRect shortRow = dialog.groups()->visualItemRect(dropped->child(0));
    const QRect longRow = dialog.groups()->visualItemRect(dropped->child(1));
    EXPECT_GE(longRow.height(), 2 * shortRow.height() - 4) << longRow.height() << " vs " << shortRow.height();
    EXPECT_LE(longRow.right(), dialog.groups()->viewport()->width());
    // A short report makes a small dialog.
    EXPECT_LT(dialog.height(), 400);
}

TEST(InterchangeReportDialog, CopiesAndSavesTheWholeReport)
{
    QTemporaryDir dir;
    InterchangeReportDialog dialog(QStringLiteral("Imported x.qdc."), sampleReport());
    dialog.copyText();
    EXPECT_EQ(QApplication::clipboard()->text(), dialog.text());
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    ASSERT_TRUE(dialog.saveText(path).ok());
    EXPECT_EQ(QString::fromUtf8(test::readFile(path)), dialog.text());
    EXPECT_FALSE(dialog.saveText(dir.filePath(QStringLiteral("no/such/folder/report.txt"))).ok());
}

TEST(ImportReportDialog, GivesItsRowsAsText)
{
    ImportReportDialog dialog;
    dialog.setSummary(QStringLiteral("Imported 1 of 2 files."));
    dialog.addImported(QStringLiteral("a.txt"), QStringLiteral("a"), QStringLiteral("UTF-8"), 3,
                       {QStringLiteral("odd line")});
    dialog.addFailed(QStringLiteral("b.txt"), QStringLiteral("empty"));
    const QString text = dialog.text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Imported 1 of 2 files.\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("a.txt: as “a”: UTF-8, 3 speaker turns\n    Warning: odd line\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("b.txt: empty\n"))) << text.toStdString();
}

TEST(MainWindow, RefiActionsNeedAnOpenProjectButTheProjectImport)
{
    QTemporaryDir dir;
    MainWindow window;
    const QStringList needProject = {QStringLiteral("Import &Codebook (REFI-QDA)…"),
                                     QStringLiteral("E&xport REFI-QDA Project…"),
                                     QStringLiteral("Export Code&book (REFI-QDA)…")};
    QAction *importProject = fileAction(window, QStringLiteral("Import REFI-QDA Pro&ject…"));
    ASSERT_NE(importProject, nullptr);
    EXPECT_TRUE(importProject->isEnabled()) << "it makes a project of its own";
    for (const QString &text : needProject) {
        QAction *a = fileAction(window, text);
        ASSERT_NE(a, nullptr) << text.toStdString();
        EXPECT_FALSE(a->isEnabled()) << text.toStdString();
    }
    window.setProject(demo(dir.filePath(QStringLiteral("demo.tematik"))));
    for (const QString &text : needProject)
        EXPECT_TRUE(fileAction(window, text)->isEnabled()) << text.toStdString();
}

TEST(MainWindow, ExportsAProjectAndImportsItAsANewProjectItOpens)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir.filePath(QStringLiteral("demo.tematik"))));
    const ProjectCounts before = window.project()->counts();
    const QString qdpx = dir.filePath(QStringLiteral("demo.qdpx"));
    ASSERT_TRUE(window.exportRefiProject(qdpx).ok());
    ASSERT_TRUE(QFileInfo::exists(qdpx));

    const QString imported = dir.filePath(QStringLiteral("imported.tematik"));
    Result<InterchangeReportDialog *> report = window.importRefiProject(qdpx, imported);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    ASSERT_NE(*report, nullptr);
    EXPECT_TRUE((*report)->isVisible());
    EXPECT_TRUE((*report)->summary().startsWith(QStringLiteral("Imported demo.qdpx as the new project imported.tematik.")));
    // The window now shows the new project, as File → Open would, and remembers it.
    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(QFileInfo(window.project()->path()).canonicalFilePath(), QFileInfo(imported).canonicalFilePath());
    EXPECT_EQ(window.recentProjects().value(0), QFileInfo(imported).absoluteFilePath());
    const ProjectCounts after = window.project()->counts();
    EXPECT_EQ(after.sources, before.sources);
    EXPECT_EQ(after.codes, before.codes);
    EXPECT_EQ(after.codings, before.codings);
    EXPECT_EQ(after.themes, before.themes);
    EXPECT_EQ(window.sourceView()->model()->rowCount(), before.sources);
    EXPECT_EQ(allRows(window.codebookView()->model()), before.codes);
    (*report)->close();
}

TEST(MainWindow, ImportedCodebookShowsInTheCodebookAtOnce)
{
    QTemporaryDir dir;
    MainWindow window;
    window.setProject(demo(dir.filePath(QStringLiteral("demo.tematik"))));
    const qint64 codes = window.project()->counts().codes;
    const QString qdc = dir.filePath(QStringLiteral("demo.qdc"));
    ASSERT_TRUE(window.exportRefiCodebook(qdc).ok());

    auto empty = Project::create(dir.filePath(QStringLiteral("empty.tematik")));
    ASSERT_TRUE(empty.ok());
    window.setProject(std::move(*empty));
    window.show();
    EXPECT_EQ(allRows(window.codebookView()->model()), 0);
    Result<InterchangeReportDialog *> report = window.importRefiCodebook(qdc);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(window.project()->counts().codes, codes);
    // Through the project's change signals alone: nothing was reopened.
    EXPECT_EQ(allRows(window.codebookView()->model()), codes);
    const auto code = window.project()->codes().findByPath(QStringLiteral("Tid och mandat"));
    ASSERT_TRUE(code.has_value());
    window.codebookView()->setCurrentCode(code->id);
    EXPECT_EQ(window.codebookView()->currentCode(), code->id);
    (*report)->close();

    // The same codebook again merges into the codes it made, by their GUIDs.
    report = window.importRefiCodebook(qdc);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(window.project()->counts().codes, codes);
    (*report)->close();
}

TEST(MainWindow, AFileThatIsNotAProjectLeavesNoNewProjectBehind)
{
    QTemporaryDir dir;
    MainWindow window;
    const QString open = dir.filePath(QStringLiteral("open.tematik"));
    window.setProject(demo(open));
    const QString notZip = dir.filePath(QStringLiteral("notes.qdpx"));
    test::writeFile(notZip, "these are my notes, not a zip archive\n");
    const QString target = dir.filePath(QStringLiteral("notes.tematik"));
    Result<InterchangeReportDialog *> report = window.importRefiProject(notZip, target);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("notes.qdpx"))) << report.error().toStdString();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        EXPECT_FALSE(QFileInfo::exists(target + suffix)) << suffix.toStdString();
    // The project that was open stays open.
    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(QFileInfo(window.project()->path()).fileName(), QStringLiteral("open.tematik"));
    const QStringList failures = takeFailures(window);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].startsWith(QStringLiteral("notes.qdpx was not imported."))) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QStringLiteral("not a ZIP archive"))) << failures[0].toStdString();
}

TEST(MainWindow, AnImportNeverReplacesAnExistingProject)
{
    QTemporaryDir dir;
    MainWindow window;
    const QString existing = dir.filePath(QStringLiteral("existing.tematik"));
    demo(existing);
    const QByteArray bytes = test::readFile(existing);
    Result<InterchangeReportDialog *> report =
        window.importRefiProject(test::dataPath(QStringLiteral("refi-qda/atlasti-23-target-atlas-project.qdpx")), existing);
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(test::readFile(existing), bytes);
    EXPECT_EQ(window.project(), nullptr);
    EXPECT_EQ(takeFailures(window).size(), 1);
}

TEST(MainWindow, FailedExportsNameTheFile)
{
    QTemporaryDir dir;
    MainWindow window;
    auto empty = Project::create(dir.filePath(QStringLiteral("empty.tematik")));
    ASSERT_TRUE(empty.ok());
    window.setProject(std::move(*empty));
    // A codebook without codes cannot be written: the schema needs one.
    const QString qdc = dir.filePath(QStringLiteral("none.qdc"));
    EXPECT_FALSE(window.exportRefiCodebook(qdc).ok());
    EXPECT_FALSE(QFileInfo::exists(qdc));
    QStringList failures = takeFailures(window);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].startsWith(QStringLiteral("none.qdc was not written."))) << failures[0].toStdString();
    EXPECT_FALSE(window.exportRefiProject(dir.filePath(QStringLiteral("no/such/folder/p.qdpx"))).ok());
    failures = takeFailures(window);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].startsWith(QStringLiteral("p.qdpx was not written."))) << failures[0].toStdString();
}

TEST(MainWindow, ImportsTheAtlasTiSampleAndReportsIt)
{
    QTemporaryDir dir;
    MainWindow window;
    Result<InterchangeReportDialog *> report = window.importRefiProject(
        test::dataPath(QStringLiteral("refi-qda/atlasti-23-target-atlas-project.qdpx")),
        dir.filePath(QStringLiteral("atlas.tematik")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    InterchangeReportDialog *dialog = *report;
    int lines = 0;
    for (int g = 0; g < dialog->groups()->topLevelItemCount(); ++g)
        lines += dialog->groups()->topLevelItem(g)->childCount();
    EXPECT_GT(lines, 0);
    settle();
    test::saveScreenshot(dialog, QStringLiteral("refi-import-report"));
    dialog->close();
}

TEST(MainWindow, ImportsTheNVivoSampleAndTaguettesCodebookAndReportsThem)
{
    QTemporaryDir dir;
    MainWindow window;
    Result<InterchangeReportDialog *> report =
        window.importRefiProject(test::dataPath(QStringLiteral("refi-qda/nvivo-mac-15-nvivo_project.qdpx")),
                                 dir.filePath(QStringLiteral("nvivo.tematik")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    settle();
    test::saveScreenshot(*report, QStringLiteral("refi-import-report-nvivo"));
    // Hundreds of kept lines, looked through with the filter.
    (*report)->setFilter(QStringLiteral("concepts"));
    settle();
    test::saveScreenshot(*report, QStringLiteral("refi-import-report-nvivo-filtered"));
    (*report)->close();

    report = window.importRefiCodebook(test::dataPath(QStringLiteral("refi-qda/taguette-1.4.1-codebook.qdc")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    // Taguette's empty <Sets/> is reported as dropped, and shown first.
    EXPECT_EQ((*report)->groups()->topLevelItem(0)->childCount(), 1);
    settle();
    test::saveScreenshot(*report, QStringLiteral("refi-codebook-report"));
    (*report)->close();
}
