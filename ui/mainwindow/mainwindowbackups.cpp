#include "ui/mainwindow/mainwindow.h"

#include "core/store/backgroundbackup.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/projectbackups.h"
#include "ui/dialogs/restorebackupdialog.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

// The main window's automatic backups: one taken in the background whenever a project is opened for
// writing, File → Restore from Backup…, and the offer to restore one when a damaged project fails to open.

namespace tematik {

void MainWindow::startBackup()
{
    m_backup.reset();
    if (!m_project || m_project->isReadOnly())
        return;
    // The outcome arrives on the backup's thread; the window hears of it on its own. The window
    // outlives the call: it destroys m_backup, which waits for the thread, before it goes.
    const QString path = m_project->path();
    m_backup = std::make_unique<BackgroundBackup>(path, [this, path](const Result<TakenBackup> &taken) {
        QMetaObject::invokeMethod(
            this,
            [this, path, taken] {
                if (!taken && taken.takeError().kind == ErrorKind::Damaged)
                    showProjectFailure(tr("Project damaged"), path, taken.takeError());
                else if (!taken)
                    statusBar()->showMessage(tr("The project was not backed up: %1").arg(taken.error()), 30000);
                else if (!taken->unchanged)
                    statusBar()->showMessage(tr("Backed up as %1.").arg(QFileInfo(taken->path).fileName()), 5000);
            },
            Qt::QueuedConnection);
    });
}

RestoreBackupDialog *MainWindow::restoreBackupDialog()
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    auto *dialog = new RestoreBackupDialog(m_project->name(), ProjectBackups(path).list(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const QString backup = dialog->backup();
        if (backup.isEmpty())
            return;
        if (Status s = restoreBackup(path, backup); !s)
            showFailure(tr("Restore from Backup"), tr("The backup was not restored."), s.error());
    });
    dialog->open();
    return dialog;
}

Status MainWindow::restoreBackup(const QString &projectPath, const QString &backupPath)
{
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(projectPath))
        setProject(nullptr);
    Result<QString> kept = ProjectBackups(projectPath).restore(backupPath);
    // Restored or not, the project at that path opens again: the backup, or the project as it was.
    const bool opened = openProjectFile(projectPath);
    if (!kept)
        return kept.takeError();
    if (!opened)
        return Error{tr("The backup was restored, but the project does not open.")};
    const QString from = QFileInfo(backupPath).fileName();
    statusBar()->showMessage(kept->isEmpty() ? tr("Restored the backup %1.").arg(from)
                                             : tr("Restored the backup %1; the project as it was is kept as the backup "
                                                  "%2, to undo the restore.")
                                                   .arg(from, QFileInfo(*kept).fileName()),
                             15000);
    return {};
}

void MainWindow::showProjectFailure(const QString &title, const QString &path, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, error.message, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<BackupInfo> backup =
        error.kind == ErrorKind::Damaged ? ProjectBackups(path).latestGood() : std::nullopt;
    if (backup) {
        QPushButton *restore = box->addButton(tr("&Restore the Backup"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(restore);
        connect(restore, &QPushButton::clicked, this, [this, path, file = backup->path] {
            if (Status s = restoreBackup(path, file); !s)
                showFailure(tr("Restore from Backup"), tr("The backup was not restored."), s.error());
        });
    } else {
        box->addButton(QMessageBox::Ok);
    }
    box->open();
}

} // namespace tematik
