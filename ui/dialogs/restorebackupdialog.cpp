#include "ui/dialogs/restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tematik {

namespace {

QString kindText(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Automatic:
        return RestoreBackupDialog::tr("On opening");
    case BackupInfo::Kind::BeforeRestore:
        return RestoreBackupDialog::tr("Before a restore");
    case BackupInfo::Kind::Damaged:
        return RestoreBackupDialog::tr("Damaged project, kept as it was");
    }
    return {};
}

QString contentsText(const BackupInfo &b)
{
    if (!b.counts)
        return b.problem;
    const ProjectCounts &c = *b.counts;
    return RestoreBackupDialog::tr("%Ln source(s)", nullptr, int(c.sources)) + QStringLiteral(", ")
        + RestoreBackupDialog::tr("%Ln code(s)", nullptr, int(c.codes)) + QStringLiteral(", ")
        + RestoreBackupDialog::tr("%Ln coding(s)", nullptr, int(c.codings)) + QStringLiteral(", ")
        + RestoreBackupDialog::tr("%Ln theme(s)", nullptr, int(c.themes)) + QStringLiteral(", ")
        + RestoreBackupDialog::tr("%Ln memo(s)", nullptr, int(c.memos));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &projectName, const QList<BackupInfo> &backups, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore “%1” from a Backup").arg(projectName));
    auto *intro = new QLabel(
        backups.isEmpty()
            ? tr("“%1” has no backups yet. Tematik backs a project up each time it opens it, when something "
                 "has changed since the last backup.")
                  .arg(projectName)
            : tr("Tematik backs a project up each time it opens it, when something has changed since the last "
                 "backup. Restoring puts the chosen backup in the project's place; the project as it is now "
                 "is kept as a backup first, so a restore can be undone by restoring that one."),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("What it holds")});
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.takenAt.toLocalTime(), QLocale::ShortFormat),
                                                  kindText(b.kind), locale.formattedDataSize(b.size),
                                                  contentsText(b)});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QFileInfo(b.path).fileName());
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!b.counts)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && (current->flags() & Qt::ItemIsEnabled));
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(720, 380);
}

QString RestoreBackupDialog::backup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(0, Qt::UserRole).toString() : QString();
}

bool RestoreBackupDialog::choose(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return false;
    m_list->setCurrentItem(item);
    return true;
}

} // namespace tematik
