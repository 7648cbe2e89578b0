#pragma once

#include "core/model/ids.h"
#include "core/report/pseudonyms.h"
#include "core/report/reporttable.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace tematik {

class Project;

// What the columns of a code matrix are, and for code × code, when two segments co-occur.
enum class MatrixKind
{
    Overlap,   // code × code: the two segments' ranges in the same source overlap
    SameTurn,  // code × code: the two segments start in the same speaker turn
    Attribute, // code × the values of a case attribute
    Sources,   // code × source
};

// Which count a matrix shows.
enum class MatrixMeasure
{
    Segments,     // coded segments (codings)
    Participants, // distinct cases those segments' speakers are linked to
};

// One cell: how many segments, and from how many distinct participants. A segment's participant is the
// case its speaker is linked to (the speaker of the turn the segment starts in); a segment outside any
// turn, or of a speaker linked to no case, counts as a segment but adds no participant.
struct MatrixCell
{
    int segments = 0;
    int participants = 0;

    int value(MatrixMeasure measure) const
    {
        return measure == MatrixMeasure::Segments ? segments : participants;
    }
};

// A row or column of a matrix. id is the code's (rows; columns of code × code) or the source's id; 0 for
// an attribute value, whose value is the name, and for the "(no value)" column.
struct MatrixHeader
{
    qint64 id = 0;
    QString name;  // short: the code's own name, the value, the source's name
    QString path;  // full: the code's path ("Samverkan / Tillit"); else the same as name
    int depth = 0; // a code's: 0 for a top-level code, 1 for its subcodes …
};

// A code matrix: every code of the codebook as a row (in codebook order: parents before children,
// siblings in order; a code counts its own segments, not its subcodes'), against codes, attribute values
// or sources as columns.
//
// What a cell (row A, column X) counts:
// - code × code: the segments of A that co-occur with at least one segment of X (overlap, or start in
//   the same turn); a segment of A that co-occurs with three segments of X counts once. The matrix is
//   therefore not symmetric: (A, X) counts A's segments, (X, A) X's. The diagonal (A, A) holds all of
//   A's segments, as the reference the row's other cells are parts of; it is not shaded.
// - code × attribute: the segments of A whose participant has value X of the attribute. Segments
//   without a participant, or whose participant has no value, make up the "(no value)" column, which is
//   there only when it counts something.
// - code × source: the segments of A in source X.
// Participants in a cell are the distinct participants of the segments counted there.
//
// Everything is read with two queries (the codings, then each source's turns once), so a project with
// 20,000 codings builds in well under a second.
class CodeMatrix
{
    Q_DECLARE_TR_FUNCTIONS(CodeMatrix)

public:
    // Fails when kind is Attribute and the project has no attribute of that name. With a theme, the rows
    // (and the columns of code × code) are only the codes of that theme, or for a dimension of all its
    // themes, still in codebook order.
    static Result<CodeMatrix> build(Project &project, MatrixKind kind, const QString &attribute = {},
                                    std::optional<ThemeId> theme = std::nullopt);

    MatrixKind kind() const { return m_kind; }
    QString attribute() const { return m_attribute; }
    const QList<MatrixHeader> &rows() const { return m_rows; }
    const QList<MatrixHeader> &columns() const { return m_columns; }
    const MatrixCell &cell(qsizetype row, qsizetype column) const;
    // True for the cells of code × code whose row and column are the same code.
    bool isDiagonal(qsizetype row, qsizetype column) const;
    // The largest value of the shaded cells (all but the diagonal).
    int maximum(MatrixMeasure measure) const;
    // The cell's shade relative to maximum(): 0 to 1; unset for the diagonal.
    std::optional<double> heat(qsizetype row, qsizetype column, MatrixMeasure measure) const;

    QString title() const;
    // What a cell counts, in a sentence or two, for a table's caption.
    QString caption(MatrixMeasure measure) const;
    // "Samverkan × regional: 14 segments from 5 participants".
    QString describe(qsizetype row, qsizetype column) const;

    // The matrix as a report table: a "Code" column with each code's path, then one numeric column per
    // matrix column, each cell shaded by its heat.
    // The matrix as a report table; with pseudonyms, a code × source matrix names its sources by them.
    ReportTable toReportTable(MatrixMeasure measure, const Pseudonyms &names = {}) const;

private:
    MatrixKind m_kind = MatrixKind::Overlap;
    QString m_attribute;
    QList<MatrixHeader> m_rows;
    QList<MatrixHeader> m_columns;
    QList<MatrixCell> m_cells; // row by row
    MatrixCell m_maximum;      // of the shaded cells
};

} // namespace tematik
