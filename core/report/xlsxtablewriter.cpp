#include "core/report/xlsxtablewriter.h"

#include "core/report/reporttable.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace tematik {

namespace {

// Columns grow with their longest line up to this many characters; longer text wraps.
constexpr int maxColumnWidth = 60;

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

int longestLine(const QString &text)
{
    int longest = 0;
    for (QStringView line : QStringView(text).split(u'\n'))
        longest = qMax(longest, int(line.size()));
    return longest;
}

} // namespace

QString XlsxTableWriter::displayName() const
{
    return tr("Excel workbook");
}

Result<QByteArray> XlsxTableWriter::render(const ReportTable &table) const
{
    // libxlsxwriter 1.1.4 (Debian 12) writes only to a named file, so the workbook is written into a
    // private temporary folder and read back; TableWriter::write then saves it atomically.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{tr("could not make a temporary folder: %1").arg(dir.errorString())};
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    const QByteArray encodedPath = QFile::encodeName(path);
    lxw_workbook_options options{};
    // Rows go out as they are written, with inline strings: less memory and faster for 20,000 quotes.
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(encodedPath.constData(), &options);
    if (!workbook)
        return Error{tr("could not start the workbook")};

    const QByteArray title = table.title.toUtf8();
    const QByteArray caption = table.caption.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.comments = const_cast<char *>(caption.constData());
    workbook_set_properties(workbook, &properties);

    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapFormat = workbook_add_format(workbook);
    format_set_text_wrap(wrapFormat);
    format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);

    // Whether a column wraps depends on all its cells, and rows are streamed out, so measure first.
    const qsizetype columns = table.header.size();
    QList<int> widths(columns, 0);
    QList<bool> wraps(columns, false);
    for (qsizetype c = 0; c < columns; ++c)
        widths[c] = longestLine(table.header.at(c));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (qsizetype c = 0; c < columns && c < table.rows.at(r).size(); ++c) {
            const QString &text = table.rows.at(r).at(c).text;
            const int longest = longestLine(text);
            widths[c] = qMax(widths[c], longest);
            if (longest > maxColumnWidth || text.contains(u'\n'))
                wraps[c] = true;
        }
    }
    for (qsizetype c = 0; c < columns; ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(8, widths[c] + 2, maxColumnWidth),
                             wraps[c] ? wrapFormat : textFormat);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    // A shaded cell needs a format of its own colour; one format per colour and wrapping, made when
    // first needed (a matrix has at most as many shades as distinct counts).
    QHash<std::pair<quint32, bool>, lxw_format *> shadedFormats;
    const auto shaded = [&](double heat, bool wrap) {
        const std::pair key{ReportCell::heatRgb(heat), wrap};
        lxw_format *&format = shadedFormats[key];
        if (!format) {
            format = workbook_add_format(workbook);
            if (wrap)
                format_set_text_wrap(format);
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
            format_set_pattern(format, LXW_PATTERN_SOLID);
            format_set_bg_color(format, lxw_color_t(key.first));
        }
        return format;
    };

    lxw_error error = LXW_NO_ERROR;
    for (qsizetype c = 0; c < columns && !error; ++c)
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(),
                                       headerFormat);
    for (qsizetype r = 0; r < table.rows.size() && !error; ++r) {
        const QList<ReportCell> &cells = table.rows.at(r);
        for (qsizetype c = 0; c < columns && c < cells.size() && !error; ++c) {
            const ReportCell &cell = cells.at(c);
            lxw_format *format = cell.isShaded() ? shaded(*cell.heat, wraps[c])
                                 : wraps[c]      ? wrapFormat
                                                 : textFormat;
            if (cell.isNumber())
                error = worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), *cell.number, format);
            else if (!cell.text.isEmpty())
                error = worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                               cell.text.toUtf8().constData(), format);
            else if (cell.isShaded())
                error = worksheet_write_blank(sheet, lxw_row_t(r + 1), lxw_col_t(c), format);
            if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
                workbook_close(workbook);
                return Error{
                    tr("the text in row %1, column %2 is longer than Excel allows (32,767 characters)")
                        .arg(r + 1)
                        .arg(c + 1)};
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (error)
        return Error{lxwMessage(error)};
    if (closed)
        return Error{lxwMessage(closed)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString()};
    return file.readAll();
}

} // namespace tematik
