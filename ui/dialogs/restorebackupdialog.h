#pragma once

#include "core/store/projectbackups.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace tematik {

// Lists a project's backups, newest first, with when each was taken, its size and what it holds, and
// says what restoring does. Restores nothing itself: whoever opens it restores backup() when it is
// accepted. Backups that cannot be read (and a damaged project's files kept aside) are listed but
// cannot be chosen.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &projectName, const QList<BackupInfo> &backups, QWidget *parent = nullptr);

    // The chosen backup's file; empty until one is chosen.
    QString backup() const;
    // Chooses the backup at row (0: the newest); false when that one cannot be restored.
    bool choose(int row);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tematik
