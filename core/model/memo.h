#pragma once

#include "core/model/ids.h"

#include <QString>

#include <optional>

namespace tematik {

// What a memo is on: one source, code, coding, case or theme, or the project as a whole.
struct MemoTarget
{
    enum class Kind { Project, Source, Code, Coding, Case, Theme };

    Kind kind = Kind::Project;
    qint64 id = 0; // the row id of the source, code, coding, case or theme; 0 for the project

    static MemoTarget project() { return {}; }
    static MemoTarget source(SourceId id) { return {Kind::Source, id}; }
    static MemoTarget code(CodeId id) { return {Kind::Code, id}; }
    static MemoTarget coding(CodingId id) { return {Kind::Coding, id}; }
    static MemoTarget ofCase(CaseId id) { return {Kind::Case, id}; }
    static MemoTarget theme(ThemeId id) { return {Kind::Theme, id}; }

    friend bool operator==(const MemoTarget &, const MemoTarget &) = default;
};

// Analytic memos are the researcher's own thinking; member-check memos record what a participant said
// back about the analysis.
enum class MemoKind { Analytic, MemberCheck };

struct Memo
{
    MemoId id = 0;
    QString guid;
    MemoKind kind = MemoKind::Analytic;
    QString title; // may be empty: lists then show the body's first line
    QString body;
    MemoTarget target;
    CoderId authorId = 0;
    // For member-check feedback: the meeting where it was said; 0 for none.
    MeetingId meetingId = 0;
    // As stored (UTC, ISO 8601), so that a restored memo is the same row.
    QString createdAt;
    QString modifiedAt;
};

// What a memo is on, named for people.
struct MemoTargetNames
{
    // A source's name, a code's path ("Parent/Child"), a case's or a theme's name; for a coding, the path
    // of its code; empty for the project.
    QString name;
    // For a coding: the name of the source it lies in.
    QString sourceName;
};

// A memo as listed, with the names of what it is on.
struct ListedMemo
{
    Memo memo;
    MemoTargetNames target;
};

// The title, or else the first line of the body with any text in it; what lists show of a memo.
QString memoHeadline(const Memo &memo);

// The names the project file and tematik-cli --json use: "analytic", "member_check"; "project",
// "source", "code", "coding", "case", "theme".
QString memoKindName(MemoKind kind);
std::optional<MemoKind> memoKindFromName(const QString &name);
QString memoTargetKindName(MemoTarget::Kind kind);

} // namespace tematik
