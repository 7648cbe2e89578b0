#include "ui/dialogs/speakercasesdialog.h"

#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tematik {

SpeakerCasesDialog::SpeakerCasesDialog(Project &project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Speakers and cases"));
    auto *intro = new QLabel(tr("Each speaker's coded segments count for the case chosen here. Interviewers and "
                                "moderators usually belong to no case."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Speaker"), tr("Turns"), tr("Case")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 480);
    fill();
}

void SpeakerCasesDialog::fill()
{
    QHash<SourceId, QString> sourceNames;
    for (const SourceInfo &s : m_project.sources().list())
        sourceNames.insert(s.id, s.name);
    const QList<CaseInfo> cases = m_project.cases().list();
    const QList<SpeakerInfo> speakers = m_project.cases().speakers();
    m_table->setRowCount(int(speakers.size()));
    for (int row = 0; row < speakers.size(); ++row) {
        const SpeakerInfo &s = speakers[row];
        m_table->setItem(row, 0, new QTableWidgetItem(sourceNames.value(s.sourceId)));
        m_table->setItem(row, 1, new QTableWidgetItem(s.label));
        // A number, not text: the view writes it in the interface's locale.
        auto *turns = new QTableWidgetItem;
        turns->setData(Qt::DisplayRole, m_project.cases().turnCount(s.id));
        turns->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, turns);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("(no case)"), QVariant());
        for (const CaseInfo &c : cases)
            combo->addItem(c.name, c.id);
        combo->setCurrentIndex(s.caseId ? combo->findData(*s.caseId) : 0);
        connect(combo, &QComboBox::activated, this, [this, combo, speaker = s.id] {
            const QVariant chosen = combo->currentData();
            const std::optional<CaseId> caseId = chosen.isValid() ? std::optional<CaseId>(chosen.toLongLong()) : std::nullopt;
            if (Status st = m_project.cases().linkSpeaker(speaker, caseId); !st)
                QMessageBox::warning(this, windowTitle(), st.error());
        });
        m_table->setCellWidget(row, 3, combo);
    }
}

} // namespace tematik
