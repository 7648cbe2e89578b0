#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace tematik {

class Database;

// The layout of a project file and the steps that bring an older file up to date.
//
// A project file is marked by PRAGMA application_id (so that Tematik never mistakes another SQLite
// file for a project) and carries its schema version in PRAGMA user_version. Version N is reached from
// version N-1 by migration step N; a new file runs every step from 1, so new and migrated files are
// built by the same code and cannot drift apart.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // 'TMTK' in ASCII.
    static constexpr int applicationId = 0x544D544B;
    static int currentVersion();

    // Reads application_id and user_version and migrates an older file, all in one transaction.
    // Fails, leaving the file untouched, for a file that is not a project or comes from a newer version.
    static Status upgrade(Database &db);
    // Lays out an empty file at the current version.
    static Status initialize(Database &db);
    // The connection settings every project needs: foreign keys, WAL journal, full sync.
    static Status configureConnection(Database &db);

    // Reads every page of the file (PRAGMA quick_check): fails with ErrorKind::Damaged for a file
    // that is truncated, has pages overwritten, or is no database at all. Fast enough for every opening
    // (bench step quick_check).
    static Status checkPages(Database &db);
    // checkPages and more (PRAGMA integrity_check, foreign_key_check): every index agrees with its
    // table, row for row, and every reference points to a row. Several times slower; the background
    // backup runs it after each opening.
    static Status checkIntegrity(Database &db);
    // Fails with ErrorKind::Damaged when a table, a column, an index or a trigger of the current
    // layout is missing, so that a file whose schema was damaged or changed by other software is
    // refused on opening rather than failing in the middle of some later action.
    static Status checkLayout(Database &db);
};

} // namespace tematik
