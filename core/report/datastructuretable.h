#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>

namespace tematik {

class Project;

// The Gioia data structure as a table: first-order concepts | second-order themes | aggregate
// dimensions, one row per code in a theme. A theme's name stands on its first code's row only, and a
// dimension's on its first theme's, as the merged cells of a printed data structure read; themes
// without a dimension follow those with one. Codes in no theme are left out and counted in the caption.
class DataStructureTable
{
    Q_DECLARE_TR_FUNCTIONS(DataStructureTable)

public:
    static ReportTable build(Project &project);
};

} // namespace tematik
