#include "ui/widgets/membercheckview.h"

#include "core/report/reportoptions.h"
#include "core/report/reporttablecatalog.h"
#include "core/store/projectnotifier.h"
#include "core/store/project.h"
#include "ui/models/reporttablemodel.h"

#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tematik {

MemberCheckView::MemberCheckView(Project &project, QWidget *parent) : QWidget(parent), m_project(project)
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    auto *prepare = new QPushButton(tr("Prepare Meeting…"), this);
    connect(prepare, &QPushButton::clicked, this, &MemberCheckView::prepareMeetingRequested);
    // A meeting is stored in the project as it is prepared.
    prepare->setEnabled(!project.isReadOnly());
    auto *exportButton = new QPushButton(tr("Export…"), this);
    connect(exportButton, &QPushButton::clicked, this, &MemberCheckView::exportRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(prepare);
    top->addWidget(exportButton);

    m_model = new ReportTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The columns share out the width the view has, whenever that changes.
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    ProjectNotifier &n = project.notifier();
    for (auto signal : {&ProjectNotifier::memoAdded, &ProjectNotifier::memoChanged, &ProjectNotifier::memoRemoved,
                        &ProjectNotifier::themeAdded, &ProjectNotifier::themeChanged, &ProjectNotifier::themeRemoved,
                        &ProjectNotifier::meetingChanged})
        connect(&n, signal, this, &MemberCheckView::scheduleRebuild);
    rebuild();
}

void MemberCheckView::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void MemberCheckView::rebuild()
{
    const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(QStringLiteral("member-checking"));
    if (!entry)
        return;
    const ReportTable table = entry->build(m_project, ReportOptions{});
    m_model->setTable(table);
    m_caption->setText(table.rows.isEmpty()
                           ? tr("No feedback yet. Prepare a meeting, present the themes, and take down what "
                                "participants say in the presenter window: it appears here, theme by theme.")
                           : table.caption);
    fitColumns();
}

void MemberCheckView::fitColumns()
{
    // Names, meetings and verdicts are as wide as their text up to a part of the width, wrapping beyond
    // it; the remarks, which are what is read here, take the rest.
    const int width = m_view->viewport()->width();
    const int columns = m_model->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), width / (columns + 1)));
    }
    m_view->resizeRowsToContents();
}

bool MemberCheckView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace tematik
