#pragma once

#include "core/model/theme.h"

#include <QList>

namespace tematik {

// The themes (not the dimensions) in the order a data structure shows them: each dimension's themes in
// order, dimensions in order, then the themes in no dimension. `themes` is ThemeStore::list().
QList<Theme> themesInDataStructureOrder(const QList<Theme> &themes);

} // namespace tematik
