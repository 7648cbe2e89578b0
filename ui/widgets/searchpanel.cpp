#include "ui/widgets/searchpanel.h"

#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "ui/commands/editor.h"
#include "ui/models/searchresultmodel.h"
#include "ui/widgets/elidingdelegate.h"
#include "ui/widgets/quickcodepopup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <set>
#include <tuple>

namespace tematik {

SearchPanel::SearchPanel(QWidget *parent) : QWidget(parent)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all sources: words, \"a phrase\", tillit*"));
    m_query->setClearButtonEnabled(true);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    setFocusProxy(m_query);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("searchHits"));
    m_view->setRootIsDecorated(false);
    // Every row is one line: the view need not measure each, so thousands of hits scroll smoothly.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegateForColumn(SearchResultModel::BeforeColumn,
                                     new ElidingDelegate(Qt::ElideLeft, m_view));
    m_view->setToolTip(tr("Double-click a hit to see it in its source. Tick hits to code only those."));
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);
    auto *choose = new QAction(tr("Choose or Unchoose Hits"), m_view);
    choose->setShortcut(QKeySequence(Qt::Key_Space));
    choose->setShortcutContext(Qt::WidgetShortcut);
    connect(choose, &QAction::triggered, this, &SearchPanel::toggleChosen);
    m_view->addAction(choose);

    m_all = new QPushButton(tr("Select All"), this);
    m_none = new QPushButton(tr("Select None"), this);
    m_codeAll = new QPushButton(tr("Code All Hits…"), this);
    m_codeAll->setObjectName(QStringLiteral("codeAllHits"));
    m_codeChosen = new QPushButton(tr("Code Chosen Hits…"), this);
    m_codeChosen->setObjectName(QStringLiteral("codeChosenHits"));
    connect(m_all, &QPushButton::clicked, this, [this] { m_model->setAllChosen(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setAllChosen(false); });
    connect(m_codeAll, &QPushButton::clicked, this, [this] { chooseCode(m_codeAll, false); });
    connect(m_codeChosen, &QPushButton::clicked, this, [this] { chooseCode(m_codeChosen, true); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_codeAll);
    buttons->addWidget(m_codeChosen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    setProject(nullptr, nullptr);
}

SearchPanel::~SearchPanel()
{
    m_view->setModel(nullptr);
}

void SearchPanel::setProject(Project *project, Editor *editor)
{
    m_view->setModel(nullptr);
    m_model.reset();
    m_project = project;
    m_editor = editor;
    m_problem.clear();
    setEnabled(m_project != nullptr);
    if (m_project) {
        m_model = std::make_unique<SearchResultModel>(*m_project);
        m_view->setModel(m_model.get());
        connect(m_model.get(), &SearchResultModel::chosenChanged, this, &SearchPanel::updateCounts);
        connect(m_model.get(), &SearchResultModel::modelReset, this, &SearchPanel::layOutColumns);
        connect(m_model.get(), &SearchResultModel::failed, this, [this](const QString &problem) {
            m_problem = problem;
            updateCounts();
        });
        QHeaderView *header = m_view->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(SearchResultModel::BeforeColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(SearchResultModel::AfterColumn, QHeaderView::Stretch);
        layOutColumns();
    }
    showMessage({});
    updateCounts();
}

void SearchPanel::search(const QString &query)
{
    m_query->setText(query);
    runSearch();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::runSearch()
{
    if (!m_model)
        return;
    showMessage({});
    const Status s = m_model->search(m_query->text());
    m_problem = s ? QString() : s.error();
    updateCounts();
}

QString SearchPanel::status() const
{
    return m_status->text();
}

QString SearchPanel::message() const
{
    return m_message->text();
}

void SearchPanel::updateCounts()
{
    const int hits = m_model ? m_model->rowCount() : 0;
    const int chosen = m_model ? m_model->chosenCount() : 0;
    if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else if (!m_model || m_model->query().trimmed().isEmpty())
        m_status->setText(tr("Type words to find and press Enter."));
    else if (hits == 0)
        m_status->setText(tr("No source holds “%1”.").arg(m_model->query().trimmed()));
    else if (chosen == 0)
        m_status->setText(
            tr("%1 in %2")
                .arg(tr("%Ln hit(s)", nullptr, hits), tr("%Ln source(s)", nullptr, m_model->sourceCount())));
    else
        m_status->setText(
            tr("%1 in %2, %3 chosen")
                .arg(tr("%Ln hit(s)", nullptr, hits), tr("%Ln source(s)", nullptr, m_model->sourceCount()))
                .arg(chosen));
    const bool canCode = m_editor != nullptr;
    m_all->setEnabled(hits > 0 && chosen < hits);
    m_none->setEnabled(chosen > 0);
    m_codeAll->setEnabled(canCode && hits > 0);
    m_codeChosen->setEnabled(canCode && chosen > 0);
}

void SearchPanel::layOutColumns()
{
    if (!m_model)
        return;
    // Widths from the hits' own text, measured once per search and capped so that the context keeps
    // most of the room; measuring every row through the view would make a long list slow.
    const QFontMetrics plain(m_view->font());
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    QSet<QString> sources, speakers, matches;
    for (const SearchHit &hit : m_model->hits()) {
        sources.insert(hit.sourceName);
        speakers.insert(hit.speaker);
        matches.insert(hit.match);
    }
    const auto widest = [](const QSet<QString> &texts, const QFontMetrics &metrics) {
        int width = 0;
        for (const QString &t : texts)
            width = std::max(width, metrics.horizontalAdvance(t));
        return width;
    };
    const int padding =
        2 * plain.averageCharWidth() + m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) * 2;
    // The source column holds the check box too.
    const int check = m_view->style()->pixelMetric(QStyle::PM_IndicatorWidth) + plain.averageCharWidth();
    const auto fit = [&](int column, int content, int cap) {
        const int title = plain.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::min(std::max(content, title) + padding, cap));
    };
    fit(SearchResultModel::SourceColumn, widest(sources, plain) + check, 200);
    fit(SearchResultModel::SpeakerColumn, widest(speakers, plain), 100);
    fit(SearchResultModel::MatchColumn, widest(matches, bold), 220);
}

void SearchPanel::chooseCode(QPushButton *button, bool chosenOnly)
{
    if (!m_project || !m_model)
        return;
    const QList<SearchHit> hits = chosenOnly ? m_model->chosenHits() : m_model->hits();
    auto *popup = new QuickCodePopup(QuickCodePopup::choicesFor(*m_project), this);
    popup->setObjectName(QStringLiteral("searchCodePopup"));
    // Either way the outcome, good or bad, is shown in the message line under the buttons.
    connect(popup, &QuickCodePopup::codeChosen, this,
            [this, hits](CodeId code) { static_cast<void>(codeHits(hits, code)); });
    connect(popup, &QuickCodePopup::newCodeRequested, this,
            [this, hits](const QString &name) { static_cast<void>(codeHitsWithNewCode(hits, name)); });
    popup->popup(button->mapToGlobal(QPoint(0, button->height())));
}

Status SearchPanel::codeHits(const QList<SearchHit> &hits, CodeId code)
{
    const auto fail = [this](const QString &problem) -> Status {
        showMessage(problem);
        return Error{problem};
    };
    if (!m_editor || !m_project)
        return fail(tr("Open a project first."));
    const std::optional<Code> target = m_project->codes().find(code);
    if (!target)
        return fail(tr("There is no code with id %1.").arg(code));
    if (hits.isEmpty())
        return fail(tr("Choose the hits to code first."));
    // Coding a hit twice with the same code would count it twice in every table.
    std::set<std::tuple<SourceId, qint64, qint64>> coded;
    for (const Coding &c : m_project->codings().forCode(code))
        coded.insert({c.sourceId, c.start, c.end});
    QList<NewCoding> codings;
    for (const SearchHit &hit : hits) {
        if (!coded.contains({hit.source, hit.start, hit.end}))
            codings.append(NewCoding{hit.source, code, hit.start, hit.end});
    }
    if (codings.isEmpty()) {
        showMessage(tr("These hits are coded with ‘%1’ already.").arg(target->name));
        return {};
    }
    const Result<QList<CodingId>> added = m_editor->addCodings(codings);
    if (!added)
        return fail(added.error());
    const qsizetype already = hits.size() - codings.size();
    QString done = tr("Coded %Ln hit(s) with ‘%1’.", nullptr, int(codings.size())).arg(target->name);
    if (already > 0)
        done += QLatin1Char(' ') + tr("%Ln had that code already.", nullptr, int(already));
    showMessage(done);
    return {};
}

Status SearchPanel::codeHitsWithNewCode(const QList<SearchHit> &hits, const QString &name)
{
    const QString trimmed = name.simplified();
    if (!m_editor || !m_project) {
        showMessage(tr("Open a project first."));
        return Error{tr("Open a project first.")};
    }
    if (trimmed.isEmpty()) {
        showMessage(tr("A code needs a name."));
        return Error{tr("A code needs a name.")};
    }
    // A top-level code of that name already exists: code with it rather than refuse.
    if (const std::optional<Code> existing = m_project->codes().findByPath(trimmed))
        return codeHits(hits, existing->id);
    if (hits.isEmpty()) {
        showMessage(tr("Choose the hits to code first."));
        return Error{tr("Choose the hits to code first.")};
    }
    // The new code and its codings are two transactions; the macro makes them one undo step.
    QUndoStack &stack = m_editor->undoStack();
    stack.beginMacro(tr("Code %Ln Hit(s) with New Code ‘%1’", nullptr, int(hits.size())).arg(trimmed));
    const Result<CodeId> code = m_editor->addCode(NewCode{trimmed, std::nullopt, {}, {}});
    const Status coded = code ? codeHits(hits, *code) : Status(Error{code.error()});
    stack.endMacro();
    if (!coded) {
        // Nothing half done stays: undoing the step takes the new code away again.
        stack.undo();
        showMessage(coded.error());
        return coded;
    }
    return {};
}

void SearchPanel::toggleChosen()
{
    if (!m_model)
        return;
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    // All selected hits become chosen unless all are already.
    const bool choose =
        std::any_of(rows.begin(), rows.end(), [this](int row) { return !m_model->isChosen(row); });
    for (int row : std::as_const(rows))
        m_model->setChosen(row, choose);
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const SearchHit &hit = m_model->hitAt(index.row());
    Q_EMIT hitActivated(hit.source, hit.start, hit.end);
}

void SearchPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace tematik
