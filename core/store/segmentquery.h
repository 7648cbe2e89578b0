#pragma once

#include "core/model/ids.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace tematik {

class Database;

// What to keep of the retrieved segments; an empty list keeps everything. Filters combine with AND.
struct SegmentFilter
{
    QList<SourceId> sources;
    QStringList speakers; // labels of the turn a segment starts in, e.g. "IP"
    // Name and value that the case of the segment's speaker must have (through case_values), e.g.
    // {"nivå", "regional"}; every pair must hold.
    QList<std::pair<QString, QString>> attributes;
    QList<CodeId> codes;
    QList<CoderId> coders;
    bool exemplarsOnly = false;

    friend bool operator==(const SegmentFilter &, const SegmentFilter &) = default;
};

// A coded segment as retrieval and reports show it.
struct RetrievedSegment
{
    CodingId codingId = 0;
    CodeId codeId = 0;
    SourceId sourceId = 0;
    qint64 start = 0; // code points, half-open
    qint64 end = 0;
    CoderId coderId = 0;
    bool exemplar = false;
    QString sourceName;
    QString speaker;  // the label of the turn containing start; empty outside any turn or without a speaker
    QString caseName; // the case the speaker is linked to; empty when none
    QString text;
};

// A window onto the retrieved segments, for a reader that shows them a page at a time.
struct SegmentPage
{
    qsizetype offset = 0;
    qsizetype limit = -1; // negative: every segment from offset on
};

// Retrieval of coded segments by code, theme or dimension, with the context a reader needs. The
// codings come from one SQL query (a page: one per source, until the page is full); each source's turns
// (with speakers and cases) and text are read once per call, so a theme's few thousand segments take
// milliseconds, and a page of a very large project reads only the sources it shows.
class SegmentQuery
{
public:
    explicit SegmentQuery(Database &db) : m_db(db) {}

    // Segments of any of these codes, in source order, then by start.
    QList<RetrievedSegment> ofCodes(const QList<CodeId> &codes, const SegmentFilter &filter = {},
                                    const SegmentPage &page = {}) const;
    QList<RetrievedSegment> ofCode(CodeId code, const SegmentFilter &filter = {}, const SegmentPage &page = {}) const;
    // Segments of the theme's codes; for a dimension, of the codes of all its themes.
    QList<RetrievedSegment> ofTheme(ThemeId theme, const SegmentFilter &filter = {},
                                    const SegmentPage &page = {}) const;
    // The codes ofTheme() gathers.
    QList<CodeId> codesOfTheme(ThemeId theme) const;

private:
    // The cases that have every attribute value of the pairs.
    QSet<CaseId> casesWith(const QList<std::pair<QString, QString>> &attributes) const;
    // The codings of the codes that pass the filter's coding-level parts, of one source or of all.
    QList<RetrievedSegment> codings(const QList<CodeId> &codes, const SegmentFilter &filter,
                                    std::optional<SourceId> source) const;

    Database &m_db;
};

} // namespace tematik
