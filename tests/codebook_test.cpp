#include "core/import/sourceimport.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/projectnotifier.h"
#include "tests/support/projecttest.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tematik;

namespace {

class Codebook : public test::ProjectTest
{
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        ASSERT_TRUE(project->setCoder(QStringLiteral("Anna")).ok());
    }

    CodeId add(const QString &name, std::optional<CodeId> parent = std::nullopt)
    {
        Result<CodeId> id = project->codes().add(NewCode{name, parent, {}, {}});
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
};

} // namespace

TEST_F(Codebook, TreeOrderAndPaths)
{
    const CodeId time = add(QStringLiteral("Tid och mandat"));
    const CodeId rel = add(QStringLiteral("Relationer"));
    const CodeId deadline = add(QStringLiteral("Deadline vinner"), time);
    const CodeId network = add(QStringLiteral("Nätverk"), rel);
    const QList<Code> codes = project->codes().list();
    ASSERT_EQ(codes.size(), 4);
    EXPECT_EQ(codes[0].id, time);
    EXPECT_EQ(codes[1].id, deadline);
    EXPECT_EQ(codes[2].id, rel);
    EXPECT_EQ(codes[3].id, network);
    EXPECT_EQ(project->codes().path(network), QStringLiteral("Relationer/Nätverk"));
    EXPECT_EQ(project->codes().findByPath(QStringLiteral("Tid och mandat/Deadline vinner"))->id, deadline);
    EXPECT_FALSE(project->codes().findByPath(QStringLiteral("Deadline vinner")).has_value());
    EXPECT_TRUE(codes[0].color.startsWith(u'#'));
}

TEST_F(Codebook, SiblingNamesAreUniqueAndNamesAreChecked)
{
    const CodeId a = add(QStringLiteral("Tid"));
    Result<CodeId> dup = project->codes().add(NewCode{QStringLiteral("Tid"), std::nullopt, {}, {}});
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().contains(QLatin1String("already a code")));
    // The same name under another parent is fine.
    add(QStringLiteral("Tid"), a);
    EXPECT_FALSE(project->codes().add(NewCode{QStringLiteral("  "), std::nullopt, {}, {}}).ok());
    EXPECT_FALSE(project->codes().add(NewCode{QStringLiteral("a/b"), std::nullopt, {}, {}}).ok());
    EXPECT_FALSE(project->codes().add(NewCode{QStringLiteral("Färg"), std::nullopt, QStringLiteral("red"), {}}).ok());
    EXPECT_FALSE(project->codes().add(NewCode{QStringLiteral("X"), CodeId(999), {}, {}}).ok());
}

TEST_F(Codebook, RenameRecolourDescribe)
{
    const CodeId a = add(QStringLiteral("Tid"));
    add(QStringLiteral("Mandat"));
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codeChanged);
    ASSERT_TRUE(project->codes().rename(a, QStringLiteral("Tid och resurser")).ok());
    ASSERT_TRUE(project->codes().setColor(a, QStringLiteral("#AABBCC")).ok());
    ASSERT_TRUE(project->codes().setDescription(a, QStringLiteral("När tiden inte räcker.")).ok());
    EXPECT_FALSE(project->codes().rename(a, QStringLiteral("Mandat")).ok());
    const auto code = project->codes().find(a);
    EXPECT_EQ(code->name, QStringLiteral("Tid och resurser"));
    EXPECT_EQ(code->color, QStringLiteral("#aabbcc"));
    EXPECT_EQ(code->description, QStringLiteral("När tiden inte räcker."));
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(Codebook, SegmentsCarryTheirTextInCodePoints)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-02.txt")));
    ASSERT_TRUE(r.ok());
    const CodeId joy = add(QStringLiteral("Glädje"));
    // "”Äntligen! 😊”": the segment after the emoji must not be shifted by its second UTF-16 unit.
    ASSERT_TRUE(project->codings().add(NewCoding{r->sourceId, joy, 2160, 2173}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{r->sourceId, joy, 2172, 2173}).ok());
    const QList<CodedSegment> segments = project->codings().segmentsOfCode(joy);
    ASSERT_EQ(segments.size(), 2);
    EXPECT_EQ(segments[0].text, QStringLiteral("”Äntligen! 😊”"));
    EXPECT_EQ(segments[1].text, QStringLiteral("”"));
    EXPECT_EQ(segments[0].sourceName, QStringLiteral("interview-02"));
    EXPECT_EQ(segments[0].coding.coderId, project->coder());
}

TEST_F(Codebook, RemovingACodeRemovesItsChildrenAndCodings)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
    ASSERT_TRUE(r.ok());
    const CodeId parent = add(QStringLiteral("Förälder"));
    const CodeId child = add(QStringLiteral("Barn"), parent);
    const CodeId other = add(QStringLiteral("Annan"));
    ASSERT_TRUE(project->codings().add(NewCoding{r->sourceId, child, 10, 20}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{r->sourceId, other, 10, 20}).ok());
    QSignalSpy removed(&project->notifier(), &ProjectNotifier::codeRemoved);
    QSignalSpy codings(&project->notifier(), &ProjectNotifier::codingsChanged);
    ASSERT_TRUE(project->codes().remove(parent).ok());
    EXPECT_EQ(project->codes().list().size(), 1);
    EXPECT_EQ(project->counts().codings, 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(codings.count(), 1);
    EXPECT_FALSE(project->codes().remove(parent).ok());
}

TEST_F(Codebook, CodingRangesAreChecked)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
    ASSERT_TRUE(r.ok());
    const CodeId a = add(QStringLiteral("A"));
    EXPECT_FALSE(project->codings().add(NewCoding{r->sourceId, a, 5, 5}).ok());
    EXPECT_FALSE(project->codings().add(NewCoding{r->sourceId, a, -1, 5}).ok());
    EXPECT_FALSE(project->codings().add(NewCoding{r->sourceId, a, 6000, 6555}).ok());
    EXPECT_TRUE(project->codings().add(NewCoding{r->sourceId, a, 6000, 6554}).ok());
    EXPECT_FALSE(project->codings().add(NewCoding{r->sourceId + 5, a, 0, 1}).ok());
}
