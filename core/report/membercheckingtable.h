#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>

namespace tematik {

class Project;

// What participants said about the themes at member-checking meetings, for the report's account of
// credibility: one row per remark (a member-check memo) with the theme, its dimension, the meeting and
// the verdict given there. Themes come in the order of the data structure, then remarks on the whole
// meeting. A verdict without remarks still gets its row; themes nobody commented on are left out.
// The remarks are the researchers' own notes, so no pseudonyms are applied.
class MemberCheckingTable
{
    Q_DECLARE_TR_FUNCTIONS(MemberCheckingTable)

public:
    static ReportTable build(Project &project);
};

} // namespace tematik
