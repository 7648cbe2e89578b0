#pragma once

#include <atomic>
#include <memory>

struct sqlite3_file;
struct sqlite3_vfs;

namespace tematik::test {

// A SQLite VFS over the default "unix" one that makes chosen file operations fail, as a full disk or
// a failing disk would. While an instance lives it is SQLite's default VFS, so every connection
// opened meanwhile (through Project::open like any other) goes through it; connections opened before
// keep the VFS they had. Every file counts: the project, its -wal, journals and temporary files.
class FaultInjectingVfs
{
public:
    enum class Operation { Write, Sync, Truncate, Read };

    FaultInjectingVfs();
    ~FaultInjectingVfs();
    FaultInjectingVfs(const FaultInjectingVfs &) = delete;
    FaultInjectingVfs &operator=(const FaultInjectingVfs &) = delete;

    // Counting from now, the nth operation of the kind (1: the next one) fails with the SQLite result
    // code; when persistent, every later one fails too (a full disk stays full until cleared).
    void failAt(Operation operation, int nth, int code, bool persistent);
    // No more faults; the counts start again.
    void clear();
    // True once a fault has been returned since failAt.
    bool fired() const { return m_fired; }
    // How many operations of the kind were seen since the last failAt or clear.
    int count(Operation operation) const { return m_counts[int(operation)]; }

private:
    // A file opened through this VFS: the real file behind it, and the methods that may fail.
    struct File;
    friend struct File;
    static int open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags);
    // The result for one operation on a file: SQLITE_OK to pass it on, or the fault.
    int outcome(Operation operation);

    std::unique_ptr<sqlite3_vfs> m_vfs;
    sqlite3_vfs *m_real = nullptr;
    std::atomic<int> m_counts[4] = {};
    std::atomic<int> m_target{0};
    std::atomic<int> m_operation{0};
    std::atomic<int> m_code{0};
    std::atomic<bool> m_persistent{false};
    std::atomic<bool> m_fired{false};
};

} // namespace tematik::test
