#include "core/import/sourceimport.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/projecttest.h"

#include <QSet>
#include <QTemporaryDir>

using namespace tematik;

namespace {

// The figures of ../shared/corpus/README.md ("Transcripts at a glance" and the encoding rows).
struct CorpusFile
{
    const char *file;
    qint64 codePoints;
    int lines;
    int turns;
    const char *labels; // separated by |
    const char *encoding;
};

const CorpusFile corpus[] = {
    {"interview-01.txt", 6554, 67, 30, "I|IP", "UTF-8"},
    {"interview-02.txt", 6244, 63, 28, "I|IP", "UTF-8"},
    {"interview-02-bom-crlf.txt", 6244, 63, 28, "I|IP", "UTF-8"},
    {"interview-03.txt", 6077, 67, 30, "I|IP", "UTF-8"},
    {"interview-03-cp1252.txt", 6077, 67, 30, "I|IP", "windows-1252"},
    {"interview-04.txt", 5627, 63, 28, "I|IP", "UTF-8"},
    {"interview-05.txt", 5854, 61, 27, "I|IP", "UTF-8"},
    {"interview-06.txt", 5868, 63, 28, "I|IP", "UTF-8"},
    {"focusgroup.txt", 14144, 149, 70,
     "Deltagare 1|Deltagare 2|Deltagare 3|Deltagare 4|Deltagare 5|Moderator", "UTF-8"},
    {"dialogmote.txt", 5470, 66, 30, "Deltagare 2|Forskare|IP1|IP3|IP5|IP6", "UTF-8"},
};

class CorpusImport : public test::ProjectTest, public ::testing::WithParamInterface<CorpusFile>
{
};

} // namespace

TEST_P(CorpusImport, CountsMatchTheCorpusReadme)
{
    const CorpusFile &f = GetParam();
    Result<ImportReport> report = SourceImport::importFile(*project, test::corpusPath(QString::fromLatin1(f.file)));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->codePoints, f.codePoints);
    EXPECT_EQ(report->turns, f.turns);
    EXPECT_TRUE(report->encoding.startsWith(QLatin1String(f.encoding))) << report->encoding.toStdString();

    const auto info = project->sources().find(report->sourceId);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->codePoints, f.codePoints);
    EXPECT_EQ(project->sources().turnCount(info->id), f.turns);
    EXPECT_EQ(info->encoding, QLatin1String(f.encoding));
    EXPECT_EQ(info->fileName, QLatin1String(f.file));
    EXPECT_EQ(info->format, QStringLiteral("txt"));

    Result<QString> text = project->sources().text(report->sourceId);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->count(u'\n'), f.lines);
    EXPECT_EQ(CodePointIndex(*text).codePointCount(), f.codePoints);

    QSet<QString> labels;
    for (const SpeakerTurn &t : project->sources().turns(report->sourceId)) {
        labels.insert(t.speaker);
        EXPECT_LE(t.end, f.codePoints);
    }
    const QStringList expectedLabels = QString::fromUtf8(f.labels).split(u'|');
    EXPECT_EQ(labels, QSet<QString>(expectedLabels.begin(), expectedLabels.end()));

    // The original bytes are kept exactly, with their hash.
    Result<QByteArray> original = project->sources().original(report->sourceId);
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(*original, test::readFile(test::corpusPath(QString::fromLatin1(f.file))));
    EXPECT_EQ(info->contentHash, SourceStore::hashOf(*original));
}

INSTANTIATE_TEST_SUITE_P(EveryTxt, CorpusImport, ::testing::ValuesIn(corpus),
                         [](const ::testing::TestParamInfo<CorpusFile> &param) {
                             QString name = QString::fromLatin1(param.param.file);
                             name.replace(u'-', u'_').replace(u'.', u'_');
                             return name.toStdString();
                         });

TEST(CorpusImportText, StoredTextIsTheFileWithBomAndCrlfGone)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.tematik")));
    ASSERT_TRUE(project.ok());
    Result<ImportReport> plain = SourceImport::importFile(**project, test::corpusPath(QStringLiteral("interview-02.txt")));
    Result<ImportReport> bom = SourceImport::importFile(**project, test::corpusPath(QStringLiteral("interview-02-bom-crlf.txt")));
    Result<ImportReport> cp1252 = SourceImport::importFile(**project, test::corpusPath(QStringLiteral("interview-03-cp1252.txt")));
    ASSERT_TRUE(plain.ok() && bom.ok() && cp1252.ok());
    const QString expected02 = QString::fromUtf8(test::readFile(test::corpusPath(QStringLiteral("interview-02.txt"))));
    EXPECT_EQ(*(*project)->sources().text(plain->sourceId), expected02);
    EXPECT_EQ(*(*project)->sources().text(bom->sourceId), expected02);
    EXPECT_EQ(*(*project)->sources().text(cp1252->sourceId),
              QString::fromUtf8(test::readFile(test::corpusPath(QStringLiteral("interview-03.txt")))));
    // The cp1252 import says its encoding was guessed.
    EXPECT_FALSE(cp1252->warnings.isEmpty());
}

TEST(CorpusImportText, EmojiAndDecomposedOffsetsFromTheReadme)
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.tematik")));
    ASSERT_TRUE(project.ok());
    Result<ImportReport> i02 = SourceImport::importFile(**project, test::corpusPath(QStringLiteral("interview-02-bom-crlf.txt")));
    Result<ImportReport> i04 = SourceImport::importFile(**project, test::corpusPath(QStringLiteral("interview-04.txt")));
    ASSERT_TRUE(i02.ok() && i04.ok());

    // 😊 is at code point 2171 once BOM and CRs are gone (line 23, column 358).
    const QString t02 = *(*project)->sources().text(i02->sourceId);
    const CodePointIndex idx02(t02);
    EXPECT_EQ(CodePointIndex::slice(t02, idx02, 2171, 2172), QStringLiteral("😊"));
    const QStringList lines = t02.split(u'\n');
    EXPECT_EQ(QStringView(lines[22]).toString().toUcs4().indexOf(char32_t(0x1F60A)), 358);
    EXPECT_EQ(CodePointIndex::slice(t02, idx02, 2160, 2173), QStringLiteral("”Äntligen! 😊”"));

    // The decomposed é of "min idé": e at code point 2404, U+0301 at 2405 (line 27, column 371).
    const QString t04 = *(*project)->sources().text(i04->sourceId);
    const CodePointIndex idx04(t04);
    EXPECT_EQ(CodePointIndex::slice(t04, idx04, 2400, 2406), QStringLiteral("n ide\u0301"));
    EXPECT_EQ(t04.split(u'\n')[26].indexOf(QStringLiteral("ide\u0301")) + 2, 371);
    EXPECT_EQ(t04.count(QStringLiteral("id\u00e9")), 1);
}
