#include "core/analysis/codematrix.h"

#include "core/report/pseudonyms.h"

#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/segmentturns.h"
#include "core/store/sourcestore.h"
#include "core/store/statement.h"
#include "core/store/themestore.h"
#include "core/text/namecollator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace tematik {

namespace {

// A coding as the matrices need it, with the turn and participant it belongs to.
struct MatrixSegment
{
    CodeId code = 0;
    SourceId source = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 turn = 0;   // 0 outside any turn
    CaseId caseId = 0; // 0 without a participant
};

// Every coding, by source and start.
Result<QList<MatrixSegment>> readSegments(Project &project)
{
    Database &db = project.database();
    Result<Statement> q =
        db.prepare("SELECT code_id, source_id, start, end FROM codings ORDER BY source_id, start, end, id");
    if (!q)
        return q.takeError();
    SegmentTurns turns(db);
    QList<MatrixSegment> segments;
    while (q->next()) {
        MatrixSegment s{q->int64(0), q->int64(1), q->int64(2), q->int64(3)};
        if (const SegmentTurn *turn = turns.at(s.source, s.start)) {
            s.turn = turn->id;
            s.caseId = turn->caseId;
        }
        segments.append(s);
    }
    if (q->failed())
        return Error{CodeMatrix::tr("Could not read the codings of %1: %2")
                         .arg(QFileInfo(project.path()).fileName(), q->error())};
    return segments;
}

// For each segment, the other codes it co-occurs with.
QList<QSet<CodeId>> coOccurring(const QList<MatrixSegment> &segments, MatrixKind kind)
{
    QList<QSet<CodeId>> with(segments.size());
    if (kind == MatrixKind::Overlap) {
        // Segments are by source and start: the ones overlapping segment i from the right are those of
        // the same source that start before i ends.
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const MatrixSegment &a = segments.at(i);
            for (qsizetype j = i + 1; j < segments.size(); ++j) {
                const MatrixSegment &b = segments.at(j);
                if (b.source != a.source || b.start >= a.end)
                    break;
                if (b.code != a.code) {
                    with[i].insert(b.code);
                    with[j].insert(a.code);
                }
            }
        }
    } else {
        QHash<qint64, QSet<CodeId>> codesInTurn;
        for (const MatrixSegment &s : segments) {
            if (s.turn != 0)
                codesInTurn[s.turn].insert(s.code);
        }
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const MatrixSegment &s = segments.at(i);
            if (s.turn == 0)
                continue;
            with[i] = codesInTurn.value(s.turn);
            with[i].remove(s.code);
        }
    }
    return with;
}

} // namespace

Result<CodeMatrix> CodeMatrix::build(Project &project, MatrixKind kind, const QString &attribute,
                                     std::optional<ThemeId> theme)
{
    CodeMatrix matrix;
    matrix.m_kind = kind;
    matrix.m_attribute = attribute;

    // Every code's header; list() gives parents before children, so a parent's is known when its child
    // comes.
    QHash<CodeId, MatrixHeader> headers;
    QList<CodeId> order;
    for (const Code &code : project.codes().list()) {
        MatrixHeader header{code.id, code.name, code.name};
        if (code.parentId) {
            const MatrixHeader &parent = headers[*code.parentId];
            header.path = parent.path + QLatin1String(" / ") + code.name;
            header.depth = parent.depth + 1;
        }
        headers.insert(code.id, header);
        order.append(code.id);
    }
    std::optional<QSet<CodeId>> chosen;
    if (theme) {
        const QList<CodeId> codes = project.themes().codesOf(*theme);
        chosen = QSet<CodeId>(codes.cbegin(), codes.cend());
    }
    // Segments of codes without a row are left out of every count.
    QHash<CodeId, qsizetype> rowOf;
    for (CodeId id : std::as_const(order)) {
        if (chosen && !chosen->contains(id))
            continue;
        rowOf.insert(id, matrix.m_rows.size());
        matrix.m_rows.append(headers.value(id));
    }

    Result<QList<MatrixSegment>> read = readSegments(project);
    if (!read)
        return read.takeError();
    const QList<MatrixSegment> &segments = *read;

    // The column of each segment (attribute and source matrices), or of each code it co-occurs with.
    QList<qsizetype> columnOf(segments.size(), -1);
    QList<QSet<CodeId>> with;
    switch (kind) {
    case MatrixKind::Overlap:
    case MatrixKind::SameTurn:
        matrix.m_columns = matrix.m_rows;
        with = coOccurring(segments, kind);
        break;
    case MatrixKind::Attribute: {
        const std::optional<AttributeInfo> info = project.cases().findAttribute(attribute);
        if (!info)
            return Error{tr("%1 has no case attribute named “%2”.")
                             .arg(QFileInfo(project.path()).fileName(), attribute)};
        QHash<CaseId, QString> valueOf;
        Statement &values =
            project.database().cached("SELECT case_id, value FROM case_values WHERE attribute_id = ?");
        values.bind(1, info->id);
        while (values.next())
            valueOf.insert(values.int64(0), values.text(1));
        QStringList valueOrder(valueOf.cbegin(), valueOf.cend());
        valueOrder.removeDuplicates();
        const NameCollator collator;
        std::sort(valueOrder.begin(), valueOrder.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        for (const QString &value : std::as_const(valueOrder))
            matrix.m_columns.append(MatrixHeader{0, value, value});
        // The "(no value)" column goes last; it is dropped below when nothing lands in it.
        const QString none = tr("(no value)");
        matrix.m_columns.append(MatrixHeader{0, none, none});
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const auto value = valueOf.constFind(segments.at(i).caseId);
            columnOf[i] = value == valueOf.cend() ? valueOrder.size() : valueOrder.indexOf(*value);
        }
        break;
    }
    case MatrixKind::Sources: {
        QHash<SourceId, qsizetype> sourceColumn;
        for (const SourceInfo &source : project.sources().list()) {
            sourceColumn.insert(source.id, matrix.m_columns.size());
            matrix.m_columns.append(MatrixHeader{source.id, source.name, source.name});
        }
        for (qsizetype i = 0; i < segments.size(); ++i)
            columnOf[i] = sourceColumn.value(segments.at(i).source, -1);
        break;
    }
    }

    const qsizetype columns = matrix.m_columns.size();
    matrix.m_cells = QList<MatrixCell>(matrix.m_rows.size() * columns);
    QList<QSet<CaseId>> participants(matrix.m_cells.size());
    const auto count = [&](qsizetype row, qsizetype column, CaseId caseId) {
        if (row < 0 || column < 0)
            return;
        const qsizetype at = row * columns + column;
        ++matrix.m_cells[at].segments;
        if (caseId != 0)
            participants[at].insert(caseId);
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const MatrixSegment &s = segments.at(i);
        const qsizetype row = rowOf.value(s.code, -1);
        if (with.isEmpty()) {
            count(row, columnOf.at(i), s.caseId);
            continue;
        }
        count(row, row, s.caseId);
        for (CodeId other : with.at(i))
            count(row, rowOf.value(other, -1), s.caseId);
    }
    for (qsizetype at = 0; at < matrix.m_cells.size(); ++at)
        matrix.m_cells[at].participants = int(participants.at(at).size());

    if (kind == MatrixKind::Attribute) {
        const qsizetype none = columns - 1;
        bool used = false;
        for (qsizetype r = 0; r < matrix.m_rows.size() && !used; ++r)
            used = matrix.cell(r, none).segments > 0;
        if (!used) {
            matrix.m_columns.removeLast();
            for (qsizetype r = matrix.m_rows.size() - 1; r >= 0; --r)
                matrix.m_cells.remove(r * columns + none);
        }
    }
    for (qsizetype r = 0; r < matrix.m_rows.size(); ++r) {
        for (qsizetype c = 0; c < matrix.m_columns.size(); ++c) {
            if (matrix.isDiagonal(r, c))
                continue;
            matrix.m_maximum.segments = qMax(matrix.m_maximum.segments, matrix.cell(r, c).segments);
            matrix.m_maximum.participants =
                qMax(matrix.m_maximum.participants, matrix.cell(r, c).participants);
        }
    }
    return matrix;
}

const MatrixCell &CodeMatrix::cell(qsizetype row, qsizetype column) const
{
    return m_cells.at(row * m_columns.size() + column);
}

bool CodeMatrix::isDiagonal(qsizetype row, qsizetype column) const
{
    return (m_kind == MatrixKind::Overlap || m_kind == MatrixKind::SameTurn) && row == column;
}

int CodeMatrix::maximum(MatrixMeasure measure) const
{
    return measure == MatrixMeasure::Segments ? m_maximum.segments : m_maximum.participants;
}

std::optional<double> CodeMatrix::heat(qsizetype row, qsizetype column, MatrixMeasure measure) const
{
    if (isDiagonal(row, column))
        return std::nullopt;
    const int most = maximum(measure);
    return most == 0 ? 0.0 : double(cell(row, column).value(measure)) / most;
}

QString CodeMatrix::title() const
{
    switch (m_kind) {
    case MatrixKind::Overlap:
        return tr("Code × code: overlapping segments");
    case MatrixKind::SameTurn:
        return tr("Code × code: segments in the same turn");
    case MatrixKind::Attribute:
        return tr("Code × %1").arg(m_attribute);
    case MatrixKind::Sources:
        return tr("Code × source");
    }
    return {};
}

QString CodeMatrix::caption(MatrixMeasure measure) const
{
    const bool segments = measure == MatrixMeasure::Segments;
    switch (m_kind) {
    case MatrixKind::Overlap:
        return segments ? tr("Each cell: the segments of the row's code that overlap a segment of the "
                             "column's code. Diagonal: all segments of the code.")
                        : tr("Each cell: the participants with a segment of the row's code that overlaps "
                             "a segment of the column's code. Diagonal: all participants with the code.");
    case MatrixKind::SameTurn:
        return segments ? tr("Each cell: the segments of the row's code in a speaker turn that also has "
                             "the column's code. Diagonal: all segments of the code.")
                        : tr("Each cell: the participants with a segment of the row's code in a speaker "
                             "turn that also has the column's code. Diagonal: all participants with the "
                             "code.");
    case MatrixKind::Attribute:
        return segments ? tr("Each cell: the segments of the code from participants with that value of %1.")
                              .arg(m_attribute)
                        : tr("Each cell: the participants with that value of %1 who have a segment of the "
                             "code.")
                              .arg(m_attribute);
    case MatrixKind::Sources:
        return segments ? tr("Each cell: the segments of the code in the source.")
                        : tr("Each cell: the participants with a segment of the code in the source.");
    }
    return {};
}

QString CodeMatrix::describe(qsizetype row, qsizetype column) const
{
    const MatrixCell &c = cell(row, column);
    const QString counts =
        tr("%1 from %2")
            .arg(tr("%Ln segment(s)", nullptr, c.segments), tr("%Ln participant(s)", nullptr, c.participants));
    if (isDiagonal(row, column))
        return tr("%1: %2 in all").arg(m_rows.at(row).path, counts);
    return tr("%1 × %2: %3").arg(m_rows.at(row).path, m_columns.at(column).path, counts);
}

ReportTable CodeMatrix::toReportTable(MatrixMeasure measure, const Pseudonyms &names) const
{
    ReportTable table;
    table.title = title();
    table.caption = caption(measure);
    table.header.append(tr("Code"));
    // Of the matrices, only code × source names anyone: its columns are the sources.
    for (const MatrixHeader &column : m_columns)
        table.header.append(m_kind == MatrixKind::Sources ? names.source(column.id, column.path) : column.path);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QList<ReportCell> cells{m_rows.at(r).path};
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            ReportCell number = ReportCell::fromNumber(cell(r, c).value(measure));
            number.heat = heat(r, c, measure);
            cells.append(number);
        }
        table.rows.append(cells);
    }
    return table;
}

} // namespace tematik
