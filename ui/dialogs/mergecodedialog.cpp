#include "ui/dialogs/mergecodedialog.h"

#include "core/store/codestore.h"
#include "core/store/project.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tematik {

MergeCodeDialog::MergeCodeDialog(Project &project, CodeId from, QWidget *parent) : QDialog(parent)
{
    const QString name = project.codes().find(from).value_or(Code{}).name;
    setWindowTitle(tr("Merge “%1”").arg(name));
    auto *intro =
        new QLabel(tr("Merge “%1” into the code chosen below. Its codings move there (a passage that "
                      "code has coded already is not coded twice), its subcodes become that code's "
                      "subcodes, and “%1” goes. Undo puts it back.")
                       .arg(name),
                   this);
    intro->setWordWrap(true);
    m_codes = new QListWidget(this);
    QSet<CodeId> excluded;
    for (const Code &c : project.codes().subtree(from))
        excluded.insert(c.id);
    for (const Code &c : project.codes().list()) {
        if (excluded.contains(c.id))
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(QColor(c.color));
        auto *item = new QListWidgetItem(QIcon(swatch), project.codes().path(c.id), m_codes);
        item->setData(Qt::UserRole, c.id);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_codes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current != nullptr);
    });
    connect(m_codes, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_codes);
    layout->addWidget(m_buttons);
    resize(480, 440);
}

CodeId MergeCodeDialog::target() const
{
    const QListWidgetItem *item = m_codes->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool MergeCodeDialog::setTarget(CodeId id)
{
    for (int row = 0; row < m_codes->count(); ++row) {
        if (m_codes->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_codes->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace tematik
