#pragma once

#include "core/model/casedata.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace tematik {

class Project;
struct DataTable;

struct CaseImportOptions
{
    QString idColumn;        // the column naming each case; empty: a column called "id", else the first
    // The columns to import as attributes; none given: every column but the id column.
    std::optional<QStringList> columns;
};

struct CaseImportReport
{
    QString filePath;
    QString encoding;
    int added = 0;
    int updated = 0;
    QList<AttributeInfo> attributes;
    int speakersLinked = 0;
    QStringList warnings;
};

// Imports a participant table ("Table 1" of a report) as cases with typed attributes: one case per
// row, named by the id column; every other column an attribute whose type is inferred from its cells
// (integer, decimal, ISO date, boolean, else text). An empty cell is missing data and stores nothing;
// any other text ("ej tillämpligt") is a value. Rows whose case exists update it. Afterwards speakers
// are linked to the new cases (SpeakerCaseMatcher). All in one transaction.
class CaseImport
{
    Q_DECLARE_TR_FUNCTIONS(CaseImport)

public:
    static Result<CaseImportReport> importFile(Project &project, const QString &path, const CaseImportOptions &options = {});
    static Result<CaseImportReport> importTable(Project &project, const DataTable &table, const CaseImportOptions &options);

    // The column naming the cases: the one called name, or with no name given a column called "id",
    // else the first. -1 when a named column is absent.
    static qsizetype idColumnOf(const DataTable &table, const QString &name);
    // The narrowest type that every non-empty value fits.
    static AttributeType inferType(const QStringList &values);
};

} // namespace tematik
