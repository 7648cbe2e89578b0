// Fuzz target: a participant or survey table (CSV, or XLSX by its ZIP signature), read as
// TableFile reads it, imported as cases, and imported as a survey whose last column holds the answers.
// Built twice, with a CSV and with an XLSX seed corpus.
#include "core/import/caseimport.h"
#include "core/import/surveyimport.h"
#include "core/table/tablefile.h"
#include "fuzz/fuzzproject.h"

#include <QFile>

using namespace tematik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzProject::bytes(data, size);
    const Result<DataTable> table = TableFile::parse(bytes);
    if (!table || table->header.isEmpty())
        return 0;
    Project &project = FuzzProject::project();
    FuzzProject::importRolledBack([&] { return CaseImport::importTable(project, *table, {}).ok(); });

    const QString path = FuzzProject::path(QStringLiteral("survey"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    SurveyImportOptions survey;
    survey.textColumns = QStringList{table->header.last()};
    FuzzProject::importRolledBack([&] { return SurveyImport::importFile(project, path, survey).ok(); });
    return 0;
}
