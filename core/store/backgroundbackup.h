#pragma once

#include "core/result.h"
#include "core/store/projectbackups.h"

#include <atomic>
#include <functional>
#include <thread>

namespace tematik {

// ProjectBackups::take on a thread of its own, so that opening a project does not wait for its backup
// (on the reference workload it takes longer than opening). The backup reads through a connection of
// its own, so the project can be worked on meanwhile. Destroying the object while the backup runs
// cancels it and waits for the thread: it stops within a few milliseconds and leaves no file behind,
// so closing the project or the app never leaves a half backup and never waits long.
class BackgroundBackup
{
public:
    // done is called once, on the backup's thread, with the outcome; not when the backup failed
    // because it was cancelled.
    BackgroundBackup(const QString &projectPath, std::function<void(const Result<TakenBackup> &)> done);
    ~BackgroundBackup();
    BackgroundBackup(const BackgroundBackup &) = delete;
    BackgroundBackup &operator=(const BackgroundBackup &) = delete;

    bool isFinished() const { return m_finished; }
    // Blocks until the backup is done, without cancelling it.
    void wait();

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

} // namespace tematik
