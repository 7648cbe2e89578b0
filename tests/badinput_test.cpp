#include "core/import/sourceimport.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QDir>
#include <QTemporaryDir>

using namespace tematik;

namespace {

class BadInput : public test::ProjectTest
{
protected:
    // Imports bytes written to a file of that name; expects a failure that names the file and says why.
    void expectRefused(const QString &fileName, const QByteArray &bytes, const char *reason)
    {
        const QString path = dir.filePath(fileName);
        test::writeFile(path, bytes);
        expectRefusedPath(path, reason);
    }

    void expectRefusedPath(const QString &path, const char *reason)
    {
        const ProjectCounts before = project->counts();
        Result<ImportReport> r = SourceImport::importFile(*project, path);
        ASSERT_FALSE(r.ok()) << path.toStdString();
        EXPECT_TRUE(r.error().startsWith(QFileInfo(path).fileName() + u':')) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QLatin1String(reason))) << r.error().toStdString();
        const ProjectCounts after = project->counts();
        EXPECT_EQ(after.sources, before.sources);
        EXPECT_EQ(after.turns, before.turns);
        EXPECT_EQ(after.speakers, before.speakers);
    }
};

} // namespace

TEST_F(BadInput, EmptyFile)
{
    expectRefused(QStringLiteral("tom.txt"), {}, "empty");
}

TEST_F(BadInput, WhitespaceOnlyFile)
{
    expectRefused(QStringLiteral("blank.txt"), "\n\n  \r\n", "no text");
}

TEST_F(BadInput, BinaryFile)
{
    QByteArray bytes("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    bytes.append(QByteArray(4000, '\0'));
    expectRefused(QStringLiteral("program.txt"), bytes, "binary");
}

TEST_F(BadInput, TruncatedUtf8)
{
    QByteArray bytes = test::readFile(test::corpusPath(QStringLiteral("interview-05.txt")));
    const qsizetype cut = bytes.lastIndexOf("\xC3");
    ASSERT_GT(cut, 0);
    bytes.truncate(cut + 1);
    expectRefused(QStringLiteral("interview-05-cut.txt"), bytes, "cut short");
}

TEST_F(BadInput, MissingFileAndFolder)
{
    expectRefusedPath(dir.filePath(QStringLiteral("finns-inte.txt")), "no such file");
    QDir(dir.path()).mkdir(QStringLiteral("mapp.txt"));
    expectRefusedPath(dir.filePath(QStringLiteral("mapp.txt")), "folder");
}

TEST_F(BadInput, UnsupportedFormatIsNamed)
{
    QByteArray zip("PK\x03\x04", 4);
    zip.append(QByteArray(100, '\0'));
    expectRefused(QStringLiteral("bilder.zip"), zip, "cannot be imported");
}

TEST_F(BadInput, GoodFilesStillImportAfterABadOne)
{
    expectRefused(QStringLiteral("tom.txt"), {}, "empty");
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-06.txt")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(project->counts().sources, 1);
}

TEST_F(BadInput, DuplicateImportIsKeptUnderANewNameWithAWarning)
{
    Result<ImportReport> a = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-06.txt")));
    Result<ImportReport> b = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-06.txt")));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->sourceName, QStringLiteral("interview-06"));
    EXPECT_EQ(b->sourceName, QStringLiteral("interview-06 (2)"));
    ASSERT_EQ(b->warnings.size(), 1);
    EXPECT_TRUE(b->warnings.first().contains(QLatin1String("imported before")));
}

TEST_F(BadInput, FileOverTheSizeLimit)
{
    ImportOptions small;
    small.maxFileSize = 1024;
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")), small);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().startsWith(QLatin1String("interview-01.txt: ")));
    EXPECT_TRUE(r.error().contains(QLatin1String("over the limit of 1.00 KiB"))) << r.error().toStdString();
    EXPECT_EQ(project->counts().sources, 0);
}

TEST_F(BadInput, TablesAreNotTranscripts)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("participant table"))) << r.error().toStdString();
    EXPECT_EQ(project->counts().sources, 0);
}
