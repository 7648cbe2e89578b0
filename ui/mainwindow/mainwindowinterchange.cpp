#include "ui/mainwindow/mainwindow.h"

// MainWindow's REFI-QDA import and export, apart from mainwindow.cpp, which is long enough already.

#include "core/interchange/qdcexporter.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/qdpxexporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/store/project.h"
#include "ui/dialogs/interchangereportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace tematik {

namespace {

// Shows the wait cursor while a file is read or written; imports and exports of large projects take
// a moment and the window does not answer meanwhile.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// path with the suffix, unless it already ends in it (in any case).
QString withSuffix(const QString &path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

// A file of the open project's name and folder with another suffix: where an export goes by default.
QString besideProject(const Project *project, const QString &suffix)
{
    if (!project)
        return {};
    const QFileInfo info(project->path());
    return info.dir().filePath(info.completeBaseName() + u'.' + suffix);
}

} // namespace

void MainWindow::showFailure(const QString &title, const QString &text, const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

Result<InterchangeReportDialog *> MainWindow::importRefiProject(const QString &qdpxPath,
                                                                const QString &projectPath)
{
    const QString title = tr("Import REFI-QDA Project");
    const QString qdpxName = QFileInfo(qdpxPath).fileName();
    Result<QdpxImporter::NewProject> imported = [&] {
        const WaitCursor wait;
        return QdpxImporter::importAsNewProject(qdpxPath, projectPath);
    }();
    if (!imported) {
        showFailure(title, tr("%1 was not imported.").arg(qdpxName), imported.error());
        return imported.takeError();
    }
    std::unique_ptr<Project> project = std::move(imported->project);
    const InterchangeReport report = std::move(imported->report);
    setProject(std::move(project));
    rememberProject(projectPath);
    auto *dialog = new InterchangeReportDialog(
        tr("Imported %1 as the new project %2.").arg(qdpxName, QFileInfo(projectPath).fileName()), report,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Result<InterchangeReportDialog *> MainWindow::importRefiCodebook(const QString &qdcPath)
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    const QString qdcName = QFileInfo(qdcPath).fileName();
    Result<InterchangeReport> report = [&] {
        const WaitCursor wait;
        return QdcImporter::import(*m_project, qdcPath);
    }();
    if (!report) {
        showFailure(tr("Import Codebook (REFI-QDA)"), tr("%1 was not imported.").arg(qdcName),
                    report.error());
        return report.takeError();
    }
    // The codebook and the text follow through the project's change signals; nothing to refresh here.
    auto *dialog = new InterchangeReportDialog(
        tr("Imported the codebook %1 into %2.").arg(qdcName, QFileInfo(m_project->path()).fileName()),
        *report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Status MainWindow::exportRefiProject(const QString &path)
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    Status written = [&] {
        const WaitCursor wait;
        return QdpxExporter::writeFile(*m_project, path);
    }();
    if (!written) {
        showFailure(tr("Export REFI-QDA Project"), tr("%1 was not written.").arg(QFileInfo(path).fileName()),
                    written.error());
        return written;
    }
    statusBar()->showMessage(tr("Project exported as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return {};
}

Status MainWindow::exportRefiCodebook(const QString &path)
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    Status written = QdcExporter::writeFile(*m_project, path);
    if (!written) {
        showFailure(tr("Export Codebook (REFI-QDA)"),
                    tr("%1 was not written.").arg(QFileInfo(path).fileName()), written.error());
        return written;
    }
    statusBar()->showMessage(tr("Codebook exported as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return {};
}

void MainWindow::importRefiProjectDialog()
{
    const QString qdpx = QFileDialog::getOpenFileName(this, tr("Import REFI-QDA Project"), {},
                                                      tr("REFI-QDA projects (*.qdpx);;All files (*)"));
    if (qdpx.isEmpty())
        return;
    // The import makes a project of its own; it is named after the file by default and kept beside it.
    const QFileInfo info(qdpx);
    const QString suggested = info.dir().filePath(info.completeBaseName() + QStringLiteral(".tematik"));
    // No "replace?" question: an existing project is never replaced, and Project::create says so.
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Imported Project As"), suggested,
                                                tr("Tematik projects (*.tematik)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    (void)importRefiProject(qdpx, withSuffix(path, QStringLiteral("tematik")));
}

void MainWindow::importRefiCodebookDialog()
{
    if (!m_project)
        return;
    const QString qdc = QFileDialog::getOpenFileName(this, tr("Import Codebook (REFI-QDA)"), {},
                                                     tr("REFI-QDA codebooks (*.qdc);;All files (*)"));
    if (!qdc.isEmpty())
        (void)importRefiCodebook(qdc);
}

void MainWindow::exportRefiProjectDialog()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export REFI-QDA Project"),
                                                      besideProject(m_project.get(), QStringLiteral("qdpx")),
                                                      tr("REFI-QDA projects (*.qdpx)"));
    if (!path.isEmpty())
        (void)exportRefiProject(withSuffix(path, QStringLiteral("qdpx")));
}

void MainWindow::exportRefiCodebookDialog()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Codebook (REFI-QDA)"),
                                                      besideProject(m_project.get(), QStringLiteral("qdc")),
                                                      tr("REFI-QDA codebooks (*.qdc)"));
    if (!path.isEmpty())
        (void)exportRefiCodebook(withSuffix(path, QStringLiteral("qdc")));
}

} // namespace tematik
