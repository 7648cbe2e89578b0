#include "core/demo/demoproject.h"
#include "core/report/codebooktable.h"
#include "core/report/datastructuretable.h"
#include "core/report/meaningunittable.h"
#include "core/report/participanttable.h"
#include "core/report/reportoptions.h"
#include "core/report/reporttablecatalog.h"
#include "core/store/project.h"
#include "tests/support/testenvironment.h"

#include <QSet>
#include <QTemporaryDir>

#include <utility>

using namespace tematik;

namespace {

class ReportTables : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Project>> created =
            DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        project = std::move(*created);
    }

    // The rows whose first cell is `first`, from the second cell on, as text.
    static QList<QStringList> rowsOf(const ReportTable &table, const QString &first)
    {
        QList<QStringList> found;
        for (const QList<ReportCell> &row : table.rows) {
            if (row.value(0).text != first)
                continue;
            QStringList texts;
            for (qsizetype c = 1; c < row.size(); ++c)
                texts.append(row[c].text);
            found.append(texts);
        }
        return found;
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

} // namespace

TEST_F(ReportTables, CodebookNamesEachCodeByItsPathWithItsGuidanceAndUse)
{
    const ReportTable table = CodebookTable::build(*project);
    EXPECT_EQ(table.header.size(), 7);
    ASSERT_EQ(table.rows.size(), 20);
    EXPECT_EQ(table.rows[0][0].text, QStringLiteral("Tid och mandat"));
    EXPECT_EQ(table.rows[1][0].text,
              QStringLiteral("Tid och mandat / Prevention förlorar mot uppgifter med deadline"));
    EXPECT_EQ(
        table.rows[1][1].text,
        QStringLiteral("Förebyggande arbete trängs undan av lagstyrda uppgifter som någon frågar efter."));
    double codings = 0;
    for (const QList<ReportCell> &row : table.rows) {
        ASSERT_TRUE(row[5].isNumber() && row[6].isNumber());
        EXPECT_LE(*row[6].number, *row[5].number);
        codings += *row[5].number;
    }
    EXPECT_EQ(codings, 59);
    EXPECT_TRUE(table.isNumericColumn(5));
    EXPECT_FALSE(table.isNumericColumn(1));
}

TEST_F(ReportTables, ParticipantsCountCasesByAttributeValue)
{
    const ReportTable table = ParticipantTable::build(*project);
    // The pseudonym has a value of its own for every case: it describes no group and is left out.
    EXPECT_EQ(table.caption, QStringLiteral("N = 12 cases · identifiers not shown: pseudonym"));
    EXPECT_TRUE(rowsOf(table, QStringLiteral("pseudonym")).isEmpty());
    // One case has no gender given: it is counted, not dropped.
    EXPECT_EQ(
        rowsOf(table, QStringLiteral("kön")),
        (QList<QStringList>{{QStringLiteral("kvinna"), QStringLiteral("6"), QStringLiteral("50")},
                            {QStringLiteral("man"), QStringLiteral("5"), QStringLiteral("41.7")},
                            {QStringLiteral("(not given)"), QStringLiteral("1"), QStringLiteral("8.3")}}));
    EXPECT_EQ(
        rowsOf(table, QStringLiteral("nivå")),
        (QList<QStringList>{{QStringLiteral("delregional"), QStringLiteral("1"), QStringLiteral("8.3")},
                            {QStringLiteral("lokal"), QStringLiteral("9"), QStringLiteral("75")},
                            {QStringLiteral("regional"), QStringLiteral("2"), QStringLiteral("16.7")}}));
}

TEST_F(ReportTables, MeaningUnitsAreTheExemplarQuotesInDataStructureOrder)
{
    const ReportTable table = MeaningUnitTable::build(*project, ReportOptions{});
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("Meaning unit"), QStringLiteral("Code"), QStringLiteral("Theme")}));
    // One exemplar per theme in the demo; themes come dimension by dimension, as the data structure has them.
    ASSERT_EQ(table.rows.size(), 4);
    QStringList themes;
    for (const QList<ReportCell> &row : table.rows)
        themes.append(row[2].text);
    const ReportTable structure = DataStructureTable::build(*project);
    QStringList structureThemes;
    for (const QList<ReportCell> &row : structure.rows) {
        if (!row[1].text.isEmpty())
            structureThemes.append(row[1].text);
    }
    EXPECT_EQ(themes, structureThemes);
    // The quote is in quotation marks and ends with who said it: the speaker's case.
    const QString quote = table.rows[3][0].text;
    EXPECT_TRUE(quote.startsWith(QStringLiteral("“Om jag inte gör min tillsyn så…"))) << quote.toStdString();
    EXPECT_TRUE(quote.endsWith(QStringLiteral("” (IP1)"))) << quote.toStdString();
    EXPECT_EQ(table.rows[3][1].text, QStringLiteral("Prevention förlorar mot uppgifter med deadline"));
}

TEST_F(ReportTables, MeaningUnitsCanListEverySegmentWithoutSpeakers)
{
    ReportOptions options;
    options.exemplarsOnly = false;
    options.withSpeaker = false;
    const ReportTable table = MeaningUnitTable::build(*project, options);
    ASSERT_EQ(table.rows.size(), 59);
    // Plural forms come from the translation, which core tests do not load.
    EXPECT_EQ(table.caption, QStringLiteral("59 coded segment(s)"));
    EXPECT_FALSE(table.rows.first()[0].text.endsWith(u')'));
    // Segments of codes in no theme come last, with no theme.
    EXPECT_TRUE(table.rows.last()[2].text.isEmpty());
    EXPECT_FALSE(table.rows.first()[2].text.isEmpty());
    bool unthemed = false;
    for (const QList<ReportCell> &row : table.rows) {
        if (row[2].text.isEmpty())
            unthemed = true;
        else
            EXPECT_FALSE(unthemed) << "a themed row after an unthemed one";
    }
}

TEST_F(ReportTables, DataStructureNamesEachThemeAndDimensionOnce)
{
    const ReportTable table = DataStructureTable::build(*project);
    ASSERT_EQ(table.header.size(), 3);
    ASSERT_EQ(table.rows.size(), 13); // the codes in the four themes
    EXPECT_EQ(table.caption, QStringLiteral("7 code(s) in no theme not shown"));
    EXPECT_EQ(table.rows[0][0].text, QStringLiteral("Nätverket som kraftkälla"));
    EXPECT_EQ(table.rows[0][1].text, QStringLiteral("Samordning som relationsarbete"));
    EXPECT_EQ(table.rows[0][2].text, QStringLiteral("Relationell praktik"));
    QStringList dimensions;
    QSet<QString> themes;
    for (const QList<ReportCell> &row : table.rows) {
        EXPECT_FALSE(row[0].text.isEmpty());
        if (!row[2].text.isEmpty())
            dimensions.append(row[2].text);
        if (!row[1].text.isEmpty())
            EXPECT_FALSE(std::exchange(themes, themes + QSet<QString>{row[1].text}).contains(row[1].text));
    }
    EXPECT_EQ(dimensions, (QStringList{QStringLiteral("Relationell praktik"), QStringLiteral("Strukturella förutsättningar")}));
    EXPECT_EQ(themes.size(), 4);
}

TEST_F(ReportTables, PseudonymisedMeaningUnitsNameParticipantsByTheirPseudonyms)
{
    ReportOptions options;
    options.exemplarsOnly = false;
    options.pseudonymise = true;
    const ReportTable table = MeaningUnitTable::build(*project, options);
    ASSERT_EQ(table.rows.size(), 59);
    EXPECT_TRUE(table.caption.endsWith(QStringLiteral("pseudonymised")));
    int byPseudonym = 0;
    for (const QList<ReportCell> &row : table.rows) {
        const QString quote = row[0].text;
        const QString who = quote.mid(quote.lastIndexOf(QStringLiteral("” (")) + 3).chopped(1);
        EXPECT_FALSE(who.startsWith(QLatin1String("IP")) || who.startsWith(QLatin1String("FG"))
                     || who.startsWith(QLatin1String("interview")) || who == QLatin1String("focusgroup"))
            << who.toStdString();
        if (who.startsWith(QLatin1String("Samordnare")) || who.startsWith(QLatin1String("Deltagare")))
            ++byPseudonym;
    }
    EXPECT_GT(byPseudonym, 40);
}

TEST_F(ReportTables, CatalogBuildsEveryTableById)
{
    const QStringList ids = ReportTableCatalog::ids();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("meaning-units"), QStringLiteral("data-structure"),
                                QStringLiteral("codebook"), QStringLiteral("participants"),
                                QStringLiteral("member-checking")}));
    for (const QString &id : ids) {
        const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(id);
        ASSERT_TRUE(entry.has_value());
        const ReportTable table = entry->build(*project, ReportOptions{});
        // The demo project has held no member-checking meeting yet: that table says so in its caption.
        if (id == QLatin1String("member-checking"))
            EXPECT_FALSE(table.caption.isEmpty());
        else
            EXPECT_FALSE(table.rows.isEmpty()) << id.toStdString();
    }
    EXPECT_FALSE(ReportTableCatalog::find(QStringLiteral("nonsense")).has_value());
}

TEST_F(ReportTables, QuotesGetTheWidestColumn)
{
    const ReportTable table = MeaningUnitTable::build(*project, ReportOptions{});
    const QList<double> shares = table.columnShares();
    ASSERT_EQ(shares.size(), 3);
    EXPECT_NEAR(shares[0] + shares[1] + shares[2], 1.0, 1e-9);
    EXPECT_GT(shares[0], shares[1]);
    EXPECT_GT(shares[0], shares[2]);
    EXPECT_GT(shares[1], 0.15);
}
