// Crash safety, proven by trying to lose work.
//
// tematik-crashdriver (tests/crash/crashdriver.cpp) plays CrashScript, a long deterministic sequence of
// mixed user actions, on a project file, and this test kills it with SIGKILL hundreds of times, at
// moments chosen to land everywhere an action can be: while the driver starts (and SQLite recovers the
// WAL the last kill left), inside actions in proportion to how long each one takes (large imports
// among them), inside COMMIT (after SQLite's commit hook, before the WAL is written and synced), in
// automatic checkpoints, and within a fraction of a millisecond after the driver reported an action
// done. After every kill the project must open through Project::open (read-only one time in four), pass
// PRAGMA integrity_check, PRAGMA foreign_key_check and the search index's integrity-check, have the
// stored counts of codings per source and code that its codings add up to, and be
// exactly one of the states the script passes through: the one after the last action the driver
// reported done, or, when the kill came inside the next action's COMMIT, the one after that action.
// When the driver had begun no COMMIT of the next action it must be the former; when SQLite had
// reported that COMMIT synced, the latter.
//
// A state is fileState(): every row of every table, with the schema and the search index's content (its
// own b-trees are its integrity-check's to compare with that content). GUIDs and times are left out:
// core makes them fresh and has no way to inject them, and a hook in production code for tests is not
// worth it; everything else is the same in every run. The expected states come from playing the same
// script in this process first. After each check the driver goes on from the action after the state
// found, on the file as the check left it: half the time closed, its WAL checkpointed away (and then
// no -wal or -shm file may be left), half the time with the WAL kept (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE),
// so that the driver's own open must recover from it.
//
// TEMATIK_CRASH_KILLS (default 400) and TEMATIK_CRASH_SECONDS (default 150) bound the run; the kill
// moments are random (seeded by TEMATIK_CRASH_SEED, else by the clock, and printed), the script is not.
// The figures are in tests/crash/README.md.

#include "core/store/database.h"
#include "core/store/project.h"
#include "tests/crash/crashscript.h"
#include "tests/crash/driverprocess.h"
#include "tests/support/storestate.h"
#include "tests/support/testenvironment.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <thread>

using namespace tematik;
using namespace std::chrono_literals;

namespace {

constexpr quint64 scriptSeed = 9;
constexpr int actions = 300;
// States: -3 a missing file, -2 a project just made, -1 the same with its coder, n after action n.
constexpr int noFile = -3;
constexpr int ready = -1;

int setting(const char *name, int fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : value.toInt();
}

// The states the script passes through and how long each action took in this process.
struct Expected
{
    QList<QByteArray> hashes; // by state + 2: created, ready, after action 0, …
    QList<qint64> micros;     // by action

    const QByteArray &hash(int state) const { return hashes[state + 2]; }
};

// Plays the script up to and including action last on a new project at path; stops at the first failure.
QString play(const test::CrashScript &script, const QString &path, int last, Expected *expected,
             std::unique_ptr<Project> *project)
{
    auto made = Project::create(path);
    if (!made)
        return made.error();
    *project = std::move(*made);
    Project &p = **project;
    // What the script does to the file does not depend on how durably it is written, and without an
    // fsync per action the replay takes a fraction of the time.
    if (Status s = p.database().exec("PRAGMA synchronous = OFF"); !s)
        return s.error();
    if (expected)
        expected->hashes.append(test::fileStateHash(p.database()));
    if (Status s = p.setCoder(QStringLiteral("Krasch Testare")); !s)
        return s.error();
    if (expected)
        expected->hashes.append(test::fileStateHash(p.database()));
    // Each action must be one transaction: a kill between two commits of one action would leave half of
    // it, which the kills find only when one lands there; counting commits finds it at once.
    int commits = 0;
    const auto countCommit = [](void *count) {
        ++*static_cast<int *>(count);
        return 0;
    };
    sqlite3_commit_hook(p.database().handle(), countCommit, &commits);
    for (int n = 0; n <= last; ++n) {
        QElapsedTimer timer;
        timer.start();
        commits = 0;
        if (Status s = script.run(p, n); !s)
            return QStringLiteral("action %1: %2").arg(n).arg(s.error());
        if (commits != 1)
            return QStringLiteral("action %1 made %2 commits; an action must be one transaction").arg(n).arg(commits);
        if (expected) {
            expected->micros.append(timer.nsecsElapsed() / 1000);
            expected->hashes.append(test::fileStateHash(p.database()));
        }
    }
    return {};
}

// The first rows where two states differ, for a failure message.
QString difference(const QList<QByteArray> &found, const QList<QByteArray> &wanted)
{
    const QSet<QByteArray> foundRows(found.begin(), found.end());
    const QSet<QByteArray> wantedRows(wanted.begin(), wanted.end());
    QList<QByteArray> lines;
    for (const QByteArray &row : wanted) {
        if (!foundRows.contains(row) && lines.size() < 6)
            lines.append("  missing: " + row.left(300));
    }
    for (const QByteArray &row : found) {
        if (!wantedRows.contains(row) && lines.size() < 12)
            lines.append("  unexpected: " + row.left(300));
    }
    return QString::fromUtf8(lines.join('\n'));
}

// What the driver said before it died, read from its lines.
struct Progress
{
    bool ready = false;
    int done = -1000;     // the last action reported done; below -1 when none was
    QByteArray marker;    // the last line's first word: ready, start, commit, synced, checkpoint, …
    int markerAction = 0; // the action it names
    QByteArray kind;      // of the last action started
    int doneCount = 0;
    bool finished = false;
};

Progress progressOf(const QList<QByteArray> &lines)
{
    Progress p;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() < 2)
            continue;
        p.marker = words[0];
        p.markerAction = words[1].toInt();
        if (p.marker == "ready") {
            p.ready = true;
        } else if (p.marker == "start") {
            p.kind = words.value(2);
        } else if (p.marker == "done") {
            p.done = p.markerAction;
            ++p.doneCount;
        } else if (p.marker == "finished") {
            p.finished = true;
        }
    }
    return p;
}

// Where a kill came, by the driver's last line.
enum class Moment {
    Startup,      // before the driver was ready
    Between,      // after ready or a done, before the next start
    BeforeCommit, // inside an action, before its COMMIT began
    InCommit,     // between the commit hook and the WAL hook: writing and syncing the WAL
    AfterSync,    // the COMMIT synced, done not yet said (a checkpoint that has ended included)
    InCheckpoint,
};

Moment momentOf(const Progress &p)
{
    if (!p.ready)
        return Moment::Startup;
    if (p.marker == "ready" || p.marker == "done" || p.marker == "finished")
        return Moment::Between;
    if (p.marker == "start")
        return Moment::BeforeCommit;
    if (p.marker == "commit")
        return Moment::InCommit;
    return p.marker == "checkpoint" ? Moment::InCheckpoint : Moment::AfterSync;
}

// The states a kill may leave the file in (from, to), from what the driver said before it died and the
// state the file was in when it started. Each action is one transaction, so: nothing of an action whose
// COMMIT had not begun, all of one whose COMMIT SQLite had reported synced, and one or the other when
// the kill came in between.
std::pair<int, int> allowedStates(const Progress &p, int known)
{
    const int n = p.markerAction;
    switch (momentOf(p)) {
    case Moment::Startup:
        // Made and given its coder, or only made, or not yet there.
        return {known, std::max(known, ready)};
    case Moment::Between:
        return {std::max({known, ready, p.done}), std::max({known, ready, p.done})};
    case Moment::BeforeCommit:
        return {n - 1, n - 1};
    case Moment::InCommit:
        return {n - 1, n};
    case Moment::AfterSync:
    case Moment::InCheckpoint:
        break;
    }
    return {n, n};
}

// What a check of the file after a kill found: its state, or a problem.
struct Found
{
    int state = noFile;
    QString problem;
    bool walLeft = false;
    QList<QByteArray> rows;
};

// Opens the project as the app would after a crash and checks it; low … high are the states allowed.
Found check(const QString &path, const Expected &expected, int low, int high, bool readOnly, bool keepWal)
{
    Found f;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    f.walLeft = wal.exists() && wal.size() > 0;
    if (!QFileInfo::exists(path)) {
        if (low != noFile)
            f.problem = QStringLiteral("the project file is gone");
        return f;
    }
    auto opened = Project::open(path, readOnly);
    if (!opened) {
        f.problem = QStringLiteral("Project::open failed: ") + opened.error();
        return f;
    }
    Database &db = (*opened)->database();
    Result<Statement> integrity = db.prepare("PRAGMA integrity_check");
    QStringList verdict;
    while (integrity && integrity->next())
        verdict.append(integrity->text(0));
    if (verdict != QStringList{QStringLiteral("ok")})
        f.problem = QStringLiteral("integrity_check: ") + verdict.join(QStringLiteral("; "));
    integrity = Statement();
    Result<Statement> keys = db.prepare("PRAGMA foreign_key_check");
    if (!keys || keys->next())
        f.problem += QStringLiteral(" foreign_key_check found a broken reference");
    keys = Statement();
    // The stored counts of codings are what the codings add up to.
    Result<Statement> counts = db.prepare(
        "SELECT 1 FROM (SELECT source_id, code_id, count(*) FROM codings GROUP BY source_id, code_id "
        "EXCEPT SELECT source_id, code_id, codings FROM coding_counts) UNION ALL "
        "SELECT 1 FROM (SELECT source_id, code_id, codings FROM coding_counts "
        "EXCEPT SELECT source_id, code_id, count(*) FROM codings GROUP BY source_id, code_id)");
    if (!counts || counts->next())
        f.problem += QStringLiteral(" coding_counts differs from the codings");
    counts = Statement();
    if (!readOnly) {
        if (Status s = db.exec("INSERT INTO source_search(source_search) VALUES('integrity-check')"); !s)
            f.problem += QStringLiteral(" search index: ") + s.error();
    }
    const QByteArray hash = test::fileStateHash(db);
    f.state = noFile - 1;
    for (int state = low; state <= high; ++state) {
        if (state > noFile && expected.hash(state) == hash)
            f.state = state;
    }
    if (f.state < noFile) {
        f.problem += QStringLiteral(" the project is in none of the states allowed");
        f.rows = test::fileState(db);
    }
    if (keepWal)
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    opened->reset();
    // The last connection to close checkpoints the WAL into the file and removes it and the shared
    // memory: a closed project is one file again.
    if (!readOnly && !keepWal
        && (QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"))))
        f.problem += QStringLiteral(" closing the project left its WAL or shared memory behind");
    return f;
}

// The generator of kill moments, seeded by TEMATIK_CRASH_SEED or else the clock; says which.
std::mt19937_64 killRandom()
{
    const quint64 seed = qEnvironmentVariableIsSet("TEMATIK_CRASH_SEED") ? qgetenv("TEMATIK_CRASH_SEED").toULongLong()
                                                                          : quint64(QDateTime::currentMSecsSinceEpoch());
    std::printf("crash harness: kill seed %llu (TEMATIK_CRASH_SEED repeats it)\n", static_cast<unsigned long long>(seed));
    return std::mt19937_64(seed);
}

// Waits as exactly as it can: short delays spin, since waking from a sleep takes longer than some
// of the windows the kills aim at.
void waitFor(std::chrono::microseconds delay)
{
    const auto until = std::chrono::steady_clock::now() + delay;
    if (delay > 2ms)
        std::this_thread::sleep_for(delay);
    while (std::chrono::steady_clock::now() < until) {
    }
}

// When, within the driver's run, the kill comes.
enum class Plan { AfterStart, InAction, AfterDone, InCommit, InCheckpoint };
constexpr std::array planWeights{10, 40, 15, 25, 10};

// What the kills found, for the summary.
struct Tally
{
    int kills = 0;
    std::array<int, 6> byMoment{};
    int inCommitCommitted = 0; // kills in COMMIT that found the action committed
    int inLargeImport = 0;
    int walLeft = 0;
    int readOnlyChecks = 0;
    int checks = 0;
    int doneReports = 0;
    int rounds = 0;
    int roundsFinished = 0;

    int at(Moment m) const { return byMoment[size_t(m)]; }
    int insideAction() const
    {
        return at(Moment::BeforeCommit) + at(Moment::InCommit) + at(Moment::AfterSync) + at(Moment::InCheckpoint);
    }
};

TEST(CrashSafety, NothingReportedDoneIsLostWhenTheProcessIsKilled)
{
    QElapsedTimer clock;
    clock.start();
    const int killTarget = setting("TEMATIK_CRASH_KILLS", 400);
    const qint64 budgetMs = setting("TEMATIK_CRASH_SECONDS", 150) * 1000LL;
    std::mt19937_64 random = killRandom();
    const auto below = [&random](qint64 n) { return n > 0 ? qint64(random() % quint64(n)) : 0; };

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString files = dir.filePath(QStringLiteral("files"));
    ASSERT_TRUE(test::CrashScript::prepare(files).ok());
    const test::CrashScript script(scriptSeed, files);

    Expected expected;
    {
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("replay"))));
        std::unique_ptr<Project> replay;
        const QString failure = play(script, dir.filePath(QStringLiteral("replay/p.tematik")), actions - 1,
                                     &expected, &replay);
        ASSERT_TRUE(failure.isEmpty()) << "the script fails in-process: " << failure.toStdString();
    }
    const qint64 replayMs = clock.elapsed();
    // Explains a state that is not one of those allowed: the first rows where it differs from state.
    const auto explain = [&](const Found &found, int state) -> QString {
        if (state <= noFile || found.rows.isEmpty())
            return QString();
        const QString path = dir.filePath(QStringLiteral("explain-%1/p.tematik").arg(clock.elapsed()));
        QDir().mkpath(QFileInfo(path).path());
        std::unique_ptr<Project> p;
        const QString failure = play(script, path, state, nullptr, &p);
        if (!p)
            return failure;
        return QStringLiteral("compared with state %1:\n").arg(state) + difference(found.rows, test::fileState(p->database()));
    };

    Tally t;
    while (t.kills < killTarget && clock.elapsed() < budgetMs) {
        ++t.rounds;
        const QString path = dir.filePath(QStringLiteral("round-%1/p.tematik").arg(t.rounds));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).path()));
        int known = noFile; // the state the file is in
        while (t.kills < killTarget && clock.elapsed() < budgetMs) {
            if (known == actions - 1) {
                ++t.roundsFinished;
                break;
            }
            const int next = std::max(known + 1, 0);
            test::DriverProcess driver;
            ASSERT_TRUE(driver.start(QStringLiteral(TEMATIK_CRASH_DRIVER),
                                     {path, files, QString::number(scriptSeed), QString::number(next), QString::number(actions)}));
            qint64 roll = below(std::accumulate(planWeights.begin(), planWeights.end(), 0));
            int planIndex = 0;
            while (roll >= planWeights[size_t(planIndex)])
                roll -= planWeights[size_t(planIndex++)];
            const auto plan = Plan(planIndex);
            const int target = int(next + below(std::min(6, actions - next)));
            const auto line = [&driver](const char *word, int action) {
                const QByteArray wanted = QByteArray(word) + ' ' + QByteArray::number(action);
                // "done 7" and "start 7 import", never "done 70".
                return driver.waitFor(
                    [&wanted, spaced = QByteArray(wanted + ' ')](const QByteArray &l) {
                        return l == wanted || l.startsWith(spaced);
                    }, 300'000);
            };
            // Short windows (a small COMMIT writes its WAL frames in microseconds) need delays spread
            // over orders of magnitude, evenly in their logarithm.
            const auto logUniform = [&below](double fromLog10, double toLog10) {
                const double exponent = fromLog10 + (toLog10 - fromLog10) * double(below(1'000'000)) / 1e6;
                return std::chrono::microseconds(qint64(std::pow(10.0, exponent)));
            };
            bool reached = true;
            std::chrono::microseconds delay{0};
            switch (plan) {
            case Plan::AfterStart:
                // 100 µs to 300 ms: in the loader, Qt's start, the open (and WAL recovery), the coder, the
                // first actions.
                delay = logUniform(2, 5.5);
                break;
            case Plan::InAction: {
                // One of the next few actions, chosen in proportion to its time, so that long ones (large
                // imports, bulk codings) take their share; then a moment within the replay's time for it,
                // which is what it takes before its COMMIT syncs.
                const int last = std::min(next + 5, actions - 1);
                qint64 at = below(std::accumulate(expected.micros.begin() + next, expected.micros.begin() + last + 1, 0LL));
                int action = next;
                while (action < last && at >= expected.micros[action])
                    at -= expected.micros[action++];
                reached = line("start", action).has_value();
                delay = std::chrono::microseconds(below(expected.micros[action] * 6 / 5 + 50));
                break;
            }
            case Plan::AfterDone:
                reached = line("done", target).has_value();
                if (below(2))
                    delay = logUniform(0, 2.5);
                break;
            case Plan::InCommit:
                reached = line("commit", target).has_value();
                delay = logUniform(0, 3.5);
                break;
            case Plan::InCheckpoint: {
                const QByteArray giveUp = "done " + QByteArray::number(std::min(next + 15, actions - 1));
                reached = driver
                              .waitFor([&giveUp](const QByteArray &l) { return l.startsWith("checkpoint ") || l == giveUp; },
                                       300'000)
                              .has_value();
                delay = std::chrono::microseconds(below(20'000));
                break;
            }
            }
            if (reached)
                waitFor(delay);
            // A driver whose output has ended has exited, and a kill does nothing to it.
            driver.kill();
            const int status = driver.finish();
            const Progress progress = progressOf(driver.lines());
            t.doneReports += progress.doneCount;
            const QString context = QStringLiteral("round %1, plan %2, driver from action %3, its last lines:\n  %4")
                                        .arg(t.rounds)
                                        .arg(planIndex)
                                        .arg(next)
                                        .arg(QString::fromUtf8(driver.lines().mid(std::max<qsizetype>(0, driver.lines().size() - 8)).join("\n  ")));

            ASSERT_TRUE(reached || status != -SIGKILL) << "the driver hung; " << context.toStdString();
            ASSERT_NE(progress.marker, "failed") << context.toStdString();
            if (status != -SIGKILL) {
                // The driver ended by itself, before the kill: it must have played the whole script.
                ASSERT_TRUE(status == 0 && progress.finished) << "the driver failed, status " << status << "; "
                                                               << context.toStdString();
                const Found found = check(path, expected, actions - 1, actions - 1, false, false);
                ++t.checks;
                ASSERT_TRUE(found.problem.isEmpty())
                    << found.problem.toStdString() << "\n" << context.toStdString() << "\n"
                    << explain(found, actions - 1).toStdString();
                known = actions - 1;
                continue;
            }

            ++t.kills;
            const Moment moment = momentOf(progress);
            ++t.byMoment[size_t(moment)];
            if (moment >= Moment::BeforeCommit && progress.kind == "import-large")
                ++t.inLargeImport;
            const auto [low, high] = allowedStates(progress, known);
            const bool readOnly = below(4) == 0;
            t.readOnlyChecks += readOnly;
            const Found found = check(path, expected, low, high, readOnly, below(2) == 0);
            ++t.checks;
            t.walLeft += found.walLeft;
            ASSERT_TRUE(found.problem.isEmpty())
                << "after kill " << t.kills << " (states " << low << "…" << high << " allowed): "
                << found.problem.toStdString() << "\n"
                << context.toStdString() << "\n"
                << explain(found, low).toStdString();
            if (moment == Moment::InCommit && found.state == progress.markerAction)
                ++t.inCommitCommitted;
            known = found.state;
        }
    }

    const qint64 seconds = clock.elapsed() / 1000;
    std::printf("crash harness: %d kills survived (%d inside an action: %d before its COMMIT, %d inside COMMIT "
                "of which %d had committed, %d after the WAL sync, %d in a checkpoint; %d inside a large import), "
                "%d between actions, %d while the driver started; %d left a WAL to recover; %d states checked "
                "(%d read-only), all intact; %d actions reported done; %d rounds of %d actions (%d played to the "
                "end); %lld s (%lld s to play the script in-process, %lld s of it in its actions)\n",
                t.kills, t.insideAction(), t.at(Moment::BeforeCommit), t.at(Moment::InCommit), t.inCommitCommitted,
                t.at(Moment::AfterSync), t.at(Moment::InCheckpoint), t.inLargeImport, t.at(Moment::Between),
                t.at(Moment::Startup), t.walLeft, t.checks, t.readOnlyChecks,
                t.doneReports, t.rounds, actions, t.roundsFinished, static_cast<long long>(seconds),
                static_cast<long long>(replayMs / 1000),
                static_cast<long long>(std::accumulate(expected.micros.begin(), expected.micros.end(), 0LL) / 1'000'000));
    std::fflush(stdout);
    // A harness that hardly killed anything proves nothing.
    EXPECT_GE(t.kills, std::min(killTarget, 100));
    EXPECT_GE(t.insideAction(), t.kills / 3);
}

// Kills while the driver makes a new project, at moments spread over its start until it is ready: the
// file is then absent or a whole project, with or without its coder, never a file that fails to open
// (the main test meets this moment only once a round).
TEST(CrashSafety, AProjectKilledWhileItIsMadeIsWholeOrAbsent)
{
    std::mt19937_64 random = killRandom();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString files = dir.filePath(QStringLiteral("files"));
    ASSERT_TRUE(test::CrashScript::prepare(files).ok());
    Expected expected;
    {
        std::unique_ptr<Project> replay;
        const QString failure = play(test::CrashScript(scriptSeed, files), dir.filePath(QStringLiteral("p.tematik")),
                                     ready, &expected, &replay);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    }
    const auto run = [&](int i, std::optional<std::chrono::microseconds> killAfter, std::chrono::microseconds *readyAfter) {
        const QString path = dir.filePath(QStringLiteral("made-%1/p.tematik").arg(i));
        QDir().mkpath(QFileInfo(path).path());
        test::DriverProcess driver;
        const auto started = std::chrono::steady_clock::now();
        EXPECT_TRUE(driver.start(QStringLiteral(TEMATIK_CRASH_DRIVER),
                                 {path, files, QString::number(scriptSeed), QStringLiteral("0"), QStringLiteral("0")}));
        if (killAfter) {
            waitFor(*killAfter);
            driver.kill();
        } else {
            EXPECT_TRUE(driver.waitFor([](const QByteArray &l) { return l.startsWith("ready "); }, 300'000));
            *readyAfter = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
        }
        const int status = driver.finish();
        const Progress progress = progressOf(driver.lines());
        EXPECT_TRUE(status == -SIGKILL || (status == 0 && progress.finished)) << "status " << status;
        const auto [low, high] = allowedStates(progress, noFile);
        return check(path, expected, low, high, false, false);
    };
    std::chrono::microseconds readyAfter{};
    run(0, std::nullopt, &readyAfter);
    int absent = 0;
    int whole = 0;
    constexpr int kills = 40;
    for (int i = 1; i <= kills; ++i) {
        const Found found = run(i, std::chrono::microseconds(qint64(random() % quint64(readyAfter.count() * 6 / 5 + 1))), nullptr);
        ASSERT_TRUE(found.problem.isEmpty()) << "kill " << i << ": " << found.problem.toStdString();
        (found.state == noFile ? absent : whole)++;
    }
    std::printf("crash harness: %d kills while a project was made (%lld ms until it was ready): %d left none, %d a "
                "whole one\n",
                kills, static_cast<long long>(readyAfter.count() / 1000), absent, whole);
}

} // namespace
