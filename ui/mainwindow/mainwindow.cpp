#include "ui/mainwindow/mainwindow.h"

#include "core/demo/demoproject.h"
#include "core/i18n/interfacelanguage.h"
#include "core/import/caseimport.h"
#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/import/surveyimport.h"
#include "core/table/tablefile.h"
#include "core/model/code.h"
#include "core/store/backgroundbackup.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "core/text/wordboundary.h"
#include "ui/commands/editor.h"
#include "ui/dialogs/exporttabledialog.h"
#include "ui/dialogs/importreportdialog.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/speakercasesdialog.h"
#include "ui/dialogs/surveyimportdialog.h"
#include "ui/models/sourcetreemodel.h"
#include "ui/widgets/codebookview.h"
#include "ui/widgets/documentview.h"
#include "ui/widgets/figureview.h"
#include "ui/widgets/matrixview.h"
#include "ui/widgets/membercheckview.h"
#include "ui/widgets/memopanel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/presenterwindow.h"
#include "ui/widgets/retrievalpanel.h"
#include "ui/widgets/searchpanel.h"
#include "ui/widgets/themeboard.h"
#include "ui/widgets/quickcodepopup.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QUndoGroup>
#include <QUndoStack>

namespace tematik {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_documentView = new DocumentView(this);
    m_documentView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_documentView, &QWidget::customContextMenuRequested, this, &MainWindow::documentContextMenu);
    // A coding picked in the margin is what the memo beside the text is about; none, the source.
    connect(m_documentView, &DocumentView::codingSelected, this, [this](CodingId id) {
        if (m_memoPanel && m_project)
            m_memoPanel->setTarget(id != 0 ? MemoTarget::coding(id) : MemoTarget::source(m_shownSource));
    });
    m_workspace = new QTabWidget(this);
    m_workspace->setDocumentMode(true);
    m_workspace->addTab(m_documentView, tr("Text"));
    connect(m_workspace, &QTabWidget::currentChanged, this, &MainWindow::fillAnalysisTab);
    m_readOnlyBar = new MessageBar(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(4);
    centreLayout->addWidget(m_readOnlyBar);
    centreLayout->addWidget(m_workspace, 1);
    setCentralWidget(centre);

    m_sourceList = new QTreeView(this);
    m_sourceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourceList->setUniformRowHeights(true);
    m_sourceList->setHeaderHidden(true);
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

    m_memoPanel = new MemoPanel(this);
    connect(m_memoPanel, &MemoPanel::memoActivated, this, &MainWindow::showMemoTarget);
    auto *memosDock = new QDockWidget(tr("Memos"), this);
    memosDock->setObjectName(QStringLiteral("memosDock"));
    memosDock->setWidget(m_memoPanel);
    memosDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, memosDock);

    m_retrieval = new RetrievalPanel(this);
    connect(m_retrieval, &RetrievalPanel::segmentActivated, this, &MainWindow::showInContext);
    m_retrievalDock = new QDockWidget(tr("Retrieval"), this);
    m_retrievalDock->setObjectName(QStringLiteral("retrievalDock"));
    m_retrievalDock->setWidget(m_retrieval);
    m_retrievalDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                 | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_retrievalDock);

    m_search = new SearchPanel(this);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showInContext);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    m_searchDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                              | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    // Reading a theme's segments and reading search hits take the same place below the text; the sources
    // and the codebook keep the window's full height beside them.
    tabifyDockWidget(m_retrievalDock, m_searchDock);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_retrievalDock->raise();

    m_undoGroup = new QUndoGroup(this);
    m_undoStack = new QUndoStack(this);
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->setActiveStack(m_undoStack);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    setAcceptDrops(true);
    resize(1200, 800);
    // Source names are short; code names are phrases a researcher must read whole.
    resizeDocks({sourcesDock, codebookDock}, {190, 380}, Qt::Horizontal);
    // The codebook is read all day; the memo beside it needs a few lines and its list.
    resizeDocks({codebookDock, memosDock}, {3, 2}, Qt::Vertical);
    resizeDocks({m_retrievalDock}, {240}, Qt::Vertical);
    // The researcher's own arrangement of the docks, from the last session.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setSnapToWords(settings.value(QStringLiteral("coding/snapToWords"), true).toBool());
    m_codebook->setSortByName(settings.value(QStringLiteral("codebook/sortByName"), false).toBool());
    connect(m_codebook->action(CodebookView::Action::SortByName), &QAction::toggled, this,
            [](bool byName) { QSettings().setValue(QStringLiteral("codebook/sortByName"), byName); });
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_backup.reset();
    // Models, commands and the editor refer to the project: let them go first.
    m_sourceList->setModel(nullptr);
    m_codebook->setProject(nullptr, nullptr);
    m_sourceModel.reset();
    m_memoPanel->setProject(nullptr, nullptr); // stores what was typed last
    m_undoStack->clear();
    m_editor.reset();
}

std::optional<std::pair<qint64, qint64>> MainWindow::rangeToCode() const
{
    const auto range = m_documentView->selectedRange();
    if (m_shownSource == 0 || !range)
        return std::nullopt;
    if (!m_snapToWords->isChecked())
        return range;
    const auto snapped = WordBoundary::snap(m_documentView->text(), m_documentView->index(), range->first, range->second);
    return std::optional<std::pair<qint64, qint64>>(snapped);
}

Status MainWindow::checkEditable() const
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    if (!m_editor)
        return Error{tr("This project is open read-only: nothing in it can be changed.")};
    return {};
}

Status MainWindow::codeSelection(CodeId code)
{
    if (Status s = checkEditable(); !s)
        return s;
    if (code == 0)
        return Error{tr("Choose a code.")};
    const auto range = rangeToCode();
    if (!range)
        return Error{tr("Select the words to code first.")};
    Result<CodingId> id = m_editor->addCoding(NewCoding{m_shownSource, code, range->first, range->second});
    if (!id)
        return id.takeError();
    m_documentView->selectRange(range->first, range->second);
    return {};
}

Status MainWindow::codeSelectionWithNewCode(const QString &name)
{
    if (Status s = checkEditable(); !s)
        return s;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{tr("A code needs a name.")};
    // A top-level code of that name already exists: code with it rather than refuse.
    if (const std::optional<Code> existing = m_project->codes().findByPath(trimmed))
        return codeSelection(existing->id);
    const auto range = rangeToCode();
    if (!range)
        return Error{tr("Select the words to code first.")};
    Result<CodingId> id = m_editor->addCodingWithNewCode(NewCode{trimmed, std::nullopt, {}, {}},
                                                         NewCoding{m_shownSource, 0, range->first, range->second});
    if (!id)
        return id.takeError();
    m_documentView->selectRange(range->first, range->second);
    return {};
}

Status MainWindow::codeInVivo()
{
    if (Status s = checkEditable(); !s)
        return s;
    const auto range = rangeToCode();
    if (!range)
        return Error{tr("Select the words to code first.")};
    // The participant's own words name the code; a long selection gives its first words.
    const QString &text = m_documentView->text();
    QString name = CodePointIndex::slice(text, m_documentView->index(), range->first, range->second).simplified();
    constexpr int maxLength = 60;
    if (name.size() > maxLength) {
        const int cut = int(name.lastIndexOf(u' ', maxLength));
        name = name.left(cut > 20 ? cut : maxLength) + QChar(0x2026);
    }
    return codeSelectionWithNewCode(name);
}

void MainWindow::quickCode()
{
    if (Status s = checkEditable(); !s) {
        statusBar()->showMessage(s.error(), 6000);
        return;
    }
    if (!m_documentView->selectedRange()) {
        statusBar()->showMessage(tr("Select the words to code first."), 6000);
        return;
    }
    QList<QuickCodePopup::Choice> choices;
    for (const Code &c : m_project->codes().list())
        choices.append({c.id, c.name, m_project->codes().path(c.id), QColor(c.color)});
    auto *popup = new QuickCodePopup(choices, this);
    connect(popup, &QuickCodePopup::codeChosen, this, [this](CodeId id) {
        if (Status s = codeSelection(id); !s)
            statusBar()->showMessage(s.error(), 8000);
    });
    connect(popup, &QuickCodePopup::newCodeRequested, this, [this](const QString &name) {
        if (Status s = codeSelectionWithNewCode(name); !s)
            statusBar()->showMessage(s.error(), 8000);
    });
    const QRect cursor = m_documentView->cursorRect();
    popup->popup(m_documentView->viewport()->mapToGlobal(cursor.bottomLeft() + QPoint(0, 4)));
}

Status MainWindow::codeTurn()
{
    if (Status s = checkEditable(); !s)
        return s;
    const std::optional<SpeakerTurn> turn = m_documentView->turnAt(m_documentView->cursorPosition());
    if (!turn || turn->end <= turn->textStart)
        return Error{tr("Put the cursor in a speaker turn first.")};
    // The turn's words, without the speaker label and the line break that ends it.
    qint64 end = turn->end;
    const QString &text = m_documentView->text();
    const CodePointIndex &index = m_documentView->index();
    while (end > turn->textStart && text.at(index.toUtf16(end - 1)).isSpace())
        --end;
    m_documentView->selectRange(turn->textStart, end);
    quickCode();
    return {};
}

Status MainWindow::removeCoding()
{
    if (Status s = checkEditable(); !s)
        return s;
    CodingId id = m_documentView->selectedCoding();
    if (id == 0) {
        const QList<Coding> here = m_documentView->codingsAt(m_documentView->cursorPosition());
        if (here.size() != 1)
            return Error{here.isEmpty() ? tr("There is no coding here.")
                                        : tr("Several codings overlap here: click the one to remove in the margin.")};
        id = here.front().id;
    }
    return m_editor->removeCoding(id);
}

Status MainWindow::setCodingBoundsToSelection()
{
    if (Status s = checkEditable(); !s)
        return s;
    const CodingId id = m_documentView->selectedCoding();
    if (id == 0)
        return Error{tr("Click a coding’s stripe in the margin first.")};
    const auto range = rangeToCode();
    if (!range)
        return Error{tr("Select the words the coding should cover.")};
    if (Status s = m_editor->setCodingBounds(id, range->first, range->second); !s)
        return s;
    m_documentView->selectCoding(id);
    return {};
}

void MainWindow::setSnapToWords(bool snap)
{
    m_snapToWords->setChecked(snap);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Transcripts…"), this, &MainWindow::importDialog);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *casesAction = file->addAction(tr("Import &Participant Table…"), this, &MainWindow::importCasesDialog);
    QAction *surveyAction = file->addAction(tr("Import &Survey…"), this, &MainWindow::importSurveyDialog);
    // A REFI-QDA project becomes a project of its own, so its import needs no open project.
    file->addAction(tr("Import REFI-QDA Pro&ject…"), this, &MainWindow::importRefiProjectDialog);
    QAction *codebookAction =
        file->addAction(tr("Import &Codebook (REFI-QDA)…"), this, &MainWindow::importRefiCodebookDialog);
    file->addSeparator();
    QAction *exportTableAction = file->addAction(tr("&Export Table…"), this, [this] { exportTableDialog(); });
    exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportProjectAction =
        file->addAction(tr("E&xport REFI-QDA Project…"), this, &MainWindow::exportRefiProjectDialog);
    QAction *exportCodebookAction =
        file->addAction(tr("Export Code&book (REFI-QDA)…"), this, &MainWindow::exportRefiCodebookDialog);
    file->addSeparator();
    QAction *restoreAction = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreBackupDialog);
    file->addSeparator();
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find in All Sources…"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusQuery();
    });
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    createCodingMenu();
    createViewMenu();
    QMenu *projectMenu = menuBar()->addMenu(tr("&Project"));
    QAction *speakersAction = projectMenu->addAction(tr("&Speakers and Cases…"), this, &MainWindow::speakerCasesDialog);
    QAction *memoAction = projectMenu->addAction(tr("Project &Memo"), this, [this] {
        m_memoPanel->setTarget(MemoTarget::project());
        m_memoPanel->setFocus();
    });
    projectMenu->addSeparator();
    // F5 starts a slide show in the presentation programs researchers know.
    QAction *meetingAction = projectMenu->addAction(tr("Member-&Checking Meeting…"), this, &MainWindow::meetingDialog);
    meetingAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_projectActions += {exportTableAction, exportProjectAction, exportCodebookAction, findAction, memoAction};
    // Restoring a backup replaces the project file, so it needs the project writable like an edit.
    m_editActions += {importAction, casesAction, surveyAction, codebookAction, speakersAction, meetingAction,
                      restoreAction};
    updateActions();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    updateRecentMenu();
}

void MainWindow::exportTableDialog(const QString &table)
{
    if (!m_project)
        return;
    ExportTableDialog dialog(*m_project, this);
    if (!table.isEmpty())
        dialog.setTableId(table);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Table exported."), 5000);
}

PresenterWindow *MainWindow::meetingDialog()
{
    if (!m_editor)
        return nullptr;
    MeetingDialog dialog(*m_project, this);
    dialog.setEditor(m_editor.get());
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return present(dialog.meetingId(), dialog.slides(), dialog.slideStyle(), dialog.projectorScreen());
}

PresenterWindow *MainWindow::present(MeetingId meeting, const QList<Slide> &slides, SlideStyle style, QScreen *screen)
{
    if (!m_editor || slides.isEmpty())
        return nullptr;
    auto *presenter = new PresenterWindow(*m_project, *m_editor, meeting, slides, style, this);
    connect(presenter, &PresenterWindow::finished, this, &MainWindow::showFeedback);
    presenter->start(screen);
    return presenter;
}

void MainWindow::showFeedback()
{
    // After a meeting the feedback is there to read, theme by theme.
    if (!m_project)
        return;
    m_workspace->setCurrentIndex(memberCheckTab);
    raise();
    activateWindow();
}

void MainWindow::createCodingMenu()
{
    QMenu *coding = menuBar()->addMenu(tr("&Coding"));
    m_codingMenu = coding;
    // Each action reports what stopped it in the status bar, where it does not interrupt the reading.
    const auto add = [this, coding](const QString &text, const QKeySequence &key, auto action) {
        QAction *a = coding->addAction(text, this, [this, action] {
            if (Status s = (this->*action)(); !s)
                statusBar()->showMessage(s.error(), 8000);
        });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        m_editActions.append(a);
        return a;
    };
    QAction *quick = coding->addAction(tr("&Quick Code…"), this, &MainWindow::quickCode);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_editActions.append(quick);
    add(tr("Code &In Vivo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::codeInVivo);
    add(tr("Code Speaker &Turn…"), QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::codeTurn);
    coding->addSeparator();
    add(tr("Set Coding to &Selection"), QKeySequence(Qt::CTRL | Qt::Key_B), &MainWindow::setCodingBoundsToSelection);
    // Delete removes a coding only while the text has the focus; elsewhere (the codebook) it means other things.
    QAction *remove = add(tr("&Remove Coding"), QKeySequence(Qt::Key_Delete), &MainWindow::removeCoding);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_documentView->addAction(remove);
    coding->addSeparator();
    m_snapToWords = coding->addAction(tr("Snap Selection to &Words"));
    m_snapToWords->setCheckable(true);
    m_snapToWords->setToolTip(tr("Widen each coded selection to the whole words it touches."));
    connect(m_snapToWords, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("coding/snapToWords"), on); });
}

void MainWindow::documentContextMenu(const QPoint &pos)
{
    QMenu *menu = m_documentView->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The codings under the pointer, each to pick or remove by name.
    const QList<Coding> here = m_documentView->codingsAt(
        m_documentView->index().toCodePoint(m_documentView->cursorForPosition(pos).position()));
    if (!here.isEmpty())
        menu->addSeparator();
    for (const Coding &c : here) {
        const QString name = m_codeLooks.value(c.codeId).name;
        QMenu *sub = menu->addMenu(tr("Coding “%1”").arg(name));
        sub->addAction(tr("Select"), this, [this, id = c.id] { m_documentView->selectCoding(id); });
        sub->addAction(tr("Remove"), this, [this, id = c.id] {
            if (Status s = m_editor->removeCoding(id); !s)
                statusBar()->showMessage(s.error(), 8000);
        })->setEnabled(m_editor != nullptr);
    }
    menu->addSeparator();
    menu->addActions(m_codingMenu->actions());
    menu->popup(m_documentView->viewport()->mapToGlobal(pos));
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), m_documentView, [this] { m_documentView->zoomIn(1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_documentView, [this] { m_documentView->zoomOut(1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = m_viewMenu->addAction(tr("&Actual Size"), m_documentView, [this] {
        m_documentView->setFont(QFont());
        m_documentView->zoomIn(1);
    });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    createLanguageMenu();
}

void MainWindow::createLanguageMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    // Each language is named in itself, untranslated: whoever cannot read the interface's present
    // language still finds their own.
    const QList<std::pair<QString, QString>> choices = {{tr("Follow &System"), QString()},
                                                        {QStringLiteral("Svenska"), QStringLiteral("sv")},
                                                        {QStringLiteral("English"), QStringLiteral("en")}};
    const QString saved = InterfaceLanguage::saved();
    for (const auto &[text, code] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == saved);
        a->setActionGroup(group);
        // Queued: the window that owns the menu deletes itself on the switch.
        // Captured by name: clang before 16 cannot capture a structured binding.
        connect(a, &QAction::triggered, this, [this, language = code] { setInterfaceLanguage(language); },
                Qt::QueuedConnection);
    }
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void MainWindow::rememberProject(const QString &path)
{
    QStringList recent = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    constexpr int keep = 8;
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, keep));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProjectFile(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openDemoProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(DemoProject::fileName());
    if (!QFileInfo::exists(path)) {
        Result<std::unique_ptr<Project>> created = DemoProject::create(path);
        if (!created) {
            QMessageBox::critical(this, tr("Demo project"), created.error());
            return false;
        }
        setProject(std::move(*created));
        rememberProject(path);
        return true;
    }
    return openProjectFile(path);
}

void MainWindow::setProject(std::unique_ptr<Project> project, const QString &readOnlyReason)
{
    m_backup.reset();
    m_sourceList->setModel(nullptr);
    m_codebook->setProject(nullptr, nullptr);
    m_sourceModel.reset();
    m_memoPanel->setProject(nullptr, nullptr); // stores what was typed for the project being left
    m_retrieval->setProject(nullptr, nullptr);
    m_search->setProject(nullptr, nullptr);
    removeAnalysisTabs();
    // Commands refer to the project they were made on: they go with it.
    m_undoStack->clear();
    m_editor.reset();
    m_documentView->clearSource();
    m_shownSource = 0;
    m_project = std::move(project);
    m_readOnlyReason = readOnlyReason;
    // No editor, nothing to change the project through: every view shows it without editing.
    if (m_project && !m_project->isReadOnly())
        m_editor = std::make_unique<Editor>(*m_project, *m_undoStack);
    connectProject();
    if (m_project && m_sourceModel->rowCount() > 0)
        m_sourceList->setCurrentIndex(m_sourceModel->index(0, 0));
}

void MainWindow::connectProject()
{
    updateActions();
    updateCodeLooks();
    if (m_editor) {
        connect(m_editor.get(), &Editor::failed, this,
                [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });
    }
    if (m_project) {
        m_memoPanel->setProject(m_project.get(), m_editor.get());
        m_retrieval->setProject(m_project.get(), m_editor.get());
        m_search->setProject(m_project.get(), m_editor.get());
        m_codebook->setProject(m_project.get(), m_editor.get());
        // The code one is on is what the memo and the retrieved segments are about.
        connect(m_codebook->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
            if (const CodeId code = m_codebook->currentCode()) {
                m_memoPanel->setTarget(MemoTarget::code(code));
                m_retrieval->setCode(code);
            }
        });
        createAnalysisTabs();
        m_sourceModel = std::make_unique<SourceTreeModel>(*m_project);
        m_sourceList->setModel(m_sourceModel.get());
        connect(m_sourceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { showSource(m_sourceModel->sourceAt(current)); });
        ProjectNotifier &n = m_project->notifier();
        connect(&n, &ProjectNotifier::sourceAdded, this, &MainWindow::updateStatus);
        connect(&n, &ProjectNotifier::sourceRemoved, this, &MainWindow::updateStatus);
        connect(&n, &ProjectNotifier::codingsChanged, this, [this](SourceId id) {
            updateStatus();
            if (id == m_shownSource)
                m_documentView->setCodings(m_project->codings().spansOf(id));
        });
        // Names and colours on the text and its stripes follow the codebook.
        for (auto signal : {&ProjectNotifier::codeAdded, &ProjectNotifier::codeChanged, &ProjectNotifier::codeRemoved})
            connect(&n, signal, this, &MainWindow::updateCodeLooks);
    }
    updateTitle();
    updateStatus();
    updateReadOnlyBar();
}

MainWindow *MainWindow::setInterfaceLanguage(const QString &code)
{
    InterfaceLanguage::save(code);
    InterfaceLanguage::apply(code);
    // Texts are set once, as each widget is made: a window made anew is in the new language everywhere,
    // where answering LanguageChange in every widget would leave some text behind.
    auto *next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->takeOver(*this);
    next->show();
    hide();
    deleteLater();
    return next;
}

void MainWindow::takeOver(MainWindow &old)
{
    restoreGeometry(old.saveGeometry());
    restoreState(old.saveState());
    const int tab = old.m_workspace->currentIndex();
    const SourceId shown = old.m_shownSource;
    const MemoTarget memoTarget = old.m_memoPanel->target();
    // The old window's views let go of the project while its editor still exists: the memo panel
    // stores what was typed through it.
    old.m_sourceList->setModel(nullptr);
    old.m_codebook->setProject(nullptr, nullptr);
    old.m_sourceModel.reset();
    old.m_memoPanel->setProject(nullptr, nullptr);
    old.m_retrieval->setProject(nullptr, nullptr);
    old.m_search->setProject(nullptr, nullptr);
    old.removeAnalysisTabs();
    // The old window's backup finishes before the project moves; it reports to the old window, which goes.
    if (old.m_backup) {
        old.m_backup->wait();
        old.m_backup.reset();
    }
    if (old.m_project)
        disconnect(&old.m_project->notifier(), nullptr, &old, nullptr);
    if (old.m_editor)
        disconnect(old.m_editor.get(), nullptr, &old, nullptr);
    // The commands on the stack refer to the project and the editor, which move without being remade;
    // the old window gets this one's empty stack in exchange.
    m_project = std::move(old.m_project);
    m_readOnlyReason = old.m_readOnlyReason;
    m_editor = std::move(old.m_editor);
    std::swap(m_undoStack, old.m_undoStack);
    m_undoStack->setParent(this);
    old.m_undoStack->setParent(&old);
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->setActiveStack(m_undoStack);
    old.m_undoGroup->addStack(old.m_undoStack);
    old.m_undoGroup->setActiveStack(old.m_undoStack);
    connectProject();
    // A meeting being presented goes on, under the new window (its texts stay as they were made).
    for (PresenterWindow *presenter : old.findChildren<PresenterWindow *>(Qt::FindDirectChildrenOnly)) {
        presenter->setParent(this, presenter->windowFlags());
        presenter->show();
        connect(presenter, &PresenterWindow::finished, this, &MainWindow::showFeedback);
    }
    if (m_project) {
        if (shown != 0)
            m_sourceList->setCurrentIndex(m_sourceModel->indexOf(shown));
        m_memoPanel->setTarget(memoTarget);
    }
    m_workspace->setCurrentIndex(tab);
}

void MainWindow::showSource(SourceId id)
{
    if (id != 0 && id != m_shownSource)
        m_memoPanel->setTarget(MemoTarget::source(id));
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
    m_documentView->showSource(id, *text, m_project->sources().turns(id), m_project->codings().spansOf(id),
                               m_codeLooks);
}

void MainWindow::showInContext(SourceId source, qint64 start, qint64 end)
{
    if (!m_project)
        return;
    m_workspace->setCurrentWidget(m_documentView);
    m_sourceList->setCurrentIndex(m_sourceModel->indexOf(source));
    m_documentView->selectRange(start, end);
    m_documentView->setFocus();
}

void MainWindow::createAnalysisTabs()
{
    // Each view is made when its tab is first opened: counting a large project's matrix or laying out its
    // figure at open would make every researcher wait for views they may not open.
    for (const QString &title : {tr("Theme Board"), tr("Matrices"), tr("Figures"), tr("Member Checking")}) {
        auto *page = new QWidget(m_workspace);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        // A tab widget is as wide as its widest page wants to be, and a board of many themes wants more
        // than the screen: the analysis pages take the room the text leaves, not the docks'.
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        m_workspace->addTab(page, title);
    }
}

void MainWindow::fillAnalysisTab(int index)
{
    if (!m_project || index <= 0)
        return;
    QWidget *page = m_workspace->widget(index);
    if (!page->layout() || !page->layout()->isEmpty())
        return;
    // The segments behind what was opened in a view, to be read in full below the text.
    const auto readCode = [this](CodeId code) {
        m_retrieval->setCode(code);
        m_retrievalDock->show();
        m_retrievalDock->raise();
    };
    QWidget *view = nullptr;
    switch (index) {
    case 1:
        m_board = new ThemeBoard(*m_project, m_editor.get(), page);
        connect(m_board, &ThemeBoard::failed, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(m_board, &ThemeBoard::themeActivated, this, [this](ThemeId theme) {
            m_retrieval->setTheme(theme);
            m_retrievalDock->show();
            m_retrievalDock->raise();
        });
        connect(m_board, &ThemeBoard::codeActivated, this, readCode);
        view = m_board;
        break;
    case 2:
        m_matrices = new MatrixView(*m_project, page);
        // A matrix cell: the row code's segments, to read what the count stands for.
        connect(m_matrices, &MatrixView::cellActivated, this, readCode);
        view = m_matrices;
        break;
    case 3:
        m_figures = new FigureView(*m_project, page);
        view = m_figures;
        break;
    case memberCheckTab: {
        auto *feedback = new MemberCheckView(*m_project, page);
        connect(feedback, &MemberCheckView::prepareMeetingRequested, this, &MainWindow::meetingDialog);
        connect(feedback, &MemberCheckView::exportRequested, this,
                [this] { exportTableDialog(QStringLiteral("member-checking")); });
        view = feedback;
        break;
    }
    default:
        return;
    }
    page->layout()->addWidget(view);
    // A child added to a shown page is shown only by a queued call; the tab is looked at now.
    view->show();
}

void MainWindow::removeAnalysisTabs()
{
    m_workspace->setCurrentWidget(m_documentView);
    m_board = nullptr;
    m_matrices = nullptr;
    m_figures = nullptr;
    while (m_workspace->count() > 1)
        delete m_workspace->widget(1);
}

void MainWindow::updateCodeLooks()
{
    m_codeLooks.clear();
    if (m_project) {
        for (const Code &c : m_project->codes().list())
            m_codeLooks.insert(c.id, CodeLook{c.name, QColor(c.color)});
    }
    m_documentView->setCodeLooks(m_codeLooks);
}

void MainWindow::showMemoTarget(const MemoTarget &target)
{
    switch (target.kind) {
    case MemoTarget::Kind::Source:
        m_sourceList->setCurrentIndex(m_sourceModel->indexOf(target.id));
        break;
    case MemoTarget::Kind::Code:
        m_codebook->setCurrentCode(target.id);
        break;
    case MemoTarget::Kind::Coding:
        if (const std::optional<Coding> coding = m_project->codings().find(target.id))
            showInContext(coding->sourceId, coding->start, coding->end);
        break;
    default: // the project, cases and themes have no view of their own yet
        break;
    }
    // Showing a coding's source made the source the memo's target: the memo is on the coding.
    m_memoPanel->setTarget(target);
}

void MainWindow::updateTitle()
{
    if (m_project && m_project->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Tematik").arg(m_project->name()));
    else if (m_project)
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
    m_status->setText(tr("%Ln source(s)", nullptr, int(m_project->sources().count())) + QStringLiteral(" · ")
                      + tr("%Ln code(s)", nullptr, int(m_project->codes().count())) + QStringLiteral(" · ")
                      + tr("%Ln coding(s)", nullptr, int(m_project->codings().count())));
}

void MainWindow::updateReadOnlyBar()
{
    QString text;
    if (m_project && m_project->isReadOnly()) {
        const QString why = m_readOnlyReason.isEmpty() ? m_project->readOnlyExplanation() : m_readOnlyReason;
        text = tr("This project is open read-only. %1 You can read, search and export it, but not change it.")
                   .arg(why);
    }
    m_readOnlyBar->setText(text);
}

bool MainWindow::openProjectFile(const QString &path)
{
    // This window has it open for writing already: opening it again would find it locked, by itself.
    if (m_editor && QFileInfo(m_project->path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return true;
    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project && project.errorKind() == ErrorKind::Locked) {
        askToOpenReadOnly(path, project.error());
        return false;
    }
    if (!project) {
        showProjectFailure(tr("Cannot open project"), path, project.takeError());
        return false;
    }
    setProject(std::move(*project));
    rememberProject(path);
    startBackup();
    return true;
}

void MainWindow::askToOpenReadOnly(const QString &path, const QString &holder)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Project in use"), holder, QMessageBox::Cancel, this);
    box->setInformativeText(tr("Only one program at a time may change a project. You can open it read-only, "
                               "to read, search and export it, or cancel."));
    QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box->setDefaultButton(readOnly);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, readOnly, path, holder] {
        if (box->clickedButton() != readOnly)
            return;
        Result<std::unique_ptr<Project>> project = Project::open(path, true);
        if (!project) {
            showFailure(tr("Cannot open project"), project.error());
            return;
        }
        setProject(std::move(*project), holder);
        rememberProject(path);
    });
    box->open();
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
    rememberProject(path);
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
        progress.setLabelText(
            tr("Importing %1 (%2 of %3)…").arg(file, QLocale().toString(i + 1), QLocale().toString(paths.size())));
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
        m_sourceList->setCurrentIndex(m_sourceModel->indexOf(last));
    report->setSummary(tr("Imported %1 of %Ln file(s).", nullptr, int(paths.size())).arg(QLocale().toString(imported)));
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
    QString text = tr("%1 cases added, %2 updated, with %Ln attribute(s).", nullptr, int(r->attributes.size()))
                       .arg(QLocale().toString(r->added), QLocale().toString(r->updated))
                   + u'\n' + tr("%Ln speaker(s) linked to their cases.", nullptr, r->speakersLinked);
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
                             tr("%Ln respondent(s)", nullptr, r->respondents) + QStringLiteral(", ")
                                 + tr("%Ln answer(s)", nullptr, r->answers) + QStringLiteral(", ")
                                 + tr("%Ln question(s) imported as sources.", nullptr, int(r->sources.size())));
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
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(m_editor != nullptr);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Dropped files are imported: not into a project open read-only.
    if (m_editor && event->mimeData()->hasUrls())
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
