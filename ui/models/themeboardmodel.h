#pragma once

#include "core/model/code.h"
#include "core/model/theme.h"
#include "ui/models/codeusetally.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <optional>

namespace tematik {

class Editor;
class Project;

// The theme board as a tree: at the top level the tray (the codes in no theme) first, then the
// dimensions, then the themes in no dimension; under a dimension its themes; under a theme its codes.
// Dimensions and themes keep the researcher's order, codes the codebook's (subcodes too: every code of
// the codebook is a card, in its theme or in the tray).
//
// Each code carries its colour and how many codings and sources it has; each theme its status and its
// totals (codes, codings, sources), a dimension the totals of its themes. The model follows the
// project's change notifier: rows are inserted, moved and removed as the project changes (never a
// reset), and counts change with the codings.
//
// Drag and drop edits the board through the editor, one undo step each: a code dropped on a theme is
// put in it, on the tray taken out of its theme; a theme dropped on a dimension, or at the top level,
// is moved there. Codes dragged from the codebook (CodebookModel::codeMimeType()) are taken as well.
class ThemeBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Tray,
        Dimension,
        Theme,
        Code
    };
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1, // NodeKind, as int
        ThemeIdRole,                     // a theme's or dimension's id
        CodeIdRole,
        ColorRole,      // a code's colour (QColor)
        CodingsRole,    // a code's codings; a theme's, dimension's or the tray's total
        SourcesRole,    // the sources those codings lie in
        CodeCountRole,  // a theme's, dimension's or the tray's number of codes
        StatusRole,     // a theme's Theme::Status, as int
        DefinitionRole, // a theme's definition, a code's description
        PathRole,       // a code's "Parent / Child" path
    };

    // editor: where edits go; without one the model is read-only. Both must outlive the model.
    explicit ThemeBoardModel(Project &project, Editor *editor = nullptr, QObject *parent = nullptr);

    // What a card or a theme dragged on the board carries: its id, as decimal UTF-8 text. Cards carry
    // their own type rather than the codebook's, so that a card dropped on the codebook does not move
    // the code there.
    static QString cardMimeType();
    static QString themeMimeType();

    QModelIndex trayIndex() const;
    QModelIndex themeIndex(ThemeId id) const;
    QModelIndex codeIndex(CodeId id) const;
    NodeKind kindAt(const QModelIndex &index) const;
    // The theme or dimension at index, or 0.
    ThemeId themeAt(const QModelIndex &index) const;
    // The code at index, or 0.
    CodeId codeAt(const QModelIndex &index) const;
    // The theme a code is in, as the board shows it.
    std::optional<ThemeId> themeOfCode(CodeId id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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

Q_SIGNALS:
    // An edit made through the model (a rename, a drop) that the project refused; the message is for
    // the user.
    void editFailed(const QString &message);

private:
    // A node's key: its id shifted left by two, with its kind in the low bits (0 is the invisible root).
    using Key = quintptr;
    static Key keyOf(NodeKind kind, qint64 id);
    static NodeKind kindOf(Key key);
    static qint64 idOf(Key key);
    static Key trayKey();

    struct Layout
    {
        QHash<Key, QList<Key>> children;
        QHash<Key, Key> parents;
    };
    // The board as the project has it now, given its themes in the store's order.
    Layout storedLayout(const QList<Theme> &themes) const;
    // Brings the tree in line with the project: new nodes inserted, nodes in another place moved there,
    // gone nodes removed, changed ones updated. Each step is idempotent, so it does not matter how many
    // notifications one action sends, or in which order.
    void sync();
    void insertNew(const Layout &target);
    void moveToPlaces(const Layout &target);
    void removeGone(const Layout &target);
    void moveNode(Key key, Key parent, int row);
    // After a code went to another theme: moves its card only, unless the theme is not shown yet.
    void placeCode(CodeId id);
    void recount();
    // Emits dataChanged for the theme, dimension or tray under which these keys lie, and for them.
    void totalsChanged(const QList<Key> &keys);

    const QList<Key> &childrenOf(Key parent) const;
    QModelIndex indexOfKey(Key key) const;
    Key keyAt(const QModelIndex &index) const;
    // The codes under a theme, dimension or the tray, and their use.
    QList<CodeId> codesUnder(Key key) const;
    CodeUse totalUse(Key key) const;
    QString codePath(CodeId id) const;
    // Whether another code has this code's name, so that its card shows its path.
    bool isNameShared(CodeId id) const;

    // Where a theme or dimension dropped at row among parent's rows goes in the store: the dimension
    // (none: the top level) and the index among its new siblings there.
    std::pair<std::optional<ThemeId>, int> themeDropPlace(ThemeId dragged, Key parent, int row) const;
    Status dropCode(CodeId code, Key parent);

    Project &m_project;
    Editor *m_editor;
    QHash<ThemeId, Theme> m_themes;
    QHash<CodeId, Code> m_codes;
    QHash<CodeId, int> m_codeRank;   // place in the codebook's order
    QHash<QString, int> m_nameCount; // how many codes have each name
    Layout m_layout;
    CodeUseTally m_use;
    // The totals of themes, dimensions and the tray as last shown; each is read from the store (a query
    // over the codes under it) when first asked for after a change under it.
    mutable QHash<Key, CodeUse> m_totals;
};

} // namespace tematik
