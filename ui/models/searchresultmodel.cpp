#include "ui/models/searchresultmodel.h"

#include "core/search/searchquery.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"

#include <QFont>

namespace tematik {

SearchResultModel::SearchResultModel(Project &project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    ProjectNotifier &n = project.notifier();
    connect(&n, &ProjectNotifier::sourceAdded, this, &SearchResultModel::searchAgain);
    connect(&n, &ProjectNotifier::sourceRemoved, this, &SearchResultModel::searchAgain);
    connect(&n, &ProjectNotifier::sourceChanged, this, &SearchResultModel::searchAgain);
    connect(&n, &ProjectNotifier::speakersChanged, this, &SearchResultModel::searchAgain);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return hit.sourceName;
        case SpeakerColumn:
            return hit.speaker;
        case BeforeColumn:
            return hit.before;
        case MatchColumn:
            return hit.match;
        case AfterColumn:
            return hit.after;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == SourceColumn ? QVariant() : QVariant(hit.before + hit.match + hit.after);
    case Qt::TextAlignmentRole:
        // The hits line up in one column, as in a printed concordance.
        return index.column() == BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (index.column() == MatchColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == SourceColumn)
            return m_chosen.contains(placeOf(hit)) ? Qt::Checked : Qt::Unchecked;
        return {};
    case SourceIdRole:
        return hit.source;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    default:
        return {};
    }
}

bool SearchResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != SourceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChosen(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case SpeakerColumn:
        return tr("Speaker");
    case BeforeColumn:
        return tr("Before");
    case MatchColumn:
        return tr("Hit");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

Status SearchResultModel::search(const QString &query)
{
    m_query = query;
    const SearchQuery parsed = SearchQuery::parse(query);
    SearchOptions options;
    options.context = contextLength;
    Result<QList<SearchHit>> found = parsed.isEmpty()
                                         ? Result<QList<SearchHit>>(QList<SearchHit>())
                                         : TextSearch(m_project.database()).find(parsed, options);
    beginResetModel();
    m_hits = found ? std::move(*found) : QList<SearchHit>();
    QSet<Place> kept;
    for (const SearchHit &hit : std::as_const(m_hits)) {
        if (m_chosen.contains(placeOf(hit)))
            kept.insert(placeOf(hit));
    }
    m_chosen = std::move(kept);
    endResetModel();
    Q_EMIT chosenChanged();
    if (!found)
        return found.takeError();
    if (parsed.isEmpty() && !query.trimmed().isEmpty())
        return Error{tr("“%1” has no word to search for. Type a word, a \"phrase in quotes\" or the start "
                        "of a word with * (tillit*).")
                         .arg(query.trimmed())};
    return {};
}

void SearchResultModel::clear()
{
    m_query.clear();
    beginResetModel();
    m_hits.clear();
    m_chosen.clear();
    endResetModel();
    Q_EMIT chosenChanged();
}

int SearchResultModel::sourceCount() const
{
    QSet<SourceId> sources;
    for (const SearchHit &hit : m_hits)
        sources.insert(hit.source);
    return int(sources.size());
}

bool SearchResultModel::isChosen(int row) const
{
    return row >= 0 && row < m_hits.size() && m_chosen.contains(placeOf(m_hits.at(row)));
}

void SearchResultModel::setChosen(int row, bool chosen)
{
    if (row < 0 || row >= m_hits.size() || isChosen(row) == chosen)
        return;
    if (chosen)
        m_chosen.insert(placeOf(m_hits.at(row)));
    else
        m_chosen.remove(placeOf(m_hits.at(row)));
    const QModelIndex at = index(row, SourceColumn);
    Q_EMIT dataChanged(at, at, {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
}

void SearchResultModel::setAllChosen(bool chosen)
{
    m_chosen.clear();
    if (chosen) {
        for (const SearchHit &hit : std::as_const(m_hits))
            m_chosen.insert(placeOf(hit));
    }
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn), {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
}

QList<SearchHit> SearchResultModel::chosenHits() const
{
    QList<SearchHit> chosen;
    for (const SearchHit &hit : m_hits) {
        if (m_chosen.contains(placeOf(hit)))
            chosen.append(hit);
    }
    return chosen;
}

void SearchResultModel::searchAgain()
{
    if (m_query.isEmpty())
        return;
    if (const Status s = search(m_query); !s)
        Q_EMIT failed(s.error());
}

} // namespace tematik
