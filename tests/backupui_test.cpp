// The app's backups: opening a project backs it up in the background, File → Restore from Backup…
// lists the backups and restores the one chosen (keeping the project as it was), and a damaged project
// that will not open offers its newest good backup.

#include "core/demo/demoproject.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectbackups.h"
#include "ui/dialogs/restorebackupdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/tabledump.h"
#include "tests/support/testenvironment.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace tematik;

namespace {

class BackupUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("studie.tematik"));
        auto demo = DemoProject::create(path, DemoProject::Stage::Coded);
        ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
        // Closed: one file, its WAL in it.
    }

    QTemporaryDir dir;
    QString path;
};

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

QMessageBox *openBox(MainWindow &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

TEST_F(BackupUi, OpeningBacksUpAndTheDialogRestoresTheBackupChosen)
{
    MainWindow window;
    QAction *restoreAction = menuAction(window, QStringLiteral("Restore from &Backup…"));
    ASSERT_NE(restoreAction, nullptr);
    EXPECT_FALSE(restoreAction->isEnabled());
    ASSERT_TRUE(window.openProjectFile(path));
    EXPECT_TRUE(restoreAction->isEnabled());
    const ProjectBackups backups(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return backups.list().size() == 1; }, 30000));
    const QStringList atOpening = test::tableDump(window.project()->database());

    ASSERT_TRUE(window.project()->memos().add({MemoTarget::project(), QStringLiteral("Efter"), QStringLiteral("Senare tanke")}).ok());
    const QStringList later = test::tableDump(window.project()->database());

    RestoreBackupDialog *dialog = window.restoreBackupDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
    EXPECT_EQ(row->text(1), QStringLiteral("On opening"));
    EXPECT_TRUE(row->text(3).contains(QStringLiteral("%1 coding").arg(window.project()->counts().codings))) << row->text(3).toStdString();
    EXPECT_TRUE(row->text(3).contains(QStringLiteral(" source"))) << row->text(3).toStdString();
    test::saveScreenshot(dialog, QStringLiteral("restore-backup"));
    ASSERT_TRUE(dialog->choose(0));
    dialog->accept();

    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(test::tableDump(window.project()->database()), atOpening);

    // The project as it was before the restore is kept as a backup; restoring it undoes the restore.
    const QList<BackupInfo> list = backups.list();
    ASSERT_GE(list.size(), 2);
    EXPECT_TRUE(std::any_of(list.begin(), list.end(),
                            [](const BackupInfo &b) { return b.kind == BackupInfo::Kind::BeforeRestore; }));
    dialog = window.restoreBackupDialog();
    ASSERT_NE(dialog, nullptr);
    // Reopened, the project is backed up again on a thread of its own: that backup may come first.
    int beforeRestore = -1;
    for (int i = 0; i < dialog->list()->topLevelItemCount() && beforeRestore < 0; ++i) {
        if (dialog->list()->topLevelItem(i)->text(1) == QLatin1String("Before a restore"))
            beforeRestore = i;
    }
    ASSERT_GE(beforeRestore, 0);
    ASSERT_TRUE(dialog->choose(beforeRestore));
    dialog->accept();
    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(test::tableDump(window.project()->database()), later);
}

TEST_F(BackupUi, ADamagedProjectOffersItsNewestGoodBackup)
{
    QStringList before;
    int codingsPage = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok());
        before = test::tableDump(**db);
        Result<Statement> q = (*db)->prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'codings'");
        ASSERT_TRUE(q.ok() && q->next());
        codingsPage = int(q->int64(0));
    }
    ASSERT_TRUE(ProjectBackups(path).take().ok());
    QByteArray bytes = test::readFile(path);
    bytes.replace(qsizetype(codingsPage - 1) * 4096, 4096, QByteArray(4096, '\x5a'));
    test::writeFile(path, bytes);

    MainWindow window;
    EXPECT_FALSE(window.openProjectFile(path));
    EXPECT_EQ(window.project(), nullptr);
    QMessageBox *box = openBox(window);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1String("studie.tematik is damaged"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QLatin1String("Its newest good backup, from"))) << box->text().toStdString();
    test::saveScreenshot(box, QStringLiteral("project-damaged"));
    QPushButton *restore = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == QLatin1String("&Restore the Backup"))
            restore = qobject_cast<QPushButton *>(b);
    }
    ASSERT_NE(restore, nullptr);
    restore->click();

    ASSERT_NE(window.project(), nullptr);
    EXPECT_EQ(test::tableDump(window.project()->database()), before);
}

TEST_F(BackupUi, AProjectThatIsNoProjectOffersNoBackup)
{
    const QString text = dir.filePath(QStringLiteral("anteckningar.tematik"));
    test::writeFile(text, "Bara text.\n");
    MainWindow window;
    EXPECT_FALSE(window.openProjectFile(text));
    QMessageBox *box = openBox(window);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1String("anteckningar.tematik is not a Tematik project"))) << box->text().toStdString();
    for (QAbstractButton *b : box->buttons())
        EXPECT_NE(b->text(), QStringLiteral("&Restore the Backup"));
}
