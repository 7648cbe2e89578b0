#include "bench/benchrunner.h"

#include <algorithm>

namespace tematik {

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
    for (int i = 0; i < m_runs; ++i) {
        Result<Lap> lap = step.run();
        if (!lap)
            return Error{QStringLiteral("%1, run %2: %3").arg(step.name).arg(i + 1).arg(lap.error())};
        result.nanoseconds.append(lap->nanoseconds);
        result.outcome = lap->outcome;
    }
    return result;
}

} // namespace tematik
