#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tematik {

class Database;
class SearchQuery;

// One place where a search term occurs, as a keyword-in-context line.
struct SearchHit
{
    SourceId source = 0;
    QString sourceName;
    qint64 start = 0; // code points of the stored text, half-open
    qint64 end = 0;
    QString speaker; // of the turn the hit starts in; empty outside turns or for unlabelled ones
    // The context on each side and the hit itself, each on one line: runs of white space are one space.
    QString before;
    QString match;
    QString after;
};

struct SearchOptions
{
    int context = 40; // code points of context on each side of a hit
    int offset = 0;   // hits to skip, for paging
    int limit = -1;   // at most this many hits; negative for all
};

// Full-text search over every source of a project: the index (SearchIndex) finds the sources that hold
// every term of the query, and the folded text of each finds the exact places, in source order and then
// by position. Matching is case-insensitive and treats a decomposed and a precomposed letter alike;
// letters with diacritics stay apart (å is not a).
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(TextSearch)

public:
    explicit TextSearch(Database &db) : m_db(db) {}

    Result<QList<SearchHit>> find(const SearchQuery &query, const SearchOptions &options = {}) const;
    Result<QList<SearchHit>> find(const QString &query, const SearchOptions &options = {}) const;

private:
    Database &m_db;
};

} // namespace tematik
