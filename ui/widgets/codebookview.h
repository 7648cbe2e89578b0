#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QTreeView>
#include <array>
#include <memory>
#include <optional>

class QAction;

namespace tematik {

class CodebookModel;
class CodebookSortModel;
class Editor;
class Project;

// The codebook as the researcher works on it: a tree of codes with their counts, edited through its
// context menu and keys (new code, new subcode, rename in place, colour, definition, merge, delete),
// by dragging codes onto codes (to nest) or between them (to reorder), and by dropping words from the
// document view on a code (to code them). Every change goes through the Editor, so Edit → Undo undoes
// it. Sorting by name (in the user's language) or in the researcher's own order is a view setting; the
// own order is the default, and drag and drop reorders it.
//
// Questions and dialogs are window-modal and open without blocking (QDialog::open()); what they decide
// is applied when they close. Each is a child of the view while it is open, so that tests can answer
// it as a user would.
class CodebookView : public QTreeView
{
    Q_OBJECT

public:
    enum class Action
    {
        NewCode,
        NewSubcode,
        Rename,
        Color,
        Details,
        Merge,
        Delete,
        SortByName,
        ManualOrder,
        Count
    };

    explicit CodebookView(QWidget *parent = nullptr);
    ~CodebookView() override;

    // Shows the project's codebook and edits it through the editor; both must outlive the view or be
    // replaced first. (nullptr, nullptr) shows nothing.
    void setProject(Project *project, Editor *editor);

    // The actions, as the context menu offers them; each has its key while the view has focus.
    QAction *action(Action which) const { return m_actions[size_t(which)]; }
    CodeId currentCode() const;
    void setCurrentCode(CodeId id);
    void setSortByName(bool byName);

    // Adds a code (at the top level, or under parent) with a placeholder name and opens that name for
    // editing in place.
    Result<CodeId> addCode(std::optional<CodeId> parent);
    void chooseColor(CodeId id);
    void editDetails(CodeId id);
    void mergeCode(CodeId id);
    // Asks first, naming the code and saying how many codings in how many sources go with it.
    void removeCode(CodeId id);
    QString removalQuestion(CodeId id) const;

Q_SIGNALS:
    // A code was double-clicked: MainWindow codes the selected words with it.
    void codeActivated(tematik::CodeId id);
    // An edit the project refused; the message is for the user.
    void failed(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QAction *makeAction(Action which, const QString &text, const QList<QKeySequence> &keys);
    void updateActions();
    void report(const Status &status);

    Project *m_project = nullptr;
    Editor *m_editor = nullptr;
    std::unique_ptr<CodebookModel> m_model;
    CodebookSortModel *m_sorted = nullptr;
    std::array<QAction *, size_t(Action::Count)> m_actions{};
};

} // namespace tematik
