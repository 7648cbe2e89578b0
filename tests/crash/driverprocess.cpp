#include "tests/crash/driverprocess.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <vector>

extern char **environ;

namespace tematik::test {

DriverProcess::~DriverProcess()
{
    if (m_pid > 0) {
        kill();
        finish();
    }
}

bool DriverProcess::start(const QString &program, const QStringList &arguments)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears close-on-exec on the child's standard output, and only there.
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        m_pid = -1;
        return false;
    }
    m_fd = fds[0];
    m_partial.clear();
    m_lines.clear();
    m_checked = 0;
    return true;
}

bool DriverProcess::read(int timeoutMs)
{
    if (m_fd < 0)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready < 0)
        return errno == EINTR;
    if (ready == 0)
        return true;
    char buffer[4096];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0) {
        ::close(m_fd);
        m_fd = -1;
        if (!m_partial.isEmpty())
            m_lines.append(std::exchange(m_partial, {}));
        return false;
    }
    m_partial.append(buffer, n);
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(m_partial.left(newline));
        m_partial.remove(0, newline + 1);
    }
    return true;
}

std::optional<QByteArray> DriverProcess::waitFor(const std::function<bool(const QByteArray &)> &wanted,
                                                 int timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        for (; m_checked < m_lines.size(); ++m_checked) {
            if (wanted(m_lines[m_checked]))
                return m_lines[m_checked++];
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0 || !read(int(left)))
            return std::nullopt;
    }
}

void DriverProcess::kill()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGKILL);
}

int DriverProcess::finish()
{
    while (read(-1)) {
    }
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    return WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
}

} // namespace tematik::test
