#include "core/report/participanttable.h"

#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/text/namecollator.h"

#include <algorithm>
#include <cmath>

namespace tematik {

namespace {

// A share of all cases in percent, to one decimal.
ReportCell percent(int count, qsizetype total)
{
    return ReportCell::fromNumber(std::round(1000.0 * count / double(total)) / 10.0);
}

} // namespace

ReportTable ParticipantTable::build(Project &project)
{
    ReportTable table;
    table.title = tr("Participants");
    table.header = {tr("Attribute"), tr("Value"), tr("Cases"), tr("%")};
    CaseStore &cases = project.cases();
    const QList<CaseInfo> all = cases.list();
    table.caption = tr("N = %1 cases").arg(all.size());
    if (all.isEmpty())
        return table;

    QList<QHash<AttributeId, QString>> values;
    for (const CaseInfo &info : all)
        values.append(cases.values(info.id));
    const NameCollator collator;
    QStringList identifiers;
    for (const AttributeInfo &attribute : cases.attributes()) {
        QHash<QString, int> counts;
        int missing = 0;
        for (const QHash<AttributeId, QString> &caseValues : values) {
            const QString value = caseValues.value(attribute.id);
            if (value.isEmpty())
                ++missing;
            else
                ++counts[value];
        }
        // An attribute with its own value for every case (an id, a pseudonym, a name) describes no
        // group, and listing it would print one row per person: it is left out of the table.
        if (all.size() >= 3 && missing == 0 && counts.size() == all.size()) {
            identifiers.append(attribute.name);
            continue;
        }
        QStringList order = counts.keys();
        std::sort(order.begin(), order.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        for (const QString &value : order)
            table.rows.append({attribute.name, value, ReportCell::fromNumber(counts.value(value)),
                               percent(counts.value(value), all.size())});
        if (missing > 0)
            table.rows.append({attribute.name, tr("(not given)"), ReportCell::fromNumber(missing),
                               percent(missing, all.size())});
    }
    if (!identifiers.isEmpty())
        table.caption += QStringLiteral(" · ") + tr("identifiers not shown: %1").arg(identifiers.join(QLatin1String(", ")));
    return table;
}

} // namespace tematik
