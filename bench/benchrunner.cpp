#include "bench/benchrunner.h"

#include <QFile>

#include <malloc.h>

#include <algorithm>

namespace tematik {
namespace {

// A "Vm…:  1234 kB" line of /proc/self/status, in KiB; 0 when there is none.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

// Sets the peak resident size (VmHWM) back to the present size, so that the next reading is the peak
// of what ran since (Linux 4.0 and later); false where that is not allowed.
bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

qint64 StepResult::median() const
{
    QList<qint64> sorted = nanoseconds;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

qint64 StepResult::min() const
{
    return *std::min_element(nanoseconds.cbegin(), nanoseconds.cend());
}

qint64 StepResult::max() const
{
    return *std::max_element(nanoseconds.cbegin(), nanoseconds.cend());
}

Result<StepResult> BenchRunner::run(const BenchStep &step) const
{
    StepResult result{step.name, step.measures, {}, {}};
    // Freed heap that malloc keeps would let a step grow without its resident size showing it.
    malloc_trim(0);
    const bool peakReset = resetPeakResident();
    result.residentBeforeKiB = statusKiB("VmRSS");
    for (int i = 0; i < m_runs; ++i) {
        Result<Lap> lap = step.run();
        if (!lap)
            return Error{QStringLiteral("%1, run %2: %3").arg(step.name).arg(i + 1).arg(lap.error())};
        result.nanoseconds.append(lap->nanoseconds);
        result.outcome = lap->outcome;
    }
    result.peakResidentKiB = peakReset ? statusKiB("VmHWM") : 0;
    return result;
}

} // namespace tematik
