#include "ui/models/themeboardmodel.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/models/codebookmodel.h"

#include <QColor>
#include <QMimeData>
#include <QSet>
#include <algorithm>

namespace tematik {
namespace {

constexpr quintptr kindBits = 3;

} // namespace

ThemeBoardModel::ThemeBoardModel(Project &project, Editor *editor, QObject *parent)
    : QAbstractItemModel(parent), m_project(project), m_editor(editor), m_use(project.codings())
{
    m_layout.children[0].append(trayKey());
    m_layout.parents.insert(trayKey(), 0);
    // Nobody looks at the model yet: the first sync only fills it.
    sync();

    ProjectNotifier &n = project.notifier();
    for (auto signal :
         {&ProjectNotifier::codeAdded, &ProjectNotifier::codeChanged, &ProjectNotifier::codeRemoved,
          &ProjectNotifier::codeMoved, &ProjectNotifier::themeAdded, &ProjectNotifier::themeChanged,
          &ProjectNotifier::themeRemoved})
        connect(&n, signal, this, &ThemeBoardModel::sync);
    connect(&n, &ProjectNotifier::codeThemeChanged, this, &ThemeBoardModel::placeCode);
    connect(&n, &ProjectNotifier::codingsChanged, this, &ThemeBoardModel::recount);
    // A removed source takes its codings with it.
    connect(&n, &ProjectNotifier::sourceRemoved, this, &ThemeBoardModel::recount);
}

QString ThemeBoardModel::cardMimeType()
{
    return QStringLiteral("application/x-tematik-theme-card");
}

QString ThemeBoardModel::themeMimeType()
{
    return QStringLiteral("application/x-tematik-theme");
}

ThemeBoardModel::Key ThemeBoardModel::keyOf(NodeKind kind, qint64 id)
{
    return (quintptr(id) << 2) | quintptr(kind);
}

ThemeBoardModel::NodeKind ThemeBoardModel::kindOf(Key key)
{
    return NodeKind(key & kindBits);
}

ThemeBoardModel::Key ThemeBoardModel::trayKey()
{
    // The tray has no id of its own; 1 keeps its key apart from the root's 0.
    return keyOf(NodeKind::Tray, 1);
}

qint64 ThemeBoardModel::idOf(Key key)
{
    return qint64(key >> 2);
}

ThemeBoardModel::Layout ThemeBoardModel::storedLayout(const QList<Theme> &themes) const
{
    Layout layout;
    QList<Key> &top = layout.children[0];
    top.append(trayKey());
    QList<Key> loose;
    QSet<CodeId> assigned;
    for (const Theme &t : themes) {
        const Key key = keyOf(t.kind == Theme::Kind::Dimension ? NodeKind::Dimension : NodeKind::Theme, t.id);
        if (t.kind == Theme::Kind::Dimension)
            top.append(key);
        else if (t.parentId)
            layout.children[keyOf(NodeKind::Dimension, *t.parentId)].append(key);
        else
            loose.append(key);
        if (t.kind == Theme::Kind::Theme) {
            QList<CodeId> codes = m_project.themes().codesOf(t.id);
            std::sort(codes.begin(), codes.end(),
                      [this](CodeId a, CodeId b) { return m_codeRank.value(a) < m_codeRank.value(b); });
            QList<Key> &cards = layout.children[key];
            for (CodeId c : std::as_const(codes)) {
                cards.append(keyOf(NodeKind::Code, c));
                assigned.insert(c);
            }
        }
    }
    top += loose;
    QList<CodeId> tray;
    for (auto it = m_codeRank.cbegin(); it != m_codeRank.cend(); ++it) {
        if (!assigned.contains(it.key()))
            tray.append(it.key());
    }
    std::sort(tray.begin(), tray.end(),
              [this](CodeId a, CodeId b) { return m_codeRank.value(a) < m_codeRank.value(b); });
    QList<Key> &trayCards = layout.children[trayKey()];
    for (CodeId c : std::as_const(tray))
        trayCards.append(keyOf(NodeKind::Code, c));
    for (auto it = layout.children.cbegin(); it != layout.children.cend(); ++it) {
        for (Key child : it.value())
            layout.parents.insert(child, it.key());
    }
    return layout;
}

void ThemeBoardModel::sync()
{
    m_totals.clear();
    // What the nodes show is read first, so that inserted rows show it; gone ones keep theirs until
    // removeGone().
    const QList<Code> codes = m_project.codes().list();
    m_codeRank.clear();
    m_nameCount.clear();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        m_codes.insert(codes[i].id, codes[i]);
        m_codeRank.insert(codes[i].id, int(i));
        ++m_nameCount[codes[i].name];
    }
    const QList<Theme> themes = m_project.themes().list();
    for (const Theme &t : themes)
        m_themes.insert(t.id, t);

    const Layout target = storedLayout(themes);
    // Inserting first and removing last keeps every surviving node in the tree throughout: a removed
    // dimension's themes go to the top level, a restored theme's codes come back from the tray.
    insertNew(target);
    moveToPlaces(target);
    removeGone(target);

    // Names, colours, statuses and totals may all have changed: one dataChanged per list of siblings.
    QList<Key> parents{0};
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const QList<Key> &children = childrenOf(parents[i]);
        if (children.isEmpty())
            continue;
        const QModelIndex parent = indexOfKey(parents[i]);
        Q_EMIT dataChanged(index(0, 0, parent), index(int(children.size()) - 1, 0, parent));
        for (Key child : children) {
            if (kindOf(child) != NodeKind::Code)
                parents.append(child);
        }
    }
}

void ThemeBoardModel::insertNew(const Layout &target)
{
    // Parents before children, so that each new node's parent is in the tree already.
    QList<Key> parents{0};
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const Key parent = parents[i];
        const QList<Key> order = target.children.value(parent);
        for (qsizetype rank = 0; rank < order.size(); ++rank) {
            const Key key = order[rank];
            if (kindOf(key) != NodeKind::Code)
                parents.append(key);
            if (m_layout.parents.contains(key))
                continue;
            QList<Key> &siblings = m_layout.children[parent];
            // After the last sibling that comes before it in the stored order: usually its final place.
            qsizetype row = 0;
            for (qsizetype s = 0; s < siblings.size(); ++s) {
                const qsizetype at = order.indexOf(siblings[s]);
                if (at >= 0 && at < rank)
                    row = s + 1;
            }
            beginInsertRows(indexOfKey(parent), int(row), int(row));
            siblings.insert(row, key);
            m_layout.parents.insert(key, parent);
            endInsertRows();
        }
    }
}

void ThemeBoardModel::moveToPlaces(const Layout &target)
{
    // Each list of siblings is settled from its first row on; nodes that are gone from the project end
    // up after the settled ones, until removeGone().
    QList<Key> parents{0};
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const QList<Key> order = target.children.value(parents[i]);
        for (qsizetype row = 0; row < order.size(); ++row) {
            const QList<Key> &now = childrenOf(parents[i]);
            if (row >= now.size() || now[row] != order[row])
                moveNode(order[row], parents[i], int(row));
            if (kindOf(order[row]) != NodeKind::Code)
                parents.append(order[row]);
        }
    }
}

void ThemeBoardModel::moveNode(Key key, Key parent, int row)
{
    const Key from = m_layout.parents.value(key);
    const int fromRow = int(childrenOf(from).indexOf(key));
    if (from == parent && fromRow == row)
        return;
    // Qt counts the destination among the rows before the move.
    const int destination = from == parent && fromRow < row ? row + 1 : row;
    if (!beginMoveRows(indexOfKey(from), fromRow, fromRow, indexOfKey(parent), destination))
        return;
    m_layout.children[from].removeAt(fromRow);
    m_layout.children[parent].insert(row, key);
    m_layout.parents.insert(key, parent);
    endMoveRows();
}

void ThemeBoardModel::removeGone(const Layout &target)
{
    QList<Key> gone;
    for (auto it = m_layout.parents.cbegin(); it != m_layout.parents.cend(); ++it) {
        if (!target.parents.contains(it.key()))
            gone.append(it.key());
    }
    const QSet<Key> goneSet(gone.cbegin(), gone.cend());
    for (Key key : std::as_const(gone)) {
        const Key parent = m_layout.parents.value(key);
        // Below a node that goes too: its row goes with its parent's.
        if (!m_layout.parents.contains(key) || goneSet.contains(parent))
            continue;
        const int row = int(childrenOf(parent).indexOf(key));
        beginRemoveRows(indexOfKey(parent), row, row);
        m_layout.children[parent].removeAt(row);
        // All below it are gone too: moveToPlaces() took every surviving node out.
        QList<Key> subtree{key};
        for (qsizetype i = 0; i < subtree.size(); ++i) {
            subtree += m_layout.children.take(subtree[i]);
            m_layout.parents.remove(subtree[i]);
        }
        endRemoveRows();
    }
    for (Key key : std::as_const(gone)) {
        if (kindOf(key) == NodeKind::Code)
            m_codes.remove(idOf(key));
        else
            m_themes.remove(idOf(key));
    }
}

void ThemeBoardModel::placeCode(CodeId id)
{
    const Key key = keyOf(NodeKind::Code, id);
    const std::optional<ThemeId> theme = m_project.themes().themeOf(id);
    const Key parent = theme ? keyOf(NodeKind::Theme, *theme) : trayKey();
    if (!m_layout.parents.contains(key) || !m_layout.parents.contains(parent)) {
        // A code or theme this model has not seen yet (the code's own signal follows, or came first).
        sync();
        return;
    }
    const Key from = m_layout.parents.value(key);
    if (from == parent)
        return;
    const int rank = m_codeRank.value(id);
    int row = 0;
    for (Key sibling : childrenOf(parent)) {
        if (m_codeRank.value(CodeId(idOf(sibling))) < rank)
            ++row;
    }
    moveNode(key, parent, row);
    totalsChanged({from, parent});
}

void ThemeBoardModel::recount()
{
    QList<Key> changed;
    for (CodeId id : m_use.recount()) {
        const Key key = keyOf(NodeKind::Code, id);
        if (!m_layout.parents.contains(key))
            continue;
        const QModelIndex index = indexOfKey(key);
        Q_EMIT dataChanged(index, index, {CodingsRole, SourcesRole, Qt::ToolTipRole});
        changed.append(m_layout.parents.value(key));
    }
    totalsChanged(changed);
}

void ThemeBoardModel::totalsChanged(const QList<Key> &keys)
{
    QSet<Key> done;
    for (Key key : keys) {
        for (; key != 0 && !done.contains(key); key = m_layout.parents.value(key)) {
            done.insert(key);
            m_totals.remove(key);
            if (kindOf(key) != NodeKind::Code) {
                const QModelIndex index = indexOfKey(key);
                Q_EMIT dataChanged(index, index, {CodingsRole, SourcesRole, CodeCountRole, Qt::ToolTipRole});
            }
        }
    }
}

const QList<ThemeBoardModel::Key> &ThemeBoardModel::childrenOf(Key parent) const
{
    static const QList<Key> none;
    const auto it = m_layout.children.constFind(parent);
    return it == m_layout.children.constEnd() ? none : *it;
}

QModelIndex ThemeBoardModel::indexOfKey(Key key) const
{
    const auto parent = m_layout.parents.constFind(key);
    if (key == 0 || parent == m_layout.parents.constEnd())
        return {};
    return createIndex(int(childrenOf(*parent).indexOf(key)), 0, key);
}

ThemeBoardModel::Key ThemeBoardModel::keyAt(const QModelIndex &index) const
{
    return index.isValid() ? Key(index.internalId()) : 0;
}

QModelIndex ThemeBoardModel::trayIndex() const
{
    return indexOfKey(trayKey());
}

QModelIndex ThemeBoardModel::themeIndex(ThemeId id) const
{
    const auto it = m_themes.constFind(id);
    if (it == m_themes.constEnd())
        return {};
    return indexOfKey(keyOf(it->kind == Theme::Kind::Dimension ? NodeKind::Dimension : NodeKind::Theme, id));
}

QModelIndex ThemeBoardModel::codeIndex(CodeId id) const
{
    return indexOfKey(keyOf(NodeKind::Code, id));
}

ThemeBoardModel::NodeKind ThemeBoardModel::kindAt(const QModelIndex &index) const
{
    return kindOf(keyAt(index));
}

ThemeId ThemeBoardModel::themeAt(const QModelIndex &index) const
{
    const Key key = keyAt(index);
    return key && (kindOf(key) == NodeKind::Theme || kindOf(key) == NodeKind::Dimension) ? idOf(key) : 0;
}

CodeId ThemeBoardModel::codeAt(const QModelIndex &index) const
{
    const Key key = keyAt(index);
    return key && kindOf(key) == NodeKind::Code ? idOf(key) : 0;
}

std::optional<ThemeId> ThemeBoardModel::themeOfCode(CodeId id) const
{
    const Key parent = m_layout.parents.value(keyOf(NodeKind::Code, id));
    if (kindOf(parent) != NodeKind::Theme || parent == 0)
        return std::nullopt;
    return idOf(parent);
}

QList<CodeId> ThemeBoardModel::codesUnder(Key key) const
{
    QList<CodeId> codes;
    for (Key child : childrenOf(key)) {
        if (kindOf(child) == NodeKind::Code)
            codes.append(idOf(child));
        else
            codes += codesUnder(child);
    }
    return codes;
}

CodeUse ThemeBoardModel::totalUse(Key key) const
{
    auto it = m_totals.constFind(key);
    if (it == m_totals.cend())
        it = m_totals.insert(key, m_project.codings().useOfCodes(codesUnder(key)));
    return *it;
}

QString ThemeBoardModel::codePath(CodeId id) const
{
    QStringList names;
    // Bounded by the codebook's depth, which the store keeps free of cycles.
    for (std::optional<CodeId> at = id; at && m_codes.contains(*at); at = m_codes[*at].parentId)
        names.prepend(m_codes[*at].name);
    return names.join(QStringLiteral(" / "));
}

bool ThemeBoardModel::isNameShared(CodeId id) const
{
    return m_nameCount.value(m_codes.value(id).name) > 1;
}

QModelIndex ThemeBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, childrenOf(keyAt(parent)).at(row));
}

QModelIndex ThemeBoardModel::parent(const QModelIndex &child) const
{
    return indexOfKey(m_layout.parents.value(keyAt(child)));
}

int ThemeBoardModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(keyAt(parent)).size());
}

int ThemeBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ThemeBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Key key = keyAt(index);
    const NodeKind kind = kindOf(key);
    if (role == NodeKindRole)
        return int(kind);
    if (kind == NodeKind::Code) {
        const Code &code = m_codes[CodeId(idOf(key))];
        const CodeUse use = m_use.use(code.id);
        switch (role) {
        case Qt::DisplayRole:
            return isNameShared(code.id) ? codePath(code.id) : code.name;
        case Qt::ToolTipRole:
            return code.description.isEmpty() ? codePath(code.id)
                                              : codePath(code.id) + u'\n' + code.description;
        case Qt::DecorationRole:
        case ColorRole:
            return QColor(code.color);
        case CodeIdRole:
            return code.id;
        case CodingsRole:
            return use.codings;
        case SourcesRole:
            return use.sources;
        case DefinitionRole:
            return code.description;
        case PathRole:
            return codePath(code.id);
        }
        return {};
    }
    if (role == CodingsRole || role == SourcesRole) {
        const CodeUse use = totalUse(key);
        return role == CodingsRole ? use.codings : use.sources;
    }
    if (role == CodeCountRole)
        return int(codesUnder(key).size());
    if (kind == NodeKind::Tray) {
        if (role == Qt::DisplayRole)
            return tr("Not in a theme");
        if (role == Qt::ToolTipRole)
            return tr("Codes that belong to no theme yet. Drag a card onto a theme to put it there.");
        return {};
    }
    const Theme &theme = m_themes[ThemeId(idOf(key))];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return theme.name;
    case Qt::ToolTipRole:
        return theme.definition.isEmpty() ? theme.name : theme.name + u'\n' + theme.definition;
    case ThemeIdRole:
        return theme.id;
    case StatusRole:
        return int(theme.status);
    case DefinitionRole:
        return theme.definition;
    }
    return {};
}

Qt::ItemFlags ThemeBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editor ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // the top level takes dropped themes
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_editor) {
        f |= Qt::ItemIsDropEnabled;
        if (kindAt(index) != NodeKind::Tray)
            f |= Qt::ItemIsDragEnabled;
        if (kindAt(index) == NodeKind::Theme || kindAt(index) == NodeKind::Dimension)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ThemeBoardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ThemeId id = themeAt(index);
    if (!m_editor || role != Qt::EditRole || !id || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (value.toString() == m_themes[id].name)
        return true;
    if (Status s = m_editor->renameTheme(id, value.toString()); !s) {
        Q_EMIT editFailed(s.error());
        return false;
    }
    return true;
}

Qt::DropActions ThemeBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ThemeBoardModel::supportedDropActions() const
{
    // Codes from the codebook are copied onto the board (the codebook keeps them).
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ThemeBoardModel::mimeTypes() const
{
    return {cardMimeType(), themeMimeType(), CodebookModel::codeMimeType()};
}

QMimeData *ThemeBoardModel::mimeData(const QModelIndexList &indexes) const
{
    // One card or theme at a time: each move is its own undoable action.
    for (const QModelIndex &index : indexes) {
        const Key key = keyAt(index);
        if (!key || kindOf(key) == NodeKind::Tray)
            continue;
        auto *data = new QMimeData;
        data->setData(kindOf(key) == NodeKind::Code ? cardMimeType() : themeMimeType(),
                      QByteArray::number(idOf(key)));
        return data;
    }
    return nullptr;
}

namespace {

// The code a drag carries, from the board or from the codebook; 0 for none.
CodeId draggedCode(const QMimeData &data)
{
    for (const QString &type : {ThemeBoardModel::cardMimeType(), CodebookModel::codeMimeType()}) {
        if (data.hasFormat(type))
            return data.data(type).toLongLong();
    }
    return 0;
}

} // namespace

bool ThemeBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                      const QModelIndex &parent) const
{
    if (!m_editor || !data)
        return false;
    Key target = keyAt(parent);
    if (const CodeId code = draggedCode(*data)) {
        // On a card: in the card's theme, or the tray.
        if (kindOf(target) == NodeKind::Code)
            target = m_layout.parents.value(target);
        return m_codes.contains(code) && target != 0 &&
               (kindOf(target) == NodeKind::Theme || kindOf(target) == NodeKind::Tray);
    }
    if (!data->hasFormat(themeMimeType()))
        return false;
    const auto dragged = m_themes.constFind(data->data(themeMimeType()).toLongLong());
    if (dragged == m_themes.constEnd() ||
        (target != 0 && kindOf(target) != NodeKind::Theme && kindOf(target) != NodeKind::Dimension))
        return false;
    if (dragged->kind == Theme::Kind::Dimension)
        return target == 0 || m_layout.parents.value(target) == 0; // among the top level only
    return true;
}

std::pair<std::optional<ThemeId>, int> ThemeBoardModel::themeDropPlace(ThemeId dragged, Key parent,
                                                                       int row) const
{
    const bool isDimension = m_themes.value(dragged).kind == Theme::Kind::Dimension;
    // On a theme: in its place. A dimension on a dimension: in its place as well.
    if (kindOf(parent) == NodeKind::Theme || (isDimension && parent != 0)) {
        const Key at = parent;
        parent = m_layout.parents.value(at);
        row = int(childrenOf(parent).indexOf(at));
    }
    const QList<Key> &rows = childrenOf(parent);
    if (row < 0 || row > rows.size())
        row = int(rows.size());
    // The store counts siblings without the dragged row.
    const Key draggedKey = keyOf(isDimension ? NodeKind::Dimension : NodeKind::Theme, dragged);
    if (parent != 0) {
        const int index = int(std::count_if(rows.cbegin(), rows.cbegin() + row,
                                            [draggedKey](Key k) { return k != draggedKey; }));
        return {ThemeId(idOf(parent)), index};
    }
    // The top level shows dimensions before loose themes, where the store keeps them in one order of
    // its own: the dropped row goes just before the row it was dropped on, in the store's order.
    QList<Theme> stored;
    for (const Theme &t : std::as_const(m_themes)) {
        if (!t.parentId && t.id != dragged)
            stored.append(t);
    }
    std::sort(stored.begin(), stored.end(), [](const Theme &a, const Theme &b) {
        return std::pair(a.position, a.id) < std::pair(b.position, b.id);
    });
    for (qsizetype r = row; r < rows.size(); ++r) {
        if (rows[r] == draggedKey || kindOf(rows[r]) == NodeKind::Tray)
            continue;
        const ThemeId before = idOf(rows[r]);
        const auto at =
            std::find_if(stored.cbegin(), stored.cend(), [before](const Theme &t) { return t.id == before; });
        return {std::nullopt, int(at - stored.cbegin())};
    }
    return {std::nullopt, int(stored.size())};
}

Status ThemeBoardModel::dropCode(CodeId code, Key parent)
{
    if (kindOf(parent) == NodeKind::Code)
        parent = m_layout.parents.value(parent);
    const std::optional<ThemeId> theme =
        kindOf(parent) == NodeKind::Theme ? std::optional<ThemeId>(idOf(parent)) : std::nullopt;
    return m_editor->assignCodeToTheme(code, theme);
}

bool ThemeBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Status done;
    if (const CodeId code = draggedCode(*data)) {
        done = dropCode(code, keyAt(parent));
    } else {
        const ThemeId dragged = data->data(themeMimeType()).toLongLong();
        const auto [dimension, index] = themeDropPlace(dragged, keyAt(parent), row);
        done = m_editor->moveTheme(dragged, dimension, index);
    }
    if (!done)
        Q_EMIT editFailed(done.error());
    return done.ok();
}

} // namespace tematik
