#include "core/store/codingstore.h"

#include "core/store/database.h"
#include "core/store/projectnotifier.h"
#include "core/store/storedvalues.h"
#include "core/text/codepointindex.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace tematik {
namespace {

constexpr const char *codingColumns = "SELECT id, guid, source_id, code_id, start, end, ifnull(coder_id, 0), "
                                      "created_at, exemplar FROM codings ";

Coding readCoding(const Statement &q)
{
    Coding c;
    c.id = q.int64(0);
    c.guid = q.text(1);
    c.sourceId = q.int64(2);
    c.codeId = q.int64(3);
    c.start = q.int64(4);
    c.end = q.int64(5);
    c.coderId = q.int64(6);
    c.createdAt = fromStoredTime(q.text(7));
    c.exemplar = q.int64(8) != 0;
    return c;
}

// From this many rows on, checking them all at once is cheaper than the trigger per row.
constexpr qsizetype bulkRows = 500;

// Sets aside what checks and indexes each coding row: the trigger keeping a coding inside its text,
// and, with indexes, the table's own indexes (not the one of its UNIQUE column, which cannot be
// dropped) and the trigger counting codings per source and code, with the index and the triggers of
// those counts (which keep each code's totals). SQLite builds an index from sorted keys many times faster
// than it inserts the same keys one by one in random order, and one GROUP BY counts every coding faster
// than a trigger counts them one at a time. Returns the SQL that makes them again, so the schema stays
// as it was, and counts the codings again if their trigger was set aside.
Result<QStringList> setAside(Database &db, bool indexes)
{
    Statement &q = db.cached("SELECT type, name, sql, tbl_name FROM sqlite_schema WHERE sql IS NOT NULL "
                             "AND (name = 'codings_in_text_insert' OR (? AND ((tbl_name = 'codings' AND "
                             "(type = 'index' OR name = 'coding_counts_insert')) OR (tbl_name = 'coding_counts' AND type != 'table'))))");
    q.bind(1, indexes ? 1 : 0);
    QStringList drops;
    QStringList makes;
    QStringList makesOnCounts;
    bool counts = false;
    while (q.next()) {
        drops.append(QStringLiteral("DROP %1 %2").arg(q.text(0).toUpper(), q.text(1)));
        (q.text(3) == QLatin1String("coding_counts") ? makesOnCounts : makes).append(q.text(2));
        counts = counts || q.text(1) == QLatin1String("coding_counts_insert");
    }
    if (q.failed())
        return db.error(q);
    // After the indexes on codings are made again, so that the count reads the one on (source_id,
    // code_id); before the triggers on the counts, which would otherwise count them a second time.
    if (counts) {
        makes.append(QStringLiteral("DELETE FROM coding_counts"));
        makes.append(QStringLiteral("INSERT INTO coding_counts (source_id, code_id, codings) "
                                    "SELECT source_id, code_id, count(*) FROM codings GROUP BY source_id, code_id"));
        makes.append(QStringLiteral("DELETE FROM code_totals"));
        makes.append(QStringLiteral("INSERT INTO code_totals (code_id, codings, sources) "
                                    "SELECT code_id, sum(codings), count(*) FROM coding_counts GROUP BY code_id"));
    }
    makes += makesOnCounts;
    for (const QString &drop : std::as_const(drops)) {
        if (Status s = db.exec(drop.toUtf8().constData()); !s)
            return s.takeError();
    }
    return makes;
}

Result<qint64> codingRows(Database &db)
{
    Statement &q = db.cached("SELECT count(*) FROM codings");
    if (!q.next())
        return db.error(q);
    const qint64 rows = q.int64(0);
    q.reset();
    return rows;
}

} // namespace

Result<qint64> CodingStore::sourceLength(SourceId source, QHash<SourceId, qint64> &known) const
{
    if (const auto it = known.constFind(source); it != known.constEnd())
        return *it;
    Statement &q = m_db.cached("SELECT code_points FROM sources WHERE id = ?");
    q.bind(1, source);
    if (!q.next())
        return Error{tr("There is no source with id %1.").arg(source)};
    const qint64 length = q.int64(0);
    q.reset();
    known.insert(source, length);
    return length;
}

Status CodingStore::checkRange(SourceId source, qint64 start, qint64 end, QHash<SourceId, qint64> &lengths) const
{
    if (start < 0 || end <= start)
        return Error{tr("A coding needs a non-empty range (start %1, end %2).").arg(start).arg(end)};
    // Checked here for a message that says what is wrong; the store's trigger guards the same rule.
    Result<qint64> length = sourceLength(source, lengths);
    if (!length)
        return length.takeError();
    if (end > *length)
        return Error{tr("The range %1–%2 lies outside the source, which has %3 characters.")
                         .arg(start)
                         .arg(end)
                         .arg(*length)};
    return {};
}

Status CodingStore::insert(const NewCoding &coding, const QString &createdAt, QHash<SourceId, qint64> &lengths)
{
    if (Status s = checkRange(coding.sourceId, coding.start, coding.end, lengths); !s)
        return s;
    Statement &q = m_db.cached("INSERT INTO codings (guid, source_id, code_id, start, end, coder_id, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, newGuid()).bind(2, coding.sourceId).bind(3, coding.codeId).bind(4, coding.start);
    q.bind(5, coding.end).bind(7, createdAt);
    if (m_coder > 0)
        q.bind(6, m_coder);
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("FOREIGN KEY")))
            return Error{tr("There is no code with id %1.").arg(coding.codeId)};
        return m_db.error(q);
    }
    return {};
}

Result<CodingId> CodingStore::add(const NewCoding &coding)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    QHash<SourceId, qint64> lengths;
    if (Status s = insert(coding, storedNow(), lengths); !s)
        return s.takeError();
    const CodingId id = m_db.lastInsertId();
    m_db.afterCommit([this, source = coding.sourceId] { Q_EMIT m_notifier.codingsChanged(source); });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return id;
}

Status CodingStore::putBack(const QStringList &setAside)
{
    Statement &q = m_db.cached("SELECT c.start, c.end, s.name, s.code_points FROM codings c "
                               "JOIN sources s ON s.id = c.source_id WHERE c.end > s.code_points LIMIT 1");
    if (q.next()) {
        const Error outside{tr("A coding (%1–%2) ends past the end of “%3”, which has %4 characters.")
                                .arg(q.int64(0))
                                .arg(q.int64(1))
                                .arg(q.text(2))
                                .arg(q.int64(3))};
        q.reset();
        return outside;
    }
    for (const QString &sql : setAside) {
        if (Status s = m_db.exec(sql.toUtf8().constData()); !s)
            return s;
    }
    return {};
}

// SQLite runs a trigger as a sub-program for each row, and on 20,000 codings the range trigger took
// two thirds of the insert (about 17 µs a row: 360 of 540 ms importing the reference .qdpx). For many
// rows the trigger is dropped inside the transaction, one query checks every coding against its
// source's length, and the trigger is created again before the commit. No other connection can see the
// table without it, and an error rolls the drop back with the rows.
Status CodingStore::insertMany(qsizetype count, const std::function<Status(qsizetype)> &insertRow)
{
    const auto insertRows = [&]() -> Status {
        for (qsizetype i = 0; i < count; ++i) {
            if (Status s = insertRow(i); !s)
                return s;
        }
        return {};
    };
    if (m_load || count < bulkRows)
        return insertRows();
    // The indexes are built again only when the rows at least double the table: on a table already
    // larger, rebuilding would cost more than it saves.
    Result<qint64> rows = codingRows(m_db);
    if (!rows)
        return rows.takeError();
    Result<QStringList> setAsideNow = setAside(m_db, *rows <= count);
    if (!setAsideNow)
        return setAsideNow.takeError();
    if (Status s = insertRows(); !s)
        return s;
    return putBack(*setAsideNow);
}

CodingStore::Load::Load(CodingStore &store)
    : m_store(store)
{
}

CodingStore::Load::~Load()
{
    // Unfinished, the caller's transaction rolls back and brings back what was set aside.
    if (m_begun)
        m_store.m_load.reset();
}

Status CodingStore::Load::begin()
{
    if (m_store.m_load)
        return Error{tr("Codings are being loaded already.")};
    Result<qint64> rows = codingRows(m_store.m_db);
    if (!rows)
        return rows.takeError();
    Result<QStringList> setAsideNow = setAside(m_store.m_db, *rows == 0);
    if (!setAsideNow)
        return setAsideNow.takeError();
    m_store.m_load = *std::move(setAsideNow);
    m_begun = true;
    return {};
}

Status CodingStore::Load::finish()
{
    if (!m_begun)
        return {};
    m_begun = false;
    const QStringList setAsideNow = *std::exchange(m_store.m_load, std::nullopt);
    return m_store.putBack(setAsideNow);
}

Result<QList<CodingId>> CodingStore::addAll(const QList<NewCoding> &codings)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    QList<CodingId> ids;
    ids.reserve(codings.size());
    QSet<SourceId> touched;
    QHash<SourceId, qint64> lengths;
    const QString now = storedNow();
    const Status inserted = insertMany(codings.size(), [&](qsizetype i) -> Status {
        const NewCoding &c = codings[i];
        if (Status s = insert(c, now, lengths); !s)
            return s;
        ids.append(m_db.lastInsertId());
        touched.insert(c.sourceId);
        return {};
    });
    if (!inserted)
        return Error{inserted.error()};
    m_db.afterCommit([this, touched] {
        for (SourceId s : touched)
            Q_EMIT m_notifier.codingsChanged(s);
    });
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return ids;
}

Status CodingStore::remove(CodingId id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const std::optional<Coding> coding = find(id);
    if (!coding)
        return Error{tr("There is no coding with id %1.").arg(id)};
    // The memos on the coding go with it.
    QList<MemoId> memos;
    Statement &memoQuery = m_db.cached("SELECT id FROM memos WHERE coding_id = ?");
    memoQuery.bind(1, id);
    while (memoQuery.next())
        memos.append(memoQuery.int64(0));
    Statement &q = m_db.cached("DELETE FROM codings WHERE id = ?");
    q.bind(1, id);
    if (!q.exec())
        return m_db.error(q);
    m_db.afterCommit([this, source = coding->sourceId, memos] {
        for (MemoId m : memos)
            Q_EMIT m_notifier.memoRemoved(m);
        Q_EMIT m_notifier.codingsChanged(source);
    });
    return tx.commit();
}

Status CodingStore::setBounds(CodingId id, qint64 start, qint64 end)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const std::optional<Coding> coding = find(id);
    if (!coding)
        return Error{tr("There is no coding with id %1.").arg(id)};
    QHash<SourceId, qint64> lengths;
    if (Status s = checkRange(coding->sourceId, start, end, lengths); !s)
        return s;
    Statement &q = m_db.cached("UPDATE codings SET start = ?, end = ? WHERE id = ?");
    q.bind(1, start).bind(2, end).bind(3, id);
    if (!q.exec())
        return m_db.error(q);
    m_db.afterCommit([this, source = coding->sourceId] { Q_EMIT m_notifier.codingsChanged(source); });
    return tx.commit();
}

Status CodingStore::restore(const QList<Coding> &codings)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("INSERT INTO codings (id, guid, source_id, code_id, start, end, coder_id, created_at, "
                               "exemplar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSet<SourceId> touched;
    const Status inserted = insertMany(codings.size(), [&](qsizetype i) -> Status {
        const Coding &c = codings[i];
        q.bind(1, c.id > 0 ? std::optional<qint64>(c.id) : std::nullopt).bind(2, c.guid).bind(3, c.sourceId).bind(4, c.codeId).bind(5, c.start).bind(6, c.end);
        q.bind(7, c.coderId > 0 ? std::optional<qint64>(c.coderId) : std::nullopt);
        q.bind(8, toStoredTime(c.createdAt)).bind(9, c.exemplar ? 1 : 0);
        if (!q.exec())
            return m_db.error(q);
        touched.insert(c.sourceId);
        return {};
    });
    if (!inserted)
        return inserted;
    m_db.afterCommit([this, touched] {
        for (SourceId s : touched)
            Q_EMIT m_notifier.codingsChanged(s);
    });
    return tx.commit();
}

QList<Coding> CodingStore::forCodes(const QList<CodeId> &codes) const
{
    QList<Coding> result;
    for (CodeId code : codes)
        result += forCode(code);
    return result;
}

std::optional<Coding> CodingStore::find(CodingId id) const
{
    static const QByteArray sql = QByteArray(codingColumns) + "WHERE id = ?";
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Coding c = readCoding(q);
    q.reset();
    return c;
}

QList<Coding> CodingStore::select(const char *sql, qint64 key) const
{
    QList<Coding> result;
    Statement &q = m_db.cached(sql);
    if (key != 0)
        q.bind(1, key);
    while (q.next())
        result.append(readCoding(q));
    return result;
}

QList<Coding> CodingStore::forSource(SourceId source) const
{
    static const QByteArray sql = QByteArray(codingColumns) + "WHERE source_id = ? ORDER BY start, end, id";
    return select(sql.constData(), source);
}

QList<Coding> CodingStore::spansOf(SourceId source) const
{
    QList<Coding> result;
    Statement &q = m_db.cached("SELECT id, code_id, start, end FROM codings WHERE source_id = ? ORDER BY start, end, code_id, id");
    q.bind(1, source);
    while (q.next()) {
        Coding c;
        c.id = q.int64(0);
        c.sourceId = source;
        c.codeId = q.int64(1);
        c.start = q.int64(2);
        c.end = q.int64(3);
        result.append(c);
    }
    return result;
}

QList<Coding> CodingStore::forCode(CodeId code) const
{
    static const QByteArray sql = QByteArray(codingColumns) + "WHERE code_id = ? ORDER BY source_id, start, id";
    return select(sql.constData(), code);
}

QHash<CodeId, CodeUse> CodingStore::useByCode() const
{
    QHash<CodeId, CodeUse> result;
    Statement &q = m_db.cached("SELECT code_id, codings, sources FROM code_totals");
    while (q.next())
        result.insert(q.int64(0), CodeUse{int(q.int64(1)), int(q.int64(2))});
    return result;
}

namespace {

// Completes a query whose CTE "chosen" names the codes: their totals, and their sources counted once
// through the index on code_id, which holds the source and so answers without reading coding_counts.
constexpr char useOfChosen[] = "SELECT (SELECT ifnull(sum(codings), 0) FROM code_totals WHERE code_id IN chosen), "
                               "(SELECT count(DISTINCT source_id) FROM coding_counts WHERE code_id IN chosen)";

CodeUse readUse(Statement &q)
{
    CodeUse use;
    if (q.next())
        use = CodeUse{int(q.int64(0)), int(q.int64(1))};
    q.reset();
    return use;
}

} // namespace

CodeUse CodingStore::useWithSubcodes(CodeId code) const
{
    static const QByteArray sql = QByteArray("WITH RECURSIVE chosen(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c "
                                             "JOIN chosen ON c.parent_id = chosen.id) ")
                                  + useOfChosen;
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, code);
    return readUse(q);
}

CodeUse CodingStore::useOfCodes(const QList<CodeId> &codes) const
{
    static const QByteArray sql = QByteArray("WITH chosen(id) AS (SELECT value FROM json_each(?)) ") + useOfChosen;
    QStringList ids;
    for (CodeId code : codes)
        ids.append(QString::number(code));
    Statement &q = m_db.cached(sql.constData());
    q.bind(1, u'[' + ids.join(u',') + u']');
    return readUse(q);
}

qint64 CodingStore::count() const
{
    return m_db.cached("SELECT ifnull(sum(codings), 0) FROM code_totals").firstInt64();
}

QList<Coding> CodingStore::all() const
{
    static const QByteArray sql = QByteArray(codingColumns) + "ORDER BY source_id, start, end, id";
    return select(sql.constData(), 0);
}

QList<CodedSegment> CodingStore::segmentsOf(const QList<Coding> &codings) const
{
    struct SourceText
    {
        QString name;
        QString text;
        CodePointIndex index;
    };
    QHash<SourceId, SourceText> texts;
    Statement &q = m_db.cached("SELECT s.name, t.plain_text FROM sources s JOIN source_texts t "
                               "ON t.source_id = s.id WHERE s.id = ?");
    QList<CodedSegment> result;
    result.reserve(codings.size());
    for (const Coding &c : codings) {
        auto it = texts.find(c.sourceId);
        if (it == texts.end()) {
            q.reset();
            q.bind(1, c.sourceId);
            SourceText st;
            if (q.next()) {
                st.name = q.text(0);
                st.text = q.text(1);
                st.index = CodePointIndex(st.text);
            }
            q.reset();
            it = texts.insert(c.sourceId, std::move(st));
        }
        result.append(CodedSegment{c, it->name, CodePointIndex::slice(it->text, it->index, c.start, c.end)});
    }
    return result;
}

Status CodingStore::setExemplar(CodingId id, bool exemplar)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Statement &q = m_db.cached("UPDATE codings SET exemplar = ? WHERE id = ? RETURNING source_id");
    q.bind(1, exemplar ? 1 : 0).bind(2, id);
    if (!q.next())
        return q.failed() ? m_db.error(q) : Error{tr("There is no coding with id %1.").arg(id)};
    const SourceId source = q.int64(0);
    q.reset();
    m_db.afterCommit([this, source] { Q_EMIT m_notifier.codingsChanged(source); });
    return tx.commit();
}

QList<CodedSegment> CodingStore::segmentsOfCode(CodeId code) const
{
    return segmentsOf(forCode(code));
}

} // namespace tematik
