#include "tests/support/tabledump.h"

#include "core/store/database.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tematik::test {

QStringList tableDump(Database &db)
{
    QStringList tables;
    {
        Result<Statement> q = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                         "ORDER BY name");
        if (!q) {
            ADD_FAILURE() << q.error().toStdString();
            return {};
        }
        while (q->next())
            tables.append(q->text(0));
        if (q->failed()) {
            ADD_FAILURE() << q->error().toStdString();
            return {};
        }
    }
    QStringList rows;
    for (const QString &table : tables) {
        QStringList columns;
        const QByteArray columnsSql = "SELECT name FROM pragma_table_info('" + table.toUtf8() + "')";
        Result<Statement> info = db.prepare(columnsSql.constData());
        while (info && info->next())
            columns.append(QStringLiteral("quote(\"%1\")").arg(info->text(0)));
        const QByteArray sql = "SELECT " + columns.join(QStringLiteral(" || ' ' || ")).toUtf8() + " FROM \""
            + table.toUtf8() + '"';
        Result<Statement> q = db.prepare(sql.constData());
        if (!q) {
            ADD_FAILURE() << q.error().toStdString();
            return {};
        }
        QStringList tableRows;
        while (q->next())
            tableRows.append(table + u' ' + q->text(0));
        if (q->failed()) {
            ADD_FAILURE() << q->error().toStdString();
            return {};
        }
        std::sort(tableRows.begin(), tableRows.end());
        rows += tableRows;
    }
    return rows;
}

QString integrityCheck(Database &db)
{
    Result<Statement> q = db.prepare("PRAGMA integrity_check");
    if (!q)
        return q.error();
    QStringList lines;
    while (q->next())
        lines.append(q->text(0));
    if (q->failed())
        return q->error();
    Result<Statement> references = db.prepare("PRAGMA foreign_key_check");
    if (!references)
        return references.error();
    while (references->next())
        lines.append(QStringLiteral("broken reference in %1, row %2").arg(references->text(0)).arg(references->int64(1)));
    return references->failed() ? references->error() : lines.join(u'\n');
}

} // namespace tematik::test
