#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>

namespace tematik {

class Project;
struct ReportOptions;

// "From meaning unit to theme" (a report's Table 2): meaning unit | code | theme, one row per coded
// segment (by default only the exemplar quotes), grouped by theme in the order of the data structure
// and by code in codebook order, then in source order. Segments of codes in no theme come last, with
// the theme cell empty. The quote may end with who said it: the case's name, else the speaker's
// label, else the source's name, each pseudonymised when asked.
class MeaningUnitTable
{
    Q_DECLARE_TR_FUNCTIONS(MeaningUnitTable)

public:
    static ReportTable build(Project &project, const ReportOptions &options);
};

} // namespace tematik
