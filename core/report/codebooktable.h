#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>

namespace tematik {

class Project;

// The codebook as a report table: one row per code, parents before children, each named by its path
// ("Samverkan / Tillit") so that the hierarchy survives sorting in a spreadsheet; then its definition,
// when to use it and when not, an example, and how many codings and sources it has.
class CodebookTable
{
    Q_DECLARE_TR_FUNCTIONS(CodebookTable)

public:
    static ReportTable build(Project &project);
};

} // namespace tematik
