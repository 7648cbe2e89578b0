#include "ui/dialogs/importreportdialog.h"

#include <QHeaderView>
#include <QTableWidget>

namespace tematik {

ImportReportDialog::ImportReportDialog(QWidget *parent) : ReportDialog(parent)
{
    setWindowTitle(tr("Import report"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("File"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Warnings stand on lines of their own; rows grow by whole lines, never by wrapping.
    m_table->setWordWrap(false);
    setDetails(m_table);
    resize(820, 420);
}

void ImportReportDialog::addRow(const QString &status, const QString &file, const QString &detail, const QString &tooltip)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{status, file, detail};
    for (int c = 0; c < 3; ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(tooltip.isEmpty() ? cells[c] : tooltip);
        m_table->setItem(row, c, item);
    }
    m_table->resizeRowToContents(row);
    m_table->resizeColumnToContents(2);
}

void ImportReportDialog::addImported(const QString &file, const QString &source, const QString &how, int turns,
                                     const QStringList &warnings)
{
    QString detail = tr("as “%1”: %2, %3").arg(source, how, tr("%Ln speaker turn(s)", nullptr, turns));
    for (const QString &w : warnings)
        detail += u'\n' + tr("Warning: %1").arg(w);
    addRow(warnings.isEmpty() ? tr("✓ Imported") : tr("⚠ Imported"), file, detail, detail);
}

void ImportReportDialog::addFailed(const QString &file, const QString &reason)
{
    addRow(tr("✗ Not imported"), file, reason, reason);
}

void ImportReportDialog::addSkipped(const QString &file)
{
    addRow(tr("– Cancelled"), file, tr("not imported: the import was cancelled before this file"), {});
}

int ImportReportDialog::rows() const
{
    return m_table->rowCount();
}

QString ImportReportDialog::text() const
{
    QString text = summary() + u'\n';
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList details = m_table->item(row, 2)->text().split(u'\n');
        text += m_table->item(row, 0)->text() + QStringLiteral("  ") + m_table->item(row, 1)->text()
                + QStringLiteral(": ") + details.takeFirst() + u'\n';
        for (const QString &more : std::as_const(details))
            text += QStringLiteral("    ") + more + u'\n';
    }
    return text;
}

} // namespace tematik
