#pragma once

#include "core/model/code.h"

#include <QDialog>

class QPlainTextEdit;

namespace tematik {

// The codebook entry of one code: its definition, when to use it, when not to, and an example, the
// guidance that keeps coders (and one coder over months) applying it the same way. Edits nothing
// itself: whoever opens it applies details() when it is accepted.
class CodeDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CodeDetailsDialog(const Code &code, QWidget *parent = nullptr);

    CodeDetails details() const;
    void setDetails(const CodeDetails &details);

private:
    QPlainTextEdit *m_definition = nullptr;
    QPlainTextEdit *m_whenToUse = nullptr;
    QPlainTextEdit *m_whenNotToUse = nullptr;
    QPlainTextEdit *m_example = nullptr;
};

} // namespace tematik
