#pragma once

#include "bench/benchrunner.h"
#include "core/report/reporttable.h"
#include "core/store/project.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tematik {

// Report-table export on the reference project: a table of every coded segment (meaning unit text,
// code, source: 20,000 rows of up to ~60 words) written as XLSX and as DOCX. The table is built once,
// untimed, from CodingStore::segmentsOf(all()); each run times TableWriter::write to a file. And the
// meaning-unit table (meaning unit | code | theme, every coded segment) built from the project and
// written as XLSX, both timed. And the whole reference project written as REFI-QDA (.qdpx: 20 texts and 20,000 codings, zipped) from the
// project opened once, untimed; and that file read back into a new project.
class ExportSteps
{
public:
    explicit ExportSteps(const QString &referencePath);

    QList<BenchStep> steps();

private:
    Result<Lap> exportTable(const QString &extension);
    Result<Lap> exportQdpx();
    Result<Lap> exportMeaningUnits();
    // The reference project, opened read-only on first use.
    Result<Project *> project();
    Result<Lap> importQdpx();
    Status prepare();

    QString m_referencePath;
    QTemporaryDir m_folder;
    ReportTable m_table;
    std::unique_ptr<Project> m_project; // the reference project, for export_qdpx
    bool m_prepared = false;
    int m_imports = 0; // each import_qdpx run goes into a project of its own
};

} // namespace tematik
