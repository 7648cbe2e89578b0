#include "core/figure/themeoutline.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace tematik {

Result<ThemeOutline> ThemeOutline::of(Project &project)
{
    const QList<Theme> themes = project.themes().list();
    const bool anyTheme = std::any_of(themes.begin(), themes.end(),
                                      [](const Theme &t) { return t.kind == Theme::Kind::Theme; });
    if (!anyTheme)
        return Error{tr("%1 has no themes yet: add themes and put codes in them first")
                         .arg(QFileInfo(project.path()).fileName())};

    QHash<CodeId, Code> codes;
    QHash<CodeId, qsizetype> codebookOrder;
    for (const Code &code : project.codes().list()) {
        codebookOrder.insert(code.id, codebookOrder.size());
        codes.insert(code.id, code);
    }
    ThemeOutline outline;
    Group withoutDimension;
    QHash<ThemeId, qsizetype> groupOfDimension;
    for (const Theme &theme : themes) {
        if (theme.kind == Theme::Kind::Dimension) {
            groupOfDimension.insert(theme.id, outline.groups.size());
            outline.groups.append(Group{theme, {}});
            continue;
        }
        Branch branch{theme, {}};
        QList<CodeId> ids = project.themes().codesOf(theme.id);
        std::sort(ids.begin(), ids.end(),
                  [&](CodeId a, CodeId b) { return codebookOrder.value(a) < codebookOrder.value(b); });
        for (const CodeId id : std::as_const(ids))
            branch.codes.append(codes.value(id));
        if (theme.parentId && groupOfDimension.contains(*theme.parentId))
            outline.groups[groupOfDimension.value(*theme.parentId)].themes.append(branch);
        else
            withoutDimension.themes.append(branch);
    }
    if (!withoutDimension.themes.isEmpty())
        outline.groups.append(withoutDimension);
    return outline;
}

bool ThemeOutline::hasDimensions() const
{
    return std::any_of(groups.begin(), groups.end(), [](const Group &g) { return g.dimension.has_value(); });
}

} // namespace tematik
