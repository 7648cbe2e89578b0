#include "core/store/backgroundbackup.h"

namespace tematik {

BackgroundBackup::BackgroundBackup(const QString &projectPath, std::function<void(const Result<TakenBackup> &)> done)
    : m_thread([this, backups = ProjectBackups(projectPath), done = std::move(done)] {
          const Result<TakenBackup> taken = backups.take(&m_cancel);
          // A backup that failed because it was cancelled is nobody's news.
          if (done && (taken.ok() || !m_cancel))
              done(taken);
          m_finished = true;
      })
{
}

BackgroundBackup::~BackgroundBackup()
{
    m_cancel = true;
    wait();
}

void BackgroundBackup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tematik
