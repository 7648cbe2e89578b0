#pragma once

#include "core/interchange/interchangereport.h"
#include "ui/dialogs/reportdialog.h"

class QLineEdit;
class QTreeWidget;

namespace tematik {

// What a REFI-QDA import (project or codebook) did: the report's lines in three groups with their
// counts, dropped and changed first and open, since those are what the user must know about; kept
// closed unless it is all there is. A long report gets a filter field that keeps the lines containing
// what is typed.
class InterchangeReportDialog : public ReportDialog
{
    Q_OBJECT

public:
    // heading says what was imported into what ("Imported codebook.qdc into study.tematik."); the
    // report's own summary line follows it.
    InterchangeReportDialog(const QString &heading, const InterchangeReport &report,
                            QWidget *parent = nullptr);

    // The groups as top-level items, in the order shown, each with its lines as children.
    QTreeWidget *groups() const { return m_groups; }
    // Shows the lines containing text (case-insensitive), all when it is empty; the counts say how many
    // of each group are shown.
    void setFilter(const QString &text);
    // The heading, then the report as InterchangeReport::toText() gives it.
    QString text() const override;

    // Reports with more lines than this offer the filter.
    static constexpr int filterFrom = 20;

private:
    enum class Outcome
    {
        Dropped,
        Changed,
        Kept
    };
    static QString groupHeading(Outcome outcome, int shown, int total);
    void addGroup(Outcome outcome, const QStringList &lines, bool expanded);

    InterchangeReport m_report;
    QString m_heading;
    QTreeWidget *m_groups = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace tematik
