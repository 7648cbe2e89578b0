#include "ui/dialogs/exporttabledialog.h"

#include "core/report/pseudonyms.h"
#include "core/report/reporttablecatalog.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/casestore.h"
#include "core/store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tematik {

ExportTableDialog::ExportTableDialog(Project &project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Export Table"));
    m_table = new QComboBox(this);
    for (const ReportTableCatalog::Entry &entry : ReportTableCatalog::entries())
        m_table->addItem(entry.displayName, entry.id);

    m_exemplarsOnly = new QCheckBox(tr("Only the quotes marked as exemplars"), this);
    m_exemplarsOnly->setChecked(true);
    m_withSpeaker = new QCheckBox(tr("End each quote with who said it"), this);
    m_withSpeaker->setChecked(true);
    m_pseudonymise = new QCheckBox(tr("Pseudonymise source names, speakers and cases"), this);
    m_pseudonymAttribute = new QComboBox(this);
    m_pseudonymAttribute->addItem(tr("(none: Participant 1, 2, …)"), QString());
    for (const AttributeInfo &attribute : project.cases().attributes())
        m_pseudonymAttribute->addItem(attribute.name, attribute.name);
    const int preferred = m_pseudonymAttribute->findData(Pseudonyms::defaultAttribute(project));
    m_pseudonymAttribute->setCurrentIndex(preferred >= 0 ? preferred : 0);

    m_format = new QComboBox(this);
    for (const TableWriter *writer : TableWriterRegistry::standard().writers())
        m_format->addItem(QStringLiteral("%1 (.%2)").arg(writer->displayName(), writer->extension()), writer->id());
    const int docx = m_format->findData(QStringLiteral("docx"));
    m_format->setCurrentIndex(docx >= 0 ? docx : 0);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Table:"), m_table);
    form->addRow(QString(), m_exemplarsOnly);
    form->addRow(QString(), m_withSpeaker);
    form->addRow(QString(), m_pseudonymise);
    form->addRow(tr("Pseudonyms &from:"), m_pseudonymAttribute);
    form->addRow(tr("F&ormat:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportTableDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportTableDialog::updateOptions);
    connect(m_pseudonymise, &QCheckBox::toggled, this, &ExportTableDialog::updateOptions);
    updateOptions();
}

QString ExportTableDialog::tableId() const
{
    return m_table->currentData().toString();
}

bool ExportTableDialog::setTableId(const QString &id)
{
    const int index = m_table->findData(id);
    if (index < 0)
        return false;
    m_table->setCurrentIndex(index);
    return true;
}

ReportOptions ExportTableDialog::options() const
{
    ReportOptions options;
    options.exemplarsOnly = m_exemplarsOnly->isChecked();
    options.withSpeaker = m_withSpeaker->isChecked();
    options.pseudonymise = m_pseudonymise->isChecked();
    options.pseudonymAttribute = m_pseudonymAttribute->currentData().toString();
    return options;
}

void ExportTableDialog::setOptions(const ReportOptions &options)
{
    m_exemplarsOnly->setChecked(options.exemplarsOnly);
    m_withSpeaker->setChecked(options.withSpeaker);
    m_pseudonymise->setChecked(options.pseudonymise);
    const int index = m_pseudonymAttribute->findData(options.pseudonymAttribute);
    if (index >= 0)
        m_pseudonymAttribute->setCurrentIndex(index);
}

QString ExportTableDialog::formatId() const
{
    return m_format->currentData().toString();
}

bool ExportTableDialog::setFormatId(const QString &id)
{
    const int index = m_format->findData(id);
    if (index < 0)
        return false;
    m_format->setCurrentIndex(index);
    return true;
}

void ExportTableDialog::updateOptions()
{
    const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(tableId());
    const bool segments = entry && entry->usesSegmentOptions;
    const bool pseudonyms = entry && entry->usesPseudonyms;
    m_exemplarsOnly->setEnabled(segments);
    m_withSpeaker->setEnabled(segments);
    m_pseudonymise->setEnabled(pseudonyms);
    m_pseudonymAttribute->setEnabled(pseudonyms && m_pseudonymise->isChecked());
}

Status ExportTableDialog::exportTo(const QString &path)
{
    const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(tableId());
    const TableWriter *writer = TableWriterRegistry::standard().writer(formatId());
    if (!entry || !writer)
        return Error{tr("Choose a table and a format.")};
    return writer->write(entry->build(m_project, options()), path);
}

void ExportTableDialog::chooseFile()
{
    const TableWriter *writer = TableWriterRegistry::standard().writer(formatId());
    if (!writer)
        return;
    const QString suggested = QDir(QFileInfo(m_project.path()).absolutePath())
                                  .filePath(tableId() + QLatin1Char('.') + writer->extension());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), suggested,
        QStringLiteral("%1 (*.%2)").arg(writer->displayName(), writer->extension()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + writer->extension();
    if (Status written = exportTo(path); !written) {
        m_message->setText(written.error());
        m_message->show();
        return;
    }
    accept();
}

} // namespace tematik
