#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tematik {
class Database;
class Project;
}

namespace tematik::test {

// Every code, coding, memo and theme with every stored field, ids and guids included, and which theme
// each code is in: what "the same store" means to an undo round trip.
QStringList storeState(Project &project);

// Every row of every table in the project file, SQLite's schema and the search index's content
// included, less what two runs of the same actions do not share: GUIDs and times (columns named guid or
// ending in _at) and where in the file a table lies (its root page). A text over 100 bytes or a blob
// shows as its length and hash. Tables in order of name, rows in SQLite's order, which the same rows
// and schema always have. What "the same project file" means to the crash harness.
QList<QByteArray> fileState(Database &db);
// A hash of the same, values and all, quicker than building it: two files with the same fileState()
// have the same hash, and two with different ones all but surely not.
QByteArray fileStateHash(Database &db);

} // namespace tematik::test
