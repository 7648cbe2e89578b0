#include "core/demo/demoproject.h"
#include "core/model/code.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "tests/support/testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tematik;

TEST(DemoProject, BuildsFromTheBundledCorpus)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tematik"));
    Result<std::unique_ptr<Project>> demo = DemoProject::create(path);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const ProjectCounts c = (*demo)->counts();
    EXPECT_EQ(c.sources, 8);
    EXPECT_EQ(c.codes, 20);
    EXPECT_EQ(c.codings, 59);
    EXPECT_EQ(c.themes, 6); // two dimensions and four themes
    EXPECT_EQ(c.cases, 12);
    EXPECT_EQ(c.turns, 30 + 28 + 30 + 28 + 27 + 28 + 70 + 30);

    // Each demo coding covers exactly the quote it was made for.
    QFile specFile(QStringLiteral(":/demo/demo.json"));
    ASSERT_TRUE(specFile.open(QIODevice::ReadOnly));
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
    QStringList quotes;
    for (const QJsonArray &codings : {spec.value(QLatin1String("codings")).toArray(),
                                      spec.value(QLatin1String("analysis"))[QLatin1String("codings")].toArray()}) {
        for (const QJsonValue &v : codings)
            quotes.append(v.toObject().value(QLatin1String("quote")).toString());
    }
    QStringList stored;
    for (const CodedSegment &s : (*demo)->codings().segmentsOf((*demo)->codings().all()))
        stored.append(s.text);
    std::sort(quotes.begin(), quotes.end());
    std::sort(stored.begin(), stored.end());
    EXPECT_EQ(stored, quotes);
}

TEST(DemoProject, DoesNotOverwriteAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tematik"));
    test::writeFile(path, "mine");
    EXPECT_FALSE(DemoProject::create(path).ok());
    EXPECT_EQ(test::readFile(path), QByteArray("mine"));
}

TEST(DemoProject, TheCodedStageHasNoThemesYet)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> demo =
        DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")), DemoProject::Stage::Coded);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const ProjectCounts c = (*demo)->counts();
    EXPECT_EQ(c.sources, 8);
    EXPECT_EQ(c.codes, 12);
    EXPECT_EQ(c.codings, 9);
    EXPECT_EQ(c.themes, 0);
    for (const Coding &coding : (*demo)->codings().all())
        EXPECT_FALSE(coding.exemplar);
}
