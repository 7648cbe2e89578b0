#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tematik {

class Project;
class ReportTableModel;

// What participants said in member-checking meetings, theme by theme: the verdicts given and every
// remark taken down in the presenter window, as the "Feedback from member checking" report table has
// them. Follows the project as feedback, themes and meetings change.
class MemberCheckView : public QWidget
{
    Q_OBJECT

public:
    explicit MemberCheckView(Project &project, QWidget *parent = nullptr);

    QTableView *table() const { return m_view; }
    ReportTableModel *model() const { return m_model; }

Q_SIGNALS:
    void prepareMeetingRequested();
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fitColumns();
    void scheduleRebuild();

    Project &m_project;
    ReportTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    bool m_rebuildPending = false;
};

} // namespace tematik
