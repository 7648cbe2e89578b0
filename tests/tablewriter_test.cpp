#include "core/import/ziparchive.h"
#include "core/report/reporttable.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/table/csvreader.h"
#include "core/table/xlsxreader.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace tematik;

namespace {

// Swedish letters, a quote over two lines, XML's special characters, CSV's and Markdown's separators
// and an emoji; one number with a fraction and a row shorter than the header.
ReportTable sample()
{
    ReportTable t;
    t.title = QStringLiteral("Tabell 2 – Meningsenheter");
    t.caption = QStringLiteral("Koder <&> teman");
    t.header = {QStringLiteral("Meningsenhet"), QStringLiteral("Kod"), QStringLiteral("Antal")};
    t.rows = {
        {QStringLiteral("Vi träffas på \"fikat\" – det informella.\nSen går det lättare 😊"),
         QStringLiteral("Samverkan <&> tillit"), ReportCell::fromNumber(12)},
        {QStringLiteral("Åsa | Örjan, ärligt talat"), QStringLiteral("Kod, med komma"),
         ReportCell::fromNumber(3.5)},
        {QStringLiteral("Bara en cell")},
    };
    return t;
}

// The sample's cells as text, rows padded to the header's width.
QList<QStringList> expectedCells()
{
    const ReportTable t = sample();
    QList<QStringList> cells{t.header};
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        QStringList row;
        for (qsizetype c = 0; c < t.header.size(); ++c)
            row.append(t.cell(r, c).text);
        cells.append(row);
    }
    return cells;
}

QByteArray writeSample(const QString &extension, QTemporaryDir &dir)
{
    const TableWriter *writer = TableWriterRegistry::standard().writerFor(QStringLiteral("out.") + extension);
    EXPECT_NE(writer, nullptr);
    if (!writer)
        return {};
    const QString path = dir.filePath(QStringLiteral("tabell.") + extension);
    const Status written = writer->write(sample(), path);
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    return test::readFile(path);
}

QByteArray unzipped(const QByteArray &bytes, const QString &entry)
{
    Result<ZipArchive> zip = ZipArchive::open(bytes);
    EXPECT_TRUE(zip.ok()) << zip.error().toStdString();
    if (!zip)
        return {};
    Result<QByteArray> content = zip->read(entry);
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.ok() ? *content : QByteArray();
}

// The text of every cell of every row in XML: rows are `row` elements, cells `cell` elements;
// paragraphs inside a cell and `lineBreak` elements count as line breaks, `text` elements' characters
// (or all characters when `text` is empty) as text.
QList<QStringList> xmlCells(const QByteArray &xml, const QStringList &row, const QStringList &cell,
                            const QStringList &paragraph, const QString &lineBreak, const QString &text)
{
    QList<QStringList> rows;
    QXmlStreamReader reader(xml);
    bool inCell = false;
    bool inText = false;
    int paragraphs = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.name().toString();
        if (reader.isStartElement()) {
            if (row.contains(name)) {
                rows.append(QStringList());
            } else if (cell.contains(name)) {
                rows.last().append(QString());
                inCell = true;
                paragraphs = 0;
            } else if (inCell && paragraph.contains(name)) {
                if (paragraphs++ > 0)
                    rows.last().last() += u'\n';
            } else if (inCell && name == lineBreak) {
                rows.last().last() += u'\n';
            } else if (name == text) {
                inText = true;
            }
        } else if (reader.isEndElement()) {
            if (cell.contains(name))
                inCell = false;
            else if (name == text)
                inText = false;
        } else if (reader.isCharacters() && inCell && (text.isEmpty() || inText)) {
            rows.last().last() += reader.text();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return rows;
}

} // namespace

TEST(TableWriter, RegistryKnowsEveryFormat)
{
    QStringList extensions;
    for (const TableWriter *writer : TableWriterRegistry::standard().writers())
        extensions.append(writer->extension());
    EXPECT_EQ(extensions, (QStringList{QStringLiteral("xlsx"), QStringLiteral("docx"), QStringLiteral("odt"),
                                       QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("md")}));
    EXPECT_NE(TableWriterRegistry::standard().writerFor(QStringLiteral("A.XLSX")), nullptr);
    EXPECT_EQ(TableWriterRegistry::standard().writerFor(QStringLiteral("a.pdf")), nullptr);
}

TEST(TableWriter, CsvReadsBackCellForCell)
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(QStringLiteral("csv"), dir);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    Result<DataTable> read = CsvReader::read(bytes);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(QList<QStringList>{read->header} + read->rows, expectedCells());
}

TEST(TableWriter, XlsxReadsBackWithNumbersAsNumbers)
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(QStringLiteral("xlsx"), dir);
    Result<DataTable> read = XlsxReader::read(bytes);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(QList<QStringList>{read->header} + read->rows, expectedCells());

    // C2 and C3 are number cells (no t attribute), not text.
    QXmlStreamReader sheet(unzipped(bytes, QStringLiteral("xl/worksheets/sheet1.xml")));
    QStringList numbers;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == QLatin1String("c") &&
            !sheet.attributes().hasAttribute(QLatin1String("t")))
            numbers.append(sheet.attributes().value(QLatin1String("r")).toString());
    }
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("C2"), QStringLiteral("C3")}));
    // The title is the workbook's.
    EXPECT_TRUE(unzipped(bytes, QStringLiteral("docProps/core.xml"))
                    .contains("Tabell 2 \xE2\x80\x93 Meningsenheter"));
}

TEST(TableWriter, DocxHoldsAWordTableWithARepeatedHeaderRow)
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(QStringLiteral("docx"), dir);
    Result<ZipArchive> zip = ZipArchive::open(bytes);
    ASSERT_TRUE(zip.ok());
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"})
        EXPECT_TRUE(zip->contains(QString::fromLatin1(part))) << part;
    const QByteArray document = unzipped(bytes, QStringLiteral("word/document.xml"));
    EXPECT_EQ(xmlCells(document, {QStringLiteral("tr")}, {QStringLiteral("tc")}, {QStringLiteral("p")},
                       QStringLiteral("br"), QStringLiteral("t")),
              expectedCells());
    EXPECT_TRUE(document.contains("<w:tblHeader/>"));
    EXPECT_TRUE(document.contains("<w:pStyle w:val=\"Heading1\"/>"));
    // One namespace declaration, on the document element: no element redeclares "w" under another prefix.
    EXPECT_EQ(document.count("xmlns"), 1);
    // Word rejects a part whose XML is not well-formed; every part must parse.
    for (const QString &part : zip->entries()) {
        QXmlStreamReader reader(unzipped(bytes, part));
        while (!reader.atEnd())
            reader.readNext();
        EXPECT_FALSE(reader.hasError()) << part.toStdString();
    }
}

TEST(TableWriter, OdtHoldsATableAfterAStoredMimetype)
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(QStringLiteral("odt"), dir);
    // ODF: the first entry is "mimetype", stored, so its name and value sit at fixed offsets.
    EXPECT_EQ(bytes.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray content = unzipped(bytes, QStringLiteral("content.xml"));
    EXPECT_EQ(xmlCells(content, {QStringLiteral("table-row")}, {QStringLiteral("table-cell")},
                       {QStringLiteral("p")}, QStringLiteral("line-break"), QString()),
              expectedCells());
    EXPECT_TRUE(content.contains("office:value-type=\"float\" office:value=\"3.5\""));
    EXPECT_TRUE(content.contains("<table:table-header-rows>"));
}

TEST(TableWriter, HtmlIsWellFormedAndEscaped)
{
    QTemporaryDir dir;
    const QByteArray bytes = writeSample(QStringLiteral("html"), dir);
    EXPECT_TRUE(bytes.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(bytes.contains("Samverkan &lt;&amp;&gt; tillit"));
    QList<QStringList> cells =
        xmlCells(bytes, {QStringLiteral("tr")}, {QStringLiteral("th"), QStringLiteral("td")}, {},
                 QStringLiteral("br"), QString());
    EXPECT_EQ(cells, expectedCells());
    EXPECT_TRUE(bytes.contains("<thead><tr><th>Meningsenhet</th>"));
}

TEST(TableWriter, MarkdownEscapesPipesAndBreaksLines)
{
    QTemporaryDir dir;
    const QStringList lines = QString::fromUtf8(writeSample(QStringLiteral("md"), dir)).split(u'\n');
    EXPECT_EQ(
        lines.mid(0, 9),
        (QStringList{QStringLiteral("# Tabell 2 – Meningsenheter"), QString(),
                     QStringLiteral("Koder <&> teman"), QString(),
                     QStringLiteral("| Meningsenhet | Kod | Antal |"), QStringLiteral("| --- | --- | ---: |"),
                     QStringLiteral("| Vi träffas på \"fikat\" – det informella.<br>Sen går det lättare 😊 | "
                                    "Samverkan &lt;&> tillit | 12 |"),
                     QStringLiteral("| Åsa \\| Örjan, ärligt talat | Kod, med komma | 3.5 |"),
                     QStringLiteral("| Bara en cell |  |  |")}));
}

TEST(TableWriter, FailureNamesTheFileAndLeavesNoFile)
{
    QTemporaryDir dir;
    for (const TableWriter *writer : TableWriterRegistry::standard().writers()) {
        const QString path = dir.filePath(QStringLiteral("saknas/tabell.") + writer->extension());
        const Status written = writer->write(sample(), path);
        ASSERT_FALSE(written.ok()) << writer->id().toStdString();
        EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(path)))
            << written.error().toStdString();
    }
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("saknas"))).exists());

    // A table Excel cannot hold leaves an existing file as it was, and no temporary file beside it.
    const QString existing = dir.filePath(QStringLiteral("tabell.xlsx"));
    test::writeFile(existing, "before");
    ReportTable tooLong = sample();
    tooLong.rows[0][0] = QString(40000, u'x');
    const Status written = TableWriterRegistry::standard().writerFor(existing)->write(tooLong, existing);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QDir::toNativeSeparators(existing)))
        << written.error().toStdString();
    EXPECT_EQ(test::readFile(existing), QByteArray("before"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tabell.xlsx")});
}

TEST(TableWriter, ShadedCellsGetTheirBackgroundInDocumentFormatsOnly)
{
    ReportTable t = sample();
    t.rows[0][2].heat = 1.0;
    t.rows[1][2].heat = 0.0;
    t.rows[2].append({QString(), QString()});
    t.rows[2][2].heat = 0.5; // an empty cell may be shaded too
    const QByteArray strong = ReportCell::heatHex(1.0).toLatin1();
    const QByteArray middle = ReportCell::heatHex(0.5).toLatin1();
    EXPECT_EQ(ReportCell::heatRgb(0.5), 0x9dc7e3u);
    const TableWriterRegistry &registry = TableWriterRegistry::standard();
    const auto render = [&](const char *extension) {
        Result<QByteArray> bytes = registry.writerFor(QStringLiteral("t.") + QLatin1String(extension))->render(t);
        EXPECT_TRUE(bytes.ok());
        return bytes.ok() ? *bytes : QByteArray();
    };

    const QByteArray document = unzipped(render("docx"), QStringLiteral("word/document.xml"));
    EXPECT_EQ(document.count("<w:shd "), 3);
    EXPECT_TRUE(document.contains(
        QByteArray("<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + strong + "\"/></w:tcPr>")));
    const QByteArray content = unzipped(render("odt"), QStringLiteral("content.xml"));
    EXPECT_EQ(content.count(QByteArray("table:style-name=\"Cell" + middle + "\"")), 1);
    EXPECT_TRUE(content.contains(QByteArray("fo:background-color=\"#" + middle + "\"")));
    const QByteArray xlsx = render("xlsx");
    EXPECT_TRUE(unzipped(xlsx, QStringLiteral("xl/styles.xml")).contains(QByteArray("rgb=\"FF" + middle + "\"")));
    // The shaded empty cell is written, as a blank with its format; the unshaded ones are not.
    EXPECT_TRUE(unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<c r=\"C4\" s="));
    EXPECT_TRUE(render("html").contains(QByteArray("<td class=\"num\" style=\"background:#" + strong + "\">12</td>")));

    // Shades change nothing in CSV and Markdown, nor the cells' text anywhere.
    ReportTable plain = t;
    for (QList<ReportCell> &row : plain.rows) {
        for (ReportCell &cell : row)
            cell.heat.reset();
    }
    for (const char *extension : {"csv", "md"})
        EXPECT_EQ(render(extension),
                  *registry.writerFor(QStringLiteral("t.") + QLatin1String(extension))->render(plain));
}
