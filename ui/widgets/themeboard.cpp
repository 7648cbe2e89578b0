#include "ui/widgets/themeboard.h"

#include "core/store/project.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/models/themeboardmodel.h"
#include "ui/widgets/themecarddelegate.h"
#include "ui/widgets/themeheader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSet>
#include <QToolBar>
#include <QVBoxLayout>

namespace tematik {
namespace {

// Wide enough for a two-line card name of some forty characters; five columns and the tray fit in
// 1280 pixels.
constexpr int columnWidth = 200;

using Kind = ThemeBoardModel::NodeKind;

// Marks the entries of a menu that only read, which stay enabled on a board that cannot be changed.
const QVariant readingAction = QStringLiteral("reading");

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.takeError());
}

} // namespace

ThemeBoard::ThemeBoard(Project &project, Editor *editor, QWidget *parent)
    : QWidget(parent), m_project(project), m_editor(editor),
      m_model(std::make_unique<ThemeBoardModel>(project, editor)),
      m_delegate(new ThemeCardDelegate(columnWidth, this)), m_scroll(new QScrollArea(this)),
      m_canvas(new QWidget), m_grid(new QGridLayout(m_canvas))
{
    connect(m_model.get(), &ThemeBoardModel::editFailed, this, &ThemeBoard::failed);

    makeAction(Action::NewTheme, tr("New &Theme…"), QKeySequence(Qt::Key_Insert));
    makeAction(Action::NewDimension, tr("New &Dimension…"), {});
    makeAction(Action::Rename, tr("&Rename…"), QKeySequence(Qt::Key_F2));
    makeAction(Action::EditDefinition, tr("Edit De&finition…"), QKeySequence(Qt::CTRL | Qt::Key_D));
    makeAction(Action::RemoveTheme, tr("Re&move Theme"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    makeAction(Action::RemoveFromTheme, tr("Remove from Theme"), QKeySequence(QKeySequence::Delete));
    action(Action::NewTheme)
        ->setToolTip(tr("Add a theme to the dimension of the current column, or to none"));
    action(Action::NewDimension)->setToolTip(tr("Add a dimension: a band that groups themes"));
    connect(action(Action::NewTheme), &QAction::triggered, this, [this] {
        const QModelIndex current = m_model->themeIndex(currentTheme());
        std::optional<ThemeId> dimension;
        if (m_model->kindAt(current) == Kind::Dimension && current.isValid())
            dimension = m_model->themeAt(current);
        else if (current.isValid() && current.parent().isValid())
            dimension = m_model->themeAt(current.parent());
        newTheme(dimension);
    });
    connect(action(Action::NewDimension), &QAction::triggered, this, &ThemeBoard::newDimension);
    connect(action(Action::Rename), &QAction::triggered, this, [this] { renameTheme(currentTheme()); });
    connect(action(Action::EditDefinition), &QAction::triggered, this,
            [this] { editDefinition(currentTheme()); });
    connect(action(Action::RemoveTheme), &QAction::triggered, this, [this] { removeTheme(currentTheme()); });
    connect(action(Action::RemoveFromTheme), &QAction::triggered, this, [this] {
        if (const CodeId code = currentCode())
            report(m_editor->assignCodeToTheme(code, std::nullopt));
    });

    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(m_editor != nullptr);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(action(Action::NewTheme));
    tools->addAction(action(Action::NewDimension));

    m_tray = makeColumn(m_model->trayIndex(), this);
    m_tray.frame->setFixedWidth(columnWidth + 20);

    m_grid->setContentsMargins(4, 0, 4, 4);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
    m_looseBand = makeHeader({}, m_canvas);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *board = new QHBoxLayout;
    board->setContentsMargins(6, 0, 0, 0);
    board->setSpacing(8);
    board->addWidget(m_tray.frame);
    board->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(tools);
    layout->addLayout(board, 1);

    // Columns and bands follow the themes; cards moving between columns are the lists' own business.
    const auto isBoardLevel = [this](const QModelIndex &under) {
        return !under.isValid() || m_model->kindAt(under) == Kind::Dimension;
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model.get(), signal, this, [this, isBoardLevel](const QModelIndex &under) {
            if (isBoardLevel(under))
                rebuild();
        });
    connect(m_model.get(), &QAbstractItemModel::rowsMoved, this,
            [this, isBoardLevel](const QModelIndex &from, int, int, const QModelIndex &to) {
                if (isBoardLevel(from) || isBoardLevel(to))
                    rebuild();
            });
    rebuild();
}

ThemeBoard::~ThemeBoard()
{
    // The lists and headings hold indexes of the model: they go first.
    delete m_scroll;
    delete m_tray.frame;
}

QAction *ThemeBoard::makeAction(Action which, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    // Anywhere on the board, but not in the rest of the window.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    m_actions[size_t(which)] = a;
    return a;
}

ThemeHeader *ThemeBoard::makeHeader(const QModelIndex &index, QWidget *parent)
{
    auto *header = new ThemeHeader(*m_model, index, parent);
    connectHeader(header);
    return header;
}

void ThemeBoard::connectHeader(ThemeHeader *header)
{
    const auto theme = [this, header] { return m_model->themeAt(header->index()); };
    connect(header, &ThemeHeader::renameRequested, this, [this, theme] { renameTheme(theme()); });
    connect(header, &ThemeHeader::activated, this, [this, theme] {
        if (m_model->kindAt(m_model->themeIndex(theme())) == Kind::Theme)
            Q_EMIT themeActivated(theme());
    });
    connect(header, &ThemeHeader::menuRequested, this, [this, header, theme](const QPoint &at) {
        // The tray has no menu of its own.
        if (header->index() != m_model->trayIndex())
            showThemeMenu(theme(), at);
    });
}

ThemeBoard::Column ThemeBoard::makeColumn(const QModelIndex &index, QWidget *parent)
{
    Column column;
    column.frame = new QWidget(parent);
    column.frame->setFixedWidth(columnWidth);
    column.header = makeHeader(index, column.frame);
    column.cards = new QListView(column.frame);
    QListView *cards = column.cards;
    cards->setModel(m_model.get());
    cards->setRootIndex(index);
    cards->setItemDelegate(m_delegate);
    cards->setSpacing(3);
    cards->setFrameShape(QFrame::NoFrame);
    cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cards->setResizeMode(QListView::Adjust);
    cards->setSelectionMode(QAbstractItemView::SingleSelection);
    cards->setDragEnabled(true);
    cards->setAcceptDrops(true);
    cards->setDropIndicatorShown(false);
    cards->setDragDropMode(QAbstractItemView::DragDrop);
    cards->setDefaultDropAction(Qt::MoveAction);
    cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cards->setContextMenuPolicy(Qt::CustomContextMenu);
    // The column's own colour, a shade off the window's, so that the cards stand out as on a board.
    QPalette palette = cards->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window).darker(104));
    cards->viewport()->setPalette(palette);
    cards->viewport()->installEventFilter(this);
    connect(cards, &QListView::activated, this, [this](const QModelIndex &card) {
        if (const CodeId code = m_model->codeAt(card))
            Q_EMIT codeActivated(code);
    });
    connect(cards, &QWidget::customContextMenuRequested, this, [this, cards](const QPoint &at) {
        const QModelIndex card = cards->indexAt(at);
        if (card.isValid()) {
            cards->setCurrentIndex(card);
            showCardMenu(card, cards->viewport()->mapToGlobal(at));
        } else if (cards->rootIndex() != m_model->trayIndex()) {
            showThemeMenu(m_model->themeAt(cards->rootIndex()), cards->viewport()->mapToGlobal(at));
        }
    });
    auto *layout = new QVBoxLayout(column.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(column.header);
    layout->addWidget(cards, 1);
    return column;
}

void ThemeBoard::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the layout's hold on the widget, not the widget
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        m_grid->setColumnStretch(c, 0);
        m_grid->setColumnMinimumWidth(c, 0);
    }

    QSet<ThemeId> shown;
    int at = 0;
    const auto place = [&](ThemeHeader *band, const QModelIndex &parent, const QList<int> &rows) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QModelIndex theme = m_model->index(rows[i], 0, parent);
            const ThemeId id = m_model->themeAt(theme);
            if (!m_columns.contains(id))
                m_columns.insert(id, makeColumn(theme, m_canvas));
            m_grid->addWidget(m_columns[id].frame, 1, at + int(i));
            shown.insert(id);
        }
        // A band without themes still takes the width of a column, as a place to drop one.
        const int span = std::max(int(rows.size()), 1);
        m_grid->addWidget(band, 0, at, 1, span);
        for (int c = at; c < at + span; ++c)
            m_grid->setColumnMinimumWidth(c, columnWidth);
        at += span;
    };
    QList<int> loose;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->kindAt(index) == Kind::Theme) {
            loose.append(row);
        } else if (m_model->kindAt(index) == Kind::Dimension) {
            const ThemeId id = m_model->themeAt(index);
            if (!m_bands.contains(id))
                m_bands.insert(id, makeHeader(index, m_canvas));
            shown.insert(id);
            QList<int> rows;
            for (int r = 0; r < m_model->rowCount(index); ++r)
                rows.append(r);
            place(m_bands[id], index, rows);
        }
    }
    place(m_looseBand, {}, loose);
    m_grid->setColumnStretch(at, 1);
    m_grid->setRowStretch(1, 1);

    // Removed later, not now: the change may come from a drag that started in a column being removed.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (shown.contains(it.key())) {
            it->frame->show();
            ++it;
            continue;
        }
        it->frame->hide();
        it->frame->deleteLater();
        it = m_columns.erase(it);
    }
    for (auto it = m_bands.begin(); it != m_bands.end();) {
        if (shown.contains(it.key())) {
            (*it)->show();
            ++it;
            continue;
        }
        (*it)->hide();
        (*it)->deleteLater();
        it = m_bands.erase(it);
    }
}

QList<ThemeId> ThemeBoard::columnOrder() const
{
    QList<std::pair<int, ThemeId>> order;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        int row = 0, column = 0, rows = 0, columns = 0;
        const int item = m_grid->indexOf(it->frame);
        if (item < 0)
            continue;
        m_grid->getItemPosition(item, &row, &column, &rows, &columns);
        order.append({column, it.key()});
    }
    std::sort(order.begin(), order.end());
    QList<ThemeId> ids;
    for (const auto &entry : std::as_const(order))
        ids.append(entry.second);
    return ids;
}

QListView *ThemeBoard::cardList(ThemeId theme) const
{
    if (!theme)
        return m_tray.cards;
    return m_columns.value(theme).cards;
}

ThemeHeader *ThemeBoard::header(ThemeId theme) const
{
    if (!theme)
        return m_tray.header;
    if (const auto band = m_bands.constFind(theme); band != m_bands.constEnd())
        return *band;
    return m_columns.value(theme).header;
}

ThemeId ThemeBoard::currentTheme() const
{
    for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
        if (auto *header = qobject_cast<ThemeHeader *>(w))
            return m_model->themeAt(header->index());
        if (auto *list = qobject_cast<QListView *>(w))
            return m_model->themeAt(list->rootIndex());
    }
    return 0;
}

CodeId ThemeBoard::currentCode() const
{
    for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
        if (auto *list = qobject_cast<QListView *>(w))
            return list->selectionModel()->isSelected(list->currentIndex())
                       ? m_model->codeAt(list->currentIndex())
                       : 0;
    }
    return 0;
}

void ThemeBoard::report(const Status &status)
{
    if (!status)
        Q_EMIT failed(status.error());
}

QString ThemeBoard::unusedName(const QString &base, std::optional<ThemeId> dimension) const
{
    QSet<QString> taken;
    for (const Theme &t : m_project.themes().list()) {
        if (t.parentId == dimension)
            taken.insert(t.name);
    }
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void ThemeBoard::askName(const QString &title, const QString &label, const QString &name,
                         const std::function<Status(const QString &)> &apply)
{
    if (!m_editor)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(name);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, apply] { report(apply(dialog->textValue())); });
    dialog->open();
}

void ThemeBoard::newTheme(std::optional<ThemeId> dimension)
{
    askName(tr("New theme"), tr("Name of the new theme:"), unusedName(tr("New theme"), dimension),
            [this, dimension](const QString &name) {
                Result<ThemeId> added = m_editor->addTheme(name, dimension);
                if (added && m_columns.contains(*added))
                    m_scroll->ensureWidgetVisible(m_columns[*added].frame);
                return statusOf(added);
            });
}

void ThemeBoard::newDimension()
{
    askName(tr("New dimension"), tr("Name of the new dimension:"),
            unusedName(tr("New dimension"), std::nullopt),
            [this](const QString &name) { return statusOf(m_editor->addDimension(name)); });
}

void ThemeBoard::renameTheme(ThemeId theme)
{
    const std::optional<Theme> found = m_project.themes().find(theme);
    if (!found)
        return;
    const bool dimension = found->kind == Theme::Kind::Dimension;
    askName(dimension ? tr("Rename dimension") : tr("Rename theme"), tr("New name of “%1”:").arg(found->name),
            found->name, [this, theme](const QString &name) { return m_editor->renameTheme(theme, name); });
}

void ThemeBoard::editDefinition(ThemeId theme)
{
    if (!m_editor)
        return;
    const std::optional<Theme> found = m_project.themes().find(theme);
    if (!found)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Definition of “%1”").arg(found->name));
    dialog->setLabelText(tr("What the theme is about, and where its edges are:"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(found->definition);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, theme] { report(m_editor->setThemeDefinition(theme, dialog->textValue())); });
    dialog->open();
}

void ThemeBoard::removeTheme(ThemeId theme)
{
    // No question first: nothing is lost (the codes go back to the tray) and Edit → Undo brings it back.
    if (theme && m_editor)
        report(m_editor->removeTheme(theme));
}

std::unique_ptr<QMenu> ThemeBoard::themeMenu(ThemeId theme)
{
    auto menu = std::make_unique<QMenu>(this);
    const QModelIndex index = m_model->themeIndex(theme);
    if (!index.isValid()) {
        menu->addAction(tr("New &Theme…"), this, [this] { newTheme(std::nullopt); });
        menu->addAction(action(Action::NewDimension));
        onlyReading(*menu);
        return menu;
    }
    const bool dimension = m_model->kindAt(index) == Kind::Dimension;
    if (dimension)
        menu->addAction(tr("New &Theme Here…"), this, [this, theme] { newTheme(theme); });
    menu->addAction(tr("&Rename…"), this, [this, theme] { renameTheme(theme); });
    menu->addAction(tr("Edit De&finition…"), this, [this, theme] { editDefinition(theme); });
    if (!dimension) {
        QMenu *status = menu->addMenu(tr("&Status"));
        auto *group = new QActionGroup(status);
        const int current = index.data(ThemeBoardModel::StatusRole).toInt();
        for (Theme::Status s : {Theme::Status::Candidate, Theme::Status::Reviewed, Theme::Status::Final}) {
            QAction *a = status->addAction(ThemeHeader::statusText(int(s)), this,
                                           [this, theme, s] { report(m_editor->setThemeStatus(theme, s)); });
            a->setCheckable(true);
            a->setChecked(int(s) == current);
            group->addAction(a);
        }
        QMenu *move = menu->addMenu(tr("&Move to Dimension"));
        const ThemeId now = m_model->themeAt(index.parent()); // 0: in no dimension
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex d = m_model->index(row, 0);
            if (m_model->kindAt(d) != Kind::Dimension)
                continue;
            const ThemeId id = m_model->themeAt(d);
            QAction *a = move->addAction(d.data().toString(), this, [this, theme, id] {
                report(m_editor->moveTheme(theme, id, m_model->rowCount(m_model->themeIndex(id))));
            });
            a->setEnabled(now != id);
        }
        move->addSeparator();
        QAction *none = move->addAction(tr("No Dimension"), this, [this, theme] {
            report(m_editor->moveTheme(theme, std::nullopt, int(m_project.themes().list().size())));
        });
        none->setEnabled(now != 0);
        menu->addSeparator();
        menu->addAction(tr("Show &Segments"), this, [this, theme] { Q_EMIT themeActivated(theme); })
            ->setData(readingAction);
    }
    menu->addSeparator();
    menu->addAction(dimension ? tr("Remove &Dimension") : tr("Re&move Theme"), this,
                    [this, theme] { removeTheme(theme); });
    onlyReading(*menu);
    return menu;
}

std::unique_ptr<QMenu> ThemeBoard::cardMenu(CodeId code)
{
    auto menu = std::make_unique<QMenu>(this);
    const std::optional<ThemeId> now = m_model->themeOfCode(code);
    QMenu *move = menu->addMenu(tr("&Move to Theme"));
    // The themes as the board shows them: each dimension's under its name, then those in none.
    const auto addThemes = [this, move, code, now](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_model->kindAt(index) != Kind::Theme)
                continue;
            const ThemeId theme = m_model->themeAt(index);
            QAction *a = move->addAction(index.data().toString(), this, [this, code, theme] {
                report(m_editor->assignCodeToTheme(code, theme));
            });
            a->setEnabled(now != theme);
        }
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->kindAt(index) == Kind::Dimension && m_model->rowCount(index) > 0) {
            move->addSection(index.data().toString());
            addThemes(index);
        }
    }
    move->addSection(tr("No dimension"));
    addThemes({});
    move->setEnabled(!move->actions().isEmpty());
    QAction *out = menu->addAction(tr("&Remove from Theme"), this,
                                   [this, code] { report(m_editor->assignCodeToTheme(code, std::nullopt)); });
    out->setEnabled(now.has_value());
    onlyReading(*menu);
    menu->addSeparator();
    menu->addAction(tr("Show &Segments"), this, [this, code] { Q_EMIT codeActivated(code); });
    return menu;
}

void ThemeBoard::onlyReading(QMenu &menu) const
{
    if (m_editor)
        return;
    for (QAction *a : menu.actions()) {
        if (a->data() != readingAction)
            a->setEnabled(false);
    }
}

void ThemeBoard::showThemeMenu(ThemeId theme, const QPoint &globalPos)
{
    themeMenu(theme)->exec(globalPos);
}

void ThemeBoard::showCardMenu(const QModelIndex &card, const QPoint &globalPos)
{
    cardMenu(m_model->codeAt(card))->exec(globalPos);
}

bool ThemeBoard::eventFilter(QObject *watched, QEvent *event)
{
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *cards = viewport ? qobject_cast<QListView *>(viewport->parentWidget()) : nullptr;
    if (!cards)
        return QWidget::eventFilter(watched, event);
    const ThemeId theme = m_model->themeAt(cards->rootIndex());
    if (event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (theme && !cards->indexAt(mouse->position().toPoint()).isValid()) {
            Q_EMIT themeActivated(theme);
            return true;
        }
    } else if (event->type() == QEvent::Paint && m_model->rowCount(cards->rootIndex()) == 0) {
        // An empty column says what it is for; the list paints no items over it.
        QPainter painter(viewport);
        painter.setPen(viewport->palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport->rect().adjusted(12, 16, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         theme ? tr("Drag codes here") : tr("Every code is in a theme"));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tematik
