#include "ui/dialogs/reportdialog.h"

#include "core/io/atomicfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tematik {

ReportDialog::ReportDialog(QWidget *parent) : QDialog(parent)
{
    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the whole report as text."));
    connect(copy, &QPushButton::clicked, this, &ReportDialog::copyText);
    QPushButton *save = buttons->addButton(tr("&Save as Text…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ReportDialog::chooseTextFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    // Close, not Copy, answers Enter: the report is read, then closed.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_summary);
    m_layout->addWidget(buttons);
}

void ReportDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString ReportDialog::summary() const
{
    return m_summary->text();
}

void ReportDialog::setDetails(QWidget *details)
{
    m_layout->insertWidget(1, details, 1);
    // The details take the keys when the dialog opens (the buttons were made first, so they would), and
    // Close stays the default button for Enter.
    details->setFocus();
}

void ReportDialog::copyText() const
{
    QApplication::clipboard()->setText(text());
}

Status ReportDialog::saveText(const QString &path) const
{
    return AtomicFile::write(text().toUtf8(), path);
}

void ReportDialog::chooseTextFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report as Text"),
                                                QDir::home().filePath(tr("import report.txt")),
                                                tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    if (Status saved = saveText(path); !saved)
        QMessageBox::warning(this, tr("Save Report as Text"), saved.error());
}

} // namespace tematik
