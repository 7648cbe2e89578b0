#include "core/import/surveyimport.h"

#include "core/import/caseimport.h"
#include "core/import/inputfile.h"
#include "core/import/speakercasematcher.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/table/datatable.h"
#include "core/table/tablefile.h"
#include "core/text/codepointindex.h"
#include "core/text/textdecoder.h"

#include <QFileInfo>

namespace tematik {

Result<SurveyImportReport> SurveyImport::importFile(Project &project, const QString &path, const SurveyImportOptions &options)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto fail = [&](const QString &reason) { return Error{tr("%1: %2").arg(fileName, reason)}; };
    if (options.textColumns.isEmpty())
        return fail(tr("choose at least one column of open-ended answers"));
    Result<QByteArray> original = InputFile::read(path, TableFile::maxFileSize);
    if (!original)
        return fail(original.error());
    Result<DataTable> table = TableFile::parse(*original);
    if (!table)
        return fail(table.error());
    const qsizetype idColumn = CaseImport::idColumnOf(*table, options.idColumn);
    if (idColumn < 0)
        return fail(tr("the table has no column “%1”").arg(options.idColumn));
    QList<qsizetype> textColumns;
    for (const QString &name : options.textColumns) {
        const qsizetype c = table->columnOf(name);
        if (c < 0)
            return fail(tr("the table has no column “%1”").arg(name));
        textColumns.append(c);
    }

    CaseImportOptions caseOptions;
    caseOptions.idColumn = table->header.value(idColumn);
    caseOptions.columns = options.attributeColumns;
    if (!caseOptions.columns) {
        caseOptions.columns = QStringList();
        for (qsizetype c = 0; c < table->header.size(); ++c) {
            if (c != idColumn && !textColumns.contains(c))
                caseOptions.columns->append(table->header[c]);
        }
    }
    SurveyImportReport report;
    Transaction tx(project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    // With no attribute columns the cases still need making, one per respondent.
    Result<CaseImportReport> cases = CaseImport::importTable(project, *table, caseOptions);
    if (!cases)
        return fail(cases.error());
    report.respondents = cases->added + cases->updated;
    report.warnings = cases->warnings;

    for (qsizetype c : std::as_const(textColumns)) {
        NewSource source;
        source.name = table->header[c].trimmed();
        source.fileName = fileName;
        source.format = QStringLiteral("survey");
        source.encoding = table->encoding;
        source.original = *original;
        QString text;
        qint64 length = 0; // code points of text so far
        const auto codePoints = [](const QString &s) { return CodePointIndex(s).codePointCount(); };
        for (const QStringList &row : std::as_const(table->rows)) {
            const QString id = row.value(idColumn).trimmed();
            // Line breaks inside an answer become spaces: one answer is one paragraph, one turn.
            const QString answer = TextDecoder::normalizeLineEndings(row.value(c)).simplified();
            if (id.isEmpty() || answer.isEmpty())
                continue;
            if (!text.isEmpty()) {
                text += QStringLiteral("\n\n");
                length += 2;
            }
            const QString label = id + QStringLiteral(": ");
            const qint64 start = length;
            const qint64 textStart = start + codePoints(label);
            text += label + answer;
            length = textStart + codePoints(answer);
            source.turns.append(SpeakerTurn{0, id, start, textStart, length, {}, {}});
            ++report.answers;
        }
        if (source.turns.isEmpty()) {
            report.warnings.append(tr("the column “%1” has no answers").arg(source.name));
            continue;
        }
        source.text = text + u'\n';
        Result<SourceId> id = project.sources().add(source);
        if (!id)
            return fail(id.error());
        ImportReport sourceReport;
        sourceReport.filePath = path;
        sourceReport.sourceId = *id;
        sourceReport.sourceName = project.sources().find(*id)->name;
        sourceReport.format = source.format;
        sourceReport.encoding = table->encoding;
        sourceReport.codePoints = length + 1;
        sourceReport.turns = int(source.turns.size());
        report.sources.append(sourceReport);
    }
    if (Result<int> linked = SpeakerCaseMatcher::match(project); !linked)
        return linked.takeError();
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return report;
}

} // namespace tematik
