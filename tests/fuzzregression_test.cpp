// What fuzzing the importers (fuzz/, README.md there) found, each kept as a test of its fix: hostile or
// broken input gets a clear error that names the file and the reason, or imports sanely, and never
// crashes, overflows or leaves part of itself in the project. Inputs the fuzzers wrote are kept as they
// were found (or minimised) under tests/data/fuzz/; smaller cases are written here.
#include "core/import/caseimport.h"
#include "core/import/plaintextbuilder.h"
#include "core/import/sourceimport.h"
#include "core/report/zipwriter.h"
#include "core/table/datatable.h"
#include "core/table/tablefile.h"
#include "core/table/xlsxreader.h"
#include "tests/support/projecttest.h"

#include <QFileInfo>

using namespace tematik;

namespace {

class FuzzRegression : public test::ProjectTest
{
protected:
    // A participant table that must be refused: the error names the file and gives the reason, and the
    // project holds no case afterwards.
    void expectTableRefused(const QString &path, const char *reason)
    {
        Result<CaseImportReport> r = CaseImport::importFile(*project, path);
        ASSERT_FALSE(r.ok()) << path.toStdString();
        EXPECT_TRUE(r.error().startsWith(QFileInfo(path).fileName() + u':')) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QLatin1String(reason))) << r.error().toStdString();
        EXPECT_EQ(project->counts().cases, 0);
    }

    // A file that must not import as a source: the error names it and gives the reason, and the
    // project holds no source afterwards.
    void expectSourceRefused(const QString &path, const char *reason)
    {
        Result<ImportReport> r = SourceImport::importFile(*project, path);
        ASSERT_FALSE(r.ok()) << path.toStdString();
        EXPECT_TRUE(r.error().startsWith(QFileInfo(path).fileName() + u':')) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QLatin1String(reason))) << r.error().toStdString();
        EXPECT_EQ(project->counts().sources, 0);
    }

    QString write(const QString &fileName, const QByteArray &bytes)
    {
        const QString path = dir.filePath(fileName);
        test::writeFile(path, bytes);
        return path;
    }

    // A workbook of one worksheet holding sheetData, with the given cellXfs in its styles.
    static QByteArray workbook(const QByteArray &sheetData, const QByteArray &cellXfs = {})
    {
        const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        ZipWriter zip;
        EXPECT_TRUE(zip.add(QStringLiteral("xl/workbook.xml"), "<workbook " + ns + "><sheets><sheet/></sheets></workbook>"));
        EXPECT_TRUE(zip.add(QStringLiteral("xl/styles.xml"),
                            "<styleSheet " + ns + "><cellXfs>" + cellXfs + "</cellXfs></styleSheet>"));
        EXPECT_TRUE(zip.add(QStringLiteral("xl/worksheets/sheet1.xml"),
                            "<worksheet " + ns + "><sheetData>" + sheetData + "</sheetData></worksheet>"));
        Result<QByteArray> bytes = zip.finish();
        EXPECT_TRUE(bytes.ok());
        return bytes.ok() ? *bytes : QByteArray();
    }
};

} // namespace

// fuzz_xlsx: a cell reference of a hundred letters overflowed the column number (signed overflow).
TEST_F(FuzzRegression, XlsxCellReferenceOfManyLetters)
{
    EXPECT_GE(XlsxReader::columnIndex(u"ARRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR1"), DataTable::maxColumns);
    expectTableRefused(test::dataPath(QStringLiteral("fuzz/xlsx-column-of-many-letters.xlsx")), "last column");
}

// Found beside it: a negative style index read before the list of styles, and a date-styled number
// beyond any date overflowed the conversion to a day count. Both are numbers as written.
TEST_F(FuzzRegression, XlsxNegativeStyleAndDateBeyondAnyDay)
{
    const QByteArray sheet = "<row><c t=\"inlineStr\"><is><t>id</t></is></c><c t=\"inlineStr\"><is><t>dag</t></is></c>"
                             "<c t=\"inlineStr\"><is><t>tal</t></is></c></row>"
                             "<row><c><v>1</v></c><c s=\"1\"><v>1e300</v></c><c s=\"-1\"><v>2.5</v></c></row>"
                             "<row><c><v>2</v></c><c s=\"1\"><v>-3</v></c><c s=\"-7\"><v>nan</v></c></row>"
                             "<row><c><v>3</v></c><c s=\"1\"><v>45335</v></c></row>";
    Result<DataTable> table = TableFile::parse(workbook(sheet, "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"));
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("1e+300"), QStringLiteral("2.5")}));
    EXPECT_EQ(table->rows[1], (QStringList{QStringLiteral("2"), QStringLiteral("-3"), QStringLiteral("nan")}));
    EXPECT_EQ(table->rows[2][1], QStringLiteral("2024-02-13"));
}

// A small file must not become a huge table: a row of cells at the last column, repeated, pads out to
// 16,384 cells a row; a header of many separators pads every short line below it.
TEST_F(FuzzRegression, TablesTooLargeForTheirFile)
{
    QByteArray sheet;
    for (int r = 0; r < 700; ++r)
        sheet += "<row><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    expectTableRefused(write(QStringLiteral("bred.xlsx"), workbook(sheet)), "more than Tematik reads");

    expectTableRefused(write(QStringLiteral("rubriker.csv"), "id" + QByteArray(DataTable::maxColumns, ',') + '\n'),
                       "more than a spreadsheet can hold");
    expectTableRefused(write(QStringLiteral("tunn.csv"),
                             "id" + QByteArray(DataTable::maxColumns - 1, ',') + '\n' + QByteArray(700 * 2, 'x').replace("xx", "x\n")),
                       "more than Tematik reads");
}

// A small document that repeats what it holds must not fill memory: ODF's run of spaces
// (<text:s text:c="1000"/>), and a Word footnote referred to thousands of times. Found by reading the
// importers with the fuzzers' eyes: their inputs are too small to repeat anything that often.
TEST_F(FuzzRegression, DocumentsThatRepeatTheirTextBeyondAnyTranscript)
{
    const qsizetype repeats = PlainTextBuilder::maxLength / 1000 + 100;
    QByteArray fodt = "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                      "<text:p>Hej";
    for (qsizetype i = 0; i < repeats; ++i)
        fodt += "<text:s text:c=\"1000\"/>";
    fodt += "</text:p></office:text></office:body></office:document>";
    expectSourceRefused(write(QStringLiteral("mellanrum.fodt"), fodt), "more than Tematik imports");

    const QByteArray w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    QByteArray document = "<w:document " + w + "><w:body><w:p><w:r><w:t>Hej</w:t></w:r>";
    for (qsizetype i = 0; i < repeats; ++i)
        document += "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
    document += "</w:p></w:body></w:document>";
    const QByteArray footnotes = "<w:footnotes " + w + "><w:footnote w:id=\"1\"><w:p><w:r><w:t>"
                                 + QByteArray(1000, 'x') + "</w:t></w:r></w:p></w:footnote></w:footnotes>";
    ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("word/document.xml"), document));
    ASSERT_TRUE(zip.add(QStringLiteral("word/footnotes.xml"), footnotes));
    Result<QByteArray> docx = zip.finish();
    ASSERT_TRUE(docx.ok());
    expectSourceRefused(write(QStringLiteral("fotnoter.docx"), *docx), "more than Tematik imports");
}
