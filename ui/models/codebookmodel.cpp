#include "ui/models/codebookmodel.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"

#include <QColor>

namespace tematik {

CodebookModel::CodebookModel(Project &project, QObject *parent) : QAbstractItemModel(parent), m_project(project)
{
    reload();
    ProjectNotifier &n = project.notifier();
    for (auto signal : {&ProjectNotifier::codeAdded, &ProjectNotifier::codeChanged, &ProjectNotifier::codeRemoved,
                        &ProjectNotifier::codingsChanged})
        connect(&n, signal, this, [this] {
            beginResetModel();
            reload();
            endResetModel();
        });
}

void CodebookModel::reload()
{
    m_codes.clear();
    m_children.clear();
    for (const Code &c : m_project.codes().list()) {
        m_codes.insert(c.id, c);
        m_children[c.parentId.value_or(0)].append(c.id);
    }
    m_use = m_project.codings().useByCode();
}

const QList<CodeId> &CodebookModel::childrenOf(CodeId parent) const
{
    static const QList<CodeId> none;
    const auto it = m_children.constFind(parent);
    return it == m_children.constEnd() ? none : *it;
}

CodeId CodebookModel::codeAt(const QModelIndex &index) const
{
    return index.isValid() ? CodeId(index.internalId()) : 0;
}

QModelIndex CodebookModel::indexOf(CodeId id) const
{
    const auto it = m_codes.constFind(id);
    if (it == m_codes.constEnd())
        return {};
    return createIndex(int(childrenOf(it->parentId.value_or(0)).indexOf(id)), 0, quintptr(id));
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
    const CodeUse use = m_use.value(code.id);
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

} // namespace tematik
