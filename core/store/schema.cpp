#include "core/store/schema.h"

#include "core/logging.h"
#include "core/search/searchindex.h"
#include "core/store/database.h"
#include "core/store/storageerror.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <array>

namespace tematik {
namespace {

// Each entry takes a file from version (index) to version (index + 1). Never edit a step that has
// shipped: add a new one, and a fixture for the old version under tests/data/schema/.
constexpr std::array migrationSteps{
    // Version 1: the foundation.
    R"sql(
CREATE TABLE project (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    guid        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE TABLE coders (
    id   INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    format       TEXT NOT NULL,
    encoding     TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL,
    code_points  INTEGER NOT NULL CHECK (code_points >= 0),
    content_hash TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    imported_by  INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    position     INTEGER NOT NULL DEFAULT 0
);
-- Text and original bytes live apart from the source row so that listing sources never reads them.
CREATE TABLE source_texts (
    source_id  INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    plain_text TEXT NOT NULL
);
CREATE TABLE source_files (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    bytes     BLOB NOT NULL
);
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE case_sources (
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, source_id)
);
CREATE TABLE attributes (
    id       INTEGER PRIMARY KEY,
    guid     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    type     TEXT NOT NULL CHECK (type IN ('text', 'integer', 'decimal', 'date', 'boolean')),
    position INTEGER NOT NULL DEFAULT 0
);
-- A missing value (an empty cell) has no row; 'ej tillämpligt' is a value like any other.
CREATE TABLE case_values (
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value        TEXT NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
) WITHOUT ROWID;
CREATE TABLE speakers (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    label     TEXT NOT NULL,
    case_id   INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    UNIQUE (source_id, label)
);
CREATE INDEX speakers_case ON speakers(case_id);
-- A turn spans [start, end) of its source's text; the label ("IP: ") is [start, text_start).
CREATE TABLE turns (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    start      INTEGER NOT NULL,
    text_start INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    begin_ms   INTEGER,
    end_ms     INTEGER,
    CHECK (0 <= start AND start <= text_start AND text_start <= end)
);
CREATE INDEX turns_source ON turns(source_id, start);
CREATE INDEX turns_speaker ON turns(speaker_id);
CREATE TABLE themes (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    parent_id  INTEGER REFERENCES themes(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('theme', 'dimension')),
    name       TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'reviewed', 'final')),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX themes_parent ON themes(parent_id);
CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    theme_id    INTEGER REFERENCES themes(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES coders(id) ON DELETE SET NULL
);
-- Siblings have distinct names; top-level codes count as siblings of each other.
CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name);
CREATE INDEX codes_theme ON codes(theme_id);
CREATE TABLE codings (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    code_id    INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    coder_id   INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    exemplar   INTEGER NOT NULL DEFAULT 0 CHECK (exemplar IN (0, 1)),
    CHECK (0 <= start AND start < end)
);
CREATE INDEX codings_source ON codings(source_id, start);
CREATE INDEX codings_code ON codings(code_id);
-- A coding must lie inside its source's text, whoever writes it.
CREATE TRIGGER codings_in_text_insert BEFORE INSERT ON codings
WHEN NEW.end > (SELECT code_points FROM sources WHERE id = NEW.source_id)
BEGIN SELECT RAISE(ABORT, 'coding ends past the end of its source text'); END;
CREATE TRIGGER codings_in_text_update BEFORE UPDATE OF start, end, source_id ON codings
WHEN NEW.end > (SELECT code_points FROM sources WHERE id = NEW.source_id)
BEGIN SELECT RAISE(ABORT, 'coding ends past the end of its source text'); END;
-- A memo is on at most one thing; on nothing means on the project.
CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'analytic' CHECK (kind IN ('analytic', 'member_check')),
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    source_id   INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    code_id     INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    theme_id    INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    coding_id   INTEGER REFERENCES codings(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((source_id IS NOT NULL) + (code_id IS NOT NULL) + (theme_id IS NOT NULL)
           + (coding_id IS NOT NULL) + (case_id IS NOT NULL) <= 1)
);
CREATE INDEX memos_source ON memos(source_id);
CREATE INDEX memos_code ON memos(code_id);
CREATE INDEX memos_theme ON memos(theme_id);
CREATE INDEX memos_coding ON memos(coding_id);
CREATE INDEX memos_case ON memos(case_id);
)sql",
    // Version 2: a codebook entry's guidance besides its definition (which is codes.description), and an
    // index for counting codings per source and code.
    R"sql(
ALTER TABLE codes ADD COLUMN when_to_use TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN when_not_to_use TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN example TEXT NOT NULL DEFAULT '';
-- Counting a source's codings per code after each coding reads this index alone, not the table.
CREATE INDEX codings_source_code ON codings(source_id, code_id);
)sql",
    // Version 3: full-text search. The index holds each source's text folded by ICU (NFC, case folded;
    // SearchIndex writes it, since SQL cannot fold), rowid = source id. Diacritics stay, so å is not a;
    // marks count as parts of words like letters, as FoldedText::isWordCharacter has it. An upgrade
    // fills the table after this step (SearchIndex::introducedInVersion).
    R"sql(
CREATE VIRTUAL TABLE source_search USING fts5(
    folded,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
)sql",
    // Version 4: retrieval of a code's or a theme's segments reads all it needs of each coding from the
    // index on the code, without a lookup in the table per coding.
    R"sql(
DROP INDEX codings_code;
CREATE INDEX codings_code ON codings(code_id, source_id, start, end, exemplar, coder_id);
)sql",
    // Version 5: member checking. A meeting (a dialogue meeting with participants) has a plan of the
    // themes and quotes it shows, a verdict per theme, and feedback: member-check memos on themes that
    // name the meeting.
    R"sql(
CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE meeting_themes (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, theme_id)
) WITHOUT ROWID;
CREATE TABLE meeting_quotes (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    coding_id  INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, theme_id, coding_id)
) WITHOUT ROWID;
CREATE TABLE meeting_verdicts (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    verdict    TEXT NOT NULL CHECK (verdict IN ('confirmed', 'revised', 'questioned')),
    PRIMARY KEY (meeting_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX meeting_verdicts_theme ON meeting_verdicts(theme_id);
ALTER TABLE memos ADD COLUMN meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL;
CREATE INDEX memos_meeting ON memos(meeting_id);
)sql",
    // Version 6: how many codings each code has in each source, stored. Counting them on open was a
    // GROUP BY over every coding (a quarter of a second for a million); the triggers keep the table
    // exact in the transaction of every change of codings, whichever statement makes it, including the
    // deletes that the removal of a source or a code cascades to. A pair without codings has no row.
    // No foreign keys: the rows follow the codings, whose own keys already hold, and a key here would
    // be checked again on every coding written. No index on the code either: what reads codings by code
    // reads the whole table (a scan of 242,340 rows takes about 20 ms, where each row looked up through an
    // index on code_id took over ten times that). Version 7 adds one for what needs only the sources.
    R"sql(
CREATE TABLE coding_counts (
    source_id INTEGER NOT NULL,
    code_id   INTEGER NOT NULL,
    codings   INTEGER NOT NULL CHECK (codings > 0),
    PRIMARY KEY (source_id, code_id)
) WITHOUT ROWID;
INSERT INTO coding_counts (source_id, code_id, codings)
SELECT source_id, code_id, count(*) FROM codings GROUP BY source_id, code_id;
CREATE TRIGGER coding_counts_insert AFTER INSERT ON codings BEGIN
    INSERT INTO coding_counts (source_id, code_id, codings) VALUES (NEW.source_id, NEW.code_id, 1)
    ON CONFLICT (source_id, code_id) DO UPDATE SET codings = codings + 1;
END;
-- The last coding of a pair takes its row along; otherwise the count goes down by one.
CREATE TRIGGER coding_counts_delete AFTER DELETE ON codings BEGIN
    DELETE FROM coding_counts WHERE source_id = OLD.source_id AND code_id = OLD.code_id AND codings = 1;
    UPDATE coding_counts SET codings = codings - 1 WHERE source_id = OLD.source_id AND code_id = OLD.code_id;
END;
CREATE TRIGGER coding_counts_update AFTER UPDATE OF source_id, code_id ON codings
WHEN OLD.source_id IS NOT NEW.source_id OR OLD.code_id IS NOT NEW.code_id BEGIN
    DELETE FROM coding_counts WHERE source_id = OLD.source_id AND code_id = OLD.code_id AND codings = 1;
    UPDATE coding_counts SET codings = codings - 1 WHERE source_id = OLD.source_id AND code_id = OLD.code_id;
    INSERT INTO coding_counts (source_id, code_id, codings) VALUES (NEW.source_id, NEW.code_id, 1)
    ON CONFLICT (source_id, code_id) DO UPDATE SET codings = codings + 1;
END;
)sql",
    // Version 7: each code's totals (its codings, and the sources with any), stored, and coding_counts
    // indexed by code. A codebook showing counts read all of coding_counts on open, 242,340 rows for a
    // million codings (25 ms of SQLite alone, and ten times that to hold them); now it reads a row per
    // code. The triggers on coding_counts follow those on codings, so the totals change in the same
    // transaction as the codings. The index serves what counts the sources of several codes together (a
    // theme, a code with its subcodes): it holds source_id, so it answers without reading the table.
    // The index of codings by source holds what a text view reads of them (span and code), so that
    // showing a transcript and showing it again after each change of its codings reads the index
    // alone: 4 ms for the 13,889 codings of the largest transcript, where looking up each row took 22.
    R"sql(
DROP INDEX codings_source;
CREATE INDEX codings_source ON codings(source_id, start, end, code_id);
CREATE TABLE code_totals (
    code_id INTEGER PRIMARY KEY,
    codings INTEGER NOT NULL CHECK (codings > 0),
    sources INTEGER NOT NULL CHECK (sources > 0)
);
CREATE INDEX coding_counts_code ON coding_counts(code_id);
INSERT INTO code_totals (code_id, codings, sources)
SELECT code_id, sum(codings), count(*) FROM coding_counts GROUP BY code_id;
CREATE TRIGGER code_totals_insert AFTER INSERT ON coding_counts BEGIN
    INSERT INTO code_totals (code_id, codings, sources) VALUES (NEW.code_id, NEW.codings, 1)
    ON CONFLICT (code_id) DO UPDATE SET codings = codings + excluded.codings, sources = sources + 1;
END;
-- The last source of a code takes its row along; otherwise the totals go down by what left.
CREATE TRIGGER code_totals_delete AFTER DELETE ON coding_counts BEGIN
    DELETE FROM code_totals WHERE code_id = OLD.code_id AND sources = 1;
    UPDATE code_totals SET codings = codings - OLD.codings, sources = sources - 1 WHERE code_id = OLD.code_id;
END;
CREATE TRIGGER code_totals_update AFTER UPDATE OF codings ON coding_counts BEGIN
    UPDATE code_totals SET codings = codings + NEW.codings - OLD.codings WHERE code_id = NEW.code_id;
END;
)sql",
};

Result<int> readPragmaInt(Database &db, const char *sql)
{
    Result<Statement> query = db.prepare(sql);
    if (!query)
        return query.takeError();
    if (!query->next())
        return query->failed() ? db.error(*query) : db.error(QString());
    return int(query->int64(0));
}

// Every table with its columns, every index and every trigger, one line each ("table codes: id guid …").
Result<QStringList> layoutOf(Database &db)
{
    Result<Statement> q = db.prepare(
        "SELECT m.type || ' ' || m.name || ifnull(': ' || (SELECT group_concat(p.name, ' ') "
        "FROM pragma_table_info(m.name) p), '') FROM sqlite_schema m "
        "WHERE m.name NOT LIKE 'sqlite_%' ORDER BY 1");
    if (!q)
        return q.takeError();
    QStringList lines;
    while (q->next())
        lines.append(q->text(0));
    if (q->failed())
        return db.error(*q);
    return lines;
}

// The layout of a new project file of the current version, made once in memory.
const QStringList &currentLayout()
{
    static const QStringList layout = [] {
        Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"), Database::Mode::Create);
        if (!db)
            return QStringList();
        for (const char *step : migrationSteps) {
            if (!(*db)->exec(step))
                return QStringList();
        }
        Result<QStringList> lines = layoutOf(**db);
        return lines ? *lines : QStringList();
    }();
    return layout;
}

Status setVersion(Database &db, int version)
{
    // PRAGMA takes no bound parameters; the value is an integer we produce ourselves.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData());
}

} // namespace

int Schema::currentVersion()
{
    return int(migrationSteps.size());
}

Status Schema::configureConnection(Database &db)
{
    if (Status s = db.exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF"); !s)
        return s;
    // SQLite's default page cache (2 MiB) is smaller than one large action (a REFI-QDA project of 20
    // texts and 20,000 codings writes about 12 MiB): it then spills pages to the WAL in the middle of the
    // transaction and reads them back. 64 MiB keeps such an action in memory until COMMIT; the cache
    // only takes what a connection has used.
    if (Status s = db.exec("PRAGMA cache_size = -65536"); !s)
        return s;
    if (db.isReadOnly())
        return {};
    // WAL with synchronous=FULL: a committed transaction is on disk before COMMIT returns, so neither a
    // killed process nor a power cut loses it, and an interrupted write never damages the file. WAL also
    // lets readers (a second window, the command line) read while a write is in progress.
    Result<Statement> mode = db.prepare("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.takeError();
    if (!mode->next() || mode->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "WAL journal not available for" << db.path() << "; using the default journal";
    mode = Statement();
    return db.exec("PRAGMA synchronous = FULL");
}

namespace {

// Runs quick_check or integrity_check, stopping at the first problem: the user needs to know that the
// file is damaged, not every way it is.
Status runCheck(Database &db, const char *pragma)
{
    const QString file = QFileInfo(db.path()).fileName();
    Result<Statement> q = db.prepare(pragma);
    if (!q) {
        // Preparing a pragma fails only when the file's own schema cannot be read ("unsupported file
        // format": a header field out of range) or for a storage fault, which says what it is.
        const int code = sqlite3_extended_errcode(db.handle());
        if (StorageError::isStorageFault(code))
            return q.takeError();
        qCInfo(lcStore) << file << "cannot be read:" << db.lastError();
        return Error{Schema::tr("%1 is not a Tematik project, or it is too damaged to be read.").arg(file),
                     ErrorKind::Damaged};
    }
    if (!q->next())
        return db.error(*q);
    if (q->text(0) != QLatin1String("ok")) {
        qCInfo(lcStore) << file << "failed" << pragma << ":" << q->text(0);
        return Error{Schema::tr("%1 is damaged: part of it can no longer be read as a project.").arg(file),
                     ErrorKind::Damaged};
    }
    return {};
}

} // namespace

Status Schema::checkPages(Database &db)
{
    return runCheck(db, "PRAGMA quick_check(1)");
}

Status Schema::checkIntegrity(Database &db)
{
    if (Status s = runCheck(db, "PRAGMA integrity_check(1)"); !s)
        return s;
    // Foreign keys are enforced on every write: a reference that points nowhere is damage too.
    Result<Statement> references = db.prepare("PRAGMA foreign_key_check");
    if (!references)
        return references.takeError();
    if (references->next()) {
        const QString file = QFileInfo(db.path()).fileName();
        qCInfo(lcStore) << file << "has a broken reference in" << references->text(0) << "row" << references->int64(1);
        return Error{tr("%1 is damaged: some of what it holds refers to things it no longer has.").arg(file),
                     ErrorKind::Damaged};
    }
    return references->failed() ? Status(db.error(*references)) : Status();
}

Status Schema::checkLayout(Database &db)
{
    const QString file = QFileInfo(db.path()).fileName();
    Result<QStringList> layout = layoutOf(db);
    if (!layout)
        return layout.takeError();
    for (const QString &line : currentLayout()) {
        if (!layout->contains(line)) {
            qCInfo(lcStore) << file << "lacks" << line;
            return Error{tr("%1 is damaged: its layout is not that of a Tematik project of format %2 (%3).")
                             .arg(file)
                             .arg(currentVersion())
                             .arg(line.section(u':', 0, 0)),
                         ErrorKind::Damaged};
        }
    }
    return {};
}

Status Schema::initialize(Database &db)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(applicationId);
    if (Status s = db.exec(setId.constData()); !s)
        return s;
    for (const char *step : migrationSteps) {
        if (Status s = db.exec(step); !s)
            return s;
    }
    if (Status s = setVersion(db, currentVersion()); !s)
        return s;
    return tx.commit();
}

Status Schema::upgrade(Database &db)
{
    const QString file = QFileInfo(db.path()).fileName();
    // The first read of the header is where SQLite notices a file that is not a database at all.
    Result<int> appId = readPragmaInt(db, "PRAGMA application_id");
    if (!appId)
        return Error{tr("%1 is not a Tematik project (%2).").arg(file, db.lastError())};
    if (*appId != applicationId)
        return Error{tr("%1 is not a Tematik project.").arg(file)};
    Result<int> version = readPragmaInt(db, "PRAGMA user_version");
    if (!version)
        return version.takeError();
    if (*version > currentVersion())
        return Error{tr("%1 was saved by a newer version of Tematik (project format %2; this version "
                        "reads formats up to %3). Open it with the newer version.")
                         .arg(file)
                         .arg(*version)
                         .arg(currentVersion())};
    if (*version < 1)
        return Error{tr("%1 is a damaged Tematik project: it has no format version.").arg(file)};
    if (*version == currentVersion())
        return {};
    if (db.isReadOnly())
        return Error{tr("%1 uses an older project format and must be upgraded, but it is open read-only.")
                         .arg(file)};

    qCInfo(lcStore) << "upgrading" << file << "from format" << *version << "to" << currentVersion();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (int v = *version; v < currentVersion(); ++v) {
        if (Status s = db.exec(migrationSteps[size_t(v)]); !s)
            return Error{tr("Could not upgrade %1 to project format %2: %3").arg(file).arg(v + 1).arg(s.error())};
    }
    if (*version < SearchIndex::introducedInVersion) {
        if (Status s = SearchIndex::rebuild(db); !s)
            return s;
    }
    if (Status s = setVersion(db, currentVersion()); !s)
        return s;
    // Migrations may rebuild tables; make sure every reference still points somewhere.
    Result<Statement> check = db.prepare("PRAGMA foreign_key_check");
    if (!check)
        return check.takeError();
    if (check->next())
        return Error{tr("Could not upgrade %1: the upgraded project has broken references.").arg(file)};
    check = Statement();
    return tx.commit();
}

} // namespace tematik
