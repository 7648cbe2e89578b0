#include "core/report/themeorder.h"

namespace tematik {

QList<Theme> themesInDataStructureOrder(const QList<Theme> &themes)
{
    // ThemeStore::list() puts each dimension's themes right after it, in order; the themes in no
    // dimension only need moving behind them.
    QList<Theme> result;
    QList<Theme> loose;
    for (const Theme &theme : themes) {
        if (theme.kind != Theme::Kind::Theme)
            continue;
        (theme.parentId ? result : loose).append(theme);
    }
    return result + loose;
}

} // namespace tematik
