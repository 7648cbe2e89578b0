#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace tematik {
class Project;
}

namespace tematik::test {

// A long, deterministic sequence of mixed user actions on one project, as the crash harness plays it:
// imports (of every corpus format, a large transcript, a REFI-QDA project, a codebook, a participant
// table), codes, codings, recoding, merges, themes and dimensions, memos, exemplars and deletions.
//
// Action n is chosen from the project's state after actions 0 … n-1 and a random generator seeded by
// (seed, n) alone. So a driver killed after action n can go on from n + 1 in a new process, and a test
// can compute in-process the state that any number of actions leave. Targets are picked in order of id,
// never by GUID or time, which differ from run to run. Each action is one user action: one core
// operation, or core operations nested in one transaction as the editor nests them.
class CrashScript
{
public:
    // folder: where prepare() put the files the script imports.
    CrashScript(quint64 seed, QString folder);

    // Copies the corpus into folder and adds the large transcript some actions import.
    static Status prepare(const QString &folder);

    // Performs action n (the script's first action is 0), which must be the next one for the project.
    // starting(kind) is called once the action is chosen, before it writes anything; kind names it in a
    // word or two ("import-large", "merge-codes").
    Status run(Project &project, int n, const std::function<void(const char *kind)> &starting = {}) const;

private:
    quint64 m_seed;
    QString m_folder;
};

} // namespace tematik::test
