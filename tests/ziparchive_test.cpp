#include "core/import/ziparchive.h"
#include "tests/support/testenvironment.h"

using namespace tematik;

namespace {

QByteArray fixture(const char *name)
{
    return test::readFile(test::dataPath(QStringLiteral("docx/") + QString::fromLatin1(name)));
}

} // namespace

TEST(ZipArchive, ListsAndReadsEntries)
{
    Result<ZipArchive> zip = ZipArchive::open(test::readFile(test::corpusPath(QStringLiteral("interview-05.odt"))));
    ASSERT_TRUE(zip.ok()) << zip.error().toStdString();
    EXPECT_TRUE(zip->entries().contains(QStringLiteral("content.xml")));
    EXPECT_TRUE(zip->contains(QStringLiteral("Thumbnails/thumbnail.png")));
    Result<QByteArray> mimetype = zip->read(QStringLiteral("mimetype"));
    ASSERT_TRUE(mimetype.ok());
    EXPECT_EQ(*mimetype, QByteArray("application/vnd.oasis.opendocument.text"));
    Result<QByteArray> missing = zip->read(QStringLiteral("nothing.xml"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QLatin1String("nothing.xml")));
}

TEST(ZipArchive, RefusesWhatIsNotAZip)
{
    Result<ZipArchive> zip = ZipArchive::open("just some text");
    ASSERT_FALSE(zip.ok());
    EXPECT_TRUE(zip.error().contains(QLatin1String("not a ZIP")));
    EXPECT_FALSE(ZipArchive::open({}).ok());
}

TEST(ZipArchive, RefusesATruncatedContainer)
{
    Result<ZipArchive> zip = ZipArchive::open(fixture("truncated.docx"));
    ASSERT_FALSE(zip.ok());
    EXPECT_TRUE(zip.error().contains(QLatin1String("damaged or incomplete")));
}

TEST(ZipArchive, StopsABombByItsDeclaredSize)
{
    Result<ZipArchive> zip = ZipArchive::open(fixture("bomb.docx"));
    ASSERT_TRUE(zip.ok());
    Result<QByteArray> data = zip->read(QStringLiteral("word/document.xml"));
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(data.error().contains(QLatin1String("would expand to 150 MB")));
}

TEST(ZipArchive, StopsABombThatLiesAboutItsSize)
{
    Result<ZipArchive> zip = ZipArchive::open(fixture("bomb-lying.docx"));
    ASSERT_TRUE(zip.ok());
    Result<QByteArray> data = zip->read(QStringLiteral("word/document.xml"));
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(data.error().contains(QLatin1String("beyond the safe limit"))) << data.error().toStdString();
}
