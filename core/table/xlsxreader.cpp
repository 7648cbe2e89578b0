#include "core/table/xlsxreader.h"

#include "core/import/ziparchive.h"

#include <QDate>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace tematik {
namespace {

enum class NumberKind { Plain, Percent, Date };

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("%1 is not well-formed XML (line %2: %3)").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

Result<QByteArray> readPart(ZipArchive &zip, const QString &part, bool required)
{
    if (!zip.contains(part)) {
        if (required)
            return Error{XlsxReader::tr("the workbook has no %1; it is not an Excel file, or it is damaged").arg(part)};
        return QByteArray();
    }
    return zip.read(part);
}

// The texts of sharedStrings.xml; rich-text runs are joined, phonetic hints left out.
Result<QStringList> sharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    if (bytes.isEmpty())
        return strings; // a workbook whose strings are all inline has no sharedStrings.xml
    QXmlStreamReader xml(bytes);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
            } else if (inItem && xml.name() == QLatin1String("t")) {
                current += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            strings.append(current);
            inItem = false;
        }
    }
    if (xml.hasError())
        return Error{xmlError(QStringLiteral("xl/sharedStrings.xml"), xml)};
    return strings;
}

NumberKind kindOfFormat(int id, const QHash<int, QString> &custom)
{
    if (id == 9 || id == 10)
        return NumberKind::Percent;
    if ((id >= 14 && id <= 17) || id == 22)
        return NumberKind::Date;
    const QString code = custom.value(id).toLower();
    if (code.contains(u'%'))
        return NumberKind::Percent;
    // A date format mentions a year or a day; "mm" alone may be minutes.
    QString unquoted;
    bool inQuotes = false;
    for (const QChar c : code) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes)
            unquoted += c;
    }
    if (unquoted.contains(u'y') || unquoted.contains(u'd'))
        return NumberKind::Date;
    return NumberKind::Plain;
}

// The number kind of each cell style (index into cellXfs).
Result<QList<NumberKind>> styleKinds(const QByteArray &bytes)
{
    QList<NumberKind> kinds;
    if (bytes.isEmpty())
        return kinds;
    QHash<int, QString> custom;
    QList<int> xfFormats;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt"))
                custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                              xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf"))
                xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return Error{xmlError(QStringLiteral("xl/styles.xml"), xml)};
    for (int id : std::as_const(xfFormats))
        kinds.append(kindOfFormat(id, custom));
    return kinds;
}

QString formatNumber(const QString &raw, NumberKind kind)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    switch (kind) {
    case NumberKind::Percent:
        return QString::number(value * 100, 'g', 12) + u'%';
    case NumberKind::Date:
        // Excel's day 0 is 1899-12-30 in the 1900 date system (it counts a 29 February 1900 that never was);
        // its last day is 9999-12-31. Outside those (or not a number at all) a value is no date Excel
        // would show, and stays a number.
        if (value >= 0 && value < 2958466)
            return QDate(1899, 12, 30).addDays(qint64(std::floor(value))).toString(Qt::ISODate);
        break;
    case NumberKind::Plain:
        break;
    }
    return QString::number(value, 'g', 15);
}

// The path of the workbook's first sheet.
QString firstSheetPath(const QByteArray &workbook, const QByteArray &rels)
{
    QString relationId;
    QXmlStreamReader wb(workbook);
    while (!wb.atEnd() && relationId.isEmpty()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &a : wb.attributes()) {
                if (a.name() == QLatin1String("id"))
                    relationId = a.value().toString();
            }
        }
    }
    QXmlStreamReader r(rels);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship")
            && r.attributes().value(QLatin1String("Id")) == relationId) {
            const QString target = r.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

int XlsxReader::columnIndex(QStringView cellReference)
{
    // Past Excel's last column (XFD) only "too far" matters: the count stops growing there rather than
    // overflowing on a reference of many letters.
    constexpr int beyondLastColumn = 16384 * 26;
    int index = 0;
    int letters = 0;
    for (const QChar c : cellReference) {
        if (c >= u'A' && c <= u'Z') {
            index = std::min(index * 26 + (c.unicode() - u'A' + 1), beyondLastColumn);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : index - 1;
}

Result<DataTable> XlsxReader::read(const QByteArray &bytes)
{
    Result<ZipArchive> zip = ZipArchive::open(bytes);
    if (!zip)
        return Error{tr("not an Excel workbook: %1").arg(zip.error())};
    Result<QByteArray> workbook = readPart(*zip, QStringLiteral("xl/workbook.xml"), true);
    if (!workbook)
        return workbook.takeError();
    Result<QByteArray> rels = readPart(*zip, QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!rels)
        return rels.takeError();
    const QString sheetPath = firstSheetPath(*workbook, *rels);
    Result<QByteArray> sheet = readPart(*zip, sheetPath, true);
    if (!sheet)
        return sheet.takeError();
    Result<QByteArray> stringsXml = readPart(*zip, QStringLiteral("xl/sharedStrings.xml"), false);
    if (!stringsXml)
        return stringsXml.takeError();
    Result<QStringList> strings = sharedStrings(*stringsXml);
    if (!strings)
        return strings.takeError();
    Result<QByteArray> stylesXml = readPart(*zip, QStringLiteral("xl/styles.xml"), false);
    if (!stylesXml)
        return stylesXml.takeError();
    Result<QList<NumberKind>> kinds = styleKinds(*stylesXml);
    if (!kinds)
        return kinds.takeError();

    QList<QStringList> rows;
    QStringList row;
    QXmlStreamReader xml(*sheet);
    int nextColumn = 0;
    qsizetype cells = 0;
    const Error tooLarge{tr("the worksheet has more than %L1 cells, more than Tematik reads").arg(DataTable::maxCells)};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            cells += row.size();
            if (cells > DataTable::maxCells)
                return tooLarge;
            if (!row.isEmpty())
                rows.append(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes a = xml.attributes();
            const int referenced = columnIndex(a.value(QLatin1String("r")));
            const int column = referenced >= 0 ? referenced : nextColumn;
            nextColumn = column + 1;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            QString inlineText;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                    inlineText += xml.readElementText();
            }
            QString cell;
            if (type == QLatin1String("s")) {
                const int index = value.toInt();
                if (index < 0 || index >= strings->size())
                    return Error{tr("a cell refers to shared string %1, which does not exist").arg(value)};
                cell = strings->at(index);
            } else if (type == QLatin1String("inlineStr")) {
                cell = inlineText;
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                cell = value;
            } else if (type == QLatin1String("b")) {
                cell = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                cell = formatNumber(value, style >= 0 && style < kinds->size() ? kinds->at(style) : NumberKind::Plain);
            }
            if (column >= DataTable::maxColumns)
                return Error{tr("a cell lies beyond the last column Excel allows")};
            while (row.size() <= column)
                row.append(QString());
            row[column] = cell;
        }
    }
    if (xml.hasError())
        return Error{xmlError(sheetPath, xml)};
    if (rows.isEmpty())
        return Error{tr("the first worksheet is empty")};

    DataTable table;
    table.encoding = tr("Excel workbook");
    table.header = rows.takeFirst();
    if (rows.size() * table.header.size() > DataTable::maxCells)
        return tooLarge;
    for (QStringList &r : rows) {
        while (r.size() < table.header.size())
            r.append(QString());
        if (r.size() > table.header.size()) {
            table.warnings.append(tr("a row has cells beyond the header; they are left out"));
            r.resize(table.header.size());
        }
        table.rows.append(r);
    }
    return table;
}

} // namespace tematik
