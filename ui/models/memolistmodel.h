#pragma once

#include "core/model/memo.h"

#include <QAbstractTableModel>
#include <QList>

#include <initializer_list>

namespace tematik {

class Project;

// Every memo of a project, oldest first: what it is on, its title (or first line), and when it was
// last changed. Follows the project's change notifier row by row: it never polls and never writes.
class MemoListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, TextColumn, ModifiedColumn, ColumnCount };
    enum Role { MemoIdRole = Qt::UserRole + 1 };

    explicit MemoListModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // ModifiedColumn holds a local QDateTime, so that views format it for the locale and sort it in time.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    MemoId memoAt(int row) const;
    MemoTarget targetAt(int row) const;
    int rowOf(MemoId id) const;

private:
    void onMemoAdded(MemoId id);
    void onMemoChanged(MemoId id);
    void onMemoRemoved(MemoId id);
    // Reads the target names again for memos on these kinds of target: something was renamed.
    void refreshNames(std::initializer_list<MemoTarget::Kind> kinds);

    Project &m_project;
    QList<ListedMemo> m_memos; // by id
};

} // namespace tematik
