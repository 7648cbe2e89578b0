#include "core/report/markdowntablewriter.h"

#include "core/report/reporttable.h"

namespace tematik {

namespace {

// "<" is escaped because Markdown passes HTML through: a transcription mark such as "<skratt>" would
// otherwise vanish as an unknown tag.
QString cellText(QString text)
{
    text.replace(u'\\', QLatin1String("\\\\"));
    text.replace(u'<', QLatin1String("&lt;"));
    text.replace(u'|', QLatin1String("\\|"));
    text.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    text.replace(u'\n', QLatin1String("<br>"));
    return text;
}

void appendRow(QString &out, const QStringList &cells)
{
    out += u'|';
    for (const QString &cell : cells) {
        out += u' ';
        out += cellText(cell);
        out += QLatin1String(" |");
    }
    out += u'\n';
}

} // namespace

QString MarkdownTableWriter::displayName() const
{
    return tr("Markdown");
}

Result<QByteArray> MarkdownTableWriter::render(const ReportTable &table) const
{
    QString out;
    if (!table.title.isEmpty())
        out += QLatin1String("# ") + QString(table.title).replace(u'\n', u' ') + QLatin1String("\n\n");
    if (!table.caption.isEmpty())
        out += table.caption + QLatin1String("\n\n");
    appendRow(out, table.header);
    out += u'|';
    for (qsizetype c = 0; c < table.header.size(); ++c)
        out += table.isNumericColumn(c) ? QLatin1String(" ---: |") : QLatin1String(" --- |");
    out += u'\n';
    QStringList cells;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        cells.clear();
        for (qsizetype c = 0; c < table.header.size(); ++c)
            cells.append(table.cell(r, c).text);
        appendRow(out, cells);
    }
    return out.toUtf8();
}

} // namespace tematik
