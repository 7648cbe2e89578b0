#pragma once

#include "core/model/coding.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace tematik {

class Database;
class ProjectNotifier;

// How much a code is used: its codings, and the sources they lie in.
struct CodeUse
{
    int codings = 0;
    int sources = 0;
};

struct NewCoding
{
    SourceId sourceId = 0;
    CodeId codeId = 0;
    qint64 start = 0; // code points, half-open
    qint64 end = 0;
};

// Codings: codes applied to ranges of source text.
class CodingStore
{
    Q_DECLARE_TR_FUNCTIONS(CodingStore)

public:
    CodingStore(Database &db, ProjectNotifier &notifier, CoderId &coder)
        : m_db(db), m_notifier(notifier), m_coder(coder)
    {
    }

    Result<CodingId> add(const NewCoding &coding);
    // Many codings as one action (one transaction, one notification per source touched).
    Result<QList<CodingId>> addAll(const QList<NewCoding> &codings);
    Status remove(CodingId id);
    // Moves a coding's start and end within its source, keeping its code, coder and guid.
    Status setBounds(CodingId id, qint64 start, qint64 end);
    // Marks a coding as an exemplar quote (one a report quotes for its code or theme), or unmarks it.
    Status setExemplar(CodingId id, bool exemplar);
    // Puts removed codings back under their old ids, guids, coders and times (for undo). A coding with
    // id 0 takes a new id: an interchange import keeps the guid, coder and time but has no id.
    Status restore(const QList<Coding> &codings);

    // A load of many codings over several restore() calls in the caller's transaction, such as an import
    // storing each source's codings as it goes. From begin() to finish() the check that keeps each
    // coding inside its text is set aside, and so are the table's indexes when it was empty; finish()
    // checks every row at once and builds them again. A load left unfinished leaves the rollback of the
    // caller's transaction to bring them back.
    class Load
    {
    public:
        explicit Load(CodingStore &store);
        Load(const Load &) = delete;
        Load &operator=(const Load &) = delete;
        ~Load();
        Status begin();
        Status finish();

    private:
        CodingStore &m_store;
        bool m_begun = false;
    };
    // The codings of any of these codes.
    QList<Coding> forCodes(const QList<CodeId> &codes) const;

    std::optional<Coding> find(CodingId id) const;
    QList<Coding> forSource(SourceId source) const; // ordered by start, then end
    // The same codings with only what a text view draws: id, source, code and span. Reading guids and
    // times as well doubles the time to open a long transcript. Ordered by start, end, then code: the
    // order of the index they are read from.
    QList<Coding> spansOf(SourceId source) const;
    QList<Coding> forCode(CodeId code) const;       // ordered by source, then start
    QList<Coding> all() const;
    // Added up from each code's stored totals: count(*) would read every page of an index (15 ms for a
    // million codings), and a window shows the number after every change.
    qint64 count() const;
    // Per code with any codings, as the project file keeps them: triggers count them in the transaction
    // of every change, so reading them counts nothing and reads a row per code.
    QHash<CodeId, CodeUse> useByCode() const;
    // The codings of the code and all its descendants together, and the sources they lie in.
    CodeUse useWithSubcodes(CodeId code) const;
    // The codings of these codes together, and the sources they lie in, each counted once.
    CodeUse useOfCodes(const QList<CodeId> &codes) const;
    // The codings of a code with the words they cover, in source order.
    QList<CodedSegment> segmentsOfCode(CodeId code) const;
    // Any list of codings with their words; each source's text is read once.
    QList<CodedSegment> segmentsOf(const QList<Coding> &codings) const;

private:
    // The source's length in code points, read once per source within one action.
    Result<qint64> sourceLength(SourceId source, QHash<SourceId, qint64> &known) const;
    Status checkRange(SourceId source, qint64 start, qint64 end, QHash<SourceId, qint64> &lengths) const;
    // createdAt: one time for all codings of one action.
    Status insert(const NewCoding &coding, const QString &createdAt, QHash<SourceId, qint64> &lengths);
    // Runs insertRow for rows 0 … count - 1 inside the caller's transaction. Many rows are inserted
    // without the trigger that keeps codings inside their text, and checked against that rule at once
    // afterwards; into a table they at least double, also without its indexes, which are built again
    // afterwards (see the definitions for why). Within a Load, what the load set aside stays aside.
    Status insertMany(qsizetype count, const std::function<Status(qsizetype)> &insertRow);
    // Checks every row against the trigger's rule, then makes again what was set aside.
    Status putBack(const QStringList &setAside);
    QList<Coding> select(const char *sql, qint64 key) const;

    Database &m_db;
    ProjectNotifier &m_notifier;
    CoderId &m_coder;
    std::optional<QStringList> m_load; // what the Load in progress set aside
};

} // namespace tematik
