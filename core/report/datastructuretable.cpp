#include "core/report/datastructuretable.h"

#include "core/report/themeorder.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QHash>

#include <algorithm>

namespace tematik {

ReportTable DataStructureTable::build(Project &project)
{
    ReportTable table;
    table.title = tr("Data structure");
    table.header = {tr("First-order concepts"), tr("Second-order themes"), tr("Aggregate dimensions")};
    ThemeStore &themes = project.themes();
    const QList<Theme> all = themes.list();
    QHash<ThemeId, QString> dimensionNames;
    for (const Theme &theme : all) {
        if (theme.kind == Theme::Kind::Dimension)
            dimensionNames.insert(theme.id, theme.name);
    }
    QHash<ThemeId, QList<QString>> concepts; // by theme, in codebook order
    int unassigned = 0;
    for (const Code &code : project.codes().list()) {
        if (const std::optional<ThemeId> theme = themes.themeOf(code.id))
            concepts[*theme].append(code.name);
        else
            ++unassigned;
    }

    std::optional<ThemeId> lastDimension;
    bool first = true;
    for (const Theme &theme : themesInDataStructureOrder(all)) {
        const bool newDimension = first || theme.parentId != lastDimension;
        first = false;
        lastDimension = theme.parentId;
        QString dimension = newDimension && theme.parentId ? dimensionNames.value(*theme.parentId) : QString();
        const QList<QString> codes = concepts.value(theme.id);
        if (codes.isEmpty()) {
            table.rows.append({QString(), theme.name, dimension});
            continue;
        }
        for (qsizetype i = 0; i < codes.size(); ++i) {
            table.rows.append({codes[i], i == 0 ? theme.name : QString(), dimension});
            dimension.clear();
        }
    }
    // A dimension still without themes is part of the structure being built: it gets a row of its own.
    for (const Theme &theme : all) {
        if (theme.kind == Theme::Kind::Dimension && themes.codesOf(theme.id).isEmpty()
            && std::none_of(all.cbegin(), all.cend(), [&](const Theme &t) { return t.parentId == theme.id; }))
            table.rows.append({QString(), QString(), theme.name});
    }
    if (unassigned > 0)
        table.caption = tr("%Ln code(s) in no theme not shown", nullptr, unassigned);
    return table;
}

} // namespace tematik
