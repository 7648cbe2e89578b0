#pragma once

#include "ui/dialogs/reportdialog.h"

#include <QStringList>

class QTableWidget;

namespace tematik {

// What became of each file of an import batch: imported (with format or encoding, and turns found),
// failed (with the reason), warnings, and files left when the user cancelled; one row a file.
class ImportReportDialog : public ReportDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(QWidget *parent = nullptr);

    void addImported(const QString &file, const QString &source, const QString &how, int turns, const QStringList &warnings);
    void addFailed(const QString &file, const QString &reason);
    void addSkipped(const QString &file);
    int rows() const;
    // The heading, then a file a line: result, file name, details (each warning on a line of its own).
    QString text() const override;

private:
    void addRow(const QString &status, const QString &file, const QString &detail, const QString &tooltip);

    QTableWidget *m_table = nullptr;
};

} // namespace tematik
