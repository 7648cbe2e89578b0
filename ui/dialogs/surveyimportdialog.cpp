#include "ui/dialogs/surveyimportdialog.h"

#include "core/import/caseimport.h"
#include "core/table/datatable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tematik {

SurveyImportDialog::Role SurveyImportDialog::guessRole(const DataTable &table, int column)
{
    const QString name = table.header.value(column).trimmed();
    if (column == CaseImport::idColumnOf(table, {}))
        return Respondent;
    qsizetype length = 0;
    qsizetype filled = 0;
    for (const QStringList &row : table.rows) {
        if (!row.value(column).isEmpty()) {
            length += row.value(column).size();
            ++filled;
        }
    }
    if (name.endsWith(u'?') || (filled > 0 && length / filled > 40))
        return Answer;
    return Attribute;
}

SurveyImportDialog::SurveyImportDialog(const DataTable &table, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import survey"));
    auto *intro = new QLabel(tr("Each row is a respondent. Open-ended answers become codable text, one source per "
                                "question; the other columns describe the respondents."),
                             this);
    intro->setWordWrap(true);
    m_columns = new QTableWidget(int(table.header.size()), 3, this);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Holds")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 0; c < table.header.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(table.header[c]));
        m_columns->setItem(c, 1, new QTableWidgetItem(table.rows.isEmpty() ? QString() : table.rows.first().value(c)));
        auto *role = new QComboBox(m_columns);
        role->addItem(tr("Respondent id"), Respondent);
        role->addItem(tr("Open-ended answer"), Answer);
        role->addItem(tr("Attribute"), Attribute);
        role->addItem(tr("Leave out"), LeaveOut);
        role->setCurrentIndex(role->findData(guessRole(table, c)));
        connect(role, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::updateOk);
        m_columns->setCellWidget(c, 2, role);
    }
    m_columns->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_columns);
    layout->addWidget(buttons);
    resize(720, 420);
    updateOk();
}

void SurveyImportDialog::setRole(int column, Role role)
{
    auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
    if (combo)
        combo->setCurrentIndex(combo->findData(role));
}

SurveyImportOptions SurveyImportDialog::options() const
{
    SurveyImportOptions options;
    options.attributeColumns = QStringList();
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2));
        const QString name = m_columns->item(c, 0)->text();
        switch (Role(combo->currentData().toInt())) {
        case Respondent:
            options.idColumn = name;
            break;
        case Answer:
            options.textColumns.append(name);
            break;
        case Attribute:
            options.attributeColumns->append(name);
            break;
        case LeaveOut:
            break;
        }
    }
    return options;
}

void SurveyImportDialog::updateOk()
{
    int respondents = 0;
    int answers = 0;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2));
        respondents += combo->currentData().toInt() == Respondent;
        answers += combo->currentData().toInt() == Answer;
    }
    // Exactly one id column and at least one question make an import.
    m_ok->setEnabled(respondents == 1 && answers > 0);
}

} // namespace tematik
