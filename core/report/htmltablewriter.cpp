#include "core/report/htmltablewriter.h"

#include "core/report/reporttable.h"

#include <QXmlStreamWriter>

namespace tematik {

namespace {

// Line breaks in a cell become <br/>, so that a quote keeps its lines.
void writeLines(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("br"));
        xml.writeCharacters(lines.at(i));
    }
}

} // namespace

QString HtmlTableWriter::displayName() const
{
    return tr("Web page (HTML)");
}

Result<QByteArray> HtmlTableWriter::render(const ReportTable &table) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeTextElement(QStringLiteral("title"), table.title);
    xml.writeTextElement(
        QStringLiteral("style"),
        QStringLiteral("table{border-collapse:collapse}th,td{border:1px solid #888;padding:.2em .4em;"
                       "vertical-align:top;text-align:left}td.num{text-align:right}"));
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("table"));
    if (!table.title.isEmpty() || !table.caption.isEmpty()) {
        xml.writeStartElement(QStringLiteral("caption"));
        xml.writeTextElement(QStringLiteral("strong"), table.title);
        if (!table.caption.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("br"));
            writeLines(xml, table.caption);
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (const QString &name : table.header) {
        xml.writeStartElement(QStringLiteral("th"));
        writeLines(xml, name);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // tr
    xml.writeEndElement(); // thead
    xml.writeStartElement(QStringLiteral("tbody"));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        xml.writeStartElement(QStringLiteral("tr"));
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const ReportCell cell = table.cell(r, c);
            xml.writeStartElement(QStringLiteral("td"));
            if (cell.isNumber())
                xml.writeAttribute(QStringLiteral("class"), QStringLiteral("num"));
            if (cell.isShaded())
                xml.writeAttribute(QStringLiteral("style"),
                                   QStringLiteral("background:#") + ReportCell::heatHex(*cell.heat));
            writeLines(xml, cell.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    if (xml.hasError())
        return Error{tr("the table holds characters that cannot be written")};
    return bytes;
}

} // namespace tematik
