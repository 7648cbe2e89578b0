#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace tematik {

// What one run of a step measured: the time of the part under test only (setup a step needs per run
// is left out), and a short account of what the run did, so that a fast figure can be told from a
// step that did nothing.
struct Lap
{
    qint64 nanoseconds = 0;
    QString outcome;
};

// A named, repeatable piece of work. The name is the stable key of the JSON output.
struct BenchStep
{
    QString name;
    QString measures; // what the time covers, for the legend under the table
    std::function<Result<Lap>()> run;
};

struct StepResult
{
    QString name;
    QString measures;
    QString outcome; // of the last run
    QList<qint64> nanoseconds;
    // The process's resident memory when the step began (after anything set up before it) and its
    // highest point while the step ran, setup of its runs included; in KiB, 0 where Linux's
    // /proc/self/status cannot be read or its high-water mark cannot be reset.
    qint64 residentBeforeKiB = 0;
    qint64 peakResidentKiB = 0;

    qint64 median() const;
    qint64 min() const;
    qint64 max() const;
};

// Runs each step a fixed number of times and keeps every lap: the median is what we report, since
// one run disturbed by the page cache or another process should not move the figure.
class BenchRunner
{
public:
    explicit BenchRunner(int runs) : m_runs(runs) {}

    // Stops at the first failing run: a figure for work that failed would mean nothing.
    Result<StepResult> run(const BenchStep &step) const;

private:
    int m_runs = 1;
};

} // namespace tematik
