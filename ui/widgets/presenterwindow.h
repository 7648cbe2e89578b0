#pragma once

#include "core/model/meeting.h"
#include "core/presentation/slide.h"
#include "core/result.h"
#include "ui/models/slidepainter.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QScreen;

namespace tematik {

class Editor;
class Project;
class SlideView;

// A member-checking meeting as the researcher runs it: the slides go to a projector window (full
// screen on the projector's screen), while this window, on the laptop, shows the current and the next
// slide, the presenter's notes and the time, and takes down what participants say. Each remark is
// stored at once as a member-check memo on the theme being shown (on the project for the title and
// closing slides), naming the meeting; a theme can be marked confirmed, revised or questioned. Nothing
// typed here reaches the projector.
//
// Keys (from either window; clickers send arrows, Page Up/Down and space): Right, Down, Page Down,
// Space next; Left, Up, Page Up, Backspace previous; Home, End first and last; B or . blanks the
// projector and brings it back; Esc leaves. While a remark is being typed, only Page Up/Down move the
// slides; Enter stores the remark, Shift+Enter breaks the line, and Esc stops typing.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(Project &project, Editor &editor, MeetingId meeting, const QList<Slide> &slides,
                    SlideStyle style, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    // Shows both windows: the projector full screen on projectorScreen when that is another screen than
    // this window's, else as a window beside it (a rehearsal on one screen).
    void start(QScreen *projectorScreen);

    int currentIndex() const { return m_index; }
    int slideCount() const { return int(m_slides.size()); }
    const Slide &currentSlide() const { return m_slides.at(m_index); }
    bool isBlanked() const { return m_blanked; }
    SlideView *projector() const { return m_projector; }
    QPlainTextEdit *remarkEditor() const { return m_remark; }
    QListWidget *remarkList() const { return m_remarks; }

    void goTo(int index);
    void next() { goTo(m_index + 1); }
    void previous() { goTo(m_index - 1); }
    void setBlanked(bool blanked);
    // Stores a remark on what the current slide is about; empty text stores nothing.
    Status addRemark(const QString &text);
    // The verdict on the current slide's theme (none clears it); nothing on a title or closing slide.
    Status setVerdict(std::optional<Verdict> verdict);
    // Stores a remark still being typed, then closes both windows.
    void leave();

Q_SIGNALS:
    // The presentation has ended (Esc, or the window closed).
    void finished(tematik::MeetingId meeting);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Handles a presentation key; false when it is not one.
    bool presentationKey(QKeyEvent *event);
    void showSlide();
    void updateFeedback();
    void updateClock();
    void storeRemark();
    void removeChosenRemark();
    void showError(const QString &message);

    Project &m_project;
    Editor &m_editor;
    MeetingId m_meeting;
    QString m_meetingName;
    QList<Slide> m_slides;
    int m_index = 0;
    bool m_blanked = false;
    bool m_leaving = false;
    QElapsedTimer m_elapsed;

    SlideView *m_projector = nullptr; // a window of its own, for the projector's screen
    SlideView *m_current = nullptr;
    SlideView *m_next = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_blankedNote = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_feedbackHeading = nullptr;
    QButtonGroup *m_verdicts = nullptr;
    QListWidget *m_remarks = nullptr;
    QPlainTextEdit *m_remark = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tematik
