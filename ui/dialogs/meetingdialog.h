#pragma once

#include "core/model/meeting.h"
#include "core/presentation/slide.h"
#include "core/presentation/slidedeck.h"
#include "core/result.h"
#include "ui/models/slidepainter.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QDateEdit;
class QLabel;
class QLineEdit;
class QScreen;
class QTreeWidget;
class QTreeWidgetItem;

namespace tematik {

class Editor;
class Project;
class SlideView;

// Prepare a Member-Checking Meeting: which meeting (an existing one or a new one), the themes and
// quotes it shows in the order shown, and how they are shown (style, who quotes are attributed to, on
// which screen). Starting the presentation or exporting the handout saves the meeting first, so what
// the participants saw is what the project keeps; a failure keeps the dialog open with the reason.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(Project &project, QWidget *parent = nullptr);

    // Saves the meeting: adds a new one (the meeting combo then shows it) or updates the chosen one.
    Status save();
    // Saves the meeting and writes its slides as a handout PDF to path (the file dialog's choice).
    Status exportHandout(const QString &path);

    // Removing a meeting goes through the editor, so that it can be undone; without one it is not offered.
    void setEditor(Editor *editor);
    // Removes the chosen meeting with its plan, verdicts and feedback (no question asked; the button asks).
    Status removeMeeting();

    // The saved meeting; 0 before the first save.
    MeetingId meetingId() const { return m_meetingId; }
    // The checked themes, each with its checked quotes, in the order of the list.
    MeetingPlan plan() const;
    SlideOptions slideOptions() const;
    SlideStyle slideStyle() const;
    QScreen *projectorScreen() const;
    // The slides of the saved meeting and plan, with the chosen options.
    QList<Slide> slides() const;

private:
    void fillMeetings(MeetingId select);
    void loadMeeting();
    void fillPlan(const MeetingPlan &plan);
    void moveCurrent(int delta);
    void updateAttributionWarning();
    void updatePreview();
    void start();
    void chooseHandoutFile();
    void confirmRemoval();
    void showMessage(const QString &text, bool error);
    Meeting meetingFromFields() const;

    Project &m_project;
    Editor *m_editor = nullptr;
    QPushButton *m_remove = nullptr;
    MeetingId m_meetingId = 0;
    QComboBox *m_meeting = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QTreeWidget *m_plan = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_attribution = nullptr;
    QLabel *m_attributionWarning = nullptr;
    QComboBox *m_screen = nullptr;
    SlideView *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tematik
