#pragma once

#include <QStringList>

namespace tematik {
class Project;
}

namespace tematik::test {

// Every code, coding, memo and theme with every stored field, ids and guids included, and which theme
// each code is in: what "the same store" means to an undo round trip.
QStringList storeState(Project &project);

} // namespace tematik::test
