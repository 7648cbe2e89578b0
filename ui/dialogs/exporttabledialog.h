#pragma once

#include "core/report/reportoptions.h"
#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace tematik {

class Project;

// File ▸ Export Table: which report table (from ReportTableCatalog), the options that table reads, and
// the format (from TableWriterRegistry). Export… asks for the file and writes it; the dialog stays
// open on a failure, with the reason, so that nothing is lost.
class ExportTableDialog : public QDialog
{
    Q_OBJECT

public:
    ExportTableDialog(Project &project, QWidget *parent = nullptr);

    QString tableId() const;
    bool setTableId(const QString &id);
    ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    QString formatId() const;
    bool setFormatId(const QString &id);

    // Builds the chosen table and writes it to path in the chosen format (the file dialog's choice).
    Status exportTo(const QString &path);

private:
    void chooseFile();
    void updateOptions();

    Project &m_project;
    QComboBox *m_table = nullptr;
    QCheckBox *m_exemplarsOnly = nullptr;
    QCheckBox *m_withSpeaker = nullptr;
    QCheckBox *m_pseudonymise = nullptr;
    QComboBox *m_pseudonymAttribute = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tematik
