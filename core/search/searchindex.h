#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace tematik {

class Database;
class SearchQuery;

// The full-text index over the sources' text (table source_search, rowid = source id): an FTS5 table
// of each text in folded form (see FoldedText). It only narrows a search down to the sources that can
// match; TextSearch finds the exact places. Callers write it inside the transaction that changes the
// source, so that a rolled-back import leaves no row behind.
class SearchIndex
{
public:
    // The project format whose migration step made the index, and after which an upgrade fills it.
    static constexpr int introducedInVersion = 3;

    // folded: the source's text as FoldedText::fold gives it.
    static Status add(Database &db, SourceId source, const QString &folded);
    static Status remove(Database &db, SourceId source);
    // Indexes every source anew, e.g. after an upgrade from a format without the index.
    static Status rebuild(Database &db);

    // Sources whose text holds every term of the query, in the project's source order.
    static Result<QList<SourceId>> matchingSources(Database &db, const SearchQuery &query);
};

} // namespace tematik
