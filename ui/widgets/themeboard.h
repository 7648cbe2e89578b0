#pragma once

#include "core/model/ids.h"
#include "core/model/theme.h"
#include "core/result.h"

#include <QHash>
#include <QWidget>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QGridLayout;
class QListView;
class QMenu;
class QScrollArea;

namespace tematik {

class Editor;
class Project;
class ThemeBoardModel;
class ThemeCardDelegate;
class ThemeHeader;

// The theme board: codes as cards, sorted by the researcher into themes, themes into dimensions (Braun
// & Clarke's themes, Gioia's aggregate dimensions). At the left the tray of codes in no theme; to its
// right a scrolling row of theme columns, grouped under the band of their dimension, the themes in no
// dimension last. Cards are dragged between columns and the tray, a column's heading onto a dimension's
// band (or another heading) to move the theme; codes may also be dragged in from the codebook.
//
// Every change goes through the Editor, so Edit → Undo undoes it. Keys: Delete takes the selected card
// out of its theme, F2 renames the current theme, Enter shows a theme's or code's segments
// (themeActivated, codeActivated). The keyed actions stay enabled and do nothing where they do not
// apply (F2 in the tray), so that they never lag behind the focus. Dialogs are window-modal and open
// without blocking (QDialog::open()); each is a child of the board while it is open, so that tests can
// answer it as a user would.
class ThemeBoard : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        NewTheme,
        NewDimension,
        Rename,
        EditDefinition,
        RemoveTheme,
        RemoveFromTheme,
        Count
    };

    // project and editor must outlive the board. Without an editor (a project open read-only) the board
    // is only read: its actions are disabled, its menus only show segments, and nothing can be dropped.
    ThemeBoard(Project &project, Editor *editor, QWidget *parent = nullptr);
    ~ThemeBoard() override;

    ThemeBoardModel &model() const { return *m_model; }
    QAction *action(Action which) const { return m_actions[size_t(which)]; }

    // The themes as their columns stand, left to right.
    QList<ThemeId> columnOrder() const;
    // The list of cards of a theme's column; of the tray for 0.
    QListView *cardList(ThemeId theme) const;
    // The heading of a theme's column or a dimension's band; of the tray for 0.
    ThemeHeader *header(ThemeId theme) const;

    // The theme or dimension whose column or band has focus, or 0.
    ThemeId currentTheme() const;
    // The card selected in the column that has focus, or 0.
    CodeId currentCode() const;

    // The menus the board shows for a theme or dimension and for a card.
    std::unique_ptr<QMenu> themeMenu(ThemeId theme);
    std::unique_ptr<QMenu> cardMenu(CodeId code);

    // Ask for a name (a dialog), then add a theme (in dimension, or none) or a dimension.
    void newTheme(std::optional<ThemeId> dimension);
    void newDimension();
    void renameTheme(ThemeId theme);
    void editDefinition(ThemeId theme);
    void removeTheme(ThemeId theme);

Q_SIGNALS:
    // Enter on a column, or a double-click on its empty part: show the theme's segments.
    void themeActivated(tematik::ThemeId id);
    // Enter or a double-click on a card: show the code's segments.
    void codeActivated(tematik::CodeId id);
    // An edit the project refused; the message is for the user.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A theme's column, or the tray's.
    struct Column
    {
        QWidget *frame = nullptr;
        ThemeHeader *header = nullptr;
        QListView *cards = nullptr;
    };

    QAction *makeAction(Action which, const QString &text, const QKeySequence &key);
    Column makeColumn(const QModelIndex &index, QWidget *parent);
    ThemeHeader *makeHeader(const QModelIndex &index, QWidget *parent);
    // Lays the columns and bands out as the model has them: new ones made, gone ones deleted.
    void rebuild();
    void connectHeader(ThemeHeader *header);
    // Without an editor, disables the menu's entries that would change the project.
    void onlyReading(QMenu &menu) const;
    void showThemeMenu(ThemeId theme, const QPoint &globalPos);
    void showCardMenu(const QModelIndex &card, const QPoint &globalPos);
    void askName(const QString &title, const QString &label, const QString &name,
                 const std::function<Status(const QString &)> &apply);
    QString unusedName(const QString &base, std::optional<ThemeId> dimension) const;
    void report(const Status &status);

    Project &m_project;
    Editor *m_editor;
    std::unique_ptr<ThemeBoardModel> m_model;
    ThemeCardDelegate *m_delegate;
    Column m_tray;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    QGridLayout *m_grid;
    QHash<ThemeId, Column> m_columns;
    QHash<ThemeId, ThemeHeader *> m_bands; // dimensions'
    ThemeHeader *m_looseBand;              // over the themes in no dimension
    std::array<QAction *, size_t(Action::Count)> m_actions{};
};

} // namespace tematik
