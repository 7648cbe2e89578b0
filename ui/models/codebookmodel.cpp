#include "ui/models/codebookmodel.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "ui/commands/editor.h"
#include "ui/models/textrangemime.h"

#include <QColor>
#include <QMimeData>
#include <QSet>

namespace tematik {

CodebookModel::CodebookModel(Project &project, Editor *editor, QObject *parent)
    : QAbstractItemModel(parent), m_project(project), m_editor(editor), m_use(project.codings())
{
    for (const Code &c : m_project.codes().list()) {
        m_codes.insert(c.id, c);
        m_children[c.parentId.value_or(0)].append(c.id);
    }
    ProjectNotifier &n = project.notifier();
    for (auto signal : {&ProjectNotifier::codeAdded, &ProjectNotifier::codeRemoved, &ProjectNotifier::codeMoved})
        connect(&n, signal, this, &CodebookModel::syncTree);
    connect(&n, &ProjectNotifier::codeChanged, this, [this](CodeId id) {
        if (const std::optional<Code> code = m_project.codes().find(id))
            updateCode(*code);
    });
    connect(&n, &ProjectNotifier::codingsChanged, this, &CodebookModel::updateUse);
    // A removed source takes its codings with it.
    connect(&n, &ProjectNotifier::sourceRemoved, this, &CodebookModel::updateUse);
}

QString CodebookModel::codeMimeType()
{
    return QStringLiteral("application/x-tematik-code");
}

void CodebookModel::syncTree()
{
    const QList<Code> list = m_project.codes().list();
    QHash<CodeId, Code> stored;
    QHash<CodeId, QList<CodeId>> storedChildren;
    for (const Code &c : list) {
        stored.insert(c.id, c);
        storedChildren[c.parentId.value_or(0)].append(c.id);
    }
    // Inserting first and removing last keeps every surviving code in the tree throughout: a removed
    // code's children may have moved elsewhere (a merge), a new code's may have come from elsewhere
    // (its undo).
    insertNew(list, storedChildren);
    moveToStoredPlaces(stored, storedChildren);
    removeGone(stored);
    for (const Code &c : list)
        updateCode(c);
}

void CodebookModel::insertNew(const QList<Code> &stored, const QHash<CodeId, QList<CodeId>> &storedChildren)
{
    // Parents come before children in the stored list, so each new code's parent is shown already.
    for (const Code &c : stored) {
        if (m_codes.contains(c.id))
            continue;
        const CodeId parent = c.parentId.value_or(0);
        const QList<CodeId> &order = storedChildren[parent];
        const qsizetype rank = order.indexOf(c.id);
        QList<CodeId> &siblings = m_children[parent];
        // After the last sibling that comes before it in the stored order: usually its final place.
        qsizetype row = 0;
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            if (order.indexOf(siblings[i]) < rank)
                row = i + 1;
        }
        beginInsertRows(parent ? indexOf(parent) : QModelIndex(), int(row), int(row));
        m_codes.insert(c.id, c);
        siblings.insert(row, c.id);
        endInsertRows();
    }
}

void CodebookModel::moveToStoredPlaces(const QHash<CodeId, Code> &stored,
                                       const QHash<CodeId, QList<CodeId>> &storedChildren)
{
    // Codes that are gone from the project stay where they are, after the others, until removeGone().
    QHash<CodeId, QList<CodeId>> target = storedChildren;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        for (CodeId id : it.value()) {
            if (!stored.contains(id))
                target[it.key()].append(id);
        }
    }
    bool same = true;
    for (auto it = target.cbegin(); same && it != target.cend(); ++it)
        same = childrenOf(it.key()) == it.value();
    for (auto it = m_children.cbegin(); same && it != m_children.cend(); ++it)
        same = it.value().isEmpty() || target.contains(it.key());
    if (same)
        return;

    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    m_children = target;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        for (CodeId id : it.value())
            m_codes[id].parentId = it.key() ? std::optional<CodeId>(it.key()) : std::nullopt;
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(indexOf(codeAt(index), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void CodebookModel::removeGone(const QHash<CodeId, Code> &stored)
{
    QList<CodeId> gone;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        if (!stored.contains(it.key()))
            gone.append(it.key());
    }
    const QSet<CodeId> goneSet(gone.cbegin(), gone.cend());
    for (CodeId id : std::as_const(gone)) {
        const CodeId parent = m_codes.value(id).parentId.value_or(0);
        // Below a code that goes too: its row goes with its parent's.
        if (!m_codes.contains(id) || goneSet.contains(parent))
            continue;
        const int row = int(childrenOf(parent).indexOf(id));
        beginRemoveRows(parent ? indexOf(parent) : QModelIndex(), row, row);
        m_children[parent].removeAt(row);
        // All below it are gone too: moveToStoredPlaces() took every surviving code out.
        QList<CodeId> subtree{id};
        for (qsizetype i = 0; i < subtree.size(); ++i) {
            subtree += m_children.take(subtree[i]);
            m_codes.remove(subtree[i]);
        }
        endRemoveRows();
    }
}

void CodebookModel::updateCode(const Code &code)
{
    const auto it = m_codes.find(code.id);
    if (it == m_codes.end())
        return;
    const bool shownChanged = it->name != code.name || it->color != code.color || it->details() != code.details();
    // The place in the tree is moveToStoredPlaces()' to change.
    Code updated = code;
    updated.parentId = it->parentId;
    *it = updated;
    if (shownChanged)
        Q_EMIT dataChanged(indexOf(code.id), indexOf(code.id));
}

void CodebookModel::updateUse()
{
    for (CodeId id : m_use.recount()) {
        if (m_codes.contains(id))
            Q_EMIT dataChanged(indexOf(id, CodingsColumn), indexOf(id, SourcesColumn), {Qt::DisplayRole});
    }
}

const QList<CodeId> &CodebookModel::childrenOf(CodeId parent) const
{
    static const QList<CodeId> none;
    const auto it = m_children.constFind(parent);
    return it == m_children.constEnd() ? none : *it;
}

bool CodebookModel::isWithin(CodeId code, CodeId ancestor) const
{
    // Bounded by the tree's depth, which the store keeps free of cycles.
    for (std::optional<CodeId> at = code; at; at = m_codes.value(*at).parentId) {
        if (*at == ancestor)
            return true;
    }
    return false;
}

CodeId CodebookModel::codeAt(const QModelIndex &index) const
{
    return index.isValid() ? CodeId(index.internalId()) : 0;
}

QModelIndex CodebookModel::indexOf(CodeId id, int column) const
{
    const auto it = m_codes.constFind(id);
    if (it == m_codes.constEnd())
        return {};
    return createIndex(int(childrenOf(it->parentId.value_or(0)).indexOf(id)), column, quintptr(id));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(codeAt(parent)).at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    const auto it = m_codes.constFind(codeAt(child));
    if (it == m_codes.constEnd() || !it->parentId)
        return {};
    return indexOf(*it->parentId);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(codeAt(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Code &code = m_codes[codeAt(index)];
    const CodeUse use = m_use.use(code.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return code.name;
        case CodingsColumn:
            return use.codings;
        case SourcesColumn:
            return use.sources;
        }
        return {};
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(code.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QColor(code.color)) : QVariant();
    case Qt::ToolTipRole:
        return code.description.isEmpty() ? code.name : code.name + u'\n' + code.description;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case CodeIdRole:
        return code.id;
    default:
        return {};
    }
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editor ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // the top level takes dropped codes
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_editor) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const CodeId id = codeAt(index);
    if (value.toString() == m_codes[id].name)
        return true;
    if (Status s = m_editor->renameCode(id, value.toString()); !s) {
        Q_EMIT editFailed(s.error());
        return false;
    }
    return true;
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    // Codes move; words from the document are copied into a coding (the document keeps them).
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList CodebookModel::mimeTypes() const
{
    return {codeMimeType(), TextRangeMime::type()};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    // One code at a time: each move is its own undoable action.
    for (const QModelIndex &index : indexes) {
        if (index.isValid()) {
            auto *data = new QMimeData;
            data->setData(codeMimeType(), QByteArray::number(codeAt(index)));
            return data;
        }
    }
    return nullptr;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                    const QModelIndex &parent) const
{
    if (!m_editor || !data)
        return false;
    if (data->hasFormat(TextRangeMime::type()))
        return row == -1 && parent.isValid() && TextRangeMime::readFrom(*data).has_value(); // on a code
    if (!data->hasFormat(codeMimeType()))
        return false;
    const CodeId dragged = data->data(codeMimeType()).toLongLong();
    return m_codes.contains(dragged) && !(parent.isValid() && isWithin(codeAt(parent), dragged));
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const CodeId target = codeAt(parent);
    Status done;
    if (const std::optional<TextRangeMime> range = TextRangeMime::readFrom(*data)) {
        Result<CodingId> coded = m_editor->addCoding(NewCoding{range->sourceId, target, range->start, range->end});
        if (!coded)
            done = coded.takeError();
    } else {
        const CodeId dragged = data->data(codeMimeType()).toLongLong();
        // The view counts rows with the dragged code still in them; the store counts without it.
        int index = row < 0 ? rowCount(parent) : row;
        const Code &code = m_codes[dragged];
        if (code.parentId.value_or(0) == target && childrenOf(target).indexOf(dragged) < index)
            --index;
        done = m_editor->moveCode(dragged, target ? std::optional<CodeId>(target) : std::nullopt, index);
    }
    if (!done)
        Q_EMIT editFailed(done.error());
    return done.ok();
}

} // namespace tematik
