#include "tests/support/storestate.h"

#include "core/model/memo.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QHash>

#include <sqlite3.h>

namespace tematik::test {
namespace {

// Receives the rows of a project file, value by value.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void row(const QByteArray &table) = 0;
    // name: " column=".
    virtual void value(const QByteArray &name, sqlite3_stmt *q, int column) = 0;
};

// Every row of the query into sink, less the columns that differ between runs. The order is SQLite's,
// which for the same rows and schema is the same in every run.
void rowsOf(sqlite3 *db, const QByteArray &sql, const QByteArray &table, RowSink &sink)
{
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK) {
        sink.row(table + " cannot be read: " + sqlite3_errmsg(db));
        return;
    }
    QList<int> columns;
    QList<QByteArray> names;
    for (int c = 0; c < sqlite3_column_count(q); ++c) {
        const QByteArray name = sqlite3_column_name(q, c);
        if (name != "guid" && !name.endsWith("_at") && name != "rootpage") {
            columns.append(c);
            names.append(' ' + name + '=');
        }
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        sink.row(table);
        for (qsizetype i = 0; i < columns.size(); ++i)
            sink.value(names[i], q, columns[i]);
    }
    if (rc != SQLITE_DONE)
        sink.row(table + " read failed: " + sqlite3_errmsg(db));
    sqlite3_finalize(q);
}

void walkFile(Database &db, RowSink &sink)
{
    sqlite3 *handle = db.handle();
    rowsOf(handle, "PRAGMA application_id", "application_id", sink);
    rowsOf(handle, "PRAGMA user_version", "user_version", sink);
    rowsOf(handle, "SELECT * FROM sqlite_schema ORDER BY name", "schema", sink);
    // The search index's own b-trees are left to its integrity-check, which compares them with its
    // content; its content, sizes and configuration are compared here.
    Result<Statement> tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                          "'CREATE VIRTUAL%' AND name NOT IN ('source_search_data', "
                                          "'source_search_idx') ORDER BY name");
    while (tables && tables->next()) {
        const QByteArray table = tables->text(0).toUtf8();
        rowsOf(handle, "SELECT * FROM \"" + table + '"', table, sink);
    }
}

QByteArrayView bytesOf(sqlite3_stmt *q, int column)
{
    return {static_cast<const char *>(sqlite3_column_blob(q, column)), sqlite3_column_bytes(q, column)};
}

class RowList : public RowSink
{
public:
    void row(const QByteArray &table) override { rows.append(table); }
    void value(const QByteArray &name, sqlite3_stmt *q, int column) override
    {
        QByteArray &row = rows.last();
        row += name;
        const int type = sqlite3_column_type(q, column);
        if (type == SQLITE_NULL) {
            row += "null";
        } else if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
            row += reinterpret_cast<const char *>(sqlite3_column_text(q, column));
        } else {
            const QByteArrayView bytes = bytesOf(q, column);
            if (type == SQLITE_TEXT && bytes.size() <= 100)
                row += '"' + bytes.toByteArray() + '"';
            else
                row += (type == SQLITE_BLOB ? "blob of " : "text of ") + QByteArray::number(bytes.size())
                    + " bytes, hash " + QByteArray::number(qHashBits(bytes.data(), size_t(bytes.size())), 16);
        }
    }
    QList<QByteArray> rows;
};

// A 64-bit hash rather than a cryptographic one: Qt's SHA-1 took most of the crash harness's time.
class RowHash : public RowSink
{
public:
    void row(const QByteArray &table) override { hash = qHashMulti(hash, table, '\n'); }
    void value(const QByteArray &name, sqlite3_stmt *q, int column) override
    {
        const int type = sqlite3_column_type(q, column);
        hash = qHashMulti(hash, name, type);
        if (type == SQLITE_INTEGER) {
            hash = qHashMulti(hash, sqlite3_column_int64(q, column));
        } else if (type == SQLITE_FLOAT) {
            hash = qHashMulti(hash, sqlite3_column_double(q, column));
        } else if (type != SQLITE_NULL) {
            const QByteArrayView bytes = bytesOf(q, column);
            hash = qHashMulti(hash, bytes.size(), qHashBits(bytes.data(), size_t(bytes.size())));
        }
    }
    size_t hash = 0;
};

} // namespace


QStringList storeState(Project &project)
{
    QStringList rows;
    for (const Code &c : project.codes().list()) {
        rows.append(QStringLiteral("code %1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(c.id)
                        .arg(c.guid, QString::number(c.parentId.value_or(0)), c.name, c.color,
                             QStringList{c.description, c.whenToUse, c.whenNotToUse, c.example}.join(u'|'))
                        .arg(c.position)
                        .arg(c.createdAt)
                        .arg(c.createdBy));
    }
    for (const Coding &c : project.codings().all()) {
        rows.append(QStringLiteral("coding %1 %2 %3 %4 %5-%6 %7 %8 %9")
                        .arg(c.id)
                        .arg(c.guid)
                        .arg(c.sourceId)
                        .arg(c.codeId)
                        .arg(c.start)
                        .arg(c.end)
                        .arg(c.coderId)
                        .arg(c.createdAt.toString(Qt::ISODateWithMs))
                        .arg(c.exemplar));
    }
    for (const ListedMemo &l : project.memos().list()) {
        const Memo &m = l.memo;
        rows.append(QStringLiteral("memo %1 %2 %3 %4 %5 %6:%7 %8 %9 %10")
                        .arg(m.id)
                        .arg(m.guid, memoKindName(m.kind), m.title, m.body)
                        .arg(int(m.target.kind))
                        .arg(m.target.id)
                        .arg(m.authorId)
                        .arg(m.createdAt, m.modifiedAt));
    }
    for (const Theme &t : project.themes().list()) {
        rows.append(QStringLiteral("theme %1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(t.id)
                        .arg(t.guid, QString::number(t.parentId.value_or(0)), Theme::kindName(t.kind), t.name,
                             t.definition, Theme::statusName(t.status))
                        .arg(t.position)
                        .arg(t.createdAt));
    }
    for (const Code &c : project.codes().list())
        rows.append(
            QStringLiteral("code %1 in theme %2").arg(c.id).arg(project.themes().themeOf(c.id).value_or(0)));
    return rows;
}

QList<QByteArray> fileState(Database &db)
{
    RowList list;
    walkFile(db, list);
    return list.rows;
}

QByteArray fileStateHash(Database &db)
{
    RowHash hash;
    walkFile(db, hash);
    return QByteArray::number(quint64(hash.hash), 16);
}

} // namespace tematik::test
