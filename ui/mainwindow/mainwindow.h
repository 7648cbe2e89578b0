#pragma once

#include "core/model/ids.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;

namespace tematik {

class DocumentView;
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
    void showSource(SourceId id);

    // Opens (upgrading if need be) the project at path; shows an error and returns false on failure.
    bool openProjectFile(const QString &path);
    // Imports the files into the open project and shows what became of each.
    void importFiles(const QStringList &paths);

private:
    void createActions();
    void newProject();
    void openProject();
    void importDialog();
    void updateTitle();
    void updateStatus();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<SourceListModel> m_sourceModel;
    QListView *m_sourceList = nullptr;
    DocumentView *m_documentView = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_importAction = nullptr;
    SourceId m_shownSource = 0;
};

} // namespace tematik
