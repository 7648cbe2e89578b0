#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>

namespace tematik {

class Project;

// The participants' background ("Table 1" of a report): for each case attribute, in column order, each
// of its values with the number of cases that have it and their share of all cases, then the cases
// without a value, if any. Values are in the reader's collation order, numbers by value.
class ParticipantTable
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantTable)

public:
    static ReportTable build(Project &project);
};

} // namespace tematik
