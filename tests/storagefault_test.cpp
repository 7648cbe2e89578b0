// Storage faults: a full disk or a failing write, sync or truncate in the middle of every kind of user
// action, injected by a SQLite VFS (tests/support/faultinjectingvfs.h) at the first, second, third …
// operation until the action gets through. After each failure the action has said so in a clear
// message naming the project, the connection still sees the project as it was and goes on working, a
// copy of the files as they lie on the disk at that moment (what a crash right then would leave) opens
// to exactly the project before the action, and closing and reopening keeps what was done afterwards.

#include "core/demo/demoproject.h"
#include "core/import/caseimport.h"
#include "core/import/sourceimport.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/storageerror.h"
#include "core/store/themestore.h"
#include "tests/support/faultinjectingvfs.h"
#include "tests/support/tabledump.h"
#include "tests/support/testenvironment.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <cctype>
#include <cstdio>
#include <functional>

using namespace tematik;
using test::FaultInjectingVfs;

namespace {

struct Fault
{
    const char *name;
    FaultInjectingVfs::Operation operation;
    int code;
    bool persistent; // a full disk stays full; a failed write or sync happens once
    const char *message; // what the user is told, in part
    // The operations tried: first, first + step, … Disk full and write error share the writes between
    // them, one the odd ones and the other the even ones.
    int first = 1;
    int step = 1;
};

const Fault faults[] = {
    {"disk full", FaultInjectingVfs::Operation::Write, SQLITE_FULL, true,
     "is full; the action was not saved and the project is unchanged.", 1, 2},
    {"write error", FaultInjectingVfs::Operation::Write, SQLITE_IOERR_WRITE, false,
     "could not be written to the disk; the action was not saved and the project is unchanged.", 2, 2},
    {"sync error", FaultInjectingVfs::Operation::Sync, SQLITE_IOERR_FSYNC, false,
     "did not confirm that it stored the changes; the action was not saved and the project is unchanged."},
    {"truncate error", FaultInjectingVfs::Operation::Truncate, SQLITE_IOERR_TRUNCATE, false,
     "could not be written to the disk; the action was not saved and the project is unchanged."},
};

// One user action, as the app and the command line run it: one core operation. bind looks up what the
// action is on (before any fault is armed: a lookup that fails is not the action failing) and returns
// the action itself.
using Run = std::function<Status()>;
struct Action
{
    const char *name;
    std::function<Run(Project &)> bind;
    bool onEmptyProject = false;
};

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r ? Status() : r.takeError();
}

// A participant table with cases the demo lacks, written by the suite's setup.
QString participantsTable;

SourceId firstSource(Project &p)
{
    return p.sources().list().value(0).id;
}

CodeId codeAt(Project &p, int row)
{
    return p.codes().list().value(row).id;
}

ThemeId themeAt(Project &p, int row)
{
    return p.themes().list().value(row).id;
}

const QList<Action> &actions()
{
    static const QList<Action> list = {
        {"import a transcript",
         [](Project &p) -> Run {
             return [&p] { return statusOf(SourceImport::importFile(p, test::corpusPath(QStringLiteral("meeting.vtt")))); };
         }},
        {"import a Word document",
         [](Project &p) -> Run {
             return [&p] { return statusOf(SourceImport::importFile(p, test::corpusPath(QStringLiteral("focusgroup.docx")))); };
         }},
        {"code a passage",
         [](Project &p) -> Run {
             const NewCoding coding{firstSource(p), codeAt(p, 3), 100, 180};
             return [&p, coding] { return statusOf(p.codings().add(coding)); };
         }},
        {"code many passages",
         [](Project &p) -> Run {
             QList<NewCoding> many;
             for (int i = 0; i < 200; ++i)
                 many.append({firstSource(p), codeAt(p, i % 5), 10 + i * 7, 40 + i * 7});
             return [&p, many] { return statusOf(p.codings().addAll(many)); };
         }},
        {"recode a passage",
         [](Project &p) -> Run {
             const Coding c = p.codings().all().value(0);
             return [&p, c] { return p.codings().setBounds(c.id, c.start, c.end + 3); };
         }},
        {"mark an exemplar",
         [](Project &p) -> Run {
             const CodingId id = p.codings().all().value(2).id;
             return [&p, id] { return p.codings().setExemplar(id, true); };
         }},
        {"remove a coding",
         [](Project &p) -> Run {
             const CodingId id = p.codings().all().value(1).id;
             return [&p, id] { return p.codings().remove(id); };
         }},
        {"add a code",
         [](Project &p) -> Run {
             return [&p] { return statusOf(p.codes().add({QStringLiteral("Ny kod"), std::nullopt, {}, {}})); };
         }},
        {"rename a code",
         [](Project &p) -> Run {
             const CodeId id = codeAt(p, 2);
             return [&p, id] { return p.codes().rename(id, QStringLiteral("Omdöpt")); };
         }},
        {"merge codes",
         [](Project &p) -> Run {
             const CodeId from = codeAt(p, 4);
             const CodeId into = codeAt(p, 1);
             return [&p, from, into] { return statusOf(p.codes().merge(from, into)); };
         }},
        {"delete a code",
         [](Project &p) -> Run {
             const CodeId id = codeAt(p, 1);
             return [&p, id] { return p.codes().remove(id); };
         }},
        {"add a theme",
         [](Project &p) -> Run { return [&p] { return statusOf(p.themes().addTheme(QStringLiteral("Nytt tema"))); }; }},
        {"put a code in a theme",
         [](Project &p) -> Run {
             const CodeId code = codeAt(p, 0);
             const ThemeId theme = themeAt(p, 1);
             return [&p, code, theme] { return statusOf(p.themes().assignCode(code, theme)); };
         }},
        {"rename a theme",
         [](Project &p) -> Run {
             const ThemeId id = themeAt(p, 1);
             return [&p, id] { return p.themes().rename(id, QStringLiteral("Annat namn")); };
         }},
        {"mark a theme reviewed",
         [](Project &p) -> Run {
             const ThemeId id = themeAt(p, 1);
             return [&p, id] { return p.themes().setStatus(id, Theme::Status::Reviewed); };
         }},
        {"remove a theme",
         [](Project &p) -> Run {
             const ThemeId id = themeAt(p, 1);
             return [&p, id] { return statusOf(p.themes().remove(id)); };
         }},
        {"write a memo",
         [](Project &p) -> Run {
             const NewMemo memo{MemoTarget::source(firstSource(p)), QStringLiteral("Paus"),
                                QStringLiteral("Lång paus före svaret.")};
             return [&p, memo] { return statusOf(p.memos().add(memo)); };
         }},
        {"edit a memo",
         [](Project &p) -> Run {
             const MemoId id = p.memos().list().value(0).memo.id;
             return [&p, id] { return p.memos().setText(id, QStringLiteral("Ny rubrik"), QStringLiteral("Omskriven.")); };
         }},
        {"plan a member-checking meeting",
         [](Project &p) -> Run {
             return [&p] { return statusOf(p.meetings().add(QStringLiteral("Dialogmöte"), QDate(2026, 3, 12), {})); };
         }},
        {"delete a source",
         [](Project &p) -> Run {
             const SourceId id = firstSource(p);
             return [&p, id] { return p.sources().remove(id); };
         }},
        {"import participants",
         [](Project &p) -> Run { return [&p] { return statusOf(CaseImport::importFile(p, participantsTable)); }; }},
        {"import a REFI-QDA codebook",
         [](Project &p) -> Run {
             return [&p] {
                 return statusOf(QdcImporter::import(p, test::dataPath(QStringLiteral("refi-qda/taguette-1.4.1-codebook.qdc"))));
             };
         }},
        {"import a REFI-QDA project",
         [](Project &p) -> Run {
             return [&p] {
                 return statusOf(QdpxImporter::import(
                     p, test::dataPath(QStringLiteral("refi-qda/atlasti-23-target-atlas-project.qdpx"))));
             };
         },
         true},
    };
    return list;
}

bool copyProjectFiles(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

class StorageFault : public ::testing::TestWithParam<int>
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto demo = DemoProject::create(s_dir->filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
        ASSERT_TRUE((*demo)->memos().add({MemoTarget::project(), QStringLiteral("Projektet"), QStringLiteral("Första tanken.")}).ok());
        demo = Error{};
        auto empty = Project::create(s_dir->filePath(QStringLiteral("empty.tematik")));
        ASSERT_TRUE(empty.ok()) << empty.error().toStdString();
        participantsTable = s_dir->filePath(QStringLiteral("deltagare.csv"));
        test::writeFile(participantsTable, "id,pseudonym,nivå,år_i_tjänsten\nIP7,Samordnare 7,lokal,2\n"
                                           "IP8,Samordnare 8,regional,11\nIP1,Samordnare 1,lokal,5\n");
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QTemporaryDir *s_dir;
};

QTemporaryDir *StorageFault::s_dir = nullptr;

struct Outcome
{
    int failures = 0; // runs that the fault stopped
    int operations = 0; // operations of the fault's kind in the run that got through
};

// Runs the action with the fault at operation 1, 2, 3 … until it gets through, checking each failure.
Outcome runUntilItSucceeds(const QString &base, const QString &work, const Action &action, const Fault &fault)
{
    Outcome outcome;
    const QString onDisk = work + QStringLiteral(".on-disk");
    for (int nth = fault.first; nth < 100000; nth += fault.step) {
        SCOPED_TRACE(testing::Message() << action.name << ", " << fault.name << " at operation " << nth);
        FaultInjectingVfs vfs;
        if (!copyProjectFiles(base, work)) {
            ADD_FAILURE() << "cannot copy the project";
            return outcome;
        }
        auto opened = Project::open(work);
        if (!opened) {
            ADD_FAILURE() << opened.error().toStdString();
            return outcome;
        }
        std::unique_ptr<Project> project = std::move(*opened);
        const QStringList before = test::tableDump(project->database());
        const Run run = action.bind(*project);

        // A cold page cache: the action reads from the disk, as after a while of other work.
        EXPECT_TRUE(project->database().exec("PRAGMA shrink_memory").ok());
        vfs.failAt(fault.operation, nth, fault.code, fault.persistent);
        const Status done = run();
        const bool fired = vfs.fired();
        const int operations = vfs.count(fault.operation);
        vfs.clear();

        if (done) {
            // Through: the fault, if it came at all, came after the commit (a checkpoint, which SQLite
            // retries later) and cost nothing.
            EXPECT_EQ(test::integrityCheck(project->database()), QStringLiteral("ok"));
            const QStringList after = test::tableDump(project->database());
            EXPECT_NE(after, before) << "the action changed nothing";
            project.reset();
            auto reopened = Project::open(work);
            EXPECT_TRUE(reopened.ok());
            if (reopened) {
                EXPECT_EQ(test::integrityCheck((*reopened)->database()), QStringLiteral("ok"));
                EXPECT_EQ(test::tableDump((*reopened)->database()), after);
            }
            outcome.operations = operations;
            return outcome;
        }
        ++outcome.failures;
        EXPECT_TRUE(fired) << "failed without a fault: " << done.error().toStdString();
        EXPECT_TRUE(done.error().contains(QLatin1String(fault.message))) << done.error().toStdString();
        EXPECT_TRUE(done.error().contains(QLatin1String("work.tematik"))) << done.error().toStdString();

        // The connection still sees the project as it was.
        EXPECT_EQ(test::integrityCheck(project->database()), QStringLiteral("ok"));
        EXPECT_EQ(test::tableDump(project->database()), before);
        // What lies on the disk now, opened as after a crash, is the project as it was.
        EXPECT_TRUE(copyProjectFiles(work, onDisk));
        {
            auto crashed = Project::open(onDisk);
            EXPECT_TRUE(crashed.ok()) << (crashed ? std::string() : crashed.error().toStdString());
            if (crashed) {
                EXPECT_EQ(test::integrityCheck((*crashed)->database()), QStringLiteral("ok"));
                EXPECT_EQ(test::tableDump((*crashed)->database()), before);
            }
        }
        Project::removeFiles(onDisk);
        // The same connection goes on: the action, tried again on a sound disk, gets through, and
        // closing and reopening keeps it.
        const Status again = run();
        EXPECT_TRUE(again.ok()) << again.error().toStdString();
        const QStringList after = test::tableDump(project->database());
        EXPECT_NE(after, before);
        project.reset();
        auto reopened = Project::open(work);
        EXPECT_TRUE(reopened.ok());
        if (reopened) {
            EXPECT_EQ(test::integrityCheck((*reopened)->database()), QStringLiteral("ok"));
            EXPECT_EQ(test::tableDump((*reopened)->database()), after);
        }
        if (testing::Test::HasFailure())
            return outcome;
    }
    ADD_FAILURE() << "the action never got through";
    return outcome;
}

} // namespace

TEST_P(StorageFault, EveryFailedActionLeavesTheProjectAsItWas)
{
    const Action &action = actions().at(GetParam());
    const QString base = s_dir->filePath(QLatin1String(action.onEmptyProject ? "empty.tematik" : "demo.tematik"));
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work.tematik"));
    for (const Fault &fault : faults) {
        const Outcome outcome = runUntilItSucceeds(base, work, action, fault);
        std::printf("%-32s %-15s %4d failed runs, %4d operations when it got through\n", action.name, fault.name,
                    outcome.failures, outcome.operations);
        if (HasFailure())
            return;
    }
}

INSTANTIATE_TEST_SUITE_P(Actions, StorageFault, testing::Range(0, int(actions().size())),
                         [](const testing::TestParamInfo<int> &param) {
                             std::string name = actions().at(param.param).name;
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name;
                         });

namespace {

// A tmpfs of the given size at dir, in a mount namespace of this process alone: nothing outside sees
// it, and it goes when the process ends, however it ends. Only root (with CAP_SYS_ADMIN) may mount;
// problem() says why there is no disk otherwise.
class SmallDisk
{
public:
    SmallDisk(const QString &dir, int kib) : m_dir(QFile::encodeName(dir))
    {
        if (geteuid() != 0) {
            m_problem = "not running as root";
            return;
        }
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            m_problem = std::string("no mount namespace of its own: ") + std::strerror(errno);
            return;
        }
        const std::string options = "size=" + std::to_string(kib) + "k";
        if (mount("tematik-test", m_dir.constData(), "tmpfs", 0, options.c_str()) != 0) {
            m_problem = std::string("cannot mount a tmpfs: ") + std::strerror(errno);
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            umount2(m_dir.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    const std::string &problem() const { return m_problem; }

private:
    QByteArray m_dir;
    bool m_mounted = false;
    std::string m_problem;
};

// Fills the disk holding path with one file, up to the last byte it takes.
void fillDisk(const QString &path)
{
    QFile filler(path);
    ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
}

// A long interview transcript, bigger than anything the project's WAL has held.
QString writeLongTranscript(const QString &path)
{
    QByteArray text = "Intervju med IP7\n\n";
    for (int turn = 0; text.size() < 600 * 1024; ++turn) {
        text += "I: Hur såg arbetet ut under vecka " + QByteArray::number(turn) + "?\n\n";
        text += "IP: Vi samordnade det förebyggande arbetet mellan kommunerna, och tiden räckte sällan till "
                "allt som skulle göras; mötena blev fler än planerat och rapporterna väntade. "
            + QByteArray::number(turn * 7919) + "\n\n";
    }
    test::writeFile(path, text);
    return path;
}

} // namespace

// The real thing: a project on a small disk that fills up during an import.
TEST(FullDisk, ImportOntoAFullDiskSaysSoAndKeepsTheProject)
{
    QTemporaryDir elsewhere;
    QTemporaryDir dir;
    SmallDisk disk(dir.path(), 8192);
    if (!disk.isMounted())
        GTEST_SKIP() << "no small disk to fill (" << disk.problem() << "); the fault-injecting VFS tests stand in";
    const QString path = dir.filePath(QStringLiteral("full.tematik"));
    auto created = Project::create(path);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    std::unique_ptr<Project> project = std::move(*created);
    ASSERT_TRUE(SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt"))).ok());
    const QString transcript = writeLongTranscript(elsewhere.filePath(QStringLiteral("intervju-07.txt")));
    const QStringList before = test::tableDump(project->database());

    fillDisk(dir.filePath(QStringLiteral("filler")));
    Result<ImportReport> imported = SourceImport::importFile(*project, transcript);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().contains(QLatin1String(
        "The disk holding full.tematik is full; the action was not saved and the project is unchanged.")))
        << imported.error().toStdString();
    EXPECT_EQ(test::integrityCheck(project->database()), QStringLiteral("ok"));
    EXPECT_EQ(test::tableDump(project->database()), before);

    // Closed while the disk is still full, the project is as it was when it opens again.
    project.reset();
    QFile::remove(dir.filePath(QStringLiteral("filler")));
    auto reopened = Project::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    project = std::move(*reopened);
    EXPECT_EQ(test::integrityCheck(project->database()), QStringLiteral("ok"));
    EXPECT_EQ(test::tableDump(project->database()), before);
    // With room on the disk the import gets through.
    imported = SourceImport::importFile(*project, transcript);
    EXPECT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(project->sources().list().size(), 2);
}

// SQLite may roll a whole transaction back on a storage fault inside one statement. The statements
// that follow must not then commit one by one: half an action would reach the file.
TEST(StorageFaultGuard, StatementsAfterALostTransactionDoNotCommitOnTheirOwn)
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(QStringLiteral("p.tematik")));
    ASSERT_TRUE(created.ok());
    Database &db = (*created)->database();
    {
        Transaction action(db);
        ASSERT_TRUE(db.exec("INSERT INTO coders (guid, name) VALUES ('a', 'Första')").ok());
        // What SQLite does on some faults, here by hand.
        ASSERT_TRUE(db.exec("ROLLBACK").ok());
        const Status lost = db.exec("INSERT INTO coders (guid, name) VALUES ('b', 'Andra')");
        ASSERT_FALSE(lost.ok());
        EXPECT_TRUE(lost.error().contains(QLatin1String("stopped the action; the action was not saved")))
            << lost.error().toStdString();
    }
    Result<Statement> q = db.prepare("SELECT count(*) FROM coders");
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->int64(0), 0);
    // Outside an action, statements commit as always.
    EXPECT_TRUE(db.exec("INSERT INTO coders (guid, name) VALUES ('c', 'Tredje')").ok());
}

TEST(StorageFaultMessages, EachFaultSaysWhatHappenedToWhichProject)
{
    const struct
    {
        int code;
        const char *message;
    } cases[] = {
        {SQLITE_FULL, "The disk holding studie.tematik is full; the action was not saved and the project is unchanged."},
        {SQLITE_IOERR_WRITE, "studie.tematik could not be written to the disk; the action was not saved"},
        {SQLITE_IOERR_FSYNC, "did not confirm that it stored the changes; the action was not saved"},
        {SQLITE_IOERR_TRUNCATE, "studie.tematik could not be written to the disk"},
        {SQLITE_IOERR_SHORT_READ, "studie.tematik could not be read from the disk."},
        {SQLITE_READONLY, "studie.tematik cannot be written: the file, its folder or its disk is read-only"},
        {SQLITE_READONLY_DBMOVED, "studie.tematik was moved or deleted while it was open"},
        {SQLITE_CORRUPT, "studie.tematik is damaged"},
        {SQLITE_NOTADB, "studie.tematik is not a Tematik project, or it is too damaged to be read."},
        {SQLITE_BUSY, "studie.tematik is being changed by another program or window"},
        {SQLITE_CANTOPEN, "studie.tematik cannot be opened"},
        {SQLITE_NOMEM, "There was not enough memory to work on studie.tematik."},
        {SQLITE_CONSTRAINT_COMMITHOOK, "A fault in reading or writing studie.tematik stopped the action; the action was not saved"},
    };
    for (const auto &c : cases) {
        EXPECT_TRUE(StorageError::isStorageFault(c.code)) << c.code;
        const QString message = StorageError::describe(QStringLiteral("/data/studie.tematik"), c.code, 0,
                                                       QStringLiteral("disk I/O error"));
        EXPECT_TRUE(message.contains(QLatin1String(c.message))) << message.toStdString();
        EXPECT_FALSE(message.contains(QLatin1String("disk I/O error"))) << message.toStdString();
    }
    EXPECT_EQ(StorageError::kindOf(SQLITE_CORRUPT_INDEX), ErrorKind::Damaged);
    EXPECT_EQ(StorageError::kindOf(SQLITE_NOTADB), ErrorKind::Damaged);
    EXPECT_EQ(StorageError::kindOf(SQLITE_FULL), ErrorKind::Failed);
    // Other failures keep SQLite's words, which stores look into.
    EXPECT_FALSE(StorageError::isStorageFault(SQLITE_CONSTRAINT_UNIQUE));
    EXPECT_EQ(StorageError::describe(QStringLiteral("studie.tematik"), SQLITE_CONSTRAINT_UNIQUE, 0,
                                     QStringLiteral("UNIQUE constraint failed: codes.name")),
              QStringLiteral("UNIQUE constraint failed: codes.name"));
}
