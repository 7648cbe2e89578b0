#pragma once

#include "bench/benchrunner.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace tematik {

// Import throughput per file format: each step imports the corpus files of one format, each several
// times over, into a fresh project, and reports bytes and characters per second. The files are the
// fictional corpus under tests/data/corpus (the same files the tests check the importers against).
class FormatSteps
{
public:
    // How many times each file is imported in one run: enough for a run to take tens of milliseconds.
    static constexpr int copies = 10;

    QList<BenchStep> steps();

private:
    Result<Lap> importSources(const QStringList &files);
    Result<Lap> importCases(const QString &file);
    QString scratchPath();

    QTemporaryDir m_folder;
    int m_scratch = 0;
};

} // namespace tematik
