// The crash harness's driver (tests/crashsafety_test.cpp kills it): plays CrashScript's actions FIRST …
// COUNT - 1 on a project, making the project when it does not exist, and says what it is doing on
// standard output, a line at a time, each written straight to the pipe (no buffer) so that whoever kills
// it knows exactly how far it had come:
//
//   ready             the project is open and the coder set
//   start N KIND      action N is chosen and about to write
//   commit N          SQLite begins to commit a transaction of action N (commit hook: before the WAL
//                     write and its fsync)
//   synced N          that commit is written and synced (WAL hook)
//   checkpoint N      an automatic checkpoint begins after it …
//   checkpointed N    … and has ended
//   done N            action N returned success
//   finished          all actions are done
//   failed N REASON   action N (-1: opening) failed; exit status 2
//
// usage: tematik-crashdriver PROJECT FOLDER SEED FIRST COUNT (FOLDER: CrashScript::prepare's files)
//
// The hooks use SQLite's public API on the project's connection; core has no test hooks. Setting a WAL
// hook replaces SQLite's automatic checkpoint, so the hook does what SQLite's own does (a passive
// checkpoint once the WAL holds 1,000 frames) and the file sees the same checkpoints as in the app.

#include "core/store/database.h"
#include "core/store/project.h"
#include "tests/crash/crashscript.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>

namespace {

int current = -1; // the action in progress; -1 while opening

void say(const char *what, const QByteArray &detail = {})
{
    char line[512];
    const int n = std::snprintf(line, sizeof line, "%s %d%s%s\n", what, current, detail.isEmpty() ? "" : " ",
                                detail.left(400).constData());
    // One write() of a short line to a pipe is atomic and unbuffered: it is in the pipe before the next
    // statement runs.
    if (::write(STDOUT_FILENO, line, size_t(std::min<int>(n, int(sizeof line) - 1))) < 0)
        std::_Exit(3);
}

int onCommit(void *)
{
    say("commit");
    return 0;
}

// SQLite's default autocheckpoint threshold (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT), which core keeps.
constexpr int checkpointFrames = 1000;

int onWal(void *, sqlite3 *db, const char *name, int frames)
{
    say("synced");
    if (frames >= checkpointFrames) {
        say("checkpoint");
        sqlite3_wal_checkpoint(db, name);
        say("checkpointed");
    }
    return SQLITE_OK;
}

int fail(const QString &reason)
{
    say("failed", reason.simplified().toUtf8());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: tematik-crashdriver PROJECT FOLDER SEED FIRST COUNT\n");
        return 1;
    }
    const QString path = args[1];
    const tematik::test::CrashScript script(args[3].toULongLong(), args[2]);
    const int first = args[4].toInt();
    const int count = args[5].toInt();

    auto project = QFileInfo::exists(path) ? tematik::Project::open(path) : tematik::Project::create(path);
    if (!project)
        return fail(project.error());
    sqlite3 *db = (*project)->database().handle();
    sqlite3_commit_hook(db, onCommit, nullptr);
    sqlite3_wal_hook(db, onWal, nullptr);
    if (tematik::Status s = (*project)->setCoder(QStringLiteral("Krasch Testare")); !s)
        return fail(s.error());
    say("ready");
    for (current = first; current < count; ++current) {
        const tematik::Status s =
            script.run(**project, current, [](const char *kind) { say("start", QByteArray(kind)); });
        if (!s)
            return fail(s.error());
        say("done");
    }
    say("finished");
    return 0;
}
