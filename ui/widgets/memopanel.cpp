#include "ui/widgets/memopanel.h"

#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "ui/commands/editor.h"
#include "ui/models/memolistmodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tematik {
namespace {

// Long enough not to write at every keystroke, short enough that a killed app loses a word or two.
constexpr int saveDelayMs = 500;

} // namespace

MemoPanel::MemoPanel(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_edit = new QPlainTextEdit(this);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_saveTimer = new QTimer(this);
    m_saveTimer->setObjectName(QStringLiteral("memoSaveTimer"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MemoPanel::save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_typed = true;
        m_saveTimer->start();
    });

    m_sorted = new QSortFilterProxyModel(this);
    m_list = new QTreeView(this);
    m_list->setModel(m_sorted);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(MemoListModel::ModifiedColumn, Qt::DescendingOrder);
    m_list->setToolTip(tr("Double-click a memo to go to what it is on."));
    connect(m_list, &QTreeView::activated, this, &MemoPanel::activate);
    m_remove = new QAction(tr("Delete Memo"), m_list);
    QAction *remove = m_remove;
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MemoPanel::removeCurrent);
    m_list->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *current = new QWidget(this);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->addWidget(m_heading);
    currentLayout->addWidget(m_edit);
    currentLayout->addWidget(m_problem);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(current);
    splitter->addWidget(m_list);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setProject(nullptr, nullptr);
}

MemoPanel::~MemoPanel()
{
    m_sorted->setSourceModel(nullptr);
}

void MemoPanel::setProject(Project *project, Editor *editor)
{
    save();
    if (m_project)
        disconnect(&m_project->notifier(), nullptr, this, nullptr);
    m_sorted->setSourceModel(nullptr);
    m_model.reset();
    m_project = project;
    m_editor = editor;
    m_target = MemoTarget::project();
    setEnabled(m_project != nullptr);
    // Without an editor the memos are read, not written: the project is open read-only.
    m_edit->setReadOnly(!m_editor);
    m_remove->setEnabled(m_editor != nullptr);
    m_edit->setPlaceholderText(m_project && !m_editor
                                   ? tr("No memo here.")
                                   : tr("Write down what you notice, ask or suspect. It is kept as you type; "
                                        "there is nothing to save."));
    if (m_project) {
        m_model = std::make_unique<MemoListModel>(*m_project);
        m_sorted->setSourceModel(m_model.get());
        m_list->header()->setSectionResizeMode(MemoListModel::TextColumn, QHeaderView::Stretch);
        m_list->header()->setSectionResizeMode(MemoListModel::ModifiedColumn, QHeaderView::ResizeToContents);
        ProjectNotifier &n = m_project->notifier();
        connect(&n, &ProjectNotifier::memoAdded, this, &MemoPanel::onMemoAdded);
        connect(&n, &ProjectNotifier::memoChanged, this, [this](MemoId id) {
            if (id == m_memo)
                showStored();
        });
        connect(&n, &ProjectNotifier::memoRemoved, this, &MemoPanel::onMemoRemoved);
        // Renames change the heading; deletions may take the target away.
        for (auto signal : {&ProjectNotifier::sourceChanged, &ProjectNotifier::sourceRemoved, &ProjectNotifier::codeChanged,
                            &ProjectNotifier::codeRemoved, &ProjectNotifier::codingsChanged})
            connect(&n, signal, this, &MemoPanel::refreshTarget);
        connect(&n, &ProjectNotifier::casesChanged, this, &MemoPanel::refreshTarget);
    }
    const QList<Memo> memos = m_project ? m_project->memos().forTarget(m_target) : QList<Memo>();
    m_memo = memos.isEmpty() ? 0 : memos.first().id;
    m_typed = false;
    m_heading->setText(heading());
    showStored();
    report({});
}

void MemoPanel::setTarget(const MemoTarget &target)
{
    if (!m_project || target == m_target)
        return;
    const QList<Memo> memos = m_project->memos().forTarget(target);
    showMemo(target, memos.isEmpty() ? 0 : memos.first().id);
}

void MemoPanel::showMemo(const MemoTarget &target, MemoId memo)
{
    save();
    if (m_editor)
        m_editor->endMemoEdit();
    m_target = target;
    m_memo = memo;
    m_heading->setText(heading());
    showStored();
}

void MemoPanel::showStored()
{
    if (m_typed)
        return;
    const std::optional<Memo> memo = m_project && m_memo != 0 ? m_project->memos().find(m_memo) : std::nullopt;
    const QString text = memo ? memo->body : QString();
    // Setting the same text again would move the cursor away from where the researcher is typing.
    if (m_edit->toPlainText() == text)
        return;
    const QSignalBlocker quiet(m_edit);
    m_edit->setPlainText(text);
    // Memos grow at the end: that is where writing goes on.
    m_edit->moveCursor(QTextCursor::End);
}

void MemoPanel::save()
{
    m_saveTimer->stop();
    if (!m_typed || !m_editor)
        return;
    m_typed = false;
    const QString body = m_edit->toPlainText();
    if (m_memo != 0) {
        const std::optional<Memo> memo = m_project->memos().find(m_memo);
        const Status s = m_editor->setMemoText(m_memo, memo ? memo->title : QString(), body);
        report(s ? QString() : s.error());
    } else if (!body.isEmpty()) {
        const Result<MemoId> id = m_editor->addMemo(NewMemo{m_target, {}, body});
        if (id)
            m_memo = *id;
        report(id ? QString() : id.error());
    }
}

void MemoPanel::onMemoAdded(MemoId id)
{
    // A memo on the target shown comes (back) by undo or redo: show it.
    if (m_memo != 0)
        return;
    const std::optional<Memo> memo = m_project->memos().find(id);
    if (memo && memo->target == m_target) {
        m_memo = id;
        showStored();
    }
}

void MemoPanel::onMemoRemoved(MemoId id)
{
    if (id != m_memo)
        return;
    const QList<Memo> others = m_project->memos().forTarget(m_target);
    m_memo = others.isEmpty() ? 0 : others.first().id;
    showStored();
}

void MemoPanel::refreshTarget()
{
    if (!m_project->memos().names(m_target)) {
        // What the memo was on is gone, and the memo with it: there is nothing left to store typing in.
        m_typed = false;
        setTarget(MemoTarget::project());
        return;
    }
    m_heading->setText(heading());
}

QString MemoPanel::heading() const
{
    if (!m_project)
        return tr("No project open");
    const QString name = m_project->memos().names(m_target).value_or(MemoTargetNames{}).name;
    switch (m_target.kind) {
    case MemoTarget::Kind::Project:
        return tr("Project memo");
    case MemoTarget::Kind::Source:
        return tr("Memo on source ‘%1’").arg(name);
    case MemoTarget::Kind::Code:
        return tr("Memo on code ‘%1’").arg(name);
    case MemoTarget::Kind::Coding:
        return tr("Memo on this coding");
    case MemoTarget::Kind::Case:
        return tr("Memo on case ‘%1’").arg(name);
    case MemoTarget::Kind::Theme:
        return tr("Memo on theme ‘%1’").arg(name);
    }
    return {};
}

void MemoPanel::activate(const QModelIndex &index)
{
    const int row = m_sorted->mapToSource(index).row();
    const MemoTarget target = m_model->targetAt(row);
    showMemo(target, m_model->memoAt(row));
    Q_EMIT memoActivated(target);
}

void MemoPanel::removeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_editor)
        return;
    const Status s = m_editor->removeMemo(m_model->memoAt(m_sorted->mapToSource(current).row()));
    report(s ? QString() : s.error());
}

void MemoPanel::report(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool MemoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && m_editor) {
        save();
        m_editor->endMemoEdit();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tematik
