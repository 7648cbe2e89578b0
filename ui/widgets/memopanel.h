#pragma once

#include "core/model/memo.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace tematik {

class Editor;
class MemoListModel;
class Project;

// Memos beside the text: at the top the memo on the current target (a source, a code, a coding, the
// project …), stored through the Editor as the researcher types; below, every memo of the project.
//
// Typing is stored after a pause, when the memo loses focus, when the target changes and when the
// project is let go, so closing the window loses nothing. A memo is made on the first typing, not on
// merely looking at a target. Everything typed between gaining and losing focus is one undo step.
class MemoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemoPanel(QWidget *parent = nullptr);
    ~MemoPanel() override;

    // The project to show and the editor to change it through, or two nulls; a project without an
    // editor (open read-only) is shown and not changed. Stores what was typed for the project shown so
    // far first; the target becomes the project.
    void setProject(Project *project, Editor *editor);
    // Shows the memo on target (the oldest, should it have several), after storing what was typed for
    // the one shown so far. The same target again changes nothing.
    void setTarget(const MemoTarget &target);
    const MemoTarget &target() const { return m_target; }
    // Stores what has been typed and not yet stored, without waiting for the pause.
    void save();

Q_SIGNALS:
    // A memo in the list was activated: the window can go to what it is on.
    void memoActivated(const tematik::MemoTarget &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows target with memo (0: none yet) after storing what was typed for the one shown so far.
    void showMemo(const MemoTarget &target, MemoId memo);
    // Puts the stored text of m_memo into the editor, unless the researcher has typed since.
    void showStored();
    void refreshTarget();
    QString heading() const;
    void onMemoAdded(MemoId id);
    void onMemoRemoved(MemoId id);
    void activate(const QModelIndex &index);
    void removeCurrent();
    void report(const QString &problem);

    Project *m_project = nullptr;
    Editor *m_editor = nullptr;
    MemoTarget m_target;
    MemoId m_memo = 0; // the memo shown; 0 until the first typing makes it
    bool m_typed = false; // typed since last stored
    QLabel *m_heading = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_problem = nullptr;
    QAction *m_remove = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTreeView *m_list = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    std::unique_ptr<MemoListModel> m_model;
};

} // namespace tematik
