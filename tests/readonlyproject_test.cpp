#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectlock.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <functional>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

// A project that cannot be written where it is (a read-only medium, a file or a folder the user may
// not write) opens read-only, says why, and refuses every change with that reason. The tests use the
// real thing: a read-only file system, and a user without the permissions. Root may write any file, so
// as root the permission cases run in a child process that has become the user nobody, and the
// medium is a tmpfs mounted read-only in a mount namespace of the test's own (it goes with the test).

using namespace tematik;

namespace {

NewCode code(const QString &name)
{
    return NewCode{name, std::nullopt, {}, {}};
}

// What a process that opened the project found, as bits of its exit status.
enum Found
{
    Opened = 1,
    WithReason = 2,
    Readable = 4,
    RefusesChanges = 8,
    Everything = 15,
};

// Opens the project for writing, as a user would, and checks that it came up read-only for reason,
// with its one code readable and changes refused with the reason given.
int openAndCheck(const QString &path, Project::ReadOnlyReason reason)
{
    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project)
        return 0;
    int found = Opened;
    if ((*project)->isReadOnly() && (*project)->readOnlyReason() == reason)
        found |= WithReason;
    if ((*project)->counts().codes == 1)
        found |= Readable;
    const Result<CodeId> added = (*project)->codes().add(code(QStringLiteral("Ny kod")));
    if (!added && added.error().contains((*project)->readOnlyExplanation()) &&
        !(*project)->readOnlyExplanation().isEmpty())
        found |= RefusesChanges;
    return found;
}

// Runs check as a user without root's right to write every file: in a child process that has become
// nobody when the test runs as root, in this process otherwise.
int unprivileged(const std::function<int()> &check)
{
    if (::geteuid() != 0)
        return check();
    const pid_t child = ::fork();
    if (child == 0) {
        constexpr uid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
            ::_exit(100);
        // _exit: the test's own objects, copied into this process, are not this process's to destroy.
        ::_exit(check());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class ReadOnlyProject : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        folder = dir.filePath(QStringLiteral("projekt"));
        ASSERT_TRUE(QDir().mkdir(folder));
        path = folder + QStringLiteral("/studie.tematik");
        auto created = Project::create(path);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        ASSERT_TRUE((*created)->codes().add(code(QStringLiteral("Tillit"))).ok());
        // nobody must reach the folder: the temporary folder is its owner's alone.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther);
    }

    void TearDown() override
    {
        // Let the temporary folder go, whatever a test made of its permissions.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    QTemporaryDir dir;
    QString folder;
    QString path;
};

const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

} // namespace

TEST_F(ReadOnlyProject, AFileTheUserMayNotWriteOpensReadOnly)
{
    ASSERT_TRUE(QFile::setPermissions(path, readable));
    // The folder is writable, for SQLite's files beside the project; the project file is not.
    ASSERT_TRUE(QFile::setPermissions(folder, readable | enterable | QFile::WriteOwner | QFile::WriteGroup |
                                                  QFile::WriteOther));
    EXPECT_EQ(unprivileged([this] { return openAndCheck(path, Project::ReadOnlyReason::File); }), Everything);
}

TEST_F(ReadOnlyProject, AFolderTheUserMayNotWriteInOpensReadOnly)
{
    // The file may be written, the folder not: SQLite cannot make its -shm and -wal files beside the
    // project, and reads the project file alone.
    ASSERT_TRUE(
        QFile::setPermissions(path, readable | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    ASSERT_TRUE(QFile::setPermissions(folder, readable | enterable));
    EXPECT_EQ(unprivileged([this] { return openAndCheck(path, Project::ReadOnlyReason::Folder); }),
              Everything);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_F(ReadOnlyProject, ReadingOnlyWasAskedFor)
{
    Result<std::unique_ptr<Project>> project = Project::open(path, true);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    EXPECT_EQ((*project)->readOnlyReason(), Project::ReadOnlyReason::Requested);
    const Result<CodeId> added = (*project)->codes().add(code(QStringLiteral("Ny kod")));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(
        added.error(),
        QStringLiteral("The project studie.tematik is open read-only. It was opened for reading only."));
}

// A tmpfs mounted where the test says, made read-only when asked, unmounted at the end.
class ScratchMount
{
public:
    // Empty when mounting is possible; else why not, to skip the test with.
    QString mount(const QString &where)
    {
        if (::geteuid() != 0)
            return QStringLiteral("mounting a file system needs root");
        // A mount namespace of this process's own: nothing mounted here is seen outside it, and it all
        // goes when the process ends, however it ends.
        if (::unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("no mount namespace: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("cannot make mounts private: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_where = QFile::encodeName(where);
        if (::mount("tmpfs", m_where.constData(), "tmpfs", 0, "size=16m") != 0) {
            m_where.clear();
            return QStringLiteral("cannot mount a tmpfs: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        return {};
    }

    bool makeReadOnly()
    {
        return ::mount("tmpfs", m_where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=16m") == 0;
    }

    ~ScratchMount()
    {
        if (!m_where.isEmpty())
            ::umount2(m_where.constData(), MNT_DETACH);
    }

private:
    QByteArray m_where;
};

TEST_F(ReadOnlyProject, AProjectOnAReadOnlyMediumOpensReadOnly)
{
    const QString medium = dir.filePath(QStringLiteral("medium"));
    ASSERT_TRUE(QDir().mkdir(medium));
    ScratchMount mount;
    if (const QString problem = mount.mount(medium); !problem.isEmpty())
        GTEST_SKIP() << "no read-only medium to test with: " << problem.toStdString();

    const QString onMedium = medium + QStringLiteral("/studie.tematik");
    ASSERT_TRUE(QFile::copy(path, onMedium));
    // A copy of a project taken while it was open, its last change still in the -wal file only.
    const QString copied = medium + QStringLiteral("/kopia.tematik");
    {
        Result<std::unique_ptr<Project>> open = Project::open(path);
        ASSERT_TRUE(open.ok()) << open.error().toStdString();
        ASSERT_TRUE((*open)->codes().add(code(QStringLiteral("Bara i loggen"))).ok());
        ASSERT_TRUE(QFile::copy(path, copied));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copied + QStringLiteral("-wal")));
    }
    ASSERT_TRUE(mount.makeReadOnly()) << std::strerror(errno);

    EXPECT_EQ(openAndCheck(onMedium, Project::ReadOnlyReason::Medium), Everything);
    Result<std::unique_ptr<Project>> project = Project::open(onMedium);
    ASSERT_TRUE(project.ok());
    EXPECT_EQ((*project)->readOnlyExplanation(), QStringLiteral("It is on a read-only medium."));
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockFilePath(onMedium)));

    // What only the -wal file holds cannot be read here: a clear error, not a project without it.
    Result<std::unique_ptr<Project>> copy = Project::open(copied);
    ASSERT_FALSE(copy.ok());
    EXPECT_TRUE(copy.error().contains(QLatin1String("its latest changes are still in kopia.tematik-wal")))
        << copy.error().toStdString();

    // The command line reads it, and refuses to change it, saying why.
    QProcess cli;
    cli.start(QStringLiteral(TEMATIK_CLI), {QStringLiteral("codes"), onMedium});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(cli.readAllStandardOutput().contains("Tillit"));
    cli.start(QStringLiteral(TEMATIK_CLI),
              {QStringLiteral("codes"), QStringLiteral("add"), onMedium, QStringLiteral("Ny")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 1);
    EXPECT_TRUE(cli.readAllStandardError().contains("is open read-only. It is on a read-only medium."));
}
