#include "ui/widgets/retrievalpanel.h"

#include "core/model/theme.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "ui/commands/editor.h"
#include "ui/models/segmentlistmodel.h"
#include "ui/widgets/segmentcarddelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace tematik {
namespace {

// Puts items (text, data) after the combo's first "all" item, keeping the current choice if it is
// still offered.
void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int at = current.isValid() ? combo->findData(current) : -1;
    combo->setCurrentIndex(std::max(0, at));
}

} // namespace

RetrievalPanel::RetrievalPanel(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("retrievalHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    const auto combo = [this](const char *name, const QString &all, const QString &tip) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->addItem(all);
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        connect(c, &QComboBox::currentIndexChanged, this, &RetrievalPanel::applyFilter);
        return c;
    };
    m_source = combo("sourceFilter", tr("All sources"), tr("Show the segments of one source only"));
    m_speaker = combo("speakerFilter", tr("All speakers"), tr("Show what one speaker said only"));
    m_attribute = combo("attributeFilter", tr("All cases"),
                        tr("Show the segments of participants with this attribute value only"));
    m_coder = combo("coderFilter", tr("All coders"), tr("Show one coder's codings only"));
    m_exemplarsOnly = new QCheckBox(tr("Exemplars only"), this);
    m_exemplarsOnly->setObjectName(QStringLiteral("exemplarsOnly"));
    connect(m_exemplarsOnly, &QCheckBox::toggled, this, &RetrievalPanel::applyFilter);
    m_subcodes = new QCheckBox(tr("Include subcodes"), this);
    m_subcodes->setObjectName(QStringLiteral("includeSubcodes"));
    m_subcodes->hide();
    connect(m_subcodes, &QCheckBox::toggled, this, [this](bool on) {
        if (m_model && m_model->scope().kind != SegmentListModel::Scope::Kind::Theme)
            setCode(m_model->scope().id, on);
    });

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setModelColumn(SegmentListModel::TextColumn);
    m_list->setItemDelegate(new SegmentCardDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Cards are as high as their words need at the view's width: laid out again when it changes.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Double-click or press Enter to see a segment in its source; click the star "
                          "or press E to mark an exemplar."));
    connect(m_list, &QListView::activated, this, &RetrievalPanel::activate);

    m_exemplar = new QAction(tr("Mark or Unmark as Exemplar"), m_list);
    m_exemplar->setShortcut(QKeySequence(Qt::Key_E));
    m_exemplar->setShortcutContext(Qt::WidgetShortcut);
    connect(m_exemplar, &QAction::triggered, this, &RetrievalPanel::toggleExemplars);
    m_list->addAction(m_exemplar);
    auto *copy = new QAction(tr("Copy Segments"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RetrievalPanel::copySelected);
    m_list->addAction(copy);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_speaker),
                       static_cast<QWidget *>(m_attribute), static_cast<QWidget *>(m_coder)})
        filters->addWidget(w, 1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_exemplarsOnly);
    checks->addWidget(m_subcodes);
    checks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addLayout(checks);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);

    setProject(nullptr, nullptr);
}

RetrievalPanel::~RetrievalPanel()
{
    m_list->setModel(nullptr);
}

void RetrievalPanel::setProject(Project *project, Editor *editor)
{
    if (m_project)
        disconnect(&m_project->notifier(), nullptr, this, nullptr);
    m_list->setModel(nullptr);
    m_model.reset();
    m_project = project;
    m_editor = editor;
    setEnabled(m_project != nullptr);
    // Marking exemplars changes the project: not without an editor (a project open read-only).
    m_exemplar->setEnabled(m_editor != nullptr);
    if (m_project) {
        m_model = std::make_unique<SegmentListModel>(*m_project, m_editor);
        m_list->setModel(m_model.get());
        m_list->setModelColumn(SegmentListModel::TextColumn);
        connect(m_model.get(), &SegmentListModel::refreshed, this, &RetrievalPanel::updateHeading);
        connect(m_model.get(), &SegmentListModel::failed, this, &RetrievalPanel::report);
        ProjectNotifier &n = m_project->notifier();
        for (auto signal : {&ProjectNotifier::sourceAdded, &ProjectNotifier::sourceChanged,
                            &ProjectNotifier::sourceRemoved, &ProjectNotifier::speakersChanged})
            connect(&n, signal, this, &RetrievalPanel::fillFilters);
        connect(&n, &ProjectNotifier::casesChanged, this, &RetrievalPanel::fillFilters);
    }
    fillFilters();
    m_subcodes->hide();
    updateHeading();
    report({});
}

void RetrievalPanel::setCode(CodeId code, bool withSubcodes)
{
    if (!m_model)
        return;
    using Kind = SegmentListModel::Scope::Kind;
    {
        const QSignalBlocker quiet(m_subcodes);
        m_subcodes->setChecked(withSubcodes);
    }
    // Offered only where there is something to include.
    m_subcodes->setVisible(m_project->codes().subtree(code).size() > 1);
    // New coders make no change notification; a new scope is the moment to offer them.
    fillFilters();
    m_model->setScope({withSubcodes ? Kind::CodeWithSubcodes : Kind::Code, code});
    m_list->scrollToTop();
}

void RetrievalPanel::setTheme(ThemeId theme)
{
    if (!m_model)
        return;
    m_subcodes->hide();
    fillFilters();
    m_model->setScope({SegmentListModel::Scope::Kind::Theme, theme});
    m_list->scrollToTop();
}

void RetrievalPanel::fillFilters()
{
    QList<std::pair<QString, QVariant>> sources, speakers, attributes, coders;
    if (m_project) {
        for (const SourceInfo &s : m_project->sources().list())
            sources.append({s.name, s.id});
        QStringList labels;
        for (const SpeakerInfo &s : m_project->cases().speakers()) {
            if (!labels.contains(s.label))
                labels.append(s.label);
        }
        std::sort(labels.begin(), labels.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        for (const QString &label : std::as_const(labels))
            speakers.append({label, label});
        for (const AttributeInfo &a : m_project->cases().attributes()) {
            for (const QString &value : m_project->cases().valuesOf(a.id))
                attributes.append({tr("%1 = %2").arg(a.name, value), QStringList{a.name, value}});
        }
        for (const CoderInfo &c : m_project->coders())
            coders.append({c.name, c.id});
    }
    refill(m_source, sources);
    refill(m_speaker, speakers);
    refill(m_attribute, attributes);
    refill(m_coder, coders);
    // A filter that no longer fits what the project holds went back to "all".
    applyFilter();
}

void RetrievalPanel::applyFilter()
{
    if (!m_model)
        return;
    SegmentFilter filter;
    if (const QVariant source = m_source->currentData(); source.isValid())
        filter.sources = {source.toLongLong()};
    if (const QVariant speaker = m_speaker->currentData(); speaker.isValid())
        filter.speakers = {speaker.toString()};
    if (const QStringList pair = m_attribute->currentData().toStringList(); pair.size() == 2)
        filter.attributes = {{pair.at(0), pair.at(1)}};
    if (const QVariant coder = m_coder->currentData(); coder.isValid())
        filter.coders = {coder.toLongLong()};
    filter.exemplarsOnly = m_exemplarsOnly->isChecked();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

QString RetrievalPanel::heading() const
{
    return m_heading->text();
}

void RetrievalPanel::updateHeading()
{
    using Kind = SegmentListModel::Scope::Kind;
    if (!m_model) {
        m_heading->setText(tr("No project open"));
        return;
    }
    const SegmentListModel::Scope &scope = m_model->scope();
    const QString name = m_model->scopeName();
    if (scope.kind == Kind::None || name.isEmpty()) {
        m_heading->setText(tr("Choose a code or a theme to read its coded segments."));
        return;
    }
    QString what;
    if (scope.kind == Kind::Theme) {
        const std::optional<Theme> theme = m_project->themes().find(scope.id);
        what = theme && theme->kind == Theme::Kind::Dimension ? tr("Dimension: %1").arg(name)
                                                              : tr("Theme: %1").arg(name);
    } else {
        what = scope.kind == Kind::CodeWithSubcodes ? tr("Code with subcodes: %1").arg(name)
                                                    : tr("Code: %1").arg(name);
    }
    const int segments = m_model->rowCount();
    const int cases = m_model->caseCount();
    const QString sources = tr("%Ln source(s)", nullptr, m_model->sourceCount());
    const QString count = cases > 0 ? tr("%1 from %2 in %3")
                                          .arg(tr("%Ln segment(s)", nullptr, segments),
                                               tr("%Ln participant(s)", nullptr, cases), sources)
                          : segments > 0 ? tr("%1 in %2").arg(tr("%Ln segment(s)", nullptr, segments), sources)
                                         : tr("no segments");
    m_heading->setText(tr("%1 — %2").arg(what, count));
}

void RetrievalPanel::toggleExemplars()
{
    if (!m_model || !m_editor)
        return;
    // The list shows one column, so its selection holds that column's indexes only.
    QList<QPersistentModelIndex> rows;
    for (const QModelIndex &i : m_list->selectionModel()->selectedIndexes())
        rows.append(i.siblingAtColumn(SegmentListModel::ExemplarColumn));
    if (rows.isEmpty())
        return;
    // All become exemplars unless all are already; several rows are one undo step.
    const bool mark = std::any_of(rows.begin(), rows.end(), [](const QPersistentModelIndex &i) {
        return !i.data(SegmentListModel::ExemplarRole).toBool();
    });
    m_editor->undoStack().beginMacro(mark ? tr("Mark Exemplars") : tr("Unmark Exemplars"));
    for (const QPersistentModelIndex &i : std::as_const(rows))
        m_model->setData(i, mark ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    m_editor->undoStack().endMacro();
}

QString RetrievalPanel::selectedText() const
{
    if (!m_model)
        return {};
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList quotes;
    for (const QModelIndex &i : std::as_const(rows)) {
        const RetrievedSegment &s = m_model->segmentAt(i.row());
        QStringList from{s.sourceName};
        if (!s.speaker.isEmpty())
            from.append(s.speaker);
        if (!s.caseName.isEmpty() && s.caseName != s.speaker)
            from.append(s.caseName);
        quotes.append(tr("“%1”\n(%2)").arg(s.text.trimmed(), from.join(QStringLiteral(", "))));
    }
    return quotes.join(QStringLiteral("\n\n"));
}

void RetrievalPanel::copySelected()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void RetrievalPanel::activate(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const RetrievedSegment &s = m_model->segmentAt(index.row());
    Q_EMIT segmentActivated(s.sourceId, s.start, s.end);
}

void RetrievalPanel::report(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace tematik
