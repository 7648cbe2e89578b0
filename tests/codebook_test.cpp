#include "core/import/sourceimport.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/database.h"
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

namespace {

// Every code with its place in the tree and its details, ids and guids included.
QStringList codeRows(Project &project)
{
    QStringList rows;
    for (const Code &c : project.codes().list()) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6|%7|%8|%9")
                        .arg(c.id)
                        .arg(c.guid, QString::number(c.parentId.value_or(0)), QString::number(c.position), c.name,
                             c.description, c.whenToUse, c.whenNotToUse, c.example));
    }
    return rows;
}

QList<CodeId> childrenOf(Project &project, std::optional<CodeId> parent)
{
    QList<CodeId> ids;
    for (const Code &c : project.codes().list()) {
        if (c.parentId == parent)
            ids.append(c.id);
    }
    return ids;
}

} // namespace

TEST_F(Codebook, DetailsAreOneChangeAndSurviveRemoveAndRestore)
{
    const CodeId a = add(QStringLiteral("Tid"));
    QSignalSpy changed(&project->notifier(), &ProjectNotifier::codeChanged);
    const CodeDetails details{QStringLiteral("Tiden räcker inte."), QStringLiteral("När tid nämns som hinder."),
                              QStringLiteral("Inte för arbetstider."),
                              QStringLiteral("”Det finns ingen deadline.”")};
    ASSERT_TRUE(project->codes().setDetails(a, details).ok());
    EXPECT_EQ(changed.count(), 1);
    const Code stored = *project->codes().find(a);
    EXPECT_EQ(stored.details(), details);
    EXPECT_EQ(stored.description, details.description);
    EXPECT_FALSE(project->codes().setDetails(999, details).ok());

    ASSERT_TRUE(project->codes().remove(a).ok());
    ASSERT_TRUE(project->codes().restore({stored}).ok());
    EXPECT_EQ(project->codes().find(a)->details(), details);

    Result<CodeId> b = project->codes().add(NewCode{QStringLiteral("Mandat"), std::nullopt, {}, QStringLiteral("D"),
                                                    QStringLiteral("W"), QStringLiteral("N"), QStringLiteral("E")});
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(project->codes().find(*b)->details(), (CodeDetails{QStringLiteral("D"), QStringLiteral("W"),
                                                                 QStringLiteral("N"), QStringLiteral("E")}));
}

TEST_F(Codebook, MoveReordersAndNestsAndPlaceUndoesIt)
{
    const CodeId a = add(QStringLiteral("A"));
    const CodeId b = add(QStringLiteral("B"));
    const CodeId c = add(QStringLiteral("C"));
    const CodeId b1 = add(QStringLiteral("B1"), b);
    QSignalSpy moved(&project->notifier(), &ProjectNotifier::codeMoved);

    const QStringList before = codeRows(*project);
    Result<QList<CodePlacement>> placed = project->codes().move(c, std::nullopt, 0);
    ASSERT_TRUE(placed.ok()) << placed.error().toStdString();
    EXPECT_EQ(childrenOf(*project, std::nullopt), (QList<CodeId>{c, a, b}));
    EXPECT_EQ(moved.count(), 1);
    ASSERT_EQ(placed->size(), 3); // every top-level code was renumbered
    EXPECT_EQ(placed->first().id, c);
    EXPECT_EQ(placed->first().position, 3);
    ASSERT_TRUE(project->codes().place(*placed).ok());
    EXPECT_EQ(codeRows(*project), before);

    // Onto another code: nested, first or (past the end) last.
    ASSERT_TRUE(project->codes().move(a, b, 0).ok());
    EXPECT_EQ(childrenOf(*project, b), (QList<CodeId>{a, b1}));
    ASSERT_TRUE(project->codes().move(c, b, 99).ok());
    EXPECT_EQ(childrenOf(*project, b), (QList<CodeId>{a, b1, c}));
    EXPECT_EQ(project->codes().path(c), QStringLiteral("B/C"));
    // Back to the top level.
    ASSERT_TRUE(project->codes().move(a, std::nullopt, 1).ok());
    EXPECT_EQ(childrenOf(*project, std::nullopt), (QList<CodeId>{b, a}));

    // Nothing to do: nothing reported, nothing emitted.
    moved.clear();
    Result<QList<CodePlacement>> same = project->codes().move(a, std::nullopt, 1);
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(same->isEmpty());
    EXPECT_EQ(moved.count(), 0);
}

TEST_F(Codebook, MoveRefusesCyclesAndNameClashes)
{
    const CodeId a = add(QStringLiteral("A"));
    const CodeId a1 = add(QStringLiteral("A1"), a);
    const CodeId a11 = add(QStringLiteral("A1"), a1);
    const CodeId b = add(QStringLiteral("B"));
    add(QStringLiteral("A1"), b);
    const QStringList before = codeRows(*project);

    Result<QList<CodePlacement>> r = project->codes().move(a, a, 0);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("under itself or one of its own subcodes")))
        << r.error().toStdString();
    EXPECT_FALSE(project->codes().move(a, a11, 0).ok());
    r = project->codes().move(a1, b, 0);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("There is already a code named “A1” under “B”."));
    r = project->codes().move(a11, std::nullopt, 0);
    ASSERT_TRUE(r.ok()); // no top-level A1 yet
    r = project->codes().move(a1, std::nullopt, 0);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("There is already a code named “A1” at the top level."));
    EXPECT_FALSE(project->codes().move(999, std::nullopt, 0).ok());
    EXPECT_FALSE(project->codes().move(a, CodeId(999), 0).ok());
    EXPECT_NE(codeRows(*project), before); // only the one allowed move happened
    EXPECT_EQ(project->codes().path(a11), QStringLiteral("A1"));
}

TEST_F(Codebook, MergeMovesCodingsChildrenAndMemosWithoutDoubling)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
    ASSERT_TRUE(r.ok());
    const SourceId s = r->sourceId;
    const CodeId time = add(QStringLiteral("Tid"));
    const CodeId time1 = add(QStringLiteral("Deadline"), time);
    const CodeId lack = add(QStringLiteral("Tidsbrist"));
    const CodeId lack1 = add(QStringLiteral("Tidsbrist"), lack); // the merged code's own name, under it
    const CodeId lack2 = add(QStringLiteral("Prioriteringar"), lack);
    const CodingId kept = *project->codings().add(NewCoding{s, time, 10, 20});
    const CodingId duplicate = *project->codings().add(NewCoding{s, lack, 10, 20});
    const CodingId moved = *project->codings().add(NewCoding{s, lack, 30, 40});
    const CodingId childs = *project->codings().add(NewCoding{s, lack1, 10, 20});
    // No memo store yet: a memo on the merged code, written as the memo table takes it.
    const QByteArray memoSql = "INSERT INTO memos (guid, title, code_id, created_at, modified_at) VALUES "
                               "('m1', 'Om tidsbrist', " + QByteArray::number(lack) + ", '2025-01-01', '2025-01-01')";
    ASSERT_TRUE(project->database().exec(memoSql.constData()).ok());
    const QStringList codesBefore = codeRows(*project);
    const QList<Coding> codingsBefore = project->codings().all();

    QSignalSpy removed(&project->notifier(), &ProjectNotifier::codeRemoved);
    QSignalSpy movedCodes(&project->notifier(), &ProjectNotifier::codeMoved);
    Result<CodeMerge> merge = project->codes().merge(lack, time);
    ASSERT_TRUE(merge.ok()) << merge.error().toStdString();
    EXPECT_FALSE(project->codes().find(lack).has_value());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(movedCodes.count(), 2);
    EXPECT_EQ(childrenOf(*project, time), (QList<CodeId>{time1, lack1, lack2}));
    QList<CodingId> codings;
    for (const Coding &c : project->codings().forCode(time))
        codings.append(c.id);
    EXPECT_EQ(codings, (QList<CodingId>{kept, moved}));
    EXPECT_FALSE(project->codings().find(duplicate).has_value());
    EXPECT_EQ(project->codings().find(childs)->codeId, lack1);
    EXPECT_EQ(merge->droppedCodings.size(), 1);
    EXPECT_EQ(merge->movedCodings, QList<CodingId>{moved});
    EXPECT_EQ(merge->movedMemos.size(), 1);
    Result<Statement> memo = project->database().prepare("SELECT code_id FROM memos");
    ASSERT_TRUE(memo.ok() && memo->next());
    EXPECT_EQ(memo->int64(0), time);
    memo = Statement();

    {
        Transaction tx(project->database());
        ASSERT_TRUE(project->codes().unmerge(*merge).ok());
        ASSERT_TRUE(project->codings().restore(merge->droppedCodings).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(codeRows(*project), codesBefore);
    const QList<Coding> codingsAfter = project->codings().all();
    ASSERT_EQ(codingsAfter.size(), codingsBefore.size());
    for (qsizetype i = 0; i < codingsAfter.size(); ++i) {
        EXPECT_EQ(codingsAfter[i].id, codingsBefore[i].id);
        EXPECT_EQ(codingsAfter[i].codeId, codingsBefore[i].codeId);
        EXPECT_EQ(codingsAfter[i].guid, codingsBefore[i].guid);
        EXPECT_EQ(codingsAfter[i].createdAt, codingsBefore[i].createdAt);
    }
    memo = project->database().prepare("SELECT code_id FROM memos");
    ASSERT_TRUE(memo.ok() && memo->next());
    EXPECT_EQ(memo->int64(0), lack);
}

TEST_F(Codebook, MergeRefusesItselfItsSubcodesAndClashingSubcodes)
{
    const CodeId a = add(QStringLiteral("A"));
    const CodeId a1 = add(QStringLiteral("X"), a);
    const CodeId b = add(QStringLiteral("B"));
    add(QStringLiteral("X"), b);
    const QStringList before = codeRows(*project);
    Result<CodeMerge> r = project->codes().merge(a, a);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("itself"))) << r.error().toStdString();
    EXPECT_FALSE(project->codes().merge(a, a1).ok());
    r = project->codes().merge(a, b);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("both have a subcode named “X”"))) << r.error().toStdString();
    EXPECT_FALSE(project->codes().merge(a, 999).ok());
    EXPECT_EQ(codeRows(*project), before);
    // Into its parent is fine: the children move up.
    ASSERT_TRUE(project->codes().merge(a1, a).ok());
    EXPECT_TRUE(childrenOf(*project, a).isEmpty());
}

TEST_F(Codebook, UseWithSubcodesCountsCodingsAndSources)
{
    Result<ImportReport> one = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.txt")));
    Result<ImportReport> two = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-02.txt")));
    ASSERT_TRUE(one.ok() && two.ok());
    const CodeId a = add(QStringLiteral("A"));
    const CodeId a1 = add(QStringLiteral("A1"), a);
    const CodeId b = add(QStringLiteral("B"));
    ASSERT_TRUE(project->codings().add(NewCoding{one->sourceId, a, 0, 5}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{one->sourceId, a1, 5, 9}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{two->sourceId, a1, 5, 9}).ok());
    ASSERT_TRUE(project->codings().add(NewCoding{two->sourceId, b, 5, 9}).ok());
    const CodeUse use = project->codings().useWithSubcodes(a);
    EXPECT_EQ(use.codings, 3);
    EXPECT_EQ(use.sources, 2);
    EXPECT_EQ(project->codings().useWithSubcodes(a1).codings, 2);
    EXPECT_EQ(project->codings().useWithSubcodes(999).codings, 0);
}
