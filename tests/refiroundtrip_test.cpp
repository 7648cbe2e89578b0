#include "core/demo/demoproject.h"
#include "core/interchange/qdpxexporter.h"
#include "core/interchange/qdpximporter.h"
#include "core/model/code.h"
#include "core/model/coding.h"
#include "core/model/memo.h"
#include "core/model/source.h"
#include "core/model/casedata.h"
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/themestore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "tests/support/testenvironment.h"

#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tematik;

// A project exported as .qdpx and imported into a new project comes back the same.

namespace {

// The demo has no memos: one on each kind of thing a note can be referred to from. A memo on a case
// is not among them: the export refers to it from the project, as the schema gives a Case no NoteRef.
void addMemos(Project &project)
{
    const QList<MemoTarget> targets{MemoTarget::project(),
                                    MemoTarget::source(project.sources().list().first().id),
                                    MemoTarget::code(project.codes().list().first().id),
                                    MemoTarget::coding(project.codings().all().first().id),
                                    MemoTarget::theme(project.themes().list().first().id)};
    int n = 0;
    for (const MemoTarget &target : targets) {
        NewMemo memo;
        memo.target = target;
        // Every other memo has a title; the others show their first line.
        memo.title = ++n % 2 ? QStringLiteral("Memo %1").arg(n) : QString();
        memo.body = QStringLiteral("Line one of memo %1\nline two — ünïcödé 😀").arg(n);
        EXPECT_TRUE(project.memos().add(memo).ok());
    }
}

struct RoundTrip
{
    QTemporaryDir dir;
    std::unique_ptr<Project> original;
    std::unique_ptr<Project> copy;
    InterchangeReport report;

    RoundTrip()
    {
        Result<std::unique_ptr<Project>> demo = DemoProject::create(dir.filePath(QStringLiteral("demo.tematik")));
        EXPECT_TRUE(demo.ok()) << demo.error().toStdString();
        original = std::move(*demo);
        addMemos(*original);
        Result<QByteArray> qdpx = QdpxExporter::write(*original);
        EXPECT_TRUE(qdpx.ok()) << qdpx.error().toStdString();
        Result<std::unique_ptr<Project>> created = Project::create(dir.filePath(QStringLiteral("copy.tematik")));
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        copy = std::move(*created);
        Result<InterchangeReport> imported = QdpxImporter::importBytes(*copy, *qdpx, QStringLiteral("demo.qdpx"));
        EXPECT_TRUE(imported.ok()) << imported.error().toStdString();
        if (imported)
            report = *imported;
    }
};

QString guidOf(const QList<Code> &codes, std::optional<CodeId> id)
{
    for (const Code &code : codes) {
        if (id && code.id == *id)
            return code.guid;
    }
    return {};
}

} // namespace

TEST(RefiRoundTrip, CodesKeepGuidsNamesColoursAndNesting)
{
    RoundTrip trip;
    const QList<Code> before = trip.original->codes().list();
    const QList<Code> after = trip.copy->codes().list();
    ASSERT_EQ(after.size(), before.size());
    QHash<QString, Code> byGuid;
    for (const Code &code : after)
        byGuid.insert(code.guid, code);
    for (const Code &code : before) {
        ASSERT_TRUE(byGuid.contains(code.guid)) << code.name.toStdString();
        const Code &back = byGuid.value(code.guid);
        EXPECT_EQ(back.name, code.name);
        EXPECT_EQ(back.color, code.color);
        EXPECT_EQ(back.description, code.description);
        EXPECT_EQ(guidOf(after, back.parentId), guidOf(before, code.parentId)) << code.name.toStdString();
    }
}

// Sets cannot nest, so the data structure travels as a line in each set's description; it comes back
// whole: dimensions, their themes in order, definitions, GUIDs and each theme's codes.
TEST(RefiRoundTrip, ThemesAndDimensionsKeepTheirStructure)
{
    RoundTrip trip;
    const QList<Theme> before = trip.original->themes().list();
    const QList<Theme> after = trip.copy->themes().list();
    ASSERT_EQ(after.size(), before.size());
    ASSERT_TRUE(std::any_of(before.cbegin(), before.cend(), [](const Theme &t) { return t.parentId.has_value(); }));
    const auto codeGuids = [](Project &project, ThemeId theme) {
        QStringList guids;
        for (CodeId code : project.themes().codesOf(theme))
            guids.append(project.codes().find(code)->guid);
        guids.sort();
        return guids;
    };
    const auto guidOfTheme = [](const QList<Theme> &themes, std::optional<ThemeId> id) {
        for (const Theme &t : themes) {
            if (id && t.id == *id)
                return t.guid;
        }
        return QString();
    };
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Theme &was = before.at(i);
        const Theme &is = after.at(i);
        EXPECT_EQ(is.guid, was.guid) << was.name.toStdString();
        EXPECT_EQ(is.name, was.name);
        EXPECT_EQ(is.kind, was.kind) << was.name.toStdString();
        EXPECT_EQ(is.definition, was.definition) << was.name.toStdString();
        EXPECT_EQ(guidOfTheme(after, is.parentId), guidOfTheme(before, was.parentId)) << was.name.toStdString();
        EXPECT_EQ(codeGuids(*trip.copy, is.id), codeGuids(*trip.original, was.id)) << was.name.toStdString();
    }
    EXPECT_TRUE(trip.report.dropped().filter(QStringLiteral("dimension")).isEmpty()) << trip.report.toText().toStdString();
}

TEST(RefiRoundTrip, SourcesKeepGuidsNamesAndTextsExactly)
{
    RoundTrip trip;
    const QList<SourceInfo> before = trip.original->sources().list();
    const QList<SourceInfo> after = trip.copy->sources().list();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after.at(i).guid, before.at(i).guid);
        EXPECT_EQ(after.at(i).name, before.at(i).name);
        EXPECT_EQ(trip.copy->sources().text(after.at(i).id)->toUtf8(),
                  trip.original->sources().text(before.at(i).id)->toUtf8());
    }
    EXPECT_EQ(trip.copy->counts().turns, trip.original->counts().turns);
}

TEST(RefiRoundTrip, CodingsKeepGuidsSpansCodesCodersAndExemplars)
{
    RoundTrip trip;
    QHash<SourceId, QString> sourceGuids;
    for (const SourceInfo &s : trip.original->sources().list())
        sourceGuids.insert(s.id, s.guid);
    QHash<SourceId, QString> copySourceGuids;
    for (const SourceInfo &s : trip.copy->sources().list())
        copySourceGuids.insert(s.id, s.guid);
    const QList<Code> codesBefore = trip.original->codes().list();
    const QList<Code> codesAfter = trip.copy->codes().list();
    QHash<CoderId, QString> codersBefore;
    for (const CoderInfo &c : trip.original->coders())
        codersBefore.insert(c.id, c.guid);
    QHash<CoderId, QString> codersAfter;
    for (const CoderInfo &c : trip.copy->coders())
        codersAfter.insert(c.id, c.guid);

    QHash<QString, Coding> after;
    for (const Coding &c : trip.copy->codings().all())
        after.insert(c.guid, c);
    const QList<Coding> before = trip.original->codings().all();
    ASSERT_FALSE(before.isEmpty());
    ASSERT_EQ(after.size(), before.size());
    for (const Coding &c : before) {
        ASSERT_TRUE(after.contains(c.guid));
        const Coding &back = after.value(c.guid);
        EXPECT_EQ(copySourceGuids.value(back.sourceId), sourceGuids.value(c.sourceId));
        EXPECT_EQ(back.start, c.start);
        EXPECT_EQ(back.end, c.end);
        EXPECT_EQ(guidOf(codesAfter, back.codeId), guidOf(codesBefore, c.codeId));
        EXPECT_EQ(codersAfter.value(back.coderId), codersBefore.value(c.coderId));
        EXPECT_EQ(back.createdAt.toSecsSinceEpoch(), c.createdAt.toSecsSinceEpoch());
        EXPECT_EQ(back.exemplar, c.exemplar);
    }
    EXPECT_TRUE(trip.report.changed().isEmpty()) << trip.report.toText().toStdString();
}

namespace {

// Each case by GUID: its name, description, values by attribute GUID, and the GUIDs of its sources
// (linked directly or through a speaker, as the export counts them).
QMap<QString, QStringList> casesOf(Project &project)
{
    CaseStore &cases = project.cases();
    QHash<AttributeId, QString> attributes;
    for (const AttributeInfo &a : cases.attributes())
        attributes.insert(a.id, a.guid + QLatin1Char(' ') + a.name + QLatin1Char(' ') + QString::number(int(a.type)));
    QMap<QString, QStringList> result;
    for (const CaseInfo &info : cases.list()) {
        QStringList facts{info.name, info.description};
        const QHash<AttributeId, QString> values = cases.values(info.id);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            facts.append(attributes.value(it.key()) + QLatin1String(" = ") + it.value());
        for (const SourceInfo &source : project.sources().list()) {
            bool linked = cases.casesOfSource(source.id).contains(info.id);
            for (const SpeakerInfo &speaker : cases.speakersOf(source.id))
                linked = linked || speaker.caseId == info.id;
            if (linked)
                facts.append(QLatin1String("source ") + source.guid);
        }
        std::sort(facts.begin() + 2, facts.end());
        result.insert(info.guid, facts);
    }
    return result;
}

} // namespace

TEST(RefiRoundTrip, CasesKeepGuidsValuesAndSources)
{
    RoundTrip trip;
    const QMap<QString, QStringList> before = casesOf(*trip.original);
    ASSERT_FALSE(before.isEmpty());
    // The demo's cases have values and sources, so the comparison is not of empty lists.
    ASSERT_GT(before.first().size(), 3) << before.first().join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(casesOf(*trip.copy), before);
    EXPECT_EQ(trip.copy->cases().attributes().size(), trip.original->cases().attributes().size());
}

namespace {

// Each memo by GUID: its title, body, author's GUID and what it is on, by that thing's GUID.
QMap<QString, QStringList> memosOf(Project &project)
{
    QHash<qint64, QString> coders;
    for (const CoderInfo &c : project.coders())
        coders.insert(c.id, c.guid);
    QMap<QString, QStringList> result;
    for (const ListedMemo &listed : project.memos().list()) {
        const Memo &m = listed.memo;
        QString target = memoTargetKindName(m.target.kind);
        switch (m.target.kind) {
        case MemoTarget::Kind::Source:
            target += project.sources().find(m.target.id)->guid;
            break;
        case MemoTarget::Kind::Code:
            target += project.codes().find(m.target.id)->guid;
            break;
        case MemoTarget::Kind::Coding:
            target += project.codings().find(m.target.id)->guid;
            break;
        case MemoTarget::Kind::Theme:
            target += project.themes().find(m.target.id)->name;
            break;
        case MemoTarget::Kind::Case:
        case MemoTarget::Kind::Project:
            break;
        }
        result.insert(m.guid, {m.title, m.body, coders.value(m.authorId), target});
    }
    return result;
}

} // namespace

TEST(RefiRoundTrip, MemosKeepGuidsTitlesBodiesAuthorsAndTargets)
{
    RoundTrip trip;
    const QMap<QString, QStringList> before = memosOf(*trip.original);
    ASSERT_EQ(before.size(), 5);
    EXPECT_EQ(memosOf(*trip.copy), before);
}

TEST(RefiRoundTrip, ANonEmptyProjectIsRefused)
{
    RoundTrip trip;
    Result<QByteArray> qdpx = QdpxExporter::write(*trip.original);
    ASSERT_TRUE(qdpx.ok());
    Result<InterchangeReport> again = QdpxImporter::importBytes(*trip.copy, *qdpx, QStringLiteral("demo.qdpx"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("demo.qdpx")));
}

namespace {

Result<InterchangeReport> importSample(const QTemporaryDir &dir, const char *name, std::unique_ptr<Project> &project)
{
    Result<std::unique_ptr<Project>> created = Project::create(dir.filePath(QStringLiteral("sample.tematik")));
    EXPECT_TRUE(created.ok());
    project = std::move(*created);
    return QdpxImporter::import(*project, test::dataPath(QStringLiteral("refi-qda/") + QLatin1String(name)));
}

} // namespace

TEST(RefiSamples, AtlasTiProjectImports)
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Result<InterchangeReport> report = importSample(dir, "atlasti-23-target-atlas-project.qdpx", project);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(project->coders().size(), 2);
    EXPECT_TRUE(project->codes().findByPath(QStringLiteral("Commits/2022-05-10T02:05:59Z 19e4dce")).has_value());
    EXPECT_TRUE(report->dropped().isEmpty()) << report->toText().toStdString();
}

// NVivo exports its documents as .docx with an empty .txt beside them: those sources are reported and
// left out, and the rest of the project (a large nested codebook) comes in.
TEST(RefiSamples, NvivoProjectImports)
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Result<InterchangeReport> report = importSample(dir, "nvivo-mac-15-nvivo_project.qdpx", project);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(project->coders().size(), 2);
    EXPECT_TRUE(project->codes().findByPath(QStringLiteral("rq1_definition/concepts/abstraction")).has_value());
    EXPECT_EQ(project->counts().sources, 0);
    ASSERT_EQ(report->dropped().size(), 2);
    EXPECT_TRUE(report->dropped().first().contains(QStringLiteral("has no text")));
}
