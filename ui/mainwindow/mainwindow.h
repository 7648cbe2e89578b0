#pragma once

#include "core/model/ids.h"
#include "core/result.h"
#include "ui/models/slidepainter.h"
#include "ui/widgets/documentview.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QScreen;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace tematik {

class BackgroundBackup;
class CodebookView;
class DocumentView;
class Editor;
class FigureView;
class ImportReportDialog;
class InterchangeReportDialog;
class MatrixView;
class MemoPanel;
class MessageBar;
class PresenterWindow;
class RestoreBackupDialog;
struct Slide;
class Project;
class RetrievalPanel;
class SearchPanel;
class SourceTreeModel;
class ThemeBoard;
struct MemoTarget;

// The workbench window: the project's sources beside the text of the one being read.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open project (or none); the window shows it at once. A project open read-only
    // cannot be changed here: the editing actions are disabled and a bar above the text says why (the
    // project's own reason, unless readOnlyReason says more, e.g. who has it open for writing).
    void setProject(std::unique_ptr<Project> project, const QString &readOnlyReason = {});
    Project *project() const { return m_project.get(); }
    DocumentView *documentView() const { return m_documentView; }
    // The sources, each with its speakers and their cases beneath it.
    QTreeView *sourceView() const { return m_sourceList; }
    CodebookView *codebookView() const { return m_codebook; }
    RetrievalPanel *retrievalPanel() const { return m_retrieval; }
    SearchPanel *searchPanel() const { return m_search; }
    // The text and the analysis views (theme board, matrices, figures) as tabs.
    QTabWidget *workspace() const { return m_workspace; }
    // The board, once its tab has been opened; null before.
    ThemeBoard *themeBoard() const { return m_board; }
    void showSource(SourceId id);
    // The project's changes go through it; null while no project is open, or one open read-only.
    Editor *editor() const { return m_editor.get(); }
    // The bar above the text that says the project is open read-only, and why; hidden otherwise.
    MessageBar *readOnlyBar() const { return m_readOnlyBar; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Codes the words selected in the document with the code, as one undoable action; with "snap to
    // words" on, the selection first takes in the whole words it touches.
    Status codeSelection(CodeId code);
    // Codes the selection with a new code of this name (top level), or with the code of that name.
    Status codeSelectionWithNewCode(const QString &name);
    // In-vivo coding: the selected words become the name of a new code that codes them.
    Status codeInVivo();
    // Opens the type-ahead popup that codes the selection (keyboard coding).
    void quickCode();
    // Selects the speaker turn at the text cursor (its words, without the label) and opens quick coding.
    Status codeTurn();
    // Removes the coding picked in the margin (or the only coding at the cursor).
    Status removeCoding();
    // Gives the coding picked in the margin the bounds of the current selection.
    Status setCodingBoundsToSelection();
    void setSnapToWords(bool snap);

    // Prepares a member-checking meeting and, when the researcher starts it, presents it.
    PresenterWindow *meetingDialog();
    // Runs the meeting: the slides on a projector window (full screen on screen when that is another
    // screen), the presenter window on this one. The member-checking tab shows the feedback afterwards.
    PresenterWindow *present(MeetingId meeting, const QList<Slide> &slides, SlideStyle style, QScreen *screen);
    // The workspace tab that lists the member-checking feedback.
    static constexpr int memberCheckTab = 4;

    // Opens the demo project, making it on first use.
    bool openDemoProject();
    QStringList recentProjects() const;

    // Saves the interface language ("" the system's, "sv", "en"), applies it and rebuilds the window in
    // it: a new window takes over the open project, its undo history and the layout, and this one
    // deletes itself. Returns the new window.
    MainWindow *setInterfaceLanguage(const QString &code);

    // Opens (upgrading if need be) the project at path and, when it is open for writing, backs it up in
    // the background; shows an error and returns false on failure. The error about a damaged project
    // that has a good backup offers to restore it (mainwindowbackups.cpp). A project that another
    // program has open for writing is not opened at once: the window asks, in a window-modal question
    // open when this returns false, whether to open it read-only or not at all.
    bool openProjectFile(const QString &path);

    // Backups (mainwindowbackups.cpp). File → Restore from Backup… lists the open project's backups;
    // accepting it restores the one chosen. Returned open, not modal.
    RestoreBackupDialog *restoreBackupDialog();
    // Closes the project at projectPath, puts the backup in its place (the project as it was kept as a
    // backup first) and opens it again. On failure the project as it was is opened again.
    Status restoreBackup(const QString &projectPath, const QString &backupPath);
    // Imports the files into the open project, one transaction each, with a progress dialog that can
    // cancel between files, and shows what became of each in a report (returned, open, not modal).
    ImportReportDialog *importFiles(const QStringList &paths);
    // Imports a participant table as cases; reports in a message box.
    void importCaseTable(const QString &path);

    // REFI-QDA interchange (mainwindowinterchange.cpp). The menu's items ask for the files and call
    // these. A failure is shown in a message box (opened, not waited for) and returned; its message
    // names the file. A report is shown as importFiles shows its own: returned, open.
    //
    // Makes a new project at projectPath from the .qdpx and opens it in this window, as File → Open
    // would. On failure the new project file is removed again and the open project stays open.
    Result<InterchangeReportDialog *> importRefiProject(const QString &qdpxPath, const QString &projectPath);
    // Adds a codebook's codes and sets (.qdc) to the open project.
    Result<InterchangeReportDialog *> importRefiCodebook(const QString &qdcPath);
    // Writes the open project as a .qdpx, or its codebook as a .qdc; says so in the status bar.
    Status exportRefiProject(const QString &path);
    Status exportRefiCodebook(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCodingMenu();
    void createViewMenu();
    void createLanguageMenu();
    // Connects the views and panels to the project and editor just taken over.
    void connectProject();
    // Takes the project, editor, undo history and layout of a window being rebuilt, which is left
    // without a project.
    void takeOver(MainWindow &old);
    void documentContextMenu(const QPoint &pos);
    void rememberProject(const QString &path);
    void updateRecentMenu();
    // Reads the codes' names and colours for the text view, after the codebook changed.
    void updateCodeLooks();
    // The range to code: the selection, snapped to words when the option is on.
    std::optional<std::pair<qint64, qint64>> rangeToCode() const;
    void importCasesDialog();
    // Opens the export dialog, with that table chosen when one is given.
    void exportTableDialog(const QString &table = {});
    void importSurveyDialog();
    void importRefiProjectDialog();
    void importRefiCodebookDialog();
    void exportRefiProjectDialog();
    void exportRefiCodebookDialog();
    // A warning box that names what failed, opened without waiting for it to close.
    void showFailure(const QString &title, const QString &text, const QString &reason = {});
    // Checks the open project in full and backs it up, on a thread of its own; the status bar says how
    // it went, and a box says when the project turned out to be damaged.
    void startBackup();
    // Says what is wrong with the project at path (it did not open, or it is damaged); for a damaged
    // project with a good backup, the box offers to restore that backup.
    void showProjectFailure(const QString &title, const QString &path, const Error &error);
    void speakerCasesDialog();
    void updateActions();
    // Why the coding actions cannot change the project now, if they cannot.
    Status checkEditable() const;
    // Asks whether to open, read-only, the project at path that holder (a sentence) has open for writing.
    void askToOpenReadOnly(const QString &path, const QString &holder);
    void updateReadOnlyBar();
    void newProject();
    void openProject();
    void importDialog();
    void updateTitle();
    void updateStatus();
    // Goes to what a memo is on: its source, its code, or its coding in its source.
    void showMemoTarget(const MemoTarget &target);
    // Shows the text with the range selected: where a retrieved segment or a search hit stands.
    void showInContext(SourceId source, qint64 start, qint64 end);
    // The views of the open project's analysis, as tabs beside the text; made with the project and
    // gone before it, as they hold it.
    void createAnalysisTabs();
    // Makes the view of the analysis tab at index when it is first opened.
    void fillAnalysisTab(int index);
    void removeAnalysisTabs();
    // Opens the member-checking tab, as a meeting ends.
    void showFeedback();

    std::unique_ptr<Project> m_project;
    // The open project's backup while it is being taken; destroyed (cancelled) before the project goes.
    std::unique_ptr<BackgroundBackup> m_backup;
    std::unique_ptr<SourceTreeModel> m_sourceModel;
    std::unique_ptr<Editor> m_editor;
    // The undo actions follow the group's active stack, so that a rebuilt window can take the
    // history of the one it replaces.
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CodebookView *m_codebook = nullptr;
    QTreeView *m_sourceList = nullptr;
    DocumentView *m_documentView = nullptr;
    MemoPanel *m_memoPanel = nullptr;
    RetrievalPanel *m_retrieval = nullptr;
    QDockWidget *m_retrievalDock = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QTabWidget *m_workspace = nullptr; // the text, then the analysis tabs
    ThemeBoard *m_board = nullptr;
    MatrixView *m_matrices = nullptr;
    FigureView *m_figures = nullptr;
    QLabel *m_status = nullptr;
    QList<QAction *> m_projectActions; // enabled only while a project is open
    QList<QAction *> m_editActions;    // enabled only while a project is open for writing
    MessageBar *m_readOnlyBar = nullptr;
    QString m_readOnlyReason; // as setProject was told, when it says more than the project's own
    QAction *m_snapToWords = nullptr;
    QHash<CodeId, CodeLook> m_codeLooks;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_codingMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    SourceId m_shownSource = 0;
};

} // namespace tematik
