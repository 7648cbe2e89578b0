#pragma once

#include <QStringList>

namespace tematik {
class Database;
}

namespace tematik::test {

// Every row of every table in the project, each value quoted as SQL would write it, tables by name and
// rows sorted: what "exactly the same project" means after an action that failed. Virtual tables are
// left out; their shadow tables (the search index's data) are in. Empty with a failure when it cannot
// be read.
QStringList tableDump(Database &db);

// PRAGMA integrity_check's answer followed by a line for each row PRAGMA foreign_key_check finds:
// "ok" for a sound file whose references all point somewhere.
QString integrityCheck(Database &db);

} // namespace tematik::test
