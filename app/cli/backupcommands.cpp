#include "app/cli/commandline.h"

#include "core/store/projectbackups.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// tematik-cli commands on a project's automatic backups: backup list, backup take, backup restore.
// They work on the files beside the project and never open the project itself for writing.

namespace tematik {

namespace {

QString kindName(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Automatic:
        return QStringLiteral("automatic");
    case BackupInfo::Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    case BackupInfo::Kind::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

} // namespace

int CommandLine::runBackup(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runBackupList(args.mid(1));
    if (sub == QLatin1String("take"))
        return runBackupTake(args.mid(1));
    if (sub == QLatin1String("restore"))
        return runBackupRestore(args.mid(1));
    return usage(tr("backup takes list, take or restore"));
}

int CommandLine::runBackupList(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("backup list takes one project file"));
    const ProjectBackups backups(args[0]);
    const QList<BackupInfo> list = backups.list();
    QJsonArray json;
    int number = 0;
    for (const BackupInfo &b : list) {
        ++number;
        const QString taken = b.takenAt.toLocalTime().toString(Qt::ISODate);
        if (m_json) {
            QJsonObject o{{QStringLiteral("number"), number},
                          {QStringLiteral("file"), b.path},
                          {QStringLiteral("taken"), b.takenAt.toString(Qt::ISODate)},
                          {QStringLiteral("kind"), kindName(b.kind)},
                          {QStringLiteral("bytes"), double(b.size)}};
            if (b.counts) {
                o.insert(QStringLiteral("sources"), double(b.counts->sources));
                o.insert(QStringLiteral("codes"), double(b.counts->codes));
                o.insert(QStringLiteral("codings"), double(b.counts->codings));
                o.insert(QStringLiteral("themes"), double(b.counts->themes));
                o.insert(QStringLiteral("memos"), double(b.counts->memos));
            } else {
                o.insert(QStringLiteral("problem"), b.problem);
            }
            json.append(o);
            continue;
        }
        m_out << number << '\t' << taken << '\t' << kindName(b.kind) << '\t' << b.size << '\t';
        if (b.counts) {
            m_out << tr("%1 sources, %2 codes, %3 codings, %4 themes, %5 memos")
                         .arg(b.counts->sources)
                         .arg(b.counts->codes)
                         .arg(b.counts->codings)
                         .arg(b.counts->themes)
                         .arg(b.counts->memos);
        } else {
            m_out << b.problem;
        }
        m_out << '\t' << QFileInfo(b.path).fileName() << '\n';
    }
    if (m_json)
        printJson(json);
    else if (list.isEmpty())
        m_err << tr("%1 has no backups in %2").arg(args[0], backups.folder()) << '\n';
    return 0;
}

int CommandLine::runBackupTake(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("backup take takes one project file"));
    if (!QFileInfo(args[0]).isFile())
        return fail(tr("The project %1 does not exist.").arg(args[0]));
    Result<TakenBackup> taken = ProjectBackups(args[0]).take();
    if (!taken)
        return fail(taken.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("file"), taken->path},
                              {QStringLiteral("unchanged"), taken->unchanged},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(taken->removed)}});
    } else if (taken->unchanged) {
        m_out << tr("unchanged since the backup %1").arg(taken->path) << '\n';
    } else {
        m_out << tr("backed up to %1").arg(taken->path) << '\n';
    }
    return 0;
}

int CommandLine::runBackupRestore(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("backup restore takes a project file and a backup (its number in backup list, or its file)"));
    const ProjectBackups backups(args[0]);
    QString backup = args[1];
    bool numeric = false;
    const int number = backup.toInt(&numeric);
    if (numeric) {
        const QList<BackupInfo> list = backups.list();
        if (number < 1 || number > list.size())
            return fail(tr("%1 has no backup number %2; backup list shows them").arg(args[0]).arg(number));
        backup = list[number - 1].path;
    } else if (!QFileInfo::exists(backup)) {
        backup = QDir(backups.folder()).filePath(backup);
    }
    if (!QFileInfo::exists(backup))
        return fail(tr("There is no backup %1.").arg(args[1]));
    Result<QString> kept = backups.restore(backup);
    if (!kept)
        return fail(kept.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("restored"), backup}, {QStringLiteral("kept"), *kept}});
    } else {
        m_out << tr("restored %1 from %2").arg(args[0], QFileInfo(backup).fileName()) << '\n';
        if (!kept->isEmpty())
            m_out << tr("the project as it was is kept as %1; restore it to undo").arg(QFileInfo(*kept).fileName())
                  << '\n';
    }
    return 0;
}

} // namespace tematik
