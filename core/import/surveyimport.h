#pragma once

#include "core/import/sourceimport.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace tematik {

class Project;

struct SurveyImportOptions
{
    QString idColumn;             // the respondent id; empty: a column called "id", else the first
    QStringList textColumns;      // open-ended questions, imported as codable text
    // Imported as case attributes; none given: every column that is neither the id nor an answer.
    std::optional<QStringList> attributeColumns;
};

struct SurveyImportReport
{
    int respondents = 0;
    int answers = 0;
    QList<ImportReport> sources; // one per open-ended question
    QStringList warnings;
};

// Imports a survey table (CSV or XLSX): each row a respondent case with the chosen attribute columns,
// each open-ended question a source in which every non-empty answer is one turn, "R12: answer", spoken
// by the respondent's case. Coding an answer thus codes that respondent, and a question's answers can
// be read one after another. One transaction for the whole table.
class SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)

public:
    static Result<SurveyImportReport> importFile(Project &project, const QString &path, const SurveyImportOptions &options);
};

} // namespace tematik
