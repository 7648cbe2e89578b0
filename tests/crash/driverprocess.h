#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

#include <functional>
#include <optional>

namespace tematik::test {

// A child process whose standard output is read line by line as it comes, to be killed with SIGKILL at
// a chosen moment: how the crash harness runs its driver. POSIX only (posix_spawn, poll, kill).
class DriverProcess
{
public:
    DriverProcess() = default;
    DriverProcess(const DriverProcess &) = delete;
    DriverProcess &operator=(const DriverProcess &) = delete;
    // Kills and reaps a process still running.
    ~DriverProcess();

    // Starts program with arguments, its standard error shared with ours. False when it cannot start.
    bool start(const QString &program, const QStringList &arguments);
    // Reads output until a line for which wanted is true and returns that line; nothing when the output
    // ends first (the process has exited) or timeoutMs pass.
    std::optional<QByteArray> waitFor(const std::function<bool(const QByteArray &)> &wanted, int timeoutMs);
    // Sends SIGKILL.
    void kill();
    // Reads the rest of the output and reaps the process: its exit status, or minus the signal that
    // ended it.
    int finish();
    // Every whole line read so far, without its newline.
    const QList<QByteArray> &lines() const { return m_lines; }

private:
    // Reads what the pipe holds, waiting at most timeoutMs for it; false once the output has ended.
    bool read(int timeoutMs);

    pid_t m_pid = -1;
    int m_fd = -1;
    QByteArray m_partial;
    QList<QByteArray> m_lines;
    qsizetype m_checked = 0; // lines waitFor has looked at
};

} // namespace tematik::test
