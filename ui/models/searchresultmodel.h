#pragma once

#include "core/result.h"
#include "core/search/textsearch.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace tematik {

class Project;

// The hits of a text search as a keyword-in-context concordance: source, speaker, the context before
// (to be shown right-aligned), the hit, the context after. Each hit can be chosen (a check box in the
// source column) for coding. The search runs again when sources come or go; choices of hits that are
// still found are kept.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        SpeakerColumn,
        BeforeColumn,
        MatchColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role
    {
        SourceIdRole = Qt::UserRole + 1,
        StartRole, // code points, half-open
        EndRole,
    };

    // Code points of context on each side of a hit: more than a narrow panel shows, since the view
    // elides what does not fit on the side away from the hit, so a wide one reads a clause each side.
    static constexpr int contextLength = 80;

    explicit SearchResultModel(Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // SourceColumn's CheckStateRole chooses or unchooses the hit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Searches the project for query (see SearchQuery for the syntax). A query without any word to
    // search for, or a failed search, leaves no hits and says why.
    Status search(const QString &query);
    void clear();
    const QString &query() const { return m_query; }

    const QList<SearchHit> &hits() const { return m_hits; }
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }
    int sourceCount() const;

    bool isChosen(int row) const;
    void setChosen(int row, bool chosen);
    void setAllChosen(bool chosen);
    QList<SearchHit> chosenHits() const;
    int chosenCount() const { return int(m_chosen.size()); }

Q_SIGNALS:
    // The hits or the choice of them changed: counts may differ.
    void chosenChanged();
    // The search ran again by itself (sources came or went) and failed; the message is for the user.
    void failed(const QString &message);

private:
    // Where a hit is: the same place is the same hit across searches.
    using Place = std::pair<SourceId, qint64>;
    static Place placeOf(const SearchHit &hit) { return {hit.source, hit.start}; }
    void searchAgain();

    Project &m_project;
    QString m_query;
    QList<SearchHit> m_hits;
    QSet<Place> m_chosen;
};

} // namespace tematik
