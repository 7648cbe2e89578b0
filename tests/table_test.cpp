#include "core/table/csvreader.h"
#include "core/table/tablefile.h"
#include "core/table/xlsxreader.h"
#include "tests/support/testenvironment.h"

using namespace tematik;

namespace {

QString table(const char *name)
{
    return test::dataPath(QStringLiteral("tables/") + QString::fromLatin1(name));
}

} // namespace

TEST(CsvReader, ParticipantsFromTheCorpus)
{
    Result<DataTable> t = TableFile::read(test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("id"), QStringLiteral("pseudonym"), QStringLiteral("ansvarsområde"),
                                      QStringLiteral("tjänstgöringsgrad"), QStringLiteral("år_i_tjänsten"),
                                      QStringLiteral("kommunstorlek"), QStringLiteral("nivå"), QStringLiteral("kön")}));
    ASSERT_EQ(t->rows.size(), 12);
    // A quoted field keeps its commas.
    EXPECT_EQ(t->rows[0][2], QStringLiteral("ANDTS, alkoholhandläggning"));
    EXPECT_EQ(t->rows[3][2], QStringLiteral("Folkhälsa: ANDTS, brottsförebyggande, trygghet"));
    // The two deliberately empty cells are empty; "ej tillämpligt" is a value.
    EXPECT_EQ(t->rows[3][7], QString());
    EXPECT_EQ(t->rows[7][3], QString());
    EXPECT_EQ(t->rows[4][5], QStringLiteral("ej tillämpligt"));
    EXPECT_EQ(t->rows[1][5], QStringLiteral("stor (≥100 000 inv.)"));
    EXPECT_EQ(t->rows[11][0], QStringLiteral("FG5"));
}

TEST(CsvReader, SwedishExcelSemicolonsWindows1252AndQuotedLineBreaks)
{
    Result<DataTable> t = TableFile::read(table("survey.csv"));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_TRUE(t->encoding.startsWith(QLatin1String("windows-1252"))) << t->encoding.toStdString();
    EXPECT_EQ(t->header.size(), 5);
    EXPECT_EQ(t->header[3], QStringLiteral("Vad fungerar bäst i samverkan?"));
    ASSERT_EQ(t->rows.size(), 3);
    EXPECT_EQ(t->rows[0][1], QStringLiteral("Åmål"));
    EXPECT_EQ(t->rows[0][3], QStringLiteral("Nätverket; vi träffas ofta."));
    EXPECT_EQ(t->rows[1][3], QStringLiteral("Att vi har en gemensam plan,\nsom alla känner till."));
    EXPECT_EQ(t->rows[1][4], QString());
    EXPECT_EQ(t->rows[2][3], QStringLiteral("Det \"informella\" – fikat!"));
}

TEST(CsvReader, SeparatorDetection)
{
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a,b,c")), QChar(u','));
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a;b;\"c,d,e,f\"")), QChar(u';'));
    EXPECT_EQ(CsvReader::detectSeparator(QStringLiteral("a\tb\tc")), QChar(u'\t'));
}

TEST(CsvReader, RaggedRowsAndBadInput)
{
    Result<DataTable> t = CsvReader::read("a,b,c\n1,2\n3,4,5,6\n\n");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("2"), QString()}));
    EXPECT_EQ(t->rows[1].size(), 3);
    EXPECT_EQ(t->warnings.size(), 1);

    Result<DataTable> open = CsvReader::read("a,b\n\"never closed,2\n");
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().contains(QLatin1String("line 2")));
    EXPECT_FALSE(CsvReader::read({}).ok());
}

TEST(XlsxReader, InlineStringsAndTypedCells)
{
    Result<DataTable> t = TableFile::read(table("participants.xlsx"));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    ASSERT_EQ(t->rows.size(), 12);
    EXPECT_EQ(t->header.value(8), QStringLiteral("intervjudatum"));
    EXPECT_EQ(t->rows[0][2], QStringLiteral("ANDTS, alkoholhandläggning"));
    EXPECT_EQ(t->rows[0][3], QStringLiteral("75%"));    // 0.75 in a percent format
    EXPECT_EQ(t->rows[7][3], QString());                 // the empty cell
    EXPECT_EQ(t->rows[0][8], QStringLiteral("2024-02-14")); // a date serial in a date format
    EXPECT_EQ(t->rows[0][9], QStringLiteral("1"));
    EXPECT_EQ(t->rows[0][10], QStringLiteral("TRUE"));
    EXPECT_EQ(t->rows[1][10], QStringLiteral("FALSE"));
    // The corpus CSV and the workbook agree on every text column.
    Result<DataTable> csv = TableFile::read(test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_TRUE(csv.ok());
    for (int r = 0; r < 12; ++r) {
        for (int c : {0, 1, 2, 4, 5, 6, 7})
            EXPECT_EQ(t->rows[r][c], csv->rows[r][c]) << "row " << r << " column " << c;
    }
}

TEST(XlsxReader, SharedStringsStylesAndGaps)
{
    Result<DataTable> t = TableFile::read(table("shared-strings.xlsx"));
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("id"), QStringLiteral("namn"), QStringLiteral("andel"),
                                      QStringLiteral("datum"), QStringLiteral("aktiv"), QStringLiteral("summa")}));
    ASSERT_EQ(t->rows.size(), 3); // the row of blanks is no row
    EXPECT_EQ(t->rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("Åsa Öberg"), QStringLiteral("75%"),
                                       QStringLiteral("2024-02-13"), QStringLiteral("TRUE"), QStringLiteral("1x")}));
    EXPECT_EQ(t->rows[1], (QStringList{QStringLiteral("2"), QString(), QStringLiteral("100%"),
                                       QStringLiteral("2024-02-14"), QStringLiteral("FALSE"), QStringLiteral("2.5")}));
    EXPECT_EQ(t->rows[2][0], QStringLiteral(" kvar "));
}

TEST(XlsxReader, ColumnReferences)
{
    EXPECT_EQ(XlsxReader::columnIndex(u"A1"), 0);
    EXPECT_EQ(XlsxReader::columnIndex(u"Z9"), 25);
    EXPECT_EQ(XlsxReader::columnIndex(u"AA10"), 26);
    EXPECT_EQ(XlsxReader::columnIndex(u"XFD1"), 16383);
    EXPECT_EQ(XlsxReader::columnIndex(u"12"), -1);
}

TEST(XlsxReader, BadWorkbooks)
{
    Result<DataTable> docx = TableFile::read(test::corpusPath(QStringLiteral("interview-04.docx")));
    ASSERT_FALSE(docx.ok());
    EXPECT_TRUE(docx.error().startsWith(QLatin1String("interview-04.docx: ")));
    EXPECT_TRUE(docx.error().contains(QLatin1String("xl/workbook.xml"))) << docx.error().toStdString();
    Result<DataTable> truncated = TableFile::read(test::dataPath(QStringLiteral("docx/truncated.docx")));
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().contains(QLatin1String("damaged")));
}
