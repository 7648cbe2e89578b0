#include "core/table/csvreader.h"

#include "core/text/textdecoder.h"

namespace tematik {

QChar CsvReader::detectSeparator(const QString &firstLine)
{
    QChar best = u',';
    qsizetype bestCount = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        qsizetype count = 0;
        bool quoted = false;
        for (const QChar c : firstLine) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++count;
        }
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

Result<DataTable> CsvReader::read(const QByteArray &bytes)
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.takeError();
    const QString &text = decoded->text;
    const QChar separator = detectSeparator(text.left(text.indexOf(u'\n')));

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    qsizetype cells = 0;
    const auto endField = [&] {
        record.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        ++cells;
    };
    const Error tooLarge{tr("the table has more than %L1 cells, more than Tematik reads").arg(DataTable::maxCells)};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
            if (cells > DataTable::maxCells)
                return tooLarge;
        } else if (c == u'\n') {
            endField();
            if (cells > DataTable::maxCells)
                return tooLarge;
            records.append(std::exchange(record, {}));
            ++line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{tr("a quoted field that starts on line %1 is never closed").arg(quoteLine)};
    if (!field.isEmpty() || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    // Blank lines carry no row.
    records.removeIf([](const QStringList &r) { return r.size() == 1 && r.first().isEmpty(); });
    if (records.isEmpty())
        return Error{tr("the table is empty")};

    DataTable table;
    table.encoding = decoded->description();
    table.header = records.takeFirst();
    if (table.header.size() > DataTable::maxColumns)
        return Error{tr("the header has %L1 columns, more than a spreadsheet can hold (%L2)")
                         .arg(table.header.size())
                         .arg(DataTable::maxColumns)};
    if (records.size() * table.header.size() > DataTable::maxCells)
        return tooLarge;
    for (qsizetype r = 0; r < records.size(); ++r) {
        QStringList &row = records[r];
        if (row.size() > table.header.size()) {
            // Cells beyond the header are kept only if they hold something.
            bool extra = false;
            for (qsizetype c = table.header.size(); c < row.size(); ++c)
                extra = extra || !row[c].isEmpty();
            if (extra)
                table.warnings.append(tr("row %1 has more cells than the header; the extra cells are left out").arg(r + 2));
            row.resize(table.header.size());
        }
        while (row.size() < table.header.size())
            row.append(QString());
        table.rows.append(row);
    }
    return table;
}

} // namespace tematik
