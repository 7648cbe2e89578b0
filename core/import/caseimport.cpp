#include "core/import/caseimport.h"

#include "core/import/speakercasematcher.h"
#include "core/store/casestore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/table/datatable.h"
#include "core/table/tablefile.h"

#include <QFileInfo>
#include <QSet>

namespace tematik {

AttributeType CaseImport::inferType(const QStringList &values)
{
    for (AttributeType type : {AttributeType::Integer, AttributeType::Decimal, AttributeType::Date, AttributeType::Boolean}) {
        bool fits = false;
        for (const QString &v : values) {
            if (v.trimmed().isEmpty())
                continue;
            fits = canonicalValue(type, v).has_value();
            if (!fits)
                break;
        }
        if (fits)
            return type;
    }
    return AttributeType::Text;
}

qsizetype CaseImport::idColumnOf(const DataTable &table, const QString &name)
{
    if (!name.isEmpty())
        return table.columnOf(name);
    const qsizetype id = table.columnOf(QStringLiteral("id"));
    return id >= 0 ? id : 0;
}

Result<CaseImportReport> CaseImport::importFile(Project &project, const QString &path, const CaseImportOptions &options)
{
    Result<DataTable> table = TableFile::read(path);
    if (!table)
        return table.takeError();
    Result<CaseImportReport> report = importTable(project, *table, options);
    if (!report)
        return Error{tr("%1: %2").arg(QFileInfo(path).fileName(), report.error())};
    report->filePath = path;
    return report;
}

Result<CaseImportReport> CaseImport::importTable(Project &project, const DataTable &table, const CaseImportOptions &options)
{
    const qsizetype idColumn = idColumnOf(table, options.idColumn);
    if (idColumn < 0)
        return Error{tr("the table has no column “%1”").arg(options.idColumn)};
    QList<qsizetype> columns;
    if (!options.columns) {
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            if (c != idColumn && !table.header[c].trimmed().isEmpty())
                columns.append(c);
        }
    } else {
        for (const QString &name : *options.columns) {
            const qsizetype c = table.columnOf(name);
            if (c < 0)
                return Error{tr("the table has no column “%1”").arg(name)};
            if (c != idColumn)
                columns.append(c);
        }
    }

    CaseImportReport report;
    report.encoding = table.encoding;
    report.warnings = table.warnings;
    CaseStore &cases = project.cases();
    Transaction tx(project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();

    QHash<qsizetype, AttributeId> attributeOf;
    for (qsizetype c : std::as_const(columns)) {
        QStringList values;
        for (const QStringList &row : table.rows)
            values.append(row.value(c));
        const QString name = table.header[c].trimmed();
        // A column that exists already keeps its type; its new values must fit it.
        const auto existing = cases.findAttribute(name);
        const AttributeType type = existing ? existing->type : inferType(values);
        Result<AttributeId> id = cases.addAttribute(name, type);
        if (!id)
            return id.takeError();
        attributeOf.insert(c, *id);
        report.attributes.append(AttributeInfo{*id, {}, name, type});
    }

    QSet<QString> seen;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const QString name = row.value(idColumn).trimmed();
        if (name.isEmpty()) {
            report.warnings.append(tr("row %1 has no %2 and was left out").arg(r + 2).arg(table.header.value(idColumn)));
            continue;
        }
        if (seen.contains(name.toLower())) {
            report.warnings.append(tr("row %1 repeats “%2” and was left out").arg(r + 2).arg(name));
            continue;
        }
        seen.insert(name.toLower());
        CaseId caseId = 0;
        if (const auto existing = cases.findByName(name)) {
            caseId = existing->id;
            ++report.updated;
        } else {
            Result<CaseId> id = cases.add(name);
            if (!id)
                return id.takeError();
            caseId = *id;
            ++report.added;
        }
        for (qsizetype c : std::as_const(columns)) {
            const QString cell = row.value(c);
            const std::optional<QString> value = cell.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(cell.trimmed());
            if (Status s = cases.setValue(caseId, attributeOf.value(c), value); !s)
                return Error{tr("row %1: %2").arg(r + 2).arg(s.error())};
        }
    }
    Result<int> linked = SpeakerCaseMatcher::match(project);
    if (!linked)
        return linked.takeError();
    report.speakersLinked = *linked;
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return report;
}

} // namespace tematik
