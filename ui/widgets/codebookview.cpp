#include "ui/widgets/codebookview.h"

#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "ui/commands/editor.h"
#include "ui/dialogs/codedetailsdialog.h"
#include "ui/dialogs/mergecodedialog.h"
#include "ui/models/codebookmodel.h"
#include "ui/models/codebooksortmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHeaderView>
#include <QStyle>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace tematik {

CodebookView::CodebookView(QWidget *parent) : QTreeView(parent), m_sorted(new CodebookSortModel({}, this))
{
    setUniformRowHeights(true);
    // Double-click codes the selected words (codeActivated); F2 renames.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setExpandsOnDoubleClick(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setToolTip(tr("Select words in the text, then double-click a code to code them, or drag them onto it."));
    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CodeId id = m_model ? m_model->codeAt(m_sorted->mapToSource(index)) : 0)
            Q_EMIT codeActivated(id);
    });

    makeAction(Action::NewCode, tr("&New Code"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    makeAction(Action::NewSubcode, tr("New &Subcode"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)});
    makeAction(Action::Rename, tr("&Rename"), {QKeySequence(Qt::Key_F2)});
    makeAction(Action::Color, tr("&Colour…"), {});
    makeAction(Action::Details, tr("Edit &Definition…"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    makeAction(Action::Merge, tr("&Merge Into…"), {QKeySequence(Qt::CTRL | Qt::Key_M)});
    makeAction(Action::Delete, tr("&Delete…"), {QKeySequence(QKeySequence::Delete)});
    makeAction(Action::SortByName, tr("Sort by &Name"), {});
    makeAction(Action::ManualOrder, tr("&Manual Order"), {});
    auto *order = new QActionGroup(this);
    for (Action a : {Action::SortByName, Action::ManualOrder}) {
        action(a)->setCheckable(true);
        order->addAction(action(a));
    }
    action(Action::ManualOrder)->setChecked(true);

    const auto add = [this](std::optional<CodeId> under) {
        if (Result<CodeId> id = addCode(under); !id)
            Q_EMIT failed(id.error());
    };
    connect(action(Action::NewCode), &QAction::triggered, this, [add] { add(std::nullopt); });
    connect(action(Action::NewSubcode), &QAction::triggered, this, [this, add] { add(currentCode()); });
    connect(action(Action::Rename), &QAction::triggered, this,
            [this] { edit(currentIndex().siblingAtColumn(0)); });
    connect(action(Action::Color), &QAction::triggered, this, [this] { chooseColor(currentCode()); });
    connect(action(Action::Details), &QAction::triggered, this, [this] { editDetails(currentCode()); });
    connect(action(Action::Merge), &QAction::triggered, this, [this] { mergeCode(currentCode()); });
    connect(action(Action::Delete), &QAction::triggered, this, [this] { removeCode(currentCode()); });
    connect(action(Action::SortByName), &QAction::triggered, this, [this] { setSortByName(true); });
    connect(action(Action::ManualOrder), &QAction::triggered, this, [this] { setSortByName(false); });
    updateActions();
}

CodebookView::~CodebookView()
{
    setProject(nullptr, nullptr);
}

QAction *CodebookView::makeAction(Action which, const QString &text, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, this);
    a->setShortcuts(keys);
    // Only while the tree itself has focus: a name being edited in place keeps its keys.
    a->setShortcutContext(Qt::WidgetShortcut);
    addAction(a);
    m_actions[size_t(which)] = a;
    return a;
}

void CodebookView::setProject(Project *project, Editor *editor)
{
    // setModel() makes a new selection model each time and leaves the old one to whoever set the model.
    QItemSelectionModel *selection = selectionModel();
    setModel(nullptr);
    delete selection;
    m_sorted->setSourceModel(nullptr);
    m_model.reset();
    m_project = project;
    m_editor = editor;
    if (m_project) {
        m_model = std::make_unique<CodebookModel>(*m_project, m_editor);
        connect(m_model.get(), &CodebookModel::editFailed, this, &CodebookView::failed);
        m_sorted->setSourceModel(m_model.get());
        selection = selectionModel();
        setModel(m_sorted);
        delete selection;
        expandAll();
        header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
        // Count columns of a fixed width, wide enough for five digits and their heading: fitting them to their
        // contents measured every row again after each coding (3 ms on a 200-code codebook).
        for (int column : {int(CodebookModel::CodingsColumn), int(CodebookModel::SourcesColumn)}) {
            header()->setSectionResizeMode(column, QHeaderView::Fixed);
            const QString heading = m_sorted->headerData(column, Qt::Horizontal).toString();
            header()->resizeSection(column, std::max(fontMetrics().horizontalAdvance(QStringLiteral("00000")),
                                                     header()->fontMetrics().horizontalAdvance(heading))
                                                + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8);
        }
        header()->setStretchLastSection(false);
        // A new subcode shows at once, under its parent.
        connect(m_sorted, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
            if (parent.isValid())
                expand(parent);
        });
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookView::updateActions);
    }
    updateActions();
}

CodeId CodebookView::currentCode() const
{
    return m_model ? m_model->codeAt(m_sorted->mapToSource(currentIndex())) : 0;
}

void CodebookView::setCurrentCode(CodeId id)
{
    if (m_model)
        setCurrentIndex(m_sorted->mapFromSource(m_model->indexOf(id)));
}

void CodebookView::setSortByName(bool byName)
{
    m_sorted->setSortByName(byName);
    action(byName ? Action::SortByName : Action::ManualOrder)->setChecked(true);
}

void CodebookView::updateActions()
{
    const bool editable = m_editor != nullptr;
    const bool onCode = editable && currentCode() != 0;
    action(Action::NewCode)->setEnabled(editable);
    for (Action a :
         {Action::NewSubcode, Action::Rename, Action::Color, Action::Details, Action::Merge, Action::Delete})
        action(a)->setEnabled(onCode);
}

void CodebookView::report(const Status &status)
{
    if (!status)
        Q_EMIT failed(status.error());
}

Result<CodeId> CodebookView::addCode(std::optional<CodeId> parent)
{
    if (!m_editor)
        return Error{tr("Open a project first.")};
    QSet<QString> taken;
    for (const Code &c : m_project->codes().list()) {
        if (c.parentId == parent)
            taken.insert(c.name);
    }
    NewCode code;
    code.parentId = parent;
    code.name = tr("New code");
    for (int n = 2; taken.contains(code.name); ++n)
        code.name = tr("New code %1").arg(n);
    Result<CodeId> id = m_editor->addCode(code);
    if (!id)
        return id;
    // The model has the new row already: the project announced it when the action committed.
    setCurrentCode(*id);
    edit(currentIndex());
    return id;
}

void CodebookView::chooseColor(CodeId id)
{
    const std::optional<Code> code = m_project ? m_project->codes().find(id) : std::nullopt;
    if (!code)
        return;
    auto *dialog = new QColorDialog(QColor(code->color), this);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(code->name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, id](const QColor &color) {
        if (m_editor)
            report(m_editor->setCodeColor(id, color.name()));
    });
    dialog->open();
}

void CodebookView::editDetails(CodeId id)
{
    const std::optional<Code> code = m_project ? m_project->codes().find(id) : std::nullopt;
    if (!code)
        return;
    auto *dialog = new CodeDetailsDialog(*code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_editor)
            report(m_editor->setCodeDetails(id, dialog->details()));
    });
    dialog->open();
}

void CodebookView::mergeCode(CodeId id)
{
    if (!m_project || !m_project->codes().find(id))
        return;
    auto *dialog = new MergeCodeDialog(*m_project, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_editor)
            report(m_editor->mergeCodes(id, dialog->target()));
    });
    dialog->open();
}

QString CodebookView::removalQuestion(CodeId id) const
{
    const std::optional<Code> code = m_project ? m_project->codes().find(id) : std::nullopt;
    if (!code)
        return {};
    QStringList text{tr("Delete the code “%1”?").arg(code->name)};
    const int subcodes = int(m_project->codes().subtree(id).size()) - 1;
    if (subcodes > 0)
        text.append(tr("Its %Ln subcode(s) will be deleted with it.", nullptr, subcodes));
    const CodeUse use = m_project->codings().useWithSubcodes(id);
    if (use.codings > 0)
        text.append(
            tr("%1 in %2 will be removed.")
                .arg(tr("%Ln coding(s)", nullptr, use.codings), tr("%Ln source(s)", nullptr, use.sources)));
    else
        text.append(tr("No codings will be removed."));
    text.append(tr("Edit → Undo brings it all back."));
    return text.join(u'\n');
}

void CodebookView::removeCode(CodeId id)
{
    const QString question = removalQuestion(id);
    if (question.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete code"), question, QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove && m_editor)
            report(m_editor->removeCode(id));
    });
    box->open();
}

void CodebookView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu is about the code under the pointer, or about the codebook as a whole.
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    else
        setCurrentIndex({});
    updateActions();
    QMenu menu(this);
    menu.addActions({action(Action::NewCode), action(Action::NewSubcode)});
    menu.addSeparator();
    menu.addActions({action(Action::Rename), action(Action::Color), action(Action::Details)});
    menu.addSeparator();
    menu.addActions({action(Action::Merge), action(Action::Delete)});
    menu.addSeparator();
    menu.addActions({action(Action::SortByName), action(Action::ManualOrder)});
    menu.exec(event->globalPos());
}

void CodebookView::startDrag(Qt::DropActions)
{
    // The model moves a dropped code itself, through the editor. QAbstractItemView::startDrag would
    // afterwards remove the dragged rows, as a move between two models needs; here that would be wrong.
    QMimeData *dragged = model() ? model()->mimeData({currentIndex().siblingAtColumn(0)}) : nullptr;
    if (!dragged)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(dragged);
    drag->exec(Qt::MoveAction);
}

} // namespace tematik
