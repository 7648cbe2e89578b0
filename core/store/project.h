#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace tematik {

class CaseStore;
class CodeStore;
class CodingStore;
class Database;
class MeetingStore;
class MemoStore;
class ProjectLock;
class ProjectNotifier;
class SourceStore;
class ThemeStore;

struct ProjectCounts
{
    qint64 sources = 0;
    qint64 codePoints = 0;
    qint64 turns = 0;
    qint64 speakers = 0;
    qint64 codes = 0;
    qint64 codings = 0;
    qint64 cases = 0;
    qint64 themes = 0;
    qint64 memos = 0;
    qint64 coders = 0;
};

// A person whose work codings, codes and imports are recorded as.
struct CoderInfo
{
    CoderId id = 0;
    QString name;
    QString guid; // as stored: lower case, no braces
};

// An open project file: the facade through which front ends reach the stores. Every operation on a
// store is one transaction, committed before it returns; there is no "save".
//
// A project open for writing holds the writer's lock (ProjectLock) until it is destroyed: one process,
// one Project, writes to a project at a time. Any number may read it meanwhile.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    // Why a project is open read-only.
    enum class ReadOnlyReason
    {
        None,      // it is open for writing
        Requested, // whoever opened it asked for read-only
        Medium,    // it is on a read-only medium (a mounted read-only file system, a CD)
        File,      // the user may not write the file
        Folder,    // the user may not create files in its folder, where SQLite and the lock keep theirs
    };

    ~Project();

    // Makes a new, empty project file and holds its writer's lock; fails if the file exists.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name = {});
    // Opens an existing project, upgrading an older format in place. For writing (the default) it takes
    // the writer's lock, and fails with ErrorKind::Locked, naming the holder, while another process has
    // the project open for writing; the project can be opened read-only meanwhile. A project that cannot
    // be written where it is (see ReadOnlyReason) opens read-only instead of failing.
    static Result<std::unique_ptr<Project>> open(const QString &path, bool readOnly = false);
    // Up to this size open() reads every page, and refuses a damaged file there and then. Reading them
    // takes about 3 ms a megabyte (1.5 s for the 470 MB of the benchmark's large workload), longer than
    // opening may take; a larger project is checked in full by the backup the app takes on a background
    // thread as soon as the project is open (ProjectBackups::take, which reports damage), and a damaged
    // page that an action meets before then fails that action as damage (StorageError).
    static constexpr qint64 pagesCheckedOnOpen = 16 * 1024 * 1024;
    // Removes a project file that was made but never became a project, with the files SQLite keeps
    // beside it; the project must be closed. False when some of them could not be removed.
    static bool removeFiles(const QString &path);

    QString path() const;
    QString name() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // The reason as a sentence for the user, e.g. "It is on a read-only medium."; empty when writable.
    QString readOnlyExplanation() const;
    Database &database() { return *m_db; }
    ProjectNotifier &notifier() { return *m_notifier; }

    SourceStore &sources() { return *m_sources; }
    CodeStore &codes() { return *m_codes; }
    CodingStore &codings() { return *m_codings; }
    CaseStore &cases() { return *m_cases; }
    MemoStore &memos() { return *m_memos; }
    ThemeStore &themes() { return *m_themes; }
    MeetingStore &meetings() { return *m_meetings; }

    // The person whose work new codings, codes and imports are recorded as; created on first use.
    Status setCoder(const QString &name);
    CoderId coder() const { return m_coder; }
    // Adds a coder under a GUID kept from an interchange file, without making them the current coder.
    Result<CoderId> addCoder(const QString &name, const QString &guid);
    QString coderName() const;
    // Everyone who has worked on the project, by name: what a filter by coder offers.
    QList<CoderInfo> coders() const;

    ProjectCounts counts() const;
    // The same for any project file's connection, a backup's for instance.
    static Result<ProjectCounts> countsOf(Database &db);

private:
    Project(std::unique_ptr<Database> db, std::unique_ptr<ProjectLock> lock, ReadOnlyReason readOnlyReason);

    // Released after the connection has closed (members go in reverse order): the next writer must not
    // begin before the last checkpoint of this one has ended.
    std::unique_ptr<ProjectLock> m_lock;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProjectNotifier> m_notifier;
    CoderId m_coder = 0;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<CodeStore> m_codes;
    std::unique_ptr<CodingStore> m_codings;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<MemoStore> m_memos;
    std::unique_ptr<ThemeStore> m_themes;
    std::unique_ptr<MeetingStore> m_meetings;
};

} // namespace tematik
