#include "ui/mainwindow/mainwindow.h"

#include "core/import/caseimport.h"
#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/import/surveyimport.h"
#include "core/table/tablefile.h"
#include "core/model/code.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "ui/commands/editor.h"
#include "ui/dialogs/importreportdialog.h"
#include "ui/dialogs/speakercasesdialog.h"
#include "ui/dialogs/surveyimportdialog.h"
#include "ui/models/sourcelistmodel.h"
#include "ui/widgets/codebookview.h"
#include "ui/widgets/documentview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUndoStack>

namespace tematik {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_documentView = new DocumentView(this);
    setCentralWidget(m_documentView);

    m_sourceList = new QListView(this);
    m_sourceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourceList->setUniformItemSizes(true);
    auto *sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    sourcesDock->setWidget(m_sourceList);
    sourcesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, sourcesDock);

    m_codebook = new CodebookView(this);
    connect(m_codebook, &CodebookView::codeActivated, this, [this](CodeId code) {
        if (Status s = codeSelection(code); !s)
            statusBar()->showMessage(s.error(), 8000);
    });
    connect(m_codebook, &CodebookView::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    auto *codebookDock = new QDockWidget(tr("Codebook"), this);
    codebookDock->setObjectName(QStringLiteral("codebookDock"));
    codebookDock->setWidget(m_codebook);
    codebookDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, codebookDock);

    m_undoStack = new QUndoStack(this);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    setAcceptDrops(true);
    resize(1200, 800);
    // Source names are short; code names are phrases a researcher must read whole.
    resizeDocks({sourcesDock, codebookDock}, {190, 380}, Qt::Horizontal);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Models, commands and the editor refer to the project: let them go first.
    m_sourceList->setModel(nullptr);
    m_codebook->setProject(nullptr, nullptr);
    m_sourceModel.reset();
    m_undoStack->clear();
    m_editor.reset();
}

Status MainWindow::codeSelection(CodeId code)
{
    if (!m_editor || code == 0)
        return Error{tr("Open a project and choose a code.")};
    const auto range = m_documentView->selectedRange();
    if (m_shownSource == 0 || !range)
        return Error{tr("Select the words to code first.")};
    Result<CodingId> id = m_editor->addCoding(NewCoding{m_shownSource, code, range->first, range->second});
    if (!id)
        return id.takeError();
    m_documentView->selectRange(range->first, range->second);
    return {};
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Transcripts…"), this, &MainWindow::importDialog);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *casesAction = file->addAction(tr("Import &Participant Table…"), this, &MainWindow::importCasesDialog);
    QAction *surveyAction = file->addAction(tr("Import &Survey…"), this, &MainWindow::importSurveyDialog);
    file->addSeparator();
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    QMenu *projectMenu = menuBar()->addMenu(tr("&Project"));
    QAction *speakersAction = projectMenu->addAction(tr("&Speakers and Cases…"), this, &MainWindow::speakerCasesDialog);
    m_projectActions = {importAction, casesAction, surveyAction, speakersAction};
    updateActions();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    m_sourceList->setModel(nullptr);
    m_codebook->setProject(nullptr, nullptr);
    m_sourceModel.reset();
    // Commands refer to the project they were made on: they go with it.
    m_undoStack->clear();
    m_editor.reset();
    m_documentView->clearSource();
    m_shownSource = 0;
    m_project = std::move(project);
    updateActions();
    if (m_project) {
        m_editor = std::make_unique<Editor>(*m_project, *m_undoStack);
        connect(m_editor.get(), &Editor::failed, this,
                [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });
        m_codebook->setProject(m_project.get(), m_editor.get());
        m_sourceModel = std::make_unique<SourceListModel>(*m_project);
        m_sourceList->setModel(m_sourceModel.get());
        connect(m_sourceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { showSource(m_sourceModel->sourceAt(current.row())); });
        ProjectNotifier &n = m_project->notifier();
        connect(&n, &ProjectNotifier::sourceAdded, this, &MainWindow::updateStatus);
        connect(&n, &ProjectNotifier::sourceRemoved, this, &MainWindow::updateStatus);
        connect(&n, &ProjectNotifier::codingsChanged, this, [this](SourceId id) {
            updateStatus();
            if (id == m_shownSource)
                showSource(id);
        });
        if (m_sourceModel->rowCount() > 0)
            m_sourceList->setCurrentIndex(m_sourceModel->index(0));
    }
    updateTitle();
    updateStatus();
}

void MainWindow::showSource(SourceId id)
{
    m_shownSource = id;
    if (!m_project || id == 0) {
        m_documentView->clearSource();
        return;
    }
    Result<QString> text = m_project->sources().text(id);
    if (!text) {
        m_documentView->clearSource();
        statusBar()->showMessage(text.error(), 10000);
        return;
    }
    QHash<CodeId, QString> colors;
    for (const Code &c : m_project->codes().list())
        colors.insert(c.id, c.color);
    m_documentView->showSource(*text, m_project->sources().turns(id), m_project->codings().forSource(id), colors);
}

void MainWindow::updateTitle()
{
    if (m_project)
        setWindowTitle(tr("%1 — Tematik").arg(m_project->name()));
    else
        setWindowTitle(tr("Tematik"));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_status->setText(tr("No project open"));
        return;
    }
    const ProjectCounts c = m_project->counts();
    m_status->setText(tr("%n source(s)", nullptr, int(c.sources)) + QStringLiteral(" · ")
                      + tr("%n code(s)", nullptr, int(c.codes)) + QStringLiteral(" · ")
                      + tr("%n coding(s)", nullptr, int(c.codings)));
}

bool MainWindow::openProjectFile(const QString &path)
{
    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project) {
        QMessageBox::critical(this, tr("Cannot open project"), project.error());
        return false;
    }
    setProject(std::move(*project));
    return true;
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), {}, tr("Tematik projects (*.tematik)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tematik")))
        path += QLatin1String(".tematik");
    Result<std::unique_ptr<Project>> project = Project::create(path);
    if (!project) {
        QMessageBox::critical(this, tr("Cannot create project"), project.error());
        return;
    }
    setProject(std::move(*project));
}

void MainWindow::openProject()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), {}, tr("Tematik projects (*.tematik);;All files (*)"));
    if (!path.isEmpty())
        openProjectFile(path);
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), {}, ImporterRegistry::standard().fileDialogFilter(tr("All supported files")));
    if (!paths.isEmpty())
        importFiles(paths);
}

ImportReportDialog *MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || paths.isEmpty())
        return nullptr;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto *report = new ImportReportDialog(this);
    report->setAttribute(Qt::WA_DeleteOnClose);
    int imported = 0;
    SourceId last = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString file = QFileInfo(paths[i]).fileName();
        if (progress.wasCanceled()) {
            report->addSkipped(file);
            continue;
        }
        progress.setLabelText(tr("Importing %1 (%2 of %3)…").arg(file).arg(i + 1).arg(paths.size()));
        progress.setValue(int(i));
        // Each file is its own transaction, so a cancel between files never leaves half a file.
        Result<ImportReport> r = SourceImport::importFile(*m_project, paths[i]);
        if (!r) {
            report->addFailed(file, r.error());
            continue;
        }
        ++imported;
        last = r->sourceId;
        report->addImported(file, r->sourceName, r->encoding, r->turns, r->warnings);
    }
    progress.setValue(int(paths.size()));
    if (last != 0)
        m_sourceList->setCurrentIndex(m_sourceModel->index(m_sourceModel->rowOf(last)));
    report->setSummary(tr("Imported %1 of %n file(s).", nullptr, int(paths.size())).arg(imported));
    report->open();
    return report;
}

void MainWindow::importCaseTable(const QString &path)
{
    if (!m_project)
        return;
    Result<CaseImportReport> r = CaseImport::importFile(*m_project, path);
    if (!r) {
        QMessageBox::warning(this, tr("Import participant table"), r.error());
        return;
    }
    QString text = tr("%1 cases added, %2 updated, with %n attribute(s).", nullptr, int(r->attributes.size()))
                       .arg(r->added)
                       .arg(r->updated)
                   + u'\n' + tr("%n speaker(s) linked to their cases.", nullptr, r->speakersLinked);
    QMessageBox box(QMessageBox::Information, tr("Import participant table"), text, QMessageBox::Ok, this);
    if (!r->warnings.isEmpty())
        box.setDetailedText(r->warnings.join(u'\n'));
    box.exec();
}

void MainWindow::importCasesDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Participant Table"), {},
                                                      tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCaseTable(path);
}

void MainWindow::importSurveyDialog()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Survey"), {},
                                                      tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<DataTable> table = TableFile::read(path);
    if (!table) {
        QMessageBox::warning(this, tr("Import survey"), table.error());
        return;
    }
    SurveyImportDialog dialog(*table, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<SurveyImportReport> r = SurveyImport::importFile(*m_project, path, dialog.options());
    if (!r) {
        QMessageBox::warning(this, tr("Import survey"), r.error());
        return;
    }
    QMessageBox::information(this, tr("Import survey"),
                             tr("%n respondent(s)", nullptr, r->respondents) + QStringLiteral(", ")
                                 + tr("%n answer(s)", nullptr, r->answers) + QStringLiteral(", ")
                                 + tr("%n question(s) imported as sources.", nullptr, int(r->sources.size())));
}

void MainWindow::speakerCasesDialog()
{
    if (!m_project)
        return;
    SpeakerCasesDialog dialog(*m_project, this);
    dialog.exec();
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_project != nullptr);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_project && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace tematik
