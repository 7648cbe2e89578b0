#include "core/demo/demoproject.h"
#include "core/report/codebooktable.h"
#include "core/report/participanttable.h"
#include "core/store/project.h"
#include "tests/support/testenvironment.h"

#include <QTemporaryDir>

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
    ASSERT_EQ(table.rows.size(), 12);
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
    EXPECT_EQ(codings, 9);
    EXPECT_TRUE(table.isNumericColumn(5));
    EXPECT_FALSE(table.isNumericColumn(1));
}

TEST_F(ReportTables, ParticipantsCountCasesByAttributeValue)
{
    const ReportTable table = ParticipantTable::build(*project);
    EXPECT_EQ(table.caption, QStringLiteral("N = 12 cases"));
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
