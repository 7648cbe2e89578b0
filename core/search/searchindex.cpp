#include "core/search/searchindex.h"

#include "core/search/searchquery.h"
#include "core/store/database.h"
#include "core/text/foldedtext.h"

namespace tematik {

Status SearchIndex::add(Database &db, SourceId source, const QString &folded)
{
    Statement &q = db.cached("INSERT INTO source_search (rowid, folded) VALUES (?, ?)");
    q.bind(1, source).bind(2, folded);
    if (!q.exec())
        return db.error(q);
    return {};
}

Status SearchIndex::remove(Database &db, SourceId source)
{
    Statement &q = db.cached("DELETE FROM source_search WHERE rowid = ?");
    q.bind(1, source);
    if (!q.exec())
        return db.error(q);
    return {};
}

Status SearchIndex::rebuild(Database &db)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = db.exec("DELETE FROM source_search"); !s)
        return s;
    Result<Statement> texts = db.prepare("SELECT source_id, plain_text FROM source_texts");
    if (!texts)
        return texts.takeError();
    while (texts->next()) {
        if (Status s = add(db, texts->int64(0), FoldedText::fold(texts->text(1))); !s)
            return s;
    }
    if (texts->failed())
        return db.error(*texts);
    return tx.commit();
}

Result<QList<SourceId>> SearchIndex::matchingSources(Database &db, const SearchQuery &query)
{
    QList<SourceId> sources;
    if (query.isEmpty())
        return sources;
    Statement &q = db.cached("SELECT s.id FROM source_search f JOIN sources s ON s.id = f.rowid "
                             "WHERE f.source_search MATCH ? ORDER BY s.position, s.id");
    q.bind(1, query.ftsExpression());
    while (q.next())
        sources.append(q.int64(0));
    if (q.failed())
        return db.error(q);
    return sources;
}

} // namespace tematik
