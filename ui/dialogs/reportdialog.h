#pragma once

#include "core/result.h"

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace tematik {

// What an import did, for the user to read and keep: a heading, the details a subclass puts below it,
// and Copy and Save as Text… beside Close, which take the whole report as plain text (text()).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(QWidget *parent = nullptr);

    // The heading, in bold: "Imported 7 of 8 files."
    void setSummary(const QString &summary);
    QString summary() const;
    // The whole report as plain text, heading first: what Copy puts on the clipboard and Save writes.
    virtual QString text() const = 0;
    void copyText() const;
    // Writes text() as UTF-8, atomically; the error names the file.
    Status saveText(const QString &path) const;

protected:
    // Puts the details between the heading and the buttons, with the focus (give a container a focus
    // proxy); the dialog takes ownership.
    void setDetails(QWidget *details);

private:
    void chooseTextFile();

    QLabel *m_summary = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace tematik
