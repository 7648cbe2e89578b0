#pragma once

#include "core/model/code.h"
#include "core/store/codingstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace tematik {

class Project;

// The codebook as a tree: name (with the code's colour), codings and sources per code. Follows the
// project's change notifier. It rebuilds itself on each change, which is cheap for codebooks of a few
// hundred codes; views keep their expansion through persistent indexes of unchanged codes.
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, SourcesColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1 };

    explicit CodebookModel(Project &project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    CodeId codeAt(const QModelIndex &index) const;
    QModelIndex indexOf(CodeId id) const;

private:
    void reload();
    const QList<CodeId> &childrenOf(CodeId parent) const; // 0: top level

    Project &m_project;
    QHash<CodeId, Code> m_codes;
    QHash<CodeId, QList<CodeId>> m_children;
    QHash<CodeId, CodeUse> m_use;
};

} // namespace tematik
