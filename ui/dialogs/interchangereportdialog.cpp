#include "ui/dialogs/interchangereportdialog.h"

#include "ui/widgets/wrappingdelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tematik {

InterchangeReportDialog::InterchangeReportDialog(const QString &heading, const InterchangeReport &report,
                                                 QWidget *parent)
    : ReportDialog(parent), m_report(report), m_heading(heading)
{
    setWindowTitle(tr("REFI-QDA import report"));
    setSummary(heading + u'\n' + report.summary());

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    const qsizetype lines = report.kept().size() + report.changed().size() + report.dropped().size();
    if (lines > filterFrom) {
        m_filter = new QLineEdit(details);
        m_filter->setPlaceholderText(tr("Show only lines containing…"));
        m_filter->setClearButtonEnabled(true);
        connect(m_filter, &QLineEdit::textChanged, this, &InterchangeReportDialog::setFilter);
        layout->addWidget(m_filter);
    }
    m_groups = new QTreeWidget(details);
    m_groups->setHeaderHidden(true);
    m_groups->setColumnCount(1);
    // Lines are sentences naming an item and what became of it: they wrap to the width rather than
    // end in an ellipsis, and the full line is also the tooltip.
    m_groups->setWordWrap(true);
    m_groups->setTextElideMode(Qt::ElideNone);
    m_groups->setItemDelegate(new WrappingDelegate(m_groups));
    m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_groups->header()->setStretchLastSection(true);
    m_groups->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groups->setAlternatingRowColors(true);
    layout->addWidget(m_groups);
    details->setFocusProxy(m_groups);
    setDetails(details);

    // What did not come over as it was is what the user must know; what did is only to look up.
    const bool onlyKept = report.dropped().isEmpty() && report.changed().isEmpty();
    addGroup(Outcome::Dropped, report.dropped(), true);
    addGroup(Outcome::Changed, report.changed(), true);
    addGroup(Outcome::Kept, report.kept(), onlyKept);
    // As tall as every line needs, up to a height that leaves room on a laptop's screen; a few lines
    // make a small dialog rather than a large empty one.
    const int rows = 3 + int(lines);
    const int needed = rows * (fontMetrics().height() + 6) + (m_filter ? 150 : 120);
    resize(760, qBound(280, needed, 560));
}

QString InterchangeReportDialog::groupHeading(Outcome outcome, int shown, int total)
{
    const QLocale locale;
    const QString count = shown == total ? locale.toString(total)
                                         : tr("%1 of %2").arg(locale.toString(shown), locale.toString(total));
    switch (outcome) {
    case Outcome::Dropped:
        return tr("Dropped: left out (%1)").arg(count);
    case Outcome::Changed:
        return tr("Changed: imported, but not as they were (%1)").arg(count);
    case Outcome::Kept:
        break;
    }
    return tr("Kept: imported as they were (%1)").arg(count);
}

void InterchangeReportDialog::addGroup(Outcome outcome, const QStringList &lines, bool expanded)
{
    auto *group =
        new QTreeWidgetItem(m_groups, {groupHeading(outcome, int(lines.size()), int(lines.size()))});
    group->setData(0, Qt::UserRole, int(outcome));
    // A group with no lines stays, in plain type: "nothing dropped" is worth reading too.
    if (!lines.isEmpty()) {
        QFont bold = m_groups->font();
        bold.setBold(true);
        group->setFont(0, bold);
    }
    group->setFlags(Qt::ItemIsEnabled);
    QList<QTreeWidgetItem *> children;
    children.reserve(lines.size());
    for (const QString &line : lines) {
        auto *item = new QTreeWidgetItem({line});
        item->setToolTip(0, line);
        children.append(item);
    }
    group->addChildren(children);
    group->setExpanded(expanded && !lines.isEmpty());
}

void InterchangeReportDialog::setFilter(const QString &text)
{
    if (m_filter && m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    const QString needle = text.trimmed();
    for (int g = 0; g < m_groups->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_groups->topLevelItem(g);
        int shown = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *line = group->child(c);
            const bool match = needle.isEmpty() || line->text(0).contains(needle, Qt::CaseInsensitive);
            line->setHidden(!match);
            shown += match ? 1 : 0;
        }
        const auto outcome = Outcome(group->data(0, Qt::UserRole).toInt());
        group->setText(0, groupHeading(outcome, shown, group->childCount()));
        // Looking for something shows it wherever it is, in the kept lines too.
        if (!needle.isEmpty() && shown > 0)
            group->setExpanded(true);
    }
}

QString InterchangeReportDialog::text() const
{
    return m_heading + u'\n' + m_report.toText();
}

} // namespace tematik
