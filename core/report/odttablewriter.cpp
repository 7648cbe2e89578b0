#include "core/report/odttablewriter.h"

#include "core/report/reporttable.h"
#include "core/report/zipwriter.h"

#include <QStringList>
#include <QXmlStreamWriter>

namespace tematik {

namespace {

const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

const char mimeType[] = "application/vnd.oasis.opendocument.text";

const char manifest[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">)"
    R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
    R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
    R"(</manifest:manifest>)";

// Line breaks in the text become text:line-break; the paragraph takes the given automatic style.
void writeParagraph(QXmlStreamWriter &xml, const QString &element, const QString &content,
                    const QString &styleName)
{
    xml.writeStartElement(text, element);
    if (!styleName.isEmpty())
        xml.writeAttribute(text, QStringLiteral("style-name"), styleName);
    const QStringList lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(text, QStringLiteral("line-break"));
        xml.writeCharacters(lines.at(i));
    }
    xml.writeEndElement();
}

void writeStyle(QXmlStreamWriter &xml, const QString &name, const QString &family,
                const QString &propertiesElement, const QList<std::pair<QString, QString>> &properties)
{
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), name);
    xml.writeAttribute(style, QStringLiteral("family"), family);
    xml.writeEmptyElement(style, propertiesElement);
    for (const auto &[key, value] : properties)
        xml.writeAttribute(fo, key, value);
    xml.writeEndElement();
}

QByteArray contentXml(const ReportTable &table, bool *ok)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(style, QStringLiteral("style"));
    xml.writeNamespace(text, QStringLiteral("text"));
    xml.writeNamespace(tableNs, QStringLiteral("table"));
    xml.writeNamespace(fo, QStringLiteral("fo"));
    xml.writeStartElement(office, QStringLiteral("document-content"));
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    writeStyle(xml, QStringLiteral("Cell"), QStringLiteral("table-cell"),
               QStringLiteral("table-cell-properties"),
               {{QStringLiteral("border"), QStringLiteral("0.5pt solid #000000")},
                {QStringLiteral("padding"), QStringLiteral("0.05cm")}});
    // One cell style per shade in the table: ODF gives a cell's background through its style only.
    // Sorted, so that the same table always gives the same file.
    QStringList fills;
    for (const QList<ReportCell> &cells : table.rows) {
        for (const ReportCell &cell : cells) {
            if (cell.isShaded())
                fills.append(ReportCell::heatHex(*cell.heat));
        }
    }
    fills.sort();
    fills.removeDuplicates();
    for (const QString &fill : std::as_const(fills))
        writeStyle(xml, QStringLiteral("Cell") + fill, QStringLiteral("table-cell"),
                   QStringLiteral("table-cell-properties"),
                   {{QStringLiteral("border"), QStringLiteral("0.5pt solid #000000")},
                    {QStringLiteral("padding"), QStringLiteral("0.05cm")},
                    {QStringLiteral("background-color"), QStringLiteral("#") + fill}});
    writeStyle(xml, QStringLiteral("Title"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("font-size"), QStringLiteral("14pt")},
                {QStringLiteral("font-weight"), QStringLiteral("bold")}});
    writeStyle(xml, QStringLiteral("Caption"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("font-style"), QStringLiteral("italic")}});
    writeStyle(xml, QStringLiteral("Head"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("font-weight"), QStringLiteral("bold")}});
    writeStyle(xml, QStringLiteral("Number"), QStringLiteral("paragraph"),
               QStringLiteral("paragraph-properties"),
               {{QStringLiteral("text-align"), QStringLiteral("end")}});
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(office, QStringLiteral("body"));
    xml.writeStartElement(office, QStringLiteral("text"));
    if (!table.title.isEmpty()) {
        xml.writeStartElement(text, QStringLiteral("h"));
        xml.writeAttribute(text, QStringLiteral("outline-level"), QStringLiteral("1"));
        xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Title"));
        xml.writeCharacters(QString(table.title).replace(u'\n', u' '));
        xml.writeEndElement();
    }
    if (!table.caption.isEmpty())
        writeParagraph(xml, QStringLiteral("p"), table.caption, QStringLiteral("Caption"));

    xml.writeStartElement(tableNs, QStringLiteral("table"));
    xml.writeAttribute(tableNs, QStringLiteral("name"), QStringLiteral("Table1"));
    xml.writeEmptyElement(tableNs, QStringLiteral("table-column"));
    xml.writeAttribute(tableNs, QStringLiteral("number-columns-repeated"),
                       QString::number(qMax<qsizetype>(1, table.header.size())));
    xml.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
    xml.writeStartElement(tableNs, QStringLiteral("table-row"));
    for (const QString &name : table.header) {
        xml.writeStartElement(tableNs, QStringLiteral("table-cell"));
        xml.writeAttribute(tableNs, QStringLiteral("style-name"), QStringLiteral("Cell"));
        xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
        writeParagraph(xml, QStringLiteral("p"), name, QStringLiteral("Head"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // table-row
    xml.writeEndElement(); // table-header-rows
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        xml.writeStartElement(tableNs, QStringLiteral("table-row"));
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const ReportCell cell = table.cell(r, c);
            xml.writeStartElement(tableNs, QStringLiteral("table-cell"));
            xml.writeAttribute(tableNs, QStringLiteral("style-name"),
                               cell.isShaded() ? QStringLiteral("Cell") + ReportCell::heatHex(*cell.heat)
                                               : QStringLiteral("Cell"));
            if (cell.isNumber()) {
                xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("float"));
                xml.writeAttribute(office, QStringLiteral("value"), cell.text);
            } else {
                xml.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
            }
            writeParagraph(xml, QStringLiteral("p"), cell.text,
                           cell.isNumber() ? QStringLiteral("Number") : QString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    *ok = !xml.hasError();
    return bytes;
}

} // namespace

QString OdtTableWriter::displayName() const
{
    return tr("OpenDocument text");
}

Result<QByteArray> OdtTableWriter::render(const ReportTable &table) const
{
    bool ok = false;
    const QByteArray content = contentXml(table, &ok);
    if (!ok)
        return Error{tr("the table holds characters that cannot be written")};
    ZipWriter zip;
    Status added = zip.add(QStringLiteral("mimetype"), QByteArray(mimeType), ZipWriter::Compression::Store);
    if (added)
        added = zip.add(QStringLiteral("META-INF/manifest.xml"), QByteArray(manifest));
    if (added)
        added = zip.add(QStringLiteral("content.xml"), content);
    if (!added)
        return added.takeError();
    return zip.finish();
}

} // namespace tematik
