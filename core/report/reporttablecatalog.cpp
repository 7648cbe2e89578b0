#include "core/report/reporttablecatalog.h"

#include "core/report/codebooktable.h"
#include "core/report/datastructuretable.h"
#include "core/report/meaningunittable.h"
#include "core/report/membercheckingtable.h"
#include "core/report/participanttable.h"
#include "core/report/reportoptions.h"

namespace tematik {

QList<ReportTableCatalog::Entry> ReportTableCatalog::entries()
{
    // Built on each call so that display names follow the translation loaded at the time.
    return {
        {QStringLiteral("meaning-units"), tr("Meaning unit, code and theme"), true, true, &MeaningUnitTable::build},
        {QStringLiteral("data-structure"), tr("Data structure (concepts, themes, dimensions)"), false, false,
         [](Project &project, const ReportOptions &) { return DataStructureTable::build(project); }},
        {QStringLiteral("codebook"), tr("Codebook"), false, false,
         [](Project &project, const ReportOptions &) { return CodebookTable::build(project); }},
        {QStringLiteral("participants"), tr("Participants by background"), false, false,
         [](Project &project, const ReportOptions &) { return ParticipantTable::build(project); }},
        {QStringLiteral("member-checking"), tr("Feedback from member checking"), false, false,
         [](Project &project, const ReportOptions &) { return MemberCheckingTable::build(project); }},
    };
}

std::optional<ReportTableCatalog::Entry> ReportTableCatalog::find(const QString &id)
{
    for (const Entry &entry : entries()) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

QStringList ReportTableCatalog::ids()
{
    QStringList result;
    for (const Entry &entry : entries())
        result.append(entry.id);
    return result;
}

} // namespace tematik
