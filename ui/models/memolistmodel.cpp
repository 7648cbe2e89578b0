#include "ui/models/memolistmodel.h"

#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"

#include <algorithm>

namespace tematik {

MemoListModel::MemoListModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_memos(project.memos().list())
{
    ProjectNotifier &n = project.notifier();
    connect(&n, &ProjectNotifier::memoAdded, this, &MemoListModel::onMemoAdded);
    connect(&n, &ProjectNotifier::memoChanged, this, &MemoListModel::onMemoChanged);
    connect(&n, &ProjectNotifier::memoRemoved, this, &MemoListModel::onMemoRemoved);
    connect(&n, &ProjectNotifier::sourceChanged, this,
            [this] { refreshNames({MemoTarget::Kind::Source, MemoTarget::Kind::Coding}); });
    connect(&n, &ProjectNotifier::codeChanged, this,
            [this] { refreshNames({MemoTarget::Kind::Code, MemoTarget::Kind::Coding}); });
    connect(&n, &ProjectNotifier::casesChanged, this, [this] { refreshNames({MemoTarget::Kind::Case}); });
}

int MemoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_memos.size());
}

int MemoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListedMemo &listed = m_memos.at(index.row());
    const Memo &memo = listed.memo;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            switch (memo.target.kind) {
            case MemoTarget::Kind::Project:
                return tr("Project");
            case MemoTarget::Kind::Source:
                return tr("Source ‘%1’").arg(listed.target.name);
            case MemoTarget::Kind::Code:
                return tr("Code ‘%1’").arg(listed.target.name);
            case MemoTarget::Kind::Coding:
                return tr("Coding of ‘%1’ in ‘%2’").arg(listed.target.name, listed.target.sourceName);
            case MemoTarget::Kind::Case:
                return tr("Case ‘%1’").arg(listed.target.name);
            case MemoTarget::Kind::Theme:
                return tr("Theme ‘%1’").arg(listed.target.name);
            }
            return {};
        case TextColumn:
            return memoHeadline(memo);
        case ModifiedColumn:
            return fromStoredTime(memo.modifiedAt).toLocalTime();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? memo.body : QVariant();
    case MemoIdRole:
        return memo.id;
    default:
        return {};
    }
}

QVariant MemoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("On");
    case TextColumn:
        return tr("Memo");
    case ModifiedColumn:
        return tr("Changed");
    }
    return {};
}

MemoId MemoListModel::memoAt(int row) const
{
    return row >= 0 && row < m_memos.size() ? m_memos.at(row).memo.id : 0;
}

MemoTarget MemoListModel::targetAt(int row) const
{
    return row >= 0 && row < m_memos.size() ? m_memos.at(row).memo.target : MemoTarget();
}

int MemoListModel::rowOf(MemoId id) const
{
    const auto it = std::lower_bound(m_memos.cbegin(), m_memos.cend(), id,
                                     [](const ListedMemo &m, MemoId key) { return m.memo.id < key; });
    return it != m_memos.cend() && it->memo.id == id ? int(it - m_memos.cbegin()) : -1;
}

void MemoListModel::onMemoAdded(MemoId id)
{
    std::optional<ListedMemo> listed = m_project.memos().listed(id);
    if (!listed || rowOf(id) >= 0)
        return;
    // Undo restores a memo under its old id: it goes back where it was.
    const auto at = std::lower_bound(m_memos.cbegin(), m_memos.cend(), id,
                                     [](const ListedMemo &m, MemoId key) { return m.memo.id < key; });
    const int row = int(at - m_memos.cbegin());
    beginInsertRows({}, row, row);
    m_memos.insert(row, std::move(*listed));
    endInsertRows();
}

void MemoListModel::onMemoChanged(MemoId id)
{
    const int row = rowOf(id);
    std::optional<ListedMemo> listed = m_project.memos().listed(id);
    if (row < 0 || !listed)
        return;
    m_memos[row] = std::move(*listed);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemoListModel::onMemoRemoved(MemoId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_memos.removeAt(row);
    endRemoveRows();
}

void MemoListModel::refreshNames(std::initializer_list<MemoTarget::Kind> kinds)
{
    for (int row = 0; row < m_memos.size(); ++row) {
        ListedMemo &listed = m_memos[row];
        if (std::find(kinds.begin(), kinds.end(), listed.memo.target.kind) == kinds.end())
            continue;
        // A memo whose target is gone went with it: memoRemoved drops its row.
        const std::optional<MemoTargetNames> names = m_project.memos().names(listed.memo.target);
        if (!names || (names->name == listed.target.name && names->sourceName == listed.target.sourceName))
            continue;
        listed.target = *names;
        Q_EMIT dataChanged(index(row, TargetColumn), index(row, TargetColumn));
    }
}

} // namespace tematik
