#include "ui/widgets/presenterwindow.h"

#include "core/model/memo.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"
#include "ui/commands/editor.h"
#include "ui/widgets/slideview.h"

#include <QAction>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tematik {
namespace {

MemoTarget feedbackTarget(const Slide &slide)
{
    return slide.theme != 0 ? MemoTarget::theme(slide.theme) : MemoTarget::project();
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PresenterWindow::PresenterWindow(Project &project, Editor &editor, MeetingId meeting, const QList<Slide> &slides,
                                 SlideStyle style, QWidget *parent)
    : QWidget(parent, Qt::Window), m_project(project), m_editor(editor), m_meeting(meeting), m_slides(slides)
{
    Q_ASSERT(!m_slides.isEmpty());
    if (const std::optional<Meeting> m = project.meetings().find(meeting)) {
        m_meetingName = m->title;
        setWindowTitle(tr("%1 — Presenter").arg(m->title));
    }

    m_projector = new SlideView;
    m_projector->setWindowTitle(tr("%1 — Projector").arg(m_meetingName));
    m_projector->setStyle(style);
    m_projector->setCursor(Qt::BlankCursor);
    m_projector->setFocusPolicy(Qt::StrongFocus);
    m_projector->installEventFilter(this);

    m_current = new SlideView(this);
    m_current->setStyle(style);
    m_next = new SlideView(this);
    m_next->setStyle(style);
    m_next->setMaximumWidth(420);

    m_position = new QLabel(this);
    m_clock = new QLabel(this);
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_clock->setFont(big);
    m_blankedNote = new QLabel(tr("The projector is blank (B brings the slide back)."), this);
    m_blankedNote->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_blankedNote->hide();
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Next:"), this));
    side->addWidget(m_next);
    side->addWidget(m_clock);
    side->addWidget(m_position);
    side->addWidget(m_blankedNote);
    auto *notesHeading = new QLabel(tr("Notes"), this);
    QFont bold = notesHeading->font();
    bold.setBold(true);
    notesHeading->setFont(bold);
    side->addWidget(notesHeading);
    side->addWidget(m_notes, 1);

    auto *slidesRow = new QHBoxLayout;
    slidesRow->addWidget(m_current, 3);
    slidesRow->addLayout(side, 1);

    m_feedbackHeading = new QLabel(this);
    m_feedbackHeading->setFont(bold);
    m_feedbackHeading->setWordWrap(true);
    m_verdicts = new QButtonGroup(this);
    m_verdicts->setExclusive(false); // a second click on the verdict given takes it back
    auto *verdictRow = new QHBoxLayout;
    const QList<std::pair<Verdict, QKeySequence>> verdicts{{Verdict::Confirmed, QKeySequence(Qt::CTRL | Qt::Key_1)},
                                                           {Verdict::Revised, QKeySequence(Qt::CTRL | Qt::Key_2)},
                                                           {Verdict::Questioned, QKeySequence(Qt::CTRL | Qt::Key_3)}};
    for (const auto &[verdict, keys] : verdicts) {
        auto *button = new QPushButton(verdictDisplayName(verdict), this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(keys.toString(QKeySequence::NativeText));
        m_verdicts->addButton(button, int(verdict));
        verdictRow->addWidget(button);
        // A key gives the verdict at once (a button's own shortcut clicks it only after an animation),
        // and the same key again takes it back, as a second click does.
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, button] {
            if (!button->isEnabled())
                return;
            button->toggle();
            Q_EMIT m_verdicts->idClicked(m_verdicts->id(button));
        });
        addAction(action);
    }
    verdictRow->addStretch(1);
    connect(m_verdicts, &QButtonGroup::idClicked, this, [this](int id) {
        const bool on = m_verdicts->button(id)->isChecked();
        if (Status s = setVerdict(on ? std::optional<Verdict>(Verdict(id)) : std::nullopt); !s)
            showError(s.error());
    });

    m_remarks = new QListWidget(this);
    m_remarks->setWordWrap(true);
    m_remarks->setAlternatingRowColors(true);
    m_remarks->installEventFilter(this);
    m_remark = new QPlainTextEdit(this);
    m_remark->setPlaceholderText(tr("Type what participants say; Enter stores it."));
    m_remark->setTabChangesFocus(true);
    m_remark->setFixedHeight(m_remark->fontMetrics().lineSpacing() * 4);
    m_remark->installEventFilter(this);
    auto *add = new QPushButton(tr("Add Remark"), this);
    add->setFocusPolicy(Qt::NoFocus);
    connect(add, &QPushButton::clicked, this, &PresenterWindow::storeRemark);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_remark, 1);
    inputRow->addWidget(add, 0, Qt::AlignBottom);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *keys = new QLabel(tr("Page Down, →, Space: next · Page Up, ←: previous · B: blank · Esc: leave · "
                               "Ctrl+1, 2, 3: confirmed, revised, questioned · Del: remove the chosen remark"),
                            this);
    keys->setWordWrap(true);
    keys->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(slidesRow, 3);
    layout->addWidget(m_feedbackHeading);
    layout->addLayout(verdictRow);
    layout->addWidget(m_remarks, 1);
    layout->addLayout(inputRow);
    layout->addWidget(m_error);
    layout->addWidget(keys);

    // A remark taken down by mistake can be taken back here as in the main window.
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] { m_editor.undoStack().undo(); });
    addAction(undo);

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PresenterWindow::updateClock);
    timer->start(1000);

    ProjectNotifier &notifier = project.notifier();
    connect(&notifier, &ProjectNotifier::memoAdded, this, &PresenterWindow::updateFeedback);
    connect(&notifier, &ProjectNotifier::memoChanged, this, &PresenterWindow::updateFeedback);
    connect(&notifier, &ProjectNotifier::memoRemoved, this, &PresenterWindow::updateFeedback);
    connect(&notifier, &ProjectNotifier::meetingChanged, this, &PresenterWindow::updateFeedback);

    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    resize(1280, 860);
    showSlide();
}

PresenterWindow::~PresenterWindow()
{
    delete m_projector;
}

void PresenterWindow::start(QScreen *projectorScreen)
{
    show();
    m_elapsed.start();
    updateClock();
    if (projectorScreen && projectorScreen != screen()) {
        m_projector->setScreen(projectorScreen);
        m_projector->setGeometry(projectorScreen->geometry());
        m_projector->showFullScreen();
    } else {
        m_projector->resize(960, 540);
        m_projector->show();
    }
    activateWindow();
    m_remark->setFocus();
}

void PresenterWindow::goTo(int index)
{
    index = std::clamp(index, 0, int(m_slides.size()) - 1);
    if (index == m_index)
        return;
    m_index = index;
    showSlide();
}

void PresenterWindow::setBlanked(bool blanked)
{
    m_blanked = blanked;
    m_projector->setBlanked(blanked);
    m_blankedNote->setVisible(blanked);
}

void PresenterWindow::showSlide()
{
    const Slide &slide = currentSlide();
    m_projector->setSlide(slide);
    m_current->setSlide(slide);
    if (m_index + 1 < m_slides.size())
        m_next->setSlide(m_slides.at(m_index + 1));
    else
        m_next->clear();
    m_position->setText(tr("Slide %1 of %2").arg(m_index + 1).arg(m_slides.size()));
    m_notes->setText(slide.notes);
    updateFeedback();
}

void PresenterWindow::updateFeedback()
{
    const Slide &slide = currentSlide();
    const bool onTheme = slide.theme != 0;
    m_feedbackHeading->setText(onTheme ? tr("Feedback on “%1”").arg(slide.heading)
                                       : tr("Feedback on the meeting as a whole"));
    const std::optional<Verdict> verdict =
        onTheme && m_project.meetings().verdicts(m_meeting).contains(slide.theme)
            ? std::optional<Verdict>(m_project.meetings().verdicts(m_meeting).value(slide.theme))
            : std::nullopt;
    for (QAbstractButton *button : m_verdicts->buttons()) {
        button->setEnabled(onTheme);
        button->setChecked(verdict && m_verdicts->id(button) == int(*verdict));
    }

    m_remarks->clear();
    for (const Memo &memo : m_project.memos().forTarget(feedbackTarget(slide))) {
        if (memo.kind != MemoKind::MemberCheck || memo.meetingId != m_meeting)
            continue;
        auto *item = new QListWidgetItem(memo.body, m_remarks);
        item->setData(Qt::UserRole, memo.id);
        item->setToolTip(QLocale().toString(fromStoredTime(memo.createdAt).toLocalTime(), QLocale::ShortFormat));
    }
    m_remarks->scrollToBottom();
}

void PresenterWindow::updateClock()
{
    m_clock->setText(tr("%1 elapsed · %2").arg(clockText(m_elapsed.isValid() ? m_elapsed.elapsed() : 0),
                                                QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

Status PresenterWindow::addRemark(const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return {};
    NewMemo memo;
    memo.target = feedbackTarget(currentSlide());
    memo.kind = MemoKind::MemberCheck;
    memo.meetingId = m_meeting;
    memo.body = body;
    Result<MemoId> added = m_editor.addMemo(memo);
    // Each remark is its own undo step, not merged with the next one.
    m_editor.endMemoEdit();
    if (!added)
        return added.takeError();
    return {};
}

Status PresenterWindow::setVerdict(std::optional<Verdict> verdict)
{
    const Slide &slide = currentSlide();
    if (slide.theme == 0)
        return {};
    const Status s = m_editor.setVerdict(m_meeting, slide.theme, verdict);
    updateFeedback();
    return s;
}

void PresenterWindow::storeRemark()
{
    if (Status s = addRemark(m_remark->toPlainText()); !s) {
        showError(s.error());
        return;
    }
    m_error->hide();
    m_remark->clear();
}

void PresenterWindow::removeChosenRemark()
{
    const QListWidgetItem *item = m_remarks->currentItem();
    if (!item)
        return;
    if (Status s = m_editor.removeMemo(item->data(Qt::UserRole).toLongLong()); !s)
        showError(s.error());
}

void PresenterWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PresenterWindow::leave()
{
    if (m_leaving)
        return;
    m_leaving = true;
    // What was being typed when the meeting ended is kept, not lost.
    storeRemark();
    m_projector->hide();
    close();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaving) {
        m_leaving = true;
        storeRemark();
    }
    m_projector->hide();
    Q_EMIT finished(m_meeting);
    QWidget::closeEvent(event);
}

bool PresenterWindow::presentationKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(int(m_slides.size()) - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(!m_blanked);
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        return false;
    }
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (!presentationKey(event))
        QWidget::keyPressEvent(event);
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_remark) {
        switch (key->key()) {
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Clickers send these: the slides move on even while a remark is being typed.
            return presentationKey(key);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier)
                return false;
            storeRemark();
            return true;
        case Qt::Key_Escape:
            // Stops typing, so that the next Esc (or an arrow) is the presentation's.
            setFocus();
            return true;
        default:
            return false;
        }
    }
    if (watched == m_remarks) {
        if (key->key() == Qt::Key_Delete) {
            removeChosenRemark();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)
            return false; // moving among the remarks
        return presentationKey(key);
    }
    if (watched == m_projector)
        return presentationKey(key);
    return QWidget::eventFilter(watched, event);
}

} // namespace tematik
