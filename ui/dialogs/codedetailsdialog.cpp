#include "ui/dialogs/codedetailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tematik {

CodeDetailsDialog::CodeDetailsDialog(const Code &code, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Definition of “%1”").arg(code.name));
    const auto field = [this](const QString &placeholder) {
        auto *edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_definition = field(tr("What the code means, in a sentence or two."));
    m_whenToUse = field(tr("The passages this code is for."));
    m_whenNotToUse = field(tr("Passages that look alike but belong elsewhere, and where they go."));
    m_example = field(tr("A typical quotation."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("&When to use:"), m_whenToUse);
    form->addRow(tr("When &not to use:"), m_whenNotToUse);
    form->addRow(tr("&Example:"), m_example);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setDetails(code.details());
    resize(560, 520);
}

CodeDetails CodeDetailsDialog::details() const
{
    return {m_definition->toPlainText(), m_whenToUse->toPlainText(), m_whenNotToUse->toPlainText(),
            m_example->toPlainText()};
}

void CodeDetailsDialog::setDetails(const CodeDetails &details)
{
    m_definition->setPlainText(details.description);
    m_whenToUse->setPlainText(details.whenToUse);
    m_whenNotToUse->setPlainText(details.whenNotToUse);
    m_example->setPlainText(details.example);
}

} // namespace tematik
