#include "tests/support/faultinjectingvfs.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace tematik::test {

struct FaultInjectingVfs::File
{
    sqlite3_file base;
    FaultInjectingVfs *owner;
    sqlite3_file *real; // the real VFS's file, in the same allocation, after this

    static File *of(sqlite3_file *file) { return reinterpret_cast<File *>(file); }
    static sqlite3_file *inner(sqlite3_file *file) { return of(file)->real; }

    static int close(sqlite3_file *f) { return inner(f)->pMethods->xClose(inner(f)); }
    static int read(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
    {
        if (const int fault = of(f)->owner->outcome(Operation::Read))
            return fault;
        return inner(f)->pMethods->xRead(inner(f), buffer, amount, offset);
    }
    static int write(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
    {
        if (const int fault = of(f)->owner->outcome(Operation::Write))
            return fault;
        return inner(f)->pMethods->xWrite(inner(f), buffer, amount, offset);
    }
    static int truncate(sqlite3_file *f, sqlite3_int64 size)
    {
        if (const int fault = of(f)->owner->outcome(Operation::Truncate))
            return fault;
        return inner(f)->pMethods->xTruncate(inner(f), size);
    }
    static int sync(sqlite3_file *f, int flags)
    {
        if (const int fault = of(f)->owner->outcome(Operation::Sync))
            return fault;
        return inner(f)->pMethods->xSync(inner(f), flags);
    }
    static int fileSize(sqlite3_file *f, sqlite3_int64 *size) { return inner(f)->pMethods->xFileSize(inner(f), size); }
    static int lock(sqlite3_file *f, int level) { return inner(f)->pMethods->xLock(inner(f), level); }
    static int unlock(sqlite3_file *f, int level) { return inner(f)->pMethods->xUnlock(inner(f), level); }
    static int checkReservedLock(sqlite3_file *f, int *out)
    {
        return inner(f)->pMethods->xCheckReservedLock(inner(f), out);
    }
    static int fileControl(sqlite3_file *f, int op, void *arg)
    {
        return inner(f)->pMethods->xFileControl(inner(f), op, arg);
    }
    static int sectorSize(sqlite3_file *f) { return inner(f)->pMethods->xSectorSize(inner(f)); }
    static int deviceCharacteristics(sqlite3_file *f)
    {
        return inner(f)->pMethods->xDeviceCharacteristics(inner(f));
    }
    static int shmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **out)
    {
        return inner(f)->pMethods->xShmMap(inner(f), page, pageSize, extend, out);
    }
    static int shmLock(sqlite3_file *f, int offset, int n, int flags)
    {
        return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file *f) { inner(f)->pMethods->xShmBarrier(inner(f)); }
    static int shmUnmap(sqlite3_file *f, int deleteFlag) { return inner(f)->pMethods->xShmUnmap(inner(f), deleteFlag); }
    static int fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
    {
        return inner(f)->pMethods->xFetch(inner(f), offset, amount, out);
    }
    static int unfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
    {
        return inner(f)->pMethods->xUnfetch(inner(f), offset, p);
    }

    static const sqlite3_io_methods methods;
    // The real file sits after the wrapper, aligned for any of its members.
    static int realOffset();
};

const sqlite3_io_methods FaultInjectingVfs::File::methods = {
    3,
    &File::close,
    &File::read,
    &File::write,
    &File::truncate,
    &File::sync,
    &File::fileSize,
    &File::lock,
    &File::unlock,
    &File::checkReservedLock,
    &File::fileControl,
    &File::sectorSize,
    &File::deviceCharacteristics,
    &File::shmMap,
    &File::shmLock,
    &File::shmBarrier,
    &File::shmUnmap,
    &File::fetch,
    &File::unfetch,
};

int FaultInjectingVfs::File::realOffset()
{
    return int((sizeof(File) + 15) / 16 * 16);
}

FaultInjectingVfs::FaultInjectingVfs() : m_vfs(std::make_unique<sqlite3_vfs>()), m_real(sqlite3_vfs_find("unix"))
{
    sqlite3_vfs &vfs = *m_vfs;
    std::memcpy(&vfs, m_real, sizeof(sqlite3_vfs));
    vfs.iVersion = std::min(m_real->iVersion, 3);
    vfs.szOsFile = File::realOffset() + m_real->szOsFile;
    vfs.pNext = nullptr;
    vfs.zName = "tematik-faults";
    vfs.pAppData = this;
    vfs.xOpen = &FaultInjectingVfs::open;
    // Everything but opening files goes to the real VFS, which reads its own state from pAppData.
    vfs.xDelete = [](sqlite3_vfs *v, const char *name, int syncDir) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xDelete(r, name, syncDir);
    };
    vfs.xAccess = [](sqlite3_vfs *v, const char *name, int flags, int *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xAccess(r, name, flags, out);
    };
    vfs.xFullPathname = [](sqlite3_vfs *v, const char *name, int size, char *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xFullPathname(r, name, size, out);
    };
    vfs.xDlOpen = [](sqlite3_vfs *v, const char *name) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xDlOpen(r, name);
    };
    vfs.xDlError = [](sqlite3_vfs *v, int size, char *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        r->xDlError(r, size, out);
    };
    vfs.xDlSym = [](sqlite3_vfs *v, void *handle, const char *symbol) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xDlSym(r, handle, symbol);
    };
    vfs.xDlClose = [](sqlite3_vfs *v, void *handle) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        r->xDlClose(r, handle);
    };
    vfs.xRandomness = [](sqlite3_vfs *v, int size, char *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xRandomness(r, size, out);
    };
    vfs.xSleep = [](sqlite3_vfs *v, int micros) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xSleep(r, micros);
    };
    vfs.xCurrentTime = [](sqlite3_vfs *v, double *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xCurrentTime(r, out);
    };
    vfs.xGetLastError = [](sqlite3_vfs *v, int size, char *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xGetLastError(r, size, out);
    };
    vfs.xCurrentTimeInt64 = [](sqlite3_vfs *v, sqlite3_int64 *out) {
        sqlite3_vfs *r = static_cast<FaultInjectingVfs *>(v->pAppData)->m_real;
        return r->xCurrentTimeInt64(r, out);
    };
    // The system-call overrides are for SQLite's own tests; not offered.
    vfs.xSetSystemCall = nullptr;
    vfs.xGetSystemCall = nullptr;
    vfs.xNextSystemCall = nullptr;
    sqlite3_vfs_register(m_vfs.get(), 1);
}

FaultInjectingVfs::~FaultInjectingVfs()
{
    sqlite3_vfs_unregister(m_vfs.get());
    sqlite3_vfs_register(m_real, 1);
}

int FaultInjectingVfs::open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *self = static_cast<FaultInjectingVfs *>(vfs->pAppData);
    File *wrapper = File::of(file);
    wrapper->base.pMethods = nullptr;
    wrapper->owner = self;
    wrapper->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + File::realOffset());
    const int rc = self->m_real->xOpen(self->m_real, name, wrapper->real, flags, outFlags);
    // SQLite closes a file whose methods are set, even when opening it failed.
    if (wrapper->real->pMethods)
        wrapper->base.pMethods = &File::methods;
    return rc;
}

void FaultInjectingVfs::failAt(Operation operation, int nth, int code, bool persistent)
{
    clear();
    m_operation = int(operation);
    m_code = code;
    m_persistent = persistent;
    m_target = nth;
}

void FaultInjectingVfs::clear()
{
    m_target = 0;
    m_fired = false;
    for (auto &count : m_counts)
        count = 0;
}

int FaultInjectingVfs::outcome(Operation operation)
{
    const int seen = ++m_counts[int(operation)];
    if (m_target == 0 || int(operation) != m_operation)
        return SQLITE_OK;
    if (seen == m_target || (m_persistent && seen > m_target)) {
        m_fired = true;
        // SQLite asks the VFS for errno right after a failed call (sqlite3_system_errno): an injected
        // fault has no cause in the system, so it must not be reported with whatever errno was left by an
        // earlier, unrelated call.
        errno = 0;
        return m_code;
    }
    return SQLITE_OK;
}

} // namespace tematik::test
