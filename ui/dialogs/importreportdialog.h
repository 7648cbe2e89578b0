#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace tematik {

// What became of each file of an import batch: imported (with format or encoding, and turns found),
// failed (with the reason), warnings, and files left when the user cancelled.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(QWidget *parent = nullptr);

    void addImported(const QString &file, const QString &source, const QString &how, int turns, const QStringList &warnings);
    void addFailed(const QString &file, const QString &reason);
    void addSkipped(const QString &file);
    // The heading: "Imported 7 of 8 files."
    void setSummary(const QString &summary);
    int rows() const;

private:
    void addRow(const QString &status, const QString &file, const QString &detail, const QString &tooltip);

    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace tematik
