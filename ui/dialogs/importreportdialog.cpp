#include "ui/dialogs/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tematik {

ImportReportDialog::ImportReportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import report"));
    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
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

void ImportReportDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

int ImportReportDialog::rows() const
{
    return m_table->rowCount();
}

} // namespace tematik
