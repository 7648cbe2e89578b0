#include "ui/dialogs/meetingdialog.h"

#include "core/report/themeorder.h"
#include "core/store/meetingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/models/handoutwriter.h"
#include "ui/widgets/slideview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tematik {
namespace {

// Top-level items hold a ThemeId, their children a CodingId.
constexpr int IdRole = Qt::UserRole;

const QString styleKey = QStringLiteral("presentation/style");
const QString screenKey = QStringLiteral("presentation/screen");

// Screens are told apart by name and size; some platforms leave the name empty, so it falls back to a number.
QString screenLabel(const QScreen *screen, int index, bool own)
{
    const QString name = screen->name().isEmpty() ? MeetingDialog::tr("Screen %1").arg(index + 1) : screen->name();
    const QSize size = screen->size();
    return own ? MeetingDialog::tr("%1 (%2 × %3, this window)").arg(name).arg(size.width()).arg(size.height())
               : MeetingDialog::tr("%1 (%2 × %3)").arg(name).arg(size.width()).arg(size.height());
}

// Who said a quote and where, for the researcher choosing it: the case or speaker, then the source.
QString origin(const RetrievedSegment &segment)
{
    const QString who = !segment.caseName.isEmpty() ? segment.caseName : segment.speaker;
    return who.isEmpty() ? segment.sourceName : who + QStringLiteral(", ") + segment.sourceName;
}

// A theme's item as the plan has it: the theme with its ticked quotes, in the order of the list.
PlannedTheme plannedTheme(const QTreeWidgetItem *item)
{
    PlannedTheme planned{item->data(0, IdRole).value<ThemeId>(), {}};
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->checkState(0) == Qt::Checked)
            planned.quotes.append(item->child(i)->data(0, IdRole).value<CodingId>());
    }
    return planned;
}

} // namespace

MeetingDialog::MeetingDialog(Project &project, QWidget *parent) : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Prepare a Member-Checking Meeting"));

    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_remove = new QPushButton(tr("&Remove Meeting…"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setToolTip(tr("Remove the chosen meeting with its verdicts and the feedback taken down at it"));
    m_remove->hide();
    connect(m_remove, &QPushButton::clicked, this, &MeetingDialog::confirmRemoval);
    auto *meetingRow = new QHBoxLayout;
    meetingRow->addWidget(m_meeting, 1);
    meetingRow->addWidget(m_remove);

    auto *meetingForm = new QFormLayout;
    meetingForm->addRow(tr("&Meeting:"), meetingRow);
    meetingForm->addRow(tr("&Title:"), m_title);
    meetingForm->addRow(tr("&Date:"), m_date);

    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setColumnCount(2);
    m_plan->setHeaderLabels({tr("Theme or quote"), tr("Dimension or speaker")});
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_plan->setColumnWidth(1, 220);
    m_plan->setTextElideMode(Qt::ElideRight);
    m_plan->setUniformRowHeights(true);

    auto *up = new QPushButton(tr("Move &Up"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    up->setToolTip(tr("Show the selected theme or quote earlier (Ctrl+Up)"));
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    down->setObjectName(QStringLiteral("moveDown"));
    down->setToolTip(tr("Show the selected theme or quote later (Ctrl+Down)"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *upKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_plan);
    upKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_plan);
    downKey->setContext(Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveCurrent(1); });

    auto *planHint = new QLabel(tr("Tick what the participants see, in this order. Speakers and sources are for you only."), this);
    planHint->setWordWrap(true);
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(planHint, 1);
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_plan);
    planLayout->addLayout(moveButtons);

    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("style"));
    m_style->addItem(tr("Light (for a lit room)"), QVariant::fromValue(int(SlideStyle::Light)));
    m_style->addItem(tr("Dark (for a dimmed room)"), QVariant::fromValue(int(SlideStyle::Dark)));

    // The attribution is chosen anew every time, never remembered: showing participants who said
    // what is a decision for one meeting and its consent, and must not carry over to the next one.
    m_attribution = new QComboBox(this);
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_attribution->addItem(tr("No names (recommended)"), QVariant::fromValue(int(QuoteAttribution::None)));
    m_attribution->addItem(tr("Pseudonyms"), QVariant::fromValue(int(QuoteAttribution::Pseudonym)));
    m_attribution->addItem(tr("Real speaker names and sources"), QVariant::fromValue(int(QuoteAttribution::RealNames)));
    m_attributionWarning = new QLabel(
        tr("⚠ Participants may recognise each other, and who said what. Show real names only when everyone "
           "has agreed to it."),
        this);
    m_attributionWarning->setWordWrap(true);
    m_attributionWarning->setStyleSheet(QStringLiteral("color: #b00020"));

    m_screen = new QComboBox(this);
    m_screen->setObjectName(QStringLiteral("screen"));
    const QSettings settings;
    const QString rememberedScreen = settings.value(screenKey).toString();
    int preferredScreen = -1;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens[i];
        const bool own = screen == this->screen();
        m_screen->addItem(screenLabel(screen, i, own), screen->name());
        if (!rememberedScreen.isEmpty() && screen->name() == rememberedScreen)
            preferredScreen = m_screen->count() - 1;
        else if (preferredScreen < 0 && !own)
            preferredScreen = m_screen->count() - 1; // the projector is usually the screen the dialog is not on
    }
    if (preferredScreen >= 0)
        m_screen->setCurrentIndex(preferredScreen);
    if (settings.value(styleKey).toString() == QLatin1String("dark"))
        m_style->setCurrentIndex(1);

    m_preview = new SlideView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumWidth(300);

    auto *optionsForm = new QFormLayout;
    optionsForm->addRow(tr("&Style:"), m_style);
    optionsForm->addRow(tr("&Quotes by:"), m_attribution);
    optionsForm->addRow(QString(), m_attributionWarning);
    optionsForm->addRow(tr("&Projector:"), m_screen);
    auto *optionsBox = new QGroupBox(tr("Showing"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addLayout(optionsForm);
    optionsLayout->addWidget(new QLabel(tr("Preview of the selected theme:"), this));
    optionsLayout->addWidget(m_preview);
    optionsLayout->addStretch(1);

    auto *middle = new QHBoxLayout;
    middle->addWidget(planBox, 5);
    middle->addWidget(optionsBox, 3);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *startButton = buttons->addButton(tr("Start &Presentation"), QDialogButtonBox::AcceptRole);
    startButton->setDefault(true);
    QPushButton *handoutButton = buttons->addButton(tr("Export &Handout…"), QDialogButtonBox::ActionRole);
    connect(startButton, &QPushButton::clicked, this, &MeetingDialog::start);
    connect(handoutButton, &QPushButton::clicked, this, &MeetingDialog::chooseHandoutFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(meetingForm);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const QList<Meeting> meetings = project.meetings().list();
    fillMeetings(meetings.isEmpty() ? 0 : meetings.last().id);
    loadMeeting();
    updateAttributionWarning();

    connect(m_meeting, &QComboBox::currentIndexChanged, this, &MeetingDialog::loadMeeting);
    connect(m_attribution, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateAttributionWarning);
    connect(m_attribution, &QComboBox::currentIndexChanged, this, &MeetingDialog::updatePreview);
    connect(m_style, &QComboBox::currentIndexChanged, this, &MeetingDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, [this] { m_message->hide(); });
    connect(m_plan, &QTreeWidget::currentItemChanged, this, &MeetingDialog::updatePreview);
    connect(m_plan, &QTreeWidget::itemChanged, this, &MeetingDialog::updatePreview);
    resize(1040, 620);
}

void MeetingDialog::fillMeetings(MeetingId select)
{
    const QSignalBlocker blocker(m_meeting);
    m_meeting->clear();
    for (const Meeting &meeting : m_project.meetings().list())
        m_meeting->addItem(tr("%1 — %2", "meeting title — date").arg(meeting.title, QLocale().toString(meeting.heldOn, QLocale::ShortFormat)),
                           meeting.id);
    m_meeting->addItem(tr("New meeting"), MeetingId(0));
    m_meeting->setCurrentIndex(m_meeting->findData(select));
}

void MeetingDialog::setEditor(Editor *editor)
{
    m_editor = editor;
    m_remove->setVisible(editor != nullptr);
}

Status MeetingDialog::removeMeeting()
{
    const MeetingId id = m_meeting->currentData().value<MeetingId>();
    if (!m_editor || id == 0)
        return {};
    if (Status s = m_editor->removeMeeting(id); !s) {
        showMessage(s.error(), true);
        return s;
    }
    if (m_meetingId == id)
        m_meetingId = 0;
    const QList<Meeting> meetings = m_project.meetings().list();
    fillMeetings(meetings.isEmpty() ? 0 : meetings.last().id);
    loadMeeting();
    return {};
}

void MeetingDialog::confirmRemoval()
{
    const MeetingId id = m_meeting->currentData().value<MeetingId>();
    const std::optional<Meeting> meeting = id ? m_project.meetings().find(id) : std::nullopt;
    if (!meeting)
        return;
    int remarks = 0;
    for (const ListedMemo &listed : m_project.memos().list())
        remarks += listed.memo.meetingId == id ? 1 : 0;
    const QString question =
        tr("Remove the meeting “%1” with its verdicts and %Ln remark(s) taken down at it?", nullptr, remarks)
            .arg(meeting->title)
        + u'\n' + tr("Edit → Undo in the main window brings it back.");
    if (QMessageBox::question(this, tr("Remove Meeting"), question) == QMessageBox::Yes)
        (void)removeMeeting();
}

void MeetingDialog::loadMeeting()
{
    const MeetingId id = m_meeting->currentData().value<MeetingId>();
    m_remove->setEnabled(id != 0);
    const std::optional<Meeting> meeting = id ? m_project.meetings().find(id) : std::nullopt;
    if (meeting) {
        m_title->setText(meeting->title);
        m_date->setDate(meeting->heldOn);
        fillPlan(m_project.meetings().plan(id));
    } else {
        m_title->setText(tr("Dialogue meeting"));
        m_date->setDate(QDate::currentDate());
        fillPlan(SlideDeck::defaultPlan(m_project));
    }
    m_message->hide();
}

void MeetingDialog::fillPlan(const MeetingPlan &plan)
{
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    const QList<Theme> themes = m_project.themes().list();
    QHash<ThemeId, Theme> byId;
    for (const Theme &theme : themes)
        byId.insert(theme.id, theme);

    // The plan's themes first, in its order; then the others, in the data structure's order, unticked.
    QList<ThemeId> order;
    QHash<ThemeId, QList<CodingId>> chosen;
    for (const PlannedTheme &planned : plan) {
        const auto theme = byId.constFind(planned.theme);
        if (theme == byId.constEnd() || theme->kind != Theme::Kind::Theme || chosen.contains(planned.theme))
            continue;
        order.append(planned.theme);
        chosen.insert(planned.theme, planned.quotes);
    }
    for (const Theme &theme : themesInDataStructureOrder(themes)) {
        if (!chosen.contains(theme.id))
            order.append(theme.id);
    }

    const QColor hintColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (const ThemeId id : order) {
        const Theme &theme = byId[id];
        auto *item = new QTreeWidgetItem(m_plan);
        item->setText(0, theme.name);
        item->setData(0, IdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
        if (!theme.definition.isEmpty())
            item->setToolTip(0, QStringLiteral("<p>%1</p>").arg(theme.definition.toHtmlEscaped()));
        const QString dimension = theme.parentId && byId.contains(*theme.parentId) ? byId[*theme.parentId].name : QString();
        item->setText(1, dimension);

        // Quotes the plan shows first, in its order; then the theme's other exemplars, unticked. The list
        // offers exemplars only, so a quote no longer marked as one leaves the plan when it is saved.
        const QList<RetrievedSegment> candidates = SlideDeck::candidateQuotes(m_project, id);
        QHash<CodingId, RetrievedSegment> byCoding;
        for (const RetrievedSegment &segment : candidates)
            byCoding.insert(segment.codingId, segment);
        const QList<CodingId> planned = chosen.value(id);
        QList<CodingId> quoteOrder;
        for (const CodingId coding : planned) {
            if (byCoding.contains(coding) && !quoteOrder.contains(coding))
                quoteOrder.append(coding);
        }
        for (const RetrievedSegment &segment : candidates) {
            if (!quoteOrder.contains(segment.codingId))
                quoteOrder.append(segment.codingId);
        }
        for (const CodingId coding : quoteOrder) {
            const RetrievedSegment &segment = byCoding[coding];
            const QString text = SlideDeck::foldWhitespace(segment.text);
            auto *quote = new QTreeWidgetItem(item);
            quote->setText(0, text);
            quote->setToolTip(0, QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
            quote->setData(0, IdRole, coding);
            quote->setFlags((quote->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsDropEnabled);
            quote->setCheckState(0, planned.contains(coding) ? Qt::Checked : Qt::Unchecked);
            quote->setText(1, origin(segment));
            quote->setToolTip(1, origin(segment));
        }
        if (candidates.isEmpty()) {
            // Without exemplars the theme can still be shown, by its name and definition alone.
            item->setText(1, tr("No exemplar quotes: mark some in Retrieval"));
            item->setForeground(1, hintColour);
            item->setToolTip(1, dimension.isEmpty() ? item->text(1) : tr("Dimension: %1").arg(dimension));
        } else if (!dimension.isEmpty()) {
            item->setToolTip(1, tr("Dimension: %1").arg(dimension));
        }
        item->setExpanded(true);
    }
    if (m_plan->topLevelItemCount() > 0)
        m_plan->setCurrentItem(m_plan->topLevelItem(0));
    updatePreview();
}

void MeetingDialog::moveCurrent(int delta)
{
    QTreeWidgetItem *item = m_plan->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent() ? item->parent() : m_plan->invisibleRootItem();
    const int index = parent->indexOfChild(item);
    const int target = index + delta;
    if (target < 0 || target >= parent->childCount())
        return;
    // Taking an item out of the tree forgets that it was expanded.
    const bool expanded = item->isExpanded();
    parent->takeChild(index);
    parent->insertChild(target, item);
    item->setExpanded(expanded);
    m_plan->setCurrentItem(item);
}

MeetingPlan MeetingDialog::plan() const
{
    MeetingPlan plan;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_plan->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            plan.append(plannedTheme(item));
    }
    return plan;
}

SlideOptions MeetingDialog::slideOptions() const
{
    SlideOptions options;
    options.attribution = QuoteAttribution(m_attribution->currentData().toInt());
    return options;
}

SlideStyle MeetingDialog::slideStyle() const
{
    return SlideStyle(m_style->currentData().toInt());
}

QScreen *MeetingDialog::projectorScreen() const
{
    // By place in the list: names may be empty. A screen unplugged since the dialog opened leaves the
    // primary one.
    const QList<QScreen *> screens = QGuiApplication::screens();
    const int index = m_screen->currentIndex();
    return index >= 0 && index < screens.size() ? screens[index] : QGuiApplication::primaryScreen();
}

Meeting MeetingDialog::meetingFromFields() const
{
    Meeting meeting;
    meeting.id = m_meeting->currentData().value<MeetingId>();
    meeting.title = m_title->text().trimmed();
    meeting.heldOn = m_date->date();
    return meeting;
}

QList<Slide> MeetingDialog::slides() const
{
    const std::optional<Meeting> meeting = m_project.meetings().find(m_meetingId);
    if (!meeting)
        return {};
    return SlideDeck::build(m_project, *meeting, m_project.meetings().plan(m_meetingId), slideOptions());
}

Status MeetingDialog::save()
{
    const Meeting meeting = meetingFromFields();
    MeetingStore &meetings = m_project.meetings();
    MeetingId saved = meeting.id;
    Status status;
    if (meeting.id == 0) {
        const Result<MeetingId> added = meetings.add(meeting.title, meeting.heldOn, plan());
        if (added)
            saved = *added;
        else
            status = added.takeError();
    } else {
        status = meetings.update(meeting.id, meeting.title, meeting.heldOn, plan());
    }
    if (!status) {
        showMessage(status.error(), true);
        return status;
    }
    m_meetingId = saved;
    // The combo shows the saved title and date, and a new meeting from now on as itself.
    fillMeetings(saved);
    m_message->hide();
    return {};
}

Status MeetingDialog::exportHandout(const QString &path)
{
    if (Status saved = save(); !saved)
        return saved;
    return HandoutWriter::write(slides(), m_title->text().trimmed(), path);
}

void MeetingDialog::start()
{
    if (!save())
        return;
    QSettings settings;
    settings.setValue(styleKey, slideStyle() == SlideStyle::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    settings.setValue(screenKey, m_screen->currentData().toString());
    accept();
}

void MeetingDialog::chooseHandoutFile()
{
    const QString suggested =
        QDir(QFileInfo(m_project.path()).absolutePath()).filePath(m_title->text().trimmed() + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Handout"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Status written = exportHandout(path); !written) {
        showMessage(written.error(), true);
        return;
    }
    showMessage(tr("Handout saved as %1.").arg(QDir::toNativeSeparators(path)), false);
}

void MeetingDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
    m_message->show();
}

void MeetingDialog::updateAttributionWarning()
{
    m_attributionWarning->setVisible(slideOptions().attribution == QuoteAttribution::RealNames);
}

void MeetingDialog::updatePreview()
{
    const QTreeWidgetItem *item = m_plan->currentItem();
    if (item && item->parent())
        item = item->parent();
    if (!item) {
        m_preview->clear();
        return;
    }
    m_preview->setStyle(slideStyle());
    for (const Slide &slide : SlideDeck::build(m_project, meetingFromFields(), {plannedTheme(item)}, slideOptions())) {
        if (slide.kind == Slide::Kind::Theme) {
            m_preview->setSlide(slide);
            return;
        }
    }
    m_preview->clear();
}

} // namespace tematik
