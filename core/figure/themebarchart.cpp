#include "core/figure/themebarchart.h"

#include "core/figure/barchart.h"
#include "core/figure/figurestyle.h"
#include "core/figure/themeoutline.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"

#include <QFileInfo>

namespace tematik {

QString ThemeBarChart::displayName() const
{
    return tr("Segments by theme");
}

Result<QByteArray> ThemeBarChart::svg(Project &project, const FigureOptions &) const
{
    Result<ThemeOutline> outline = ThemeOutline::of(project);
    if (!outline)
        return outline.takeError();
    // A coding is a coded segment, and a code is in one theme at most: a theme's segments are its
    // codes' codings, counted without reading any text.
    const QHash<CodeId, CodeUse> use = project.codings().useByCode();
    const auto segments = [&](const ThemeOutline::Branch &branch) {
        int count = 0;
        for (const Code &code : branch.codes)
            count += use.value(code.id).codings;
        return count;
    };

    BarChart chart;
    chart.title = tr("Coded segments by theme");
    chart.axisLabel = tr("Coded segments");
    const bool dimensions = outline->hasDimensions();
    int total = 0;
    for (const ThemeOutline::Group &group : std::as_const(outline->groups)) {
        if (group.dimension) {
            int sum = 0;
            for (const ThemeOutline::Branch &branch : group.themes)
                sum += segments(branch);
            chart.rows.append({group.dimension->name, sum, true, 0, QStringLiteral("#5f5f5f")});
        } else if (dimensions) {
            chart.rows.append({tr("Themes in no dimension"), std::nullopt, false, 0, {}});
        }
        for (const ThemeOutline::Branch &branch : group.themes) {
            chart.rows.append(
                {branch.theme.name, segments(branch), false, dimensions ? 1 : 0, QStringLiteral("#b3b3b3")});
            total += chart.rows.last().value.value_or(0);
        }
    }
    if (total == 0)
        return Error{tr("No segments of %1 are coded with the codes of a theme yet")
                         .arg(QFileInfo(project.path()).fileName())};
    return chart.svg();
}

} // namespace tematik
