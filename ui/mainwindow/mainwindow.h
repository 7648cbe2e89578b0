#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QUndoStack;

namespace tematik {

class CodebookView;
class DocumentView;
class Editor;
class ImportReportDialog;
class Project;
class SourceListModel;

// The workbench window: the project's sources beside the text of the one being read.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open project (or none); the window shows it at once.
    void setProject(std::unique_ptr<Project> project);
    Project *project() const { return m_project.get(); }
    DocumentView *documentView() const { return m_documentView; }
    CodebookView *codebookView() const { return m_codebook; }
    void showSource(SourceId id);
    Editor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Codes the words selected in the document with the code, as one undoable action.
    Status codeSelection(CodeId code);

    // Opens (upgrading if need be) the project at path; shows an error and returns false on failure.
    bool openProjectFile(const QString &path);
    // Imports the files into the open project, one transaction each, with a progress dialog that can
    // cancel between files, and shows what became of each in a report (returned, open, not modal).
    ImportReportDialog *importFiles(const QStringList &paths);
    // Imports a participant table as cases; reports in a message box.
    void importCaseTable(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void importCasesDialog();
    void importSurveyDialog();
    void speakerCasesDialog();
    void updateActions();
    void newProject();
    void openProject();
    void importDialog();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<SourceListModel> m_sourceModel;
    std::unique_ptr<Editor> m_editor;
    QUndoStack *m_undoStack = nullptr;
    CodebookView *m_codebook = nullptr;
    QListView *m_sourceList = nullptr;
    DocumentView *m_documentView = nullptr;
    QLabel *m_status = nullptr;
    QList<QAction *> m_projectActions; // enabled only while a project is open
    SourceId m_shownSource = 0;
};

} // namespace tematik
