#include "core/figure/attributebarchart.h"

#include "core/figure/barchart.h"
#include "core/figure/themeoutline.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/segmentquery.h"
#include "core/text/namecollator.h"

#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace tematik {

QString AttributeBarChart::displayName() const
{
    return tr("Segments by case attribute");
}

Result<QByteArray> AttributeBarChart::svg(Project &project, const FigureOptions &options) const
{
    const QString file = QFileInfo(project.path()).fileName();
    CaseStore &cases = project.cases();
    QStringList known;
    for (const AttributeInfo &a : cases.attributes())
        known.append(a.name);
    if (known.isEmpty())
        return Error{tr("%1 has no case attributes to compare segments by").arg(file)};
    const std::optional<AttributeInfo> attribute = cases.findAttribute(options.attribute);
    if (!attribute)
        return Error{options.attribute.isEmpty()
                         ? tr("choose a case attribute: %1").arg(known.join(QLatin1String(", ")))
                         : tr("%1 has no case attribute “%2”; it has %3")
                               .arg(file, options.attribute, known.join(QLatin1String(", ")))};
    QSet<QString> distinct;
    for (const CaseInfo &c : cases.list()) {
        const QString value = cases.values(c.id).value(attribute->id);
        if (!value.isEmpty())
            distinct.insert(value);
    }
    if (distinct.isEmpty())
        return Error{tr("no case in %1 has a value for “%2”").arg(file, attribute->name)};
    QStringList values(distinct.begin(), distinct.end());
    const NameCollator collator;
    std::sort(values.begin(), values.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });

    Result<ThemeOutline> outline = ThemeOutline::of(project);
    if (!outline)
        return outline.takeError();

    BarChart chart;
    chart.title = tr("Coded segments by %1").arg(attribute->name);
    chart.axisLabel = tr("Coded segments");
    const SegmentQuery query(project.database());
    // A group of bars: one for each value, then the segments without one, if any.
    const auto addGroup = [&](const QString &heading, const QList<CodeId> &codes) {
        chart.rows.append({heading, std::nullopt, false, 0, {}});
        int withValue = 0;
        for (qsizetype i = 0; i < values.size(); ++i) {
            SegmentFilter filter;
            filter.attributes.append({attribute->name, values[i]});
            const int count = int(query.ofCodes(codes, filter).size());
            withValue += count;
            chart.rows.append({values[i], count, false, 1, CodeStore::paletteColor(int(i))});
        }
        const int missing = int(query.ofCodes(codes).size()) - withValue;
        if (missing > 0)
            chart.rows.append({tr("(not given)"), missing, false, 1, {}});
        return withValue + missing;
    };
    QList<CodeId> all;
    for (const ThemeOutline::Group &group : std::as_const(outline->groups)) {
        for (const ThemeOutline::Branch &branch : group.themes) {
            for (const Code &code : branch.codes)
                all.append(code.id);
        }
    }
    if (addGroup(tr("All themes"), all) == 0)
        return Error{tr("No segments of %1 are coded with the codes of a theme yet").arg(file)};
    for (const ThemeOutline::Group &group : std::as_const(outline->groups)) {
        for (const ThemeOutline::Branch &branch : group.themes) {
            QList<CodeId> codes;
            for (const Code &code : branch.codes)
                codes.append(code.id);
            addGroup(branch.theme.name, codes);
        }
    }
    return chart.svg();
}

} // namespace tematik
