#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tematik {

// One cell of a report table: text, or a number that spreadsheets and word processors keep as a
// number. Text may hold line breaks ("\n"), as a quote spanning turns does. A cell of a heat map also
// has a shade, which the document formats draw as the cell's background.
struct ReportCell
{
    QString text;                 // what is shown; for a number, the number as written
    std::optional<double> number; // set for numeric cells
    std::optional<double> heat;   // 0 (lightest) to 1 (strongest); unset for an unshaded cell

    ReportCell() = default;
    ReportCell(const QString &value) : text(value) {}
    static ReportCell fromNumber(double value);

    bool isNumber() const { return number.has_value(); }
    bool isShaded() const { return heat.has_value(); }

    // The background of a shaded cell as 0xRRGGBB: from near white to a middle blue, dark enough to
    // tell the steps apart and light enough for black text to stay legible (contrast above 6:1). The
    // app's matrix view uses the same colours as the exported files.
    static quint32 heatRgb(double heat);
    // The same colour as "RRGGBB", the form DOCX, ODT and HTML write.
    static QString heatHex(double heat);
};

// A table for a report, independent of the file format it is written in: a title (a heading in
// documents, the workbook's title in XLSX), an optional caption under the title, the column headers
// and rows of cells. Rows shorter than the header are written padded with empty cells.
struct ReportTable
{
    QString title;
    QString caption;
    QStringList header;
    QList<QList<ReportCell>> rows;

    // The cell at (row, column), or an empty cell past the end of a short row.
    ReportCell cell(qsizetype row, qsizetype column) const;
    // True when every non-empty cell of the column is a number: such columns are aligned right.
    bool isNumericColumn(qsizetype column) const;
    // Each column's share of a page's width (summing to 1), by how much text it holds: a column of
    // quotes gets more room than one of short names, and none less than a column of numbers needs.
    QList<double> columnShares() const;
};

} // namespace tematik
