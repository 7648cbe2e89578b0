#include "core/analysis/codematrix.h"
#include "core/demo/demoproject.h"
#include "core/import/ziparchive.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/table/csvreader.h"
#include "tests/support/projecttest.h"

using namespace tematik;

namespace {

// Two sources. "intervju" has three turns of 20 code points: A (Anna, nivå lokal), B (Bo, regional),
// A again. "fokusgrupp" has one turn [0, 30) of C (Cia, no nivå) and text after it outside any turn.
// Codes: Samverkan, its child Tillit, and Tid. The nine codings, by number in the comments below:
//   intervju   1 Samverkan [2, 12)  turn A1     overlaps 2
//              2 Tillit    [8, 15)  turn A1     overlaps 1
//              3 Tid       [16, 25) turn A1     overlaps 4 (starts in A1, reaches into B)
//              4 Samverkan [22, 30) turn B      overlaps 3
//              5 Tid       [41, 50) turn A3     touches 6 but does not overlap it
//              6 Tillit    [50, 55) turn A3
//   fokusgrupp 7 Samverkan [5, 10)  turn C      overlaps 8
//              8 Tid       [8, 20)  turn C      overlaps 7
//              9 Tillit    [32, 38) no turn: a segment without a participant
class Matrix : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        const SourceId interview =
            addSource(QStringLiteral("intervju"), 60,
                      {turn(QStringLiteral("A"), 0, 20), turn(QStringLiteral("B"), 20, 40),
                       turn(QStringLiteral("A"), 40, 60)});
        const SourceId group =
            addSource(QStringLiteral("fokusgrupp"), 40, {turn(QStringLiteral("C"), 0, 30)});

        CaseStore &cases = project->cases();
        const AttributeId level = *cases.addAttribute(QStringLiteral("nivå"), AttributeType::Text);
        const CaseId anna = *cases.add(QStringLiteral("Anna"));
        const CaseId bo = *cases.add(QStringLiteral("Bo"));
        const CaseId cia = *cases.add(QStringLiteral("Cia"));
        ASSERT_TRUE(cases.setValue(anna, level, QStringLiteral("lokal")).ok());
        ASSERT_TRUE(cases.setValue(bo, level, QStringLiteral("regional")).ok());
        for (const SpeakerInfo &speaker : cases.speakers()) {
            const CaseId linked = speaker.label == QLatin1String("A")   ? anna
                                  : speaker.label == QLatin1String("B") ? bo
                                                                        : cia;
            ASSERT_TRUE(cases.linkSpeaker(speaker.id, linked).ok());
        }

        const CodeId samverkan =
            *project->codes().add(NewCode{QStringLiteral("Samverkan"), std::nullopt, {}, {}});
        const CodeId tillit = *project->codes().add(NewCode{QStringLiteral("Tillit"), samverkan, {}, {}});
        const CodeId tid = *project->codes().add(NewCode{QStringLiteral("Tid"), std::nullopt, {}, {}});
        const QList<NewCoding> codings{
            {interview, samverkan, 2, 12},  {interview, tillit, 8, 15}, {interview, tid, 16, 25},
            {interview, samverkan, 22, 30}, {interview, tid, 41, 50},   {interview, tillit, 50, 55},
            {group, samverkan, 5, 10},      {group, tid, 8, 20},        {group, tillit, 32, 38},
        };
        ASSERT_TRUE(project->codings().addAll(codings).ok());
    }

    static SpeakerTurn turn(const QString &speaker, qint64 start, qint64 end)
    {
        return SpeakerTurn{0, speaker, start, start + 3, end, std::nullopt, std::nullopt};
    }

    SourceId addSource(const QString &name, int length, const QList<SpeakerTurn> &turns)
    {
        const QString text(length, u'x');
        Result<SourceId> id = project->sources().add(NewSource{
            name, name + QStringLiteral(".txt"), QStringLiteral("txt"), {}, text.toUtf8(), {}, text, turns});
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    CodeMatrix build(MatrixKind kind, const QString &attribute = {})
    {
        Result<CodeMatrix> matrix = CodeMatrix::build(*project, kind, attribute);
        EXPECT_TRUE(matrix.ok()) << matrix.error().toStdString();
        return matrix.ok() ? *matrix : CodeMatrix();
    }

    // The cells' values, row by row.
    static QList<QList<int>> values(const CodeMatrix &matrix, MatrixMeasure measure)
    {
        QList<QList<int>> rows;
        for (qsizetype r = 0; r < matrix.rows().size(); ++r) {
            QList<int> row;
            for (qsizetype c = 0; c < matrix.columns().size(); ++c)
                row.append(matrix.cell(r, c).value(measure));
            rows.append(row);
        }
        return rows;
    }

    static QStringList paths(const QList<MatrixHeader> &headers)
    {
        QStringList result;
        for (const MatrixHeader &h : headers)
            result.append(h.path);
        return result;
    }
};

using Counts = QList<QList<int>>;

} // namespace

TEST_F(Matrix, OverlapCountsTheRowCodesSegmentsThatOverlapTheColumnCode)
{
    const CodeMatrix m = build(MatrixKind::Overlap);
    EXPECT_EQ(paths(m.rows()), (QStringList{QStringLiteral("Samverkan"), QStringLiteral("Samverkan / Tillit"),
                                            QStringLiteral("Tid")}));
    EXPECT_EQ(m.rows()[1].name, QStringLiteral("Tillit"));
    EXPECT_EQ(paths(m.columns()), paths(m.rows()));
    // Diagonal: every segment of the code. Samverkan × Tid: 4 (with 3) and 7 (with 8); Tid × Samverkan:
    // 3 and 8. 5 and 6 only touch; 2 and 3 are in the same turn but apart.
    EXPECT_EQ(values(m, MatrixMeasure::Segments), (Counts{{3, 1, 2}, {1, 3, 0}, {2, 0, 3}}));
    // Tillit's participants: only Anna, since 9 has none. Samverkan × Tid: Bo and Cia.
    EXPECT_EQ(values(m, MatrixMeasure::Participants), (Counts{{3, 1, 2}, {1, 1, 0}, {2, 0, 2}}));
    EXPECT_EQ(m.maximum(MatrixMeasure::Segments), 2);
    EXPECT_FALSE(m.heat(0, 0, MatrixMeasure::Segments).has_value());
    EXPECT_EQ(m.heat(0, 1, MatrixMeasure::Segments), 0.5);
    EXPECT_EQ(m.heat(0, 2, MatrixMeasure::Segments), 1.0);
    EXPECT_EQ(m.heat(1, 2, MatrixMeasure::Segments), 0.0);
    // Without a translation installed, the plural forms are the source text's.
    EXPECT_EQ(m.describe(0, 2), QStringLiteral("Samverkan × Tid: 2 segment(s) from 2 participant(s)"));
    EXPECT_EQ(m.describe(1, 1),
              QStringLiteral("Samverkan / Tillit: 3 segment(s) from 1 participant(s) in all"));
}

TEST_F(Matrix, SameTurnCountsSegmentsStartingInATurnThatHasTheOtherCode)
{
    const CodeMatrix m = build(MatrixKind::SameTurn);
    // Turn A1 has all three codes (1, 2, 3), A3 Tid and Tillit (5, 6), C Samverkan and Tid (7, 8); B
    // only Samverkan, and 9 is in no turn.
    EXPECT_EQ(values(m, MatrixMeasure::Segments), (Counts{{3, 1, 2}, {1, 3, 2}, {2, 2, 3}}));
    EXPECT_EQ(values(m, MatrixMeasure::Participants), (Counts{{3, 1, 2}, {1, 1, 1}, {2, 1, 2}}));
}

TEST_F(Matrix, AttributeColumnsAreTheValuesThenTheSegmentsWithoutOne)
{
    const CodeMatrix m = build(MatrixKind::Attribute, QStringLiteral("nivå"));
    EXPECT_EQ(paths(m.columns()), (QStringList{QStringLiteral("lokal"), QStringLiteral("regional"),
                                               QStringLiteral("(no value)")}));
    EXPECT_EQ(values(m, MatrixMeasure::Segments), (Counts{{1, 1, 1}, {2, 0, 1}, {2, 0, 1}}));
    // Tillit's segment 9 has no participant; Tid's 8 is Cia's, who has no nivå.
    EXPECT_EQ(values(m, MatrixMeasure::Participants), (Counts{{1, 1, 1}, {1, 0, 0}, {1, 0, 1}}));
    EXPECT_EQ(m.title(), QStringLiteral("Code × nivå"));

    // With every segment's participant given a value, there is no "(no value)" column.
    ASSERT_TRUE(project->codings().remove(project->codings().forCode(m.rows()[1].id).last().id).ok());
    CaseStore &cases = project->cases();
    ASSERT_TRUE(cases
                    .setValue(cases.findByName(QStringLiteral("Cia"))->id,
                              cases.findAttribute(QStringLiteral("nivå"))->id, QStringLiteral("Regional"))
                    .ok());
    const CodeMatrix given = build(MatrixKind::Attribute, QStringLiteral("nivå"));
    EXPECT_EQ(paths(given.columns()),
              (QStringList{QStringLiteral("lokal"), QStringLiteral("regional"), QStringLiteral("Regional")}));
    EXPECT_EQ(values(given, MatrixMeasure::Segments), (Counts{{1, 1, 1}, {2, 0, 0}, {2, 0, 1}}));

    const Result<CodeMatrix> unknown =
        CodeMatrix::build(*project, MatrixKind::Attribute, QStringLiteral("ålder"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error(), QStringLiteral("p.tematik has no case attribute named “ålder”."));
}

TEST_F(Matrix, SourceColumnsAreTheSourcesInOrder)
{
    const CodeMatrix m = build(MatrixKind::Sources);
    EXPECT_EQ(paths(m.columns()), (QStringList{QStringLiteral("intervju"), QStringLiteral("fokusgrupp")}));
    EXPECT_EQ(values(m, MatrixMeasure::Segments), (Counts{{2, 1}, {2, 1}, {2, 1}}));
    EXPECT_EQ(values(m, MatrixMeasure::Participants), (Counts{{2, 1}, {1, 0}, {1, 1}}));
    EXPECT_EQ(m.heat(0, 1, MatrixMeasure::Participants), 0.5);
}

TEST_F(Matrix, AThemeKeepsItsCodesAsRowsAndColumns)
{
    ThemeStore &themes = project->themes();
    const ThemeId dimension = *themes.addDimension(QStringLiteral("Villkor"));
    const ThemeId theme = *themes.addTheme(QStringLiteral("Samarbete över tid"), dimension);
    ASSERT_TRUE(themes.assignCode(project->codes().findByPath(QStringLiteral("Samverkan"))->id, theme).ok());
    ASSERT_TRUE(themes.assignCode(project->codes().findByPath(QStringLiteral("Tid"))->id, theme).ok());
    for (const ThemeId shown : {theme, dimension}) {
        Result<CodeMatrix> m = CodeMatrix::build(*project, MatrixKind::Overlap, {}, shown);
        ASSERT_TRUE(m.ok());
        EXPECT_EQ(paths(m->rows()), (QStringList{QStringLiteral("Samverkan"), QStringLiteral("Tid")}));
        EXPECT_EQ(paths(m->columns()), paths(m->rows()));
        EXPECT_EQ(values(*m, MatrixMeasure::Segments), (Counts{{3, 2}, {2, 3}}));
    }
    Result<CodeMatrix> bySource = CodeMatrix::build(*project, MatrixKind::Sources, {}, theme);
    ASSERT_TRUE(bySource.ok());
    EXPECT_EQ(values(*bySource, MatrixMeasure::Segments), (Counts{{2, 1}, {2, 1}}));
}

TEST_F(Matrix, ReportTableHoldsTheChosenMeasureWithShades)
{
    const ReportTable table = build(MatrixKind::Overlap).toReportTable(MatrixMeasure::Participants);
    EXPECT_EQ(table.title, QStringLiteral("Code × code: overlapping segments"));
    EXPECT_TRUE(table.caption.startsWith(QLatin1String("Each cell: the participants")));
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("Code"), QStringLiteral("Samverkan"),
                                         QStringLiteral("Samverkan / Tillit"), QStringLiteral("Tid")}));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows[2][0].text, QStringLiteral("Tid"));
    EXPECT_FALSE(table.rows[2][0].isShaded());
    EXPECT_EQ(table.rows[2][1].number, 2.0);
    EXPECT_EQ(table.rows[2][1].heat, 1.0);
    EXPECT_FALSE(table.rows[2][3].isShaded()); // the diagonal
    EXPECT_EQ(table.rows[2][2].heat, 0.0);
    EXPECT_TRUE(table.isNumericColumn(1));
}

TEST_F(Matrix, ExportedMatrixReadsBackAndKeepsItsShades)
{
    const ReportTable table =
        build(MatrixKind::Attribute, QStringLiteral("nivå")).toReportTable(MatrixMeasure::Segments);
    const TableWriterRegistry &registry = TableWriterRegistry::standard();

    Result<QByteArray> csv = registry.writerFor(QStringLiteral("m.csv"))->render(table);
    ASSERT_TRUE(csv.ok());
    Result<DataTable> read = CsvReader::read(*csv);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read->header, (QStringList{QStringLiteral("Code"), QStringLiteral("lokal"),
                                         QStringLiteral("regional"), QStringLiteral("(no value)")}));
    EXPECT_EQ(read->rows, (QList<QStringList>{{QStringLiteral("Samverkan"), QStringLiteral("1"),
                                               QStringLiteral("1"), QStringLiteral("1")},
                                              {QStringLiteral("Samverkan / Tillit"), QStringLiteral("2"),
                                               QStringLiteral("0"), QStringLiteral("1")},
                                              {QStringLiteral("Tid"), QStringLiteral("2"),
                                               QStringLiteral("0"), QStringLiteral("1")}}));

    // The strongest cells (2 segments) take the strongest colour, empty ones the lightest.
    const QByteArray strong = ReportCell::heatHex(1.0).toLatin1();
    const QByteArray light = ReportCell::heatHex(0.0).toLatin1();
    EXPECT_EQ(strong, QByteArray("4292C6"));
    EXPECT_EQ(light, QByteArray("F7FBFF"));
    const auto part = [&](const char *extension, const char *entry) {
        Result<QByteArray> bytes =
            registry.writerFor(QStringLiteral("m.") + QLatin1String(extension))->render(table);
        EXPECT_TRUE(bytes.ok());
        Result<ZipArchive> zip = ZipArchive::open(*bytes);
        EXPECT_TRUE(zip.ok());
        Result<QByteArray> content = zip->read(QString::fromLatin1(entry));
        EXPECT_TRUE(content.ok());
        return content.ok() ? *content : QByteArray();
    };
    const QByteArray docx = part("docx", "word/document.xml");
    EXPECT_EQ(docx.count("<w:shd "), 9);
    EXPECT_TRUE(docx.contains(QByteArray("w:fill=\"" + strong + "\"")));
    EXPECT_TRUE(docx.contains(QByteArray("w:fill=\"" + light + "\"")));
    const QByteArray styles = part("xlsx", "xl/styles.xml");
    EXPECT_TRUE(styles.contains(QByteArray("rgb=\"FF" + strong + "\""))) << styles.toStdString();
    EXPECT_TRUE(styles.contains(QByteArray("rgb=\"FF" + light + "\"")));
    const QByteArray odt = part("odt", "content.xml");
    EXPECT_TRUE(odt.contains(QByteArray("fo:background-color=\"#" + strong + "\"")));
    EXPECT_TRUE(odt.contains(QByteArray("table:style-name=\"Cell" + strong + "\"")));
    Result<QByteArray> html = registry.writerFor(QStringLiteral("m.html"))->render(table);
    ASSERT_TRUE(html.ok());
    EXPECT_TRUE(html->contains(QByteArray("<td class=\"num\" style=\"background:#" + strong + "\">2</td>")));
}

TEST(MatrixOnTheDemo, EveryCodingIsCountedOnceOnTheDiagonalAndOncePerSource)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(demo.ok());
    Project &project = **demo;
    const qsizetype codings = project.codings().all().size();
    Result<CodeMatrix> overlap = CodeMatrix::build(project, MatrixKind::Overlap);
    Result<CodeMatrix> sources = CodeMatrix::build(project, MatrixKind::Sources);
    Result<CodeMatrix> level = CodeMatrix::build(project, MatrixKind::Attribute, QStringLiteral("nivå"));
    ASSERT_TRUE(overlap.ok() && sources.ok() && level.ok());
    qsizetype diagonal = 0, bySource = 0, byLevel = 0;
    for (qsizetype r = 0; r < overlap->rows().size(); ++r) {
        diagonal += overlap->cell(r, r).segments;
        for (qsizetype c = 0; c < sources->columns().size(); ++c)
            bySource += sources->cell(r, c).segments;
        for (qsizetype c = 0; c < level->columns().size(); ++c)
            byLevel += level->cell(r, c).segments;
    }
    EXPECT_EQ(diagonal, codings);
    EXPECT_EQ(bySource, codings);
    EXPECT_EQ(byLevel, codings);
}

TEST(MatrixOnTheDemo, PseudonymisedSourceColumnsNameNoSource)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
    ASSERT_TRUE(demo.ok());
    Project &project = **demo;
    Result<CodeMatrix> sources = CodeMatrix::build(project, MatrixKind::Sources);
    ASSERT_TRUE(sources.ok());
    const ReportTable plain = sources->toReportTable(MatrixMeasure::Segments);
    EXPECT_TRUE(plain.header.contains(QStringLiteral("interview-01")));
    const ReportTable hidden =
        sources->toReportTable(MatrixMeasure::Segments, Pseudonyms::build(project, QStringLiteral("pseudonym")));
    ASSERT_EQ(hidden.header.size(), plain.header.size());
    for (const QString &name : hidden.header.mid(1))
        EXPECT_FALSE(name.startsWith(QLatin1String("interview")) || name == QLatin1String("focusgroup")
                     || name == QLatin1String("dialogmote"))
            << name.toStdString();
    // An interview is one participant's: it is named by that participant's pseudonym.
    EXPECT_EQ(hidden.header.at(1), QStringLiteral("Samordnare 1"));
}
