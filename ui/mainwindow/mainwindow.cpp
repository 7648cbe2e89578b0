#include "ui/mainwindow/mainwindow.h"

#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/model/code.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "ui/models/sourcelistmodel.h"
#include "ui/widgets/documentview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

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

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    resize(1200, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The model listens to the project's notifier: let it go first.
    m_sourceList->setModel(nullptr);
    m_sourceModel.reset();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Files…"), this, &MainWindow::importDialog);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    m_sourceList->setModel(nullptr);
    m_sourceModel.reset();
    m_documentView->clearSource();
    m_shownSource = 0;
    m_project = std::move(project);
    m_importAction->setEnabled(m_project != nullptr);
    if (m_project) {
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

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project)
        return;
    QStringList lines;
    int failed = 0;
    SourceId last = 0;
    for (const QString &path : paths) {
        Result<ImportReport> report = SourceImport::importFile(*m_project, path);
        if (!report) {
            ++failed;
            lines.append(tr("✗ %1").arg(report.error()));
            continue;
        }
        last = report->sourceId;
        lines.append(tr("✓ %1: %2, %3").arg(QFileInfo(path).fileName(), report->encoding,
                                             tr("%n speaker turn(s)", nullptr, report->turns)));
        for (const QString &w : report->warnings)
            lines.append(tr("   ⚠ %1").arg(w));
    }
    if (last != 0)
        m_sourceList->setCurrentIndex(m_sourceModel->index(m_sourceModel->rowOf(last)));
    QMessageBox box(failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Import"),
                    tr("Imported %1 of %n file(s).", nullptr, int(paths.size())).arg(paths.size() - failed),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

} // namespace tematik
