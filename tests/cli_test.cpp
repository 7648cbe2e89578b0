#include "core/store/database.h"
#include "core/store/project.h"
#include "tests/support/clirun.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

// tematik-cli as a script would use it: the real executable, its output and its exit status.

namespace {

using tematik::test::cli;
using tematik::test::CliRun;

QJsonDocument json(const CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc;
}

class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = dir.filePath(QStringLiteral("studie.tematik"));
        const CliRun r = cli({QStringLiteral("new"), project});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
    }

    QString corpus(const char *file) const { return tematik::test::corpusPath(QString::fromLatin1(file)); }

    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(Cli, ImportListAndPrintTextExactly)
{
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("import"), project, corpus("interview-02-bom-crlf.txt"),
                 corpus("interview-03-cp1252.txt"), corpus("focusgroup.txt")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray reports = json(r).array();
    ASSERT_EQ(reports.size(), 3);
    EXPECT_EQ(reports[0][QLatin1String("turns")].toInt(), 28);
    EXPECT_TRUE(reports[1][QLatin1String("encoding")].toString().startsWith(QLatin1String("windows-1252")));

    r = cli({QStringLiteral("sources"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    const QJsonArray sources = json(r).array();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_EQ(sources[2][QLatin1String("name")].toString(), QStringLiteral("focusgroup"));
    EXPECT_EQ(sources[2][QLatin1String("codePoints")].toInt(), 14144);
    EXPECT_EQ(sources[2][QLatin1String("turns")].toInt(), 70);
    EXPECT_EQ(sources[1][QLatin1String("encoding")].toString(), QStringLiteral("windows-1252"));

    // `text` prints the stored text byte for byte: the UTF-8 file without BOM and CRs.
    r = cli({QStringLiteral("text"), project, QStringLiteral("interview-02-bom-crlf")});
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.out, tematik::test::readFile(corpus("interview-02.txt")));
    r = cli({QStringLiteral("text"), project, QStringLiteral("interview-03-cp1252.txt")});
    EXPECT_EQ(r.out, tematik::test::readFile(corpus("interview-03.txt")));
}

TEST_F(Cli, TurnsCodesAndCodings)
{
    ASSERT_EQ(cli({QStringLiteral("import"), project, corpus("interview-02.txt")}).status, 0);
    CliRun r = cli({QStringLiteral("turns"), project, QStringLiteral("interview-02"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    const QJsonArray turns = json(r).array();
    ASSERT_EQ(turns.size(), 28);
    EXPECT_EQ(turns[1][QLatin1String("speaker")].toString(), QStringLiteral("IP"));

    ASSERT_EQ(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Känslor")}).status, 0);
    r = cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Känslor/Glädje"),
             QStringLiteral("--color"), QStringLiteral("#ffd166")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--coder"), QStringLiteral("Anna"), QStringLiteral("code"), project,
             QStringLiteral("interview-02"), QStringLiteral("Känslor/Glädje"), QStringLiteral("2160"), QStringLiteral("2173")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();

    r = cli({QStringLiteral("codings"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    const QJsonArray codings = json(r).array();
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings[0][QLatin1String("code")].toString(), QStringLiteral("Känslor/Glädje"));
    EXPECT_EQ(codings[0][QLatin1String("source")].toString(), QStringLiteral("interview-02"));
    EXPECT_EQ(codings[0][QLatin1String("start")].toInt(), 2160);
    EXPECT_EQ(codings[0][QLatin1String("end")].toInt(), 2173);
    EXPECT_EQ(codings[0][QLatin1String("text")].toString(), QStringLiteral("”Äntligen! 😊”"));

    r = cli({QStringLiteral("codings"), project});
    EXPECT_EQ(QString::fromUtf8(r.out), QStringLiteral("interview-02\tKänslor/Glädje\t2160\t2173\t”Äntligen! 😊”\n"));

    r = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    const QJsonObject info = json(r).object();
    EXPECT_EQ(info[QLatin1String("sources")].toInt(), 1);
    EXPECT_EQ(info[QLatin1String("codes")].toInt(), 2);
    EXPECT_EQ(info[QLatin1String("codings")].toInt(), 1);
    EXPECT_EQ(info[QLatin1String("turns")].toInt(), 28);
    EXPECT_EQ(info[QLatin1String("coders")].toInt(), 1);
}

TEST_F(Cli, CodebookDescribeMoveAndMerge)
{
    ASSERT_EQ(cli({QStringLiteral("import"), project, corpus("interview-01.txt")}).status, 0);
    for (const char *path : {"Tid", "Tid/Deadline", "Tidsbrist", "Tidsbrist/Prioriteringar", "Relationer"})
        ASSERT_EQ(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QString::fromUtf8(path)}).status, 0);
    for (const char *code : {"Tid", "Tidsbrist"}) {
        CliRun r = cli({QStringLiteral("code"), project, QStringLiteral("interview-01"), QString::fromUtf8(code),
                        QStringLiteral("100"), QStringLiteral("150")});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
    }

    CliRun r = cli({QStringLiteral("codes"), QStringLiteral("describe"), project, QStringLiteral("Tid"),
                    QStringLiteral("--definition"), QStringLiteral("När tiden inte räcker."), QStringLiteral("--when"),
                    QStringLiteral("Tid som hinder."), QStringLiteral("--example"), QStringLiteral("”Ingen deadline.”")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    // Only what is given changes.
    r = cli({QStringLiteral("codes"), QStringLiteral("describe"), project, QStringLiteral("Tid"),
             QStringLiteral("--when-not"), QStringLiteral("Arbetstider.")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();

    r = cli({QStringLiteral("codes"), QStringLiteral("move"), project, QStringLiteral("Relationer"),
             QStringLiteral("--top"), QStringLiteral("--position"), QStringLiteral("1")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("codes"), QStringLiteral("move"), project,
             QStringLiteral("Tidsbrist/Prioriteringar"), QStringLiteral("--parent"), QStringLiteral("Relationer")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).object()[QLatin1String("path")].toString(), QStringLiteral("Relationer/Prioriteringar"));

    r = cli({QStringLiteral("--json"), QStringLiteral("codes"), QStringLiteral("merge"), project,
             QStringLiteral("Tidsbrist"), QStringLiteral("Tid")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject merged = json(r).object();
    EXPECT_EQ(merged[QLatin1String("movedCodings")].toInt(), 0);
    EXPECT_EQ(merged[QLatin1String("droppedCodings")].toInt(), 1); // Tid had coded the same words

    r = cli({QStringLiteral("codes"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    const QJsonArray codes = json(r).array();
    QStringList paths;
    for (const QJsonValue &c : codes)
        paths.append(c[QLatin1String("path")].toString());
    EXPECT_EQ(paths, (QStringList{QStringLiteral("Relationer"), QStringLiteral("Relationer/Prioriteringar"),
                                  QStringLiteral("Tid"), QStringLiteral("Tid/Deadline")}));
    const QJsonObject tid = codes[2].toObject();
    EXPECT_EQ(tid[QLatin1String("description")].toString(), QStringLiteral("När tiden inte räcker."));
    EXPECT_EQ(tid[QLatin1String("whenToUse")].toString(), QStringLiteral("Tid som hinder."));
    EXPECT_EQ(tid[QLatin1String("whenNotToUse")].toString(), QStringLiteral("Arbetstider."));
    EXPECT_EQ(tid[QLatin1String("example")].toString(), QStringLiteral("”Ingen deadline.”"));
    EXPECT_EQ(tid[QLatin1String("codings")].toInt(), 1);

    // Refusals: one line on stderr and status 1; bad usage status 2.
    r = cli({QStringLiteral("codes"), QStringLiteral("move"), project, QStringLiteral("Relationer"),
             QStringLiteral("--parent"), QStringLiteral("Relationer/Prioriteringar")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    r = cli({QStringLiteral("codes"), QStringLiteral("merge"), project, QStringLiteral("Tid"), QStringLiteral("Tid")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(cli({QStringLiteral("codes"), QStringLiteral("move"), project, QStringLiteral("Tid")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("codes"), QStringLiteral("move"), project, QStringLiteral("Tid"), QStringLiteral("--top"),
                   QStringLiteral("--position"), QStringLiteral("0")})
                  .status,
              2);
    EXPECT_EQ(cli({QStringLiteral("codes"), QStringLiteral("describe"), project, QStringLiteral("Tid")}).status, 2);
}

TEST_F(Cli, BadInputGivesOneLineAndNonZeroStatus)
{
    const QString empty = dir.filePath(QStringLiteral("tom.txt"));
    tematik::test::writeFile(empty, {});
    CliRun r = cli({QStringLiteral("import"), project, empty, corpus("interview-01.txt")});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("tom.txt"))) << r.err.toStdString();
    // The good file in the same batch was imported.
    r = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    EXPECT_EQ(json(r).object()[QLatin1String("sources")].toInt(), 1);

    r = cli({QStringLiteral("sources"), empty});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("not a Tematik project"))) << r.err.toStdString();

    r = cli({QStringLiteral("text"), project, QStringLiteral("finns-inte")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("finns-inte")));

    r = cli({QStringLiteral("code"), project, QStringLiteral("interview-01"), QStringLiteral("Saknas"),
             QStringLiteral("0"), QStringLiteral("5")});
    EXPECT_EQ(r.status, 1);

    r = cli({QStringLiteral("new"), project});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("already exists")));

    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).status, 2);
    EXPECT_EQ(cli({}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("text"), project}).status, 2);
}

TEST_F(Cli, FormatsAndDemo)
{
    CliRun r = cli({QStringLiteral("formats"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(json(r).array()[0][QLatin1String("id")].toString(), QStringLiteral("txt"));
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    r = cli({QStringLiteral("info"), demo, QStringLiteral("--json")});
    EXPECT_EQ(json(r).object()[QLatin1String("sources")].toInt(), 8);
}

// A process killed in the middle of an import leaves a project that opens, passes SQLite's integrity
// check, and holds only whole sources: each with all its text and turns, or not at all.
TEST_F(Cli, KilledImportLeavesOnlyWholeSources)
{
    QStringList args{QStringLiteral("import"), project};
    for (int i = 0; i < 30; ++i)
        args.append(corpus(i % 2 ? "focusgroup.txt" : "interview-01.txt"));
    for (const int delayMs : {40, 90, 160}) {
        QProcess p;
        p.start(QStringLiteral(TEMATIK_CLI), args);
        ASSERT_TRUE(p.waitForStarted());
        QThread::msleep(delayMs);
        p.kill(); // SIGKILL
        p.waitForFinished();
    }
    CliRun r = cli({QStringLiteral("sources"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray sources = json(r).array();
    for (const QJsonValue &s : sources) {
        const bool focus = s[QLatin1String("file")].toString() == QLatin1String("focusgroup.txt");
        EXPECT_EQ(s[QLatin1String("codePoints")].toInt(), focus ? 14144 : 6554);
        EXPECT_EQ(s[QLatin1String("turns")].toInt(), focus ? 70 : 30);
        CliRun text = cli({QStringLiteral("text"), project, QString::number(s[QLatin1String("id")].toInt())});
        EXPECT_EQ(text.out, tematik::test::readFile(corpus(focus ? "focusgroup.txt" : "interview-01.txt")));
    }
    auto opened = tematik::Project::open(project);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    tematik::Result<tematik::Statement> check = (*opened)->database().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok() && check->next());
    EXPECT_EQ(check->text(0), QStringLiteral("ok"));
    std::printf("[          ] %lld whole sources survived three kills\n", static_cast<long long>(sources.size()));
}

TEST_F(Cli, CasesSpeakersAndSurveys)
{
    ASSERT_EQ(cli({QStringLiteral("import"), project, corpus("interview-01.txt"), corpus("meeting.srt")}).status, 0);
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("cases"), QStringLiteral("import"), project, corpus("participants.csv")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).object()[QLatin1String("added")].toInt(), 12);
    EXPECT_EQ(json(r).object()[QLatin1String("speakersLinked")].toInt(), 2); // IP → IP1, Samordnare 7 → IP7

    r = cli({QStringLiteral("speakers"), project, QStringLiteral("meeting"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    QHash<QString, QJsonValue> links;
    for (const QJsonValue &s : json(r).array())
        links.insert(s[QLatin1String("label")].toString(), s[QLatin1String("case")]);
    EXPECT_EQ(links.value(QStringLiteral("Samordnare 7")).toString(), QStringLiteral("IP7"));
    EXPECT_TRUE(links.value(QStringLiteral("Anna Lindqvist")).isNull());

    r = cli({QStringLiteral("speakers"), QStringLiteral("link"), project, QStringLiteral("meeting"),
             QStringLiteral("Anna Lindqvist"), QStringLiteral("IP2")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("speakers"), project, QStringLiteral("meeting")});
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("Anna Lindqvist\tIP2\t")));
    EXPECT_EQ(cli({QStringLiteral("speakers"), QStringLiteral("link"), project, QStringLiteral("meeting"),
                   QStringLiteral("Anna Lindqvist"), QStringLiteral("IP99")}).status, 1);

    r = cli({QStringLiteral("cases"), project, QStringLiteral("--json")});
    const QJsonArray cases = json(r).array();
    ASSERT_EQ(cases.size(), 12);
    for (const QJsonValue &c : cases) {
        // IP4's kön is missing data; everyone else's is a value.
        const bool missing = c[QLatin1String("attributes")][QStringLiteral("kön")].isNull();
        EXPECT_EQ(missing, c[QLatin1String("name")].toString() == QLatin1String("IP4")) << c[QLatin1String("name")].toString().toStdString();
    }

    r = cli({QStringLiteral("survey"), QStringLiteral("import"), project,
             tematik::test::dataPath(QStringLiteral("tables/survey.csv")), QStringLiteral("--text-columns"),
             QStringLiteral("Vad saknar du?"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).object()[QLatin1String("answers")].toInt(), 2);
    EXPECT_EQ(cli({QStringLiteral("survey"), QStringLiteral("import"), project, corpus("participants.csv")}).status, 2);
}

TEST_F(Cli, MemosOnTheProjectASourceAndACode)
{
    ASSERT_EQ(cli({QStringLiteral("import"), project, corpus("interview-02.txt")}).status, 0);
    ASSERT_EQ(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Känslor")}).status, 0);
    CliRun r = cli({QStringLiteral("memos"), QStringLiteral("add"), project, QStringLiteral("Forskningsfrågan\nskärps")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--coder"), QStringLiteral("Anna"), QStringLiteral("memos"), QStringLiteral("add"), project,
             QStringLiteral("Lång paus före svaret."), QStringLiteral("--source"), QStringLiteral("interview-02")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("memos"), QStringLiteral("add"), project, QStringLiteral("--code"), QStringLiteral("Känslor"),
             QStringLiteral("Gränsfall"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).object()[QLatin1String("id")].toInt(), 3);

    r = cli({QStringLiteral("memos"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    const QJsonArray memos = json(r).array();
    ASSERT_EQ(memos.size(), 3);
    EXPECT_EQ(memos[0][QLatin1String("target")][QLatin1String("kind")].toString(), QStringLiteral("project"));
    EXPECT_EQ(memos[0][QLatin1String("body")].toString(), QStringLiteral("Forskningsfrågan\nskärps"));
    EXPECT_EQ(memos[1][QLatin1String("target")][QLatin1String("kind")].toString(), QStringLiteral("source"));
    EXPECT_EQ(memos[1][QLatin1String("target")][QLatin1String("name")].toString(), QStringLiteral("interview-02"));
    EXPECT_EQ(memos[1][QLatin1String("kind")].toString(), QStringLiteral("analytic"));
    EXPECT_EQ(memos[2][QLatin1String("target")][QLatin1String("name")].toString(), QStringLiteral("Känslor"));

    r = cli({QStringLiteral("memos"), project});
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("1\tproject\t"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("\tForskningsfrågan"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("2\tsource\tinterview-02\t"))) << lines[1].toStdString();

    EXPECT_EQ(cli({QStringLiteral("memos"), QStringLiteral("add"), project, QStringLiteral("x"), QStringLiteral("--code"),
                   QStringLiteral("Saknas")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("memos"), QStringLiteral("add"), project, QStringLiteral("x"), QStringLiteral("--source"),
                   QStringLiteral("finns-inte")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("memos"), QStringLiteral("add"), project, QStringLiteral("x"), QStringLiteral("--code"),
                   QStringLiteral("Känslor"), QStringLiteral("--source"), QStringLiteral("interview-02")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("memos"), QStringLiteral("add"), project}).status, 2);
    r = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    EXPECT_EQ(json(r).object()[QLatin1String("memos")].toInt(), 3);
}

TEST_F(Cli, ThemesDimensionsAndSegments)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo, QStringLiteral("--coded")}).status, 0);
    CliRun r = cli({QStringLiteral("dimensions"), QStringLiteral("add"), demo, QStringLiteral("Villkor")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("themes"), QStringLiteral("add"), demo, QStringLiteral("Tid"), QStringLiteral("--dimension"),
             QStringLiteral("Villkor"), QStringLiteral("--definition"), QStringLiteral("Tiden räcker inte.")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("themes"), QStringLiteral("add"), demo, QStringLiteral("Ensam")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("themes"), QStringLiteral("add"), demo, QStringLiteral("Tid"), QStringLiteral("--dimension"),
                   QStringLiteral("Villkor")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("themes"), QStringLiteral("add"), demo, QStringLiteral("X"), QStringLiteral("--dimension"),
                   QStringLiteral("Saknas")}).status, 1);

    const QString code = QStringLiteral("Tid och mandat/För lite tid för uppdraget");
    r = cli({QStringLiteral("themes"), QStringLiteral("assign"), demo, code, QStringLiteral("Tid")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("themes"), QStringLiteral("assign"), demo, code, QStringLiteral("Villkor")}).status, 1);
    r = cli({QStringLiteral("themes"), QStringLiteral("status"), demo, QStringLiteral("Tid"), QStringLiteral("reviewed")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("themes"), QStringLiteral("status"), demo, QStringLiteral("Tid"), QStringLiteral("klar")}).status, 2);

    r = cli({QStringLiteral("codings"), demo, QStringLiteral("--json")});
    int codings = 0;
    for (const QJsonValue &c : json(r).array())
        codings += c[QLatin1String("code")].toString() == code ? 1 : 0;
    ASSERT_GT(codings, 0);

    r = cli({QStringLiteral("themes"), demo, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray tree = json(r).array();
    ASSERT_EQ(tree.size(), 2);
    EXPECT_EQ(tree[0][QLatin1String("kind")].toString(), QStringLiteral("dimension"));
    EXPECT_EQ(tree[0][QLatin1String("codings")].toInt(), codings);
    const QJsonObject time = tree[0][QLatin1String("themes")][0].toObject();
    EXPECT_EQ(time[QLatin1String("name")].toString(), QStringLiteral("Tid"));
    EXPECT_EQ(time[QLatin1String("status")].toString(), QStringLiteral("reviewed"));
    EXPECT_EQ(time[QLatin1String("definition")].toString(), QStringLiteral("Tiden räcker inte."));
    EXPECT_EQ(time[QLatin1String("codes")][0][QLatin1String("path")].toString(), code);
    EXPECT_EQ(tree[1][QLatin1String("name")].toString(), QStringLiteral("Ensam"));
    r = cli({QStringLiteral("themes"), demo});
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("dimension\tVillkor\tcandidate\t")))
        << r.out.toStdString();

    r = cli({QStringLiteral("segments"), demo, QStringLiteral("--theme"), QStringLiteral("Tid"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray segments = json(r).array();
    EXPECT_EQ(segments.size(), codings);
    for (const QJsonValue &s : segments) {
        EXPECT_FALSE(s[QLatin1String("text")].toString().isEmpty());
        EXPECT_EQ(s[QLatin1String("code")].toString(), code);
    }
    r = cli({QStringLiteral("segments"), demo, QStringLiteral("--dimension"), QStringLiteral("Villkor")});
    EXPECT_EQ(QString::fromUtf8(r.out).count(u'\n'), codings);
    r = cli({QStringLiteral("segments"), demo, QStringLiteral("--code"), code, QStringLiteral("--attribute"),
             QStringLiteral("nivå=ingen sådan"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(json(r).array().isEmpty());
    r = cli({QStringLiteral("segments"), demo, QStringLiteral("--theme"), QStringLiteral("Tid"), QStringLiteral("--exemplars")});
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("segments"), demo}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("segments"), demo, QStringLiteral("--theme"), QStringLiteral("Villkor")}).status, 1);

    r = cli({QStringLiteral("themes"), QStringLiteral("assign"), demo, code, QStringLiteral("--none")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("segments"), demo, QStringLiteral("--theme"), QStringLiteral("Tid")});
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, SearchPrintsLinesInContextAndCodesEveryHit)
{
    ASSERT_EQ(cli({QStringLiteral("import"), project, corpus("interview-02.txt"), corpus("interview-04.txt")}).status, 0);
    CliRun r = cli({QStringLiteral("search"), project, QStringLiteral("ÄNTLIGEN"), QStringLiteral("--context"),
                    QStringLiteral("10")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral("interview-02\t2161\t2169\tIP\ttade med ”[Äntligen]! \U0001F60A” – och\n"));

    r = cli({QStringLiteral("--json"), QStringLiteral("search"), project, QStringLiteral("idé")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray hits = json(r).array();
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0][QLatin1String("source")].toString(), QStringLiteral("interview-04"));
    EXPECT_EQ(hits[0][QLatin1String("start")].toInt(), 2402);
    EXPECT_EQ(hits[0][QLatin1String("end")].toInt(), 2406);

    ASSERT_EQ(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Idéer")}).status, 0);
    r = cli({QStringLiteral("search"), project, QStringLiteral("idé"), QStringLiteral("--code"), QStringLiteral("Idéer")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("codings"), project});
    const QJsonArray codings = json(r).array();
    ASSERT_EQ(codings.size(), 2);
    EXPECT_EQ(codings[1][QLatin1String("start")].toInt(), 3583);
    EXPECT_EQ(codings[1][QLatin1String("code")].toString(), QStringLiteral("Idéer"));

    EXPECT_EQ(cli({QStringLiteral("search"), project, QStringLiteral("idé"), QStringLiteral("--code"),
                   QStringLiteral("Saknas")}).status, 1);
    EXPECT_EQ(cli({QStringLiteral("search"), project}).status, 2);
}

TEST_F(Cli, ExportsTheCodebookAndParticipantTables)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    const QString codebook = dir.filePath(QStringLiteral("kodbok.csv"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("codebook"), codebook});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QByteArray csv = tematik::test::readFile(codebook);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF" "Code,Definition,When to use,When not to use,Example,Codings,Sources\r\n"));
    EXPECT_TRUE(QString::fromUtf8(csv).contains(QStringLiteral("\r\nTid och mandat / Mandatet måste förtjänas,")));
    for (const char *extension : {"xlsx", "docx", "odt", "html", "md"}) {
        const QString out = dir.filePath(QStringLiteral("tabell1.") + QString::fromLatin1(extension));
        r = cli({QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("participants"), out});
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_FALSE(tematik::test::readFile(out).isEmpty()) << extension;
    }
    r = cli({QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("codebook"), dir.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.pdf"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("codebook"),
             dir.filePath(QStringLiteral("saknas/kodbok.docx"))});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("kodbok.docx"))) << r.err.toStdString();
}

TEST_F(Cli, MeetingsAndFeedbackFromMemberChecking)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    const QString theme = QStringLiteral("Samordning som relationsarbete");
    CliRun r = cli({QStringLiteral("meetings"), QStringLiteral("add"), demo, QStringLiteral("Dialogmöte"),
                    QStringLiteral("--date"), QStringLiteral("2026-03-12"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).object()[QLatin1String("id")].toInt(), 1);
    r = cli({QStringLiteral("meetings"), QStringLiteral("add"), demo, QStringLiteral("Uppföljning"), QStringLiteral("--date"),
             QStringLiteral("2026-04-02")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out), QStringLiteral("Added meeting 2\n"));
    EXPECT_EQ(cli({QStringLiteral("meetings"), QStringLiteral("add"), demo, QStringLiteral("Utan datum")}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("meetings"), QStringLiteral("add"), demo, QStringLiteral("Fel datum"),
                   QStringLiteral("--date"), QStringLiteral("2026-13-01")}).status, 2);

    r = cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("Dialogmöte"), theme,
             QStringLiteral("Stämmer, men personberoende"), QStringLiteral("--verdict"), QStringLiteral("confirmed")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("2"), theme,
             QStringLiteral("Nu mer formaliserat")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("Uppföljning"), QStringLiteral("-"),
             QStringLiteral("Ekonomin saknas")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    r = cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("Möte som inte finns"), theme,
             QStringLiteral("x")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Möte som inte finns"))) << r.err.toStdString();
    r = cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("1"), QStringLiteral("Inget tema"),
             QStringLiteral("x")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Inget tema"))) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("feedback"), QStringLiteral("add"), demo, QStringLiteral("1"), theme, QStringLiteral("x"),
                   QStringLiteral("--verdict"), QStringLiteral("kanske")}).status, 2);

    r = cli({QStringLiteral("memos"), demo, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray memos = json(r).array();
    const QJsonValue remark = memos[memos.size() - 3];
    EXPECT_EQ(remark[QLatin1String("kind")].toString(), QStringLiteral("member_check"));
    EXPECT_EQ(remark[QLatin1String("target")][QLatin1String("name")].toString(), theme);
    EXPECT_EQ(remark[QLatin1String("meeting")].toInt(), 1);
    EXPECT_EQ(memos[memos.size() - 1][QLatin1String("target")][QLatin1String("kind")].toString(), QStringLiteral("project"));
    EXPECT_EQ(memos[memos.size() - 1][QLatin1String("meeting")].toInt(), 2);

    r = cli({QStringLiteral("meetings"), demo, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray meetings = json(r).array();
    ASSERT_EQ(meetings.size(), 2);
    EXPECT_EQ(meetings[0][QLatin1String("title")].toString(), QStringLiteral("Dialogmöte"));
    EXPECT_EQ(meetings[0][QLatin1String("date")].toString(), QStringLiteral("2026-03-12"));
    EXPECT_EQ(meetings[0][QLatin1String("themes")].toArray().size(), 4);
    EXPECT_EQ(meetings[0][QLatin1String("verdicts")][theme].toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(meetings[0][QLatin1String("remarks")].toInt(), 1);
    EXPECT_EQ(meetings[1][QLatin1String("remarks")].toInt(), 2);
    r = cli({QStringLiteral("meetings"), demo});
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("1\t2026-03-12\tDialogmöte\t"))) << r.out.toStdString();

    const QString first = QStringLiteral("Dialogmöte (%1)").arg(QLocale().toString(QDate(2026, 3, 12), QLocale::ShortFormat));
    const QString second = QStringLiteral("Uppföljning (%1)").arg(QLocale().toString(QDate(2026, 4, 2), QLocale::ShortFormat));
    r = cli({QStringLiteral("feedback"), demo});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QString table = QString::fromUtf8(r.out);
    EXPECT_TRUE(table.contains(QStringLiteral("| Relationell praktik | %1 | %2 | Confirmed | Stämmer, men personberoende |")
                                   .arg(theme, first)))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("|  | Whole meeting | %1 |  | Ekonomin saknas |").arg(second)))
        << table.toStdString();

    const QString out = dir.filePath(QStringLiteral("återkoppling.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("member-checking"), out});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QStringList rows = QString::fromUtf8(tematik::test::readFile(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], QStringLiteral("Dimension,Theme,Meeting,Verdict,Feedback"));
    EXPECT_EQ(rows[2], QStringLiteral("Relationell praktik,%1,%2,,Nu mer formaliserat").arg(theme, second));
}

TEST_F(Cli, ExportsFiguresAsSvg)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    ASSERT_EQ(
        cli({QStringLiteral("dimensions"), QStringLiteral("add"), demo, QStringLiteral("Villkor")}).status,
        0);
    ASSERT_EQ(cli({QStringLiteral("themes"), QStringLiteral("add"), demo, QStringLiteral("Tidsbrist"),
                   QStringLiteral("--dimension"), QStringLiteral("Villkor")})
                  .status,
              0);
    ASSERT_EQ(cli({QStringLiteral("themes"), QStringLiteral("assign"), demo,
                   QStringLiteral("Tid och mandat/För lite tid för uppdraget"), QStringLiteral("Tidsbrist")})
                  .status,
              0);

    for (const char *kind : {"data-structure", "thematic-map", "bars-themes", "bars-attribute"}) {
        const QString out = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".svg"));
        const CliRun r =
            cli({QStringLiteral("export"), QStringLiteral("figure"), demo, QString::fromLatin1(kind), out,
                 QStringLiteral("--attribute"), QStringLiteral("nivå")});
        ASSERT_EQ(r.status, 0) << kind << ": " << r.err.toStdString();
        const QString svg = QString::fromUtf8(tematik::test::readFile(out));
        EXPECT_TRUE(svg.contains(QStringLiteral("<svg"))) << kind;
        EXPECT_TRUE(svg.contains(QStringLiteral("Tidsbrist"))) << kind;
    }
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("figure"), demo,
                    QStringLiteral("data-structure"), dir.filePath(QStringLiteral("figur.png"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("figur.png")) && r.err.contains(QStringLiteral("SVG")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("figur.png"))));
    r = cli({QStringLiteral("export"), QStringLiteral("figure"), demo, QStringLiteral("pie"),
             dir.filePath(QStringLiteral("f.svg"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("data-structure"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("figure"), demo, QStringLiteral("bars-attribute"),
             dir.filePath(QStringLiteral("f.svg"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--attribute"))) << r.err.toStdString();
    // The empty project has nothing to draw: an error, and no file.
    r = cli({QStringLiteral("export"), QStringLiteral("figure"), project, QStringLiteral("thematic-map"),
             dir.filePath(QStringLiteral("tom.svg"))});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("studie.tematik"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("tom.svg"))));
    // segments still needs NAME=VALUE.
    EXPECT_EQ(cli({QStringLiteral("segments"), demo, QStringLiteral("--theme"), QStringLiteral("Tidsbrist"),
                   QStringLiteral("--attribute"), QStringLiteral("nivå")})
                  .status,
              2);
}

TEST_F(Cli, ExportsCodeMatrices)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    const QString byLevel = dir.filePath(QStringLiteral("niva.csv"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("attribute"), byLevel,
                    QStringLiteral("--attribute"), QStringLiteral("nivå"), QStringLiteral("--measure"),
                    QStringLiteral("participants")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QByteArray bytes = tematik::test::readFile(byLevel);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "Code,delregional,lokal,regional\r\n")) << bytes.toStdString();
    const QString csv = QString::fromUtf8(bytes);
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\nTid och mandat / Mandatet måste förtjänas,"))) << csv.toStdString();
    for (const char *kind : {"overlap", "same-turn", "sources"}) {
        const QString out = dir.filePath(QStringLiteral("matris-") + QString::fromLatin1(kind) + QStringLiteral(".xlsx"));
        r = cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QString::fromLatin1(kind), out});
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_FALSE(tematik::test::readFile(out).isEmpty()) << kind;
    }

    const QString out = dir.filePath(QStringLiteral("m.csv"));
    r = cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("attribute"), out});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--attribute NAME"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("attribute"), out,
             QStringLiteral("--attribute"), QStringLiteral("ålder")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("“ålder”"))) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("diagonal"), out}).status, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("sources"), out,
                   QStringLiteral("--measure"), QStringLiteral("turns")}).status, 2);
    r = cli({QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("sources"), out,
             QStringLiteral("--theme"), QStringLiteral("Saknas")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("“Saknas”"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(Cli, ImportCodebookPrintsWhatWasKeptChangedAndDropped)
{
    const QString qdc = tematik::test::dataPath(QStringLiteral("refi-qda/taguette-1.4.1-codebook.qdc"));
    CliRun r = cli({QStringLiteral("import"), project, qdc});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QLatin1String("Kept 3, changed 0, dropped 1."))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("<Sets> element is empty"))) << r.out.toStdString();

    r = cli({QStringLiteral("--json"), QStringLiteral("import"), project, qdc});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonArray reports = json(r).array();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0][QLatin1String("kept")].toArray().size(), 3);
    EXPECT_TRUE(reports[0][QLatin1String("kept")][0].toString().contains(QLatin1String("merged")));

    r = cli({QStringLiteral("codes"), project, QStringLiteral("--json")});
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(json(r).array().size(), 3);

    const QString broken = dir.filePath(QStringLiteral("broken.qdc"));
    tematik::test::writeFile(broken, QByteArray("<CodeBook><Codes><Code name=\"A\"></Codes></CodeBook>"));
    r = cli({QStringLiteral("import"), project, broken});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("broken.qdc"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("line 1"))) << r.err.toStdString();
}

TEST_F(Cli, ExportsTheProjectAndCodebookAsRefiQda)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    const QString qdpx = dir.filePath(QStringLiteral("studie.qdpx"));
    CliRun r = cli({QStringLiteral("export"), QStringLiteral("qdpx"), demo, qdpx});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("studie.qdpx")));
    EXPECT_TRUE(tematik::test::readFile(qdpx).startsWith("PK\x03\x04"));
    const QString qdc = dir.filePath(QStringLiteral("kodbok.qdc"));
    r = cli({QStringLiteral("export"), QStringLiteral("codebook"), demo, qdc});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(tematik::test::readFile(qdc).contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""));

    r = cli({QStringLiteral("export"), QStringLiteral("qdpx"), demo, dir.filePath(QStringLiteral("x.zip"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.zip"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), QStringLiteral("codebook"), project, dir.filePath(QStringLiteral("tom.qdc"))});
    EXPECT_EQ(r.status, 1); // a new project has no codes, and a codebook file needs one
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("tom.qdc"))));
}

TEST_F(Cli, ImportsARefiQdaProjectIntoANewOrEmptyProject)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    const QString qdpx = dir.filePath(QStringLiteral("studie.qdpx"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("qdpx"), demo, qdpx}).status, 0);

    // A project file that is not there yet is made for it.
    const QString copy = dir.filePath(QStringLiteral("kopia.tematik"));
    CliRun r = cli({QStringLiteral("import"), copy, qdpx});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QLatin1String("Imported the project studie.qdpx into kopia.tematik")))
        << r.out.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("info"), copy});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    CliRun original = cli({QStringLiteral("--json"), QStringLiteral("info"), demo});
    for (const char *count : {"sources", "codes", "codings", "cases"})
        EXPECT_EQ(json(r)[QLatin1String(count)], json(original)[QLatin1String(count)]) << count;

    // An existing empty project takes it too, with the report as JSON.
    r = cli({QStringLiteral("--json"), QStringLiteral("import"), project, qdpx});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_FALSE(json(r)[QLatin1String("kept")].toArray().isEmpty());

    // One that holds work does not, and a .qdpx goes on its own.
    r = cli({QStringLiteral("import"), project, qdpx});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("empty project"))) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("import"), project, qdpx, qdpx}).status, 2);

    // A failed import into a new file leaves no file behind.
    const QString broken = dir.filePath(QStringLiteral("trasig.qdpx"));
    tematik::test::writeFile(broken, QByteArray("not a zip"));
    const QString never = dir.filePath(QStringLiteral("aldrig.tematik"));
    r = cli({QStringLiteral("import"), never, broken});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("trasig.qdpx"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(never));
    EXPECT_FALSE(QFileInfo::exists(never + QLatin1String("-wal")));
}

// The app (here: this test process) has the project open for writing: commands that change it are
// refused, naming who has it open; commands that only read it work meanwhile.
TEST_F(Cli, AProjectOpenForWritingElsewhereCanBeReadButNotChanged)
{
    const QString demo = dir.filePath(QStringLiteral("demo.tematik"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).status, 0);
    auto app = tematik::Project::open(demo);
    ASSERT_TRUE(app.ok()) << app.error().toStdString();
    const qint64 codes = (*app)->counts().codes;

    CliRun r = cli({QStringLiteral("codes"), QStringLiteral("add"), demo, QStringLiteral("Ny kod")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.startsWith(QLatin1String("tematik-cli: error: demo.tematik is open for writing in cli_test by ")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid()))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("Close it there, or wait until that command has finished")));
    // Searching changes nothing, unless the hits are to be coded.
    r = cli({QStringLiteral("search"), demo, QStringLiteral("tid"), QStringLiteral("--code"), QStringLiteral("Tid")});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("is open for writing"))) << r.err.toStdString();
    EXPECT_EQ((*app)->counts().codes, codes);

    const QString out = dir.filePath(QStringLiteral("out"));
    const QList<QStringList> reading = {
        {QStringLiteral("sources"), demo},
        {QStringLiteral("text"), demo, QStringLiteral("1")},
        {QStringLiteral("turns"), demo, QStringLiteral("1")},
        {QStringLiteral("codes"), demo},
        {QStringLiteral("codings"), demo},
        {QStringLiteral("info"), demo},
        {QStringLiteral("cases"), demo},
        {QStringLiteral("speakers"), demo},
        {QStringLiteral("memos"), demo},
        {QStringLiteral("themes"), demo},
        {QStringLiteral("meetings"), demo},
        {QStringLiteral("feedback"), demo},
        {QStringLiteral("search"), demo, QStringLiteral("tid")},
        {QStringLiteral("segments"), demo, QStringLiteral("--dimension"), QStringLiteral("Relationell praktik")},
        {QStringLiteral("export"), QStringLiteral("table"), demo, QStringLiteral("meaning-units"), out + QStringLiteral(".csv")},
        {QStringLiteral("export"), QStringLiteral("figure"), demo, QStringLiteral("data-structure"), out + QStringLiteral(".svg")},
        {QStringLiteral("export"), QStringLiteral("matrix"), demo, QStringLiteral("overlap"), out + QStringLiteral(".html")},
        {QStringLiteral("export"), QStringLiteral("qdpx"), demo, out + QStringLiteral(".qdpx")},
        {QStringLiteral("export"), QStringLiteral("codebook"), demo, out + QStringLiteral(".qdc")},
    };
    for (const QStringList &args : reading) {
        r = cli(args);
        EXPECT_EQ(r.status, 0) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }

    // Once the app has closed the project, the command changes it.
    app->reset();
    r = cli({QStringLiteral("codes"), QStringLiteral("add"), demo, QStringLiteral("Ny kod")});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
}
