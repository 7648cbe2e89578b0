#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectlock.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

// The writer's lock between processes: the test forks a second process that holds the project open
// for writing, as a second copy of the app would.

using namespace tematik;

namespace {

NewCode code(const QString &name)
{
    return NewCode{name, std::nullopt, {}, {}};
}

// A forked process with the project open for writing. It adds a code when asked ('c', answered with
// 'k'), and closes the project and exits when its command pipe is closed, or dies when killed.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        int commands[2];
        int answers[2];
        if (::pipe(commands) != 0 || ::pipe(answers) != 0) {
            ADD_FAILURE() << "pipe failed";
            return;
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(commands[1]);
            ::close(answers[0]);
            serve(path, commands[0], answers[1]);
        }
        ::close(commands[0]);
        ::close(answers[1]);
        m_commands = commands[1];
        m_answers = answers[0];
        m_ready = answer() == 'r';
    }

    ~Writer()
    {
        if (m_pid > 0)
            kill();
    }

    bool isReady() const { return m_ready; }
    pid_t pid() const { return m_pid; }

    // The writer adds a code and commits it.
    bool addCode()
    {
        const char c = 'c';
        return ::write(m_commands, &c, 1) == 1 && answer() == 'k';
    }

    // The writer closes the project and exits; true when it exited normally.
    bool close()
    {
        ::close(m_commands);
        m_commands = -1;
        return reap() == 0;
    }

    // SIGKILL: no destructor runs, the lock file stays behind.
    void kill()
    {
        ::kill(m_pid, SIGKILL);
        reap();
    }

private:
    [[noreturn]] static void serve(const QString &path, int commands, int answers)
    {
        Result<std::unique_ptr<Project>> project = Project::open(path);
        const char ready = project ? 'r' : 'e';
        if (::write(answers, &ready, 1) != 1 || !project)
            ::_exit(1);
        int added = 0;
        char c = 0;
        while (::read(commands, &c, 1) == 1) {
            const bool ok =
                (*project)->codes().add(code(QStringLiteral("Skrivarens kod %1").arg(++added))).ok();
            const char done = ok ? 'k' : 'e';
            if (::write(answers, &done, 1) != 1)
                ::_exit(1);
        }
        project->reset();
        // _exit: the test's own objects, copied into this process, are not this process's to destroy.
        ::_exit(0);
    }

    char answer()
    {
        char c = 0;
        return ::read(m_answers, &c, 1) == 1 ? c : '\0';
    }

    int reap()
    {
        for (int *fd : {&m_commands, &m_answers}) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    pid_t m_pid = -1;
    int m_commands = -1;
    int m_answers = -1;
    bool m_ready = false;
};

class ProjectLocking : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("studie.tematik"));
        auto created = Project::create(path);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        ASSERT_TRUE((*created)->codes().add(code(QStringLiteral("Tillit"))).ok());
    }

    qint64 codes(Project &project) { return project.counts().codes; }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(ProjectLocking, ASecondWriterIsRefusedWithTheHolderNamedWhileReadersRead)
{
    Writer writer(path);
    ASSERT_TRUE(writer.isReady());

    Result<std::unique_ptr<Project>> second = Project::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorKind(), ErrorKind::Locked);
    const QString message = second.error();
    EXPECT_TRUE(message.startsWith(QLatin1String("studie.tematik is open for writing in ")))
        << message.toStdString();
    // The program, the user, the host and the process that hold it.
    EXPECT_TRUE(message.contains(QFileInfo(QCoreApplication::applicationFilePath()).fileName()))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String(" by ") + QFileInfo(path).owner())) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String(" on ") + QSysInfo::machineHostName()))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("(process %1)").arg(writer.pid()))) << message.toStdString();

    // Reading is always allowed, and sees what the writer commits while it is open.
    Result<std::unique_ptr<Project>> reader = Project::open(path, true);
    ASSERT_TRUE(reader.ok()) << reader.error().toStdString();
    EXPECT_TRUE((*reader)->isReadOnly());
    EXPECT_EQ((*reader)->readOnlyReason(), Project::ReadOnlyReason::Requested);
    EXPECT_EQ(codes(**reader), 1);
    ASSERT_TRUE(writer.addCode());
    EXPECT_EQ(codes(**reader), 2);
    EXPECT_FALSE((*reader)->codes().add(code(QStringLiteral("Läsarens kod"))).ok());

    // Once the writer has closed the project, it may be opened for writing again.
    ASSERT_TRUE(writer.close());
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockFilePath(path)));
    Result<std::unique_ptr<Project>> third = Project::open(path);
    ASSERT_TRUE(third.ok()) << third.error().toStdString();
    EXPECT_FALSE((*third)->isReadOnly());
    EXPECT_TRUE((*third)->codes().add(code(QStringLiteral("Ny kod"))).ok());
    EXPECT_EQ(codes(**third), 3);
}

TEST_F(ProjectLocking, TheLockOfAKilledWriterIsTakenOver)
{
    Writer writer(path);
    ASSERT_TRUE(writer.isReady());
    ASSERT_TRUE(writer.addCode());
    writer.kill();
    // The lock file is still there: nothing of the killed process could remove it.
    ASSERT_TRUE(QFileInfo::exists(ProjectLock::lockFilePath(path)));

    Result<std::unique_ptr<Project>> next = Project::open(path);
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_FALSE((*next)->isReadOnly());
    // What the killed writer had committed is there, and the project takes changes again.
    EXPECT_EQ(codes(**next), 2);
    EXPECT_TRUE((*next)->codes().add(code(QStringLiteral("Efter kraschen"))).ok());
}

TEST_F(ProjectLocking, OneProcessHasOneWriterToo)
{
    Result<std::unique_ptr<Project>> first = Project::open(path);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    Result<std::unique_ptr<Project>> second = Project::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorKind(), ErrorKind::Locked);
    EXPECT_TRUE(
        second.error().contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())))
        << second.error().toStdString();

    // The lock goes with the project that held it.
    first->reset();
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockFilePath(path)));
    EXPECT_TRUE(Project::open(path).ok());
}

TEST_F(ProjectLocking, AReaderHoldsNoLock)
{
    Result<std::unique_ptr<Project>> reader = Project::open(path, true);
    ASSERT_TRUE(reader.ok()) << reader.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockFilePath(path)));
    Writer writer(path);
    EXPECT_TRUE(writer.isReady());
}

TEST_F(ProjectLocking, ANewProjectIsLockedFromTheStart)
{
    const QString other = dir.filePath(QStringLiteral("ny.tematik"));
    Result<std::unique_ptr<Project>> created = Project::create(other);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    Result<std::unique_ptr<Project>> second = Project::open(other);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorKind(), ErrorKind::Locked);
}

TEST_F(ProjectLocking, TheSameProjectByAnotherPathHasTheSameLock)
{
    Result<std::unique_ptr<Project>> first = Project::open(path);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    const QString link = dir.filePath(QStringLiteral("länk.tematik"));
    ASSERT_TRUE(QFile::link(path, link));
    Result<std::unique_ptr<Project>> second = Project::open(link);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.errorKind(), ErrorKind::Locked);
}

// A process killed between making its lock file and writing who it is leaves an empty lock file.
// Nobody can say whose it is; it is taken over unless someone holds it, as a live program does from
// the moment it makes the file.
TEST_F(ProjectLocking, AnEmptyLockFileIsTakenOverUnlessSomeoneHoldsIt)
{
    const QString lockFile = ProjectLock::lockFilePath(path);
    test::writeFile(lockFile, {});
    const int held = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY);
    ASSERT_GE(held, 0);
    ASSERT_EQ(::flock(held, LOCK_EX), 0);
    Result<std::unique_ptr<Project>> refused = Project::open(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorKind(), ErrorKind::Locked);
    EXPECT_EQ(refused.error(), QStringLiteral("studie.tematik is open for writing in another program."));

    ::close(held);
    Result<std::unique_ptr<Project>> taken = Project::open(path);
    ASSERT_TRUE(taken.ok()) << taken.error().toStdString();
    EXPECT_FALSE((*taken)->isReadOnly());
}
