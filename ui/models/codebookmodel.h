#pragma once

#include "core/model/code.h"
#include "core/store/codingstore.h"
#include "ui/models/codeusetally.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace tematik {

class Editor;
class Project;

// The codebook as a tree: name (with the code's colour), codings and sources per code, in the
// researcher's own order. Follows the project's change notifier incrementally: added and removed
// codes are inserted and removed rows, moved codes one layout change, a changed code one dataChanged,
// and a change of codings a dataChanged of the count columns of the codes whose counts changed.
//
// With an editor it is also where the codebook is edited: a name edited in place is a rename, a code
// dropped on a code is nested under it, a code dropped between rows is moved there, and words dropped
// from the document view (TextRangeMime) on a code are coded with it. Every change goes through the
// editor, so it is undoable; the model changes when the project says it changed, never before.
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, SourcesColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1 };

    // editor: where edits go; without one the model is read-only. Both must outlive the model.
    explicit CodebookModel(Project &project, Editor *editor = nullptr, QObject *parent = nullptr);

    // What a dragged code carries: its id, as decimal UTF-8 text.
    static QString codeMimeType();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    CodeId codeAt(const QModelIndex &index) const;
    QModelIndex indexOf(CodeId id, int column = NameColumn) const;

Q_SIGNALS:
    // An edit made through the model (a rename, a drop) that the project refused; the message is for
    // the user.
    void editFailed(const QString &message);

private:
    // Brings the tree in line with the project: new codes inserted, moved codes in one layout change,
    // removed codes removed, changed codes' rows updated. Each step is idempotent, so it does not matter
    // how many notifications one action sends, or in which order.
    void syncTree();
    void insertNew(const QList<Code> &stored, const QHash<CodeId, QList<CodeId>> &storedChildren);
    void moveToStoredPlaces(const QHash<CodeId, Code> &stored, const QHash<CodeId, QList<CodeId>> &storedChildren);
    void removeGone(const QHash<CodeId, Code> &stored);
    void updateCode(const Code &code);
    // Reads the stored totals again and updates the codes whose counts changed.
    void updateUse();
    const QList<CodeId> &childrenOf(CodeId parent) const; // 0: top level
    // Whether code is ancestor or lies below it.
    bool isWithin(CodeId code, CodeId ancestor) const;

    Project &m_project;
    Editor *m_editor;
    QHash<CodeId, Code> m_codes;
    QHash<CodeId, QList<CodeId>> m_children;
    CodeUseTally m_use;
};

} // namespace tematik
