#include "core/report/csvtablewriter.h"

#include "core/report/reporttable.h"

namespace tematik {

namespace {

void appendField(QString &out, const QString &field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        out += u'"';
        out += QString(field).replace(u'"', QLatin1String("\"\""));
        out += u'"';
    } else {
        out += field;
    }
}

void appendRow(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        appendField(out, fields.at(i));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QString CsvTableWriter::displayName() const
{
    return tr("Comma-separated values (UTF-8)");
}

Result<QByteArray> CsvTableWriter::render(const ReportTable &table) const
{
    QString out;
    appendRow(out, table.header);
    QStringList fields;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        fields.clear();
        for (qsizetype c = 0; c < table.header.size(); ++c)
            fields.append(table.cell(r, c).text);
        appendRow(out, fields);
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += out.toUtf8();
    return bytes;
}

} // namespace tematik
