#pragma once

#include "bench/benchrunner.h"
#include "core/report/reporttable.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace tematik {

// Report-table export on the reference project: a table of every coded segment (meaning unit text,
// code, source: 20,000 rows of up to ~60 words) written as XLSX and as DOCX. The table is built once,
// untimed, from CodingStore::segmentsOf(all()); each run times TableWriter::write to a file.
class ExportSteps
{
public:
    explicit ExportSteps(const QString &referencePath);

    QList<BenchStep> steps();

private:
    Result<Lap> exportTable(const QString &extension);
    Status prepare();

    QString m_referencePath;
    QTemporaryDir m_folder;
    ReportTable m_table;
    bool m_prepared = false;
};

} // namespace tematik
