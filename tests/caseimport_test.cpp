#include "core/import/caseimport.h"
#include "core/import/sourceimport.h"
#include "core/import/surveyimport.h"
#include "core/store/casestore.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QHash>

using namespace tematik;

namespace {

class Cases : public test::ProjectTest
{
protected:
    SourceId import(const char *file)
    {
        Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QString::fromLatin1(file)));
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().toStdString());
        return r.ok() ? r->sourceId : 0;
    }

    // label → case name ("" when unlinked) for one source.
    QHash<QString, QString> links(SourceId source)
    {
        QHash<QString, QString> result;
        for (const SpeakerInfo &s : project->cases().speakersOf(source))
            result.insert(s.label, s.caseId ? project->cases().find(*s.caseId)->name : QString());
        return result;
    }

    QString value(const QString &caseName, const QString &attribute)
    {
        const auto c = project->cases().findByName(caseName);
        const auto a = project->cases().findAttribute(attribute);
        if (!c || !a)
            return QStringLiteral("<none>");
        return project->cases().values(c->id).value(a->id, QStringLiteral("<missing>"));
    }
};

} // namespace

TEST_F(Cases, ParticipantTableBecomesTypedCases)
{
    Result<CaseImportReport> r = CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->added, 12);
    EXPECT_EQ(r->attributes.size(), 7);
    EXPECT_EQ(project->cases().list().size(), 12);
    EXPECT_EQ(value(QStringLiteral("IP1"), QStringLiteral("pseudonym")), QStringLiteral("Samordnare 1"));
    EXPECT_EQ(value(QStringLiteral("IP5"), QStringLiteral("kommunstorlek")), QStringLiteral("ej tillämpligt"));
    // Empty cells are missing data, not empty values.
    EXPECT_EQ(value(QStringLiteral("IP4"), QStringLiteral("kön")), QStringLiteral("<missing>"));
    EXPECT_EQ(value(QStringLiteral("FG1"), QStringLiteral("tjänstgöringsgrad")), QStringLiteral("<missing>"));
}

TEST_F(Cases, WorkbookColumnsGetTypes)
{
    Result<CaseImportReport> r = CaseImport::importFile(*project, test::dataPath(QStringLiteral("tables/participants.xlsx")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(project->cases().findAttribute(QStringLiteral("intervjudatum"))->type, AttributeType::Date);
    EXPECT_EQ(project->cases().findAttribute(QStringLiteral("antal_år"))->type, AttributeType::Integer);
    EXPECT_EQ(project->cases().findAttribute(QStringLiteral("deltog_i_dialogmöte"))->type, AttributeType::Boolean);
    EXPECT_EQ(project->cases().findAttribute(QStringLiteral("nivå"))->type, AttributeType::Text);
    EXPECT_EQ(value(QStringLiteral("IP3"), QStringLiteral("deltog_i_dialogmöte")), QStringLiteral("true"));
    EXPECT_EQ(value(QStringLiteral("IP2"), QStringLiteral("intervjudatum")), QStringLiteral("2024-02-21"));
}

TEST_F(Cases, TypeInference)
{
    EXPECT_EQ(CaseImport::inferType({QStringLiteral("1"), QString(), QStringLiteral("-7")}), AttributeType::Integer);
    EXPECT_EQ(CaseImport::inferType({QStringLiteral("1,5"), QStringLiteral("2")}), AttributeType::Decimal);
    EXPECT_EQ(CaseImport::inferType({QStringLiteral("2024-01-31")}), AttributeType::Date);
    EXPECT_EQ(CaseImport::inferType({QStringLiteral("ja"), QStringLiteral("Nej")}), AttributeType::Boolean);
    EXPECT_EQ(CaseImport::inferType({QStringLiteral("75%"), QStringLiteral("100%")}), AttributeType::Text);
    EXPECT_EQ(CaseImport::inferType({QString()}), AttributeType::Text);
}

TEST_F(Cases, SpeakersFindTheirCases)
{
    const SourceId i01 = import("interview-01.txt");
    const SourceId focus = import("focusgroup.txt");
    const SourceId dialogue = import("dialogmote.txt");
    ASSERT_TRUE(CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv"))).ok());
    // "IP" in an interview: the one case its header names ("Respondent: IP1 (pseudonym)").
    EXPECT_EQ(links(i01), (QHash<QString, QString>{{QStringLiteral("I"), QString()}, {QStringLiteral("IP"), QStringLiteral("IP1")}}));
    EXPECT_EQ(project->cases().casesOfSource(i01), QList<CaseId>{project->cases().findByName(QStringLiteral("IP1"))->id});
    // Focus-group labels are pseudonyms; the moderator is nobody's case.
    const QHash<QString, QString> fg = links(focus);
    EXPECT_EQ(fg.value(QStringLiteral("Deltagare 3")), QStringLiteral("FG3"));
    EXPECT_EQ(fg.value(QStringLiteral("Moderator")), QString());
    // In the dialogue meeting, ids and pseudonyms both.
    const QHash<QString, QString> dm = links(dialogue);
    EXPECT_EQ(dm.value(QStringLiteral("IP5")), QStringLiteral("IP5"));
    EXPECT_EQ(dm.value(QStringLiteral("Deltagare 2")), QStringLiteral("FG2"));
    EXPECT_EQ(dm.value(QStringLiteral("Forskare")), QString());
    // A source imported after the cases is linked at once.
    const SourceId i03 = import("interview-03.txt");
    EXPECT_EQ(links(i03).value(QStringLiteral("IP")), QStringLiteral("IP3"));
}

TEST_F(Cases, TheUserCorrectsTheMappingAndReimportKeepsIt)
{
    const SourceId i01 = import("interview-01.txt");
    ASSERT_TRUE(CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv"))).ok());
    SpeakerInfo ip;
    for (const SpeakerInfo &s : project->cases().speakersOf(i01)) {
        if (s.label == QLatin1String("IP"))
            ip = s;
    }
    ASSERT_TRUE(project->cases().linkSpeaker(ip.id, project->cases().findByName(QStringLiteral("IP7"))->id).ok());
    Result<CaseImportReport> again = CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 12);
    EXPECT_EQ(links(i01).value(QStringLiteral("IP")), QStringLiteral("IP7"));
    ASSERT_TRUE(project->cases().linkSpeaker(ip.id, std::nullopt).ok());
    EXPECT_EQ(links(i01).value(QStringLiteral("IP")), QString());
}

TEST_F(Cases, BadTablesChangeNothing)
{
    CaseImportOptions wrongColumn;
    wrongColumn.idColumn = QStringLiteral("personnummer");
    Result<CaseImportReport> r = CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv")), wrongColumn);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().startsWith(QLatin1String("participants.csv: ")));
    EXPECT_TRUE(r.error().contains(QLatin1String("personnummer")));
    EXPECT_TRUE(project->cases().list().isEmpty());
    EXPECT_TRUE(project->cases().attributes().isEmpty());

    // A value that does not fit an existing attribute's type rolls the whole table back.
    ASSERT_TRUE(project->cases().addAttribute(QStringLiteral("nivå"), AttributeType::Integer).ok());
    Result<CaseImportReport> typed = CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv")));
    ASSERT_FALSE(typed.ok());
    EXPECT_TRUE(typed.error().contains(QLatin1String("lokal"))) << typed.error().toStdString();
    EXPECT_TRUE(project->cases().list().isEmpty());
}

TEST_F(Cases, SurveyAnswersBecomeCodableTurnsOfRespondents)
{
    SurveyImportOptions options;
    options.textColumns = {QStringLiteral("Vad fungerar bäst i samverkan?"), QStringLiteral("Vad saknar du?")};
    Result<SurveyImportReport> r = SurveyImport::importFile(*project, test::dataPath(QStringLiteral("tables/survey.csv")), options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->respondents, 3);
    EXPECT_EQ(r->answers, 5);
    ASSERT_EQ(r->sources.size(), 2);
    const SourceId first = r->sources[0].sourceId;
    EXPECT_EQ(*project->sources().text(first),
              QStringLiteral("R1: Nätverket; vi träffas ofta.\n\nR2: Att vi har en gemensam plan, som alla känner till.\n\n"
                             "R3: Det \"informella\" – fikat!\n"));
    const QList<SpeakerTurn> turns = project->sources().turns(first);
    ASSERT_EQ(turns.size(), 3);
    EXPECT_EQ(turns[1].speaker, QStringLiteral("R2"));
    EXPECT_EQ(turns[1].textStart - turns[1].start, 4);
    // Every answer belongs to its respondent's case, which has the attribute columns.
    for (const SpeakerInfo &s : project->cases().speakersOf(first))
        EXPECT_EQ(project->cases().find(*s.caseId)->name, s.label);
    EXPECT_EQ(value(QStringLiteral("R2"), QStringLiteral("kommun")), QStringLiteral("Örebro"));
    EXPECT_FALSE(project->cases().findAttribute(QStringLiteral("Vad saknar du?")).has_value());
    // The question with an empty answer has two turns.
    EXPECT_EQ(project->sources().turns(r->sources[1].sourceId).size(), 2);

    options.textColumns = {QStringLiteral("Finns inte")};
    EXPECT_FALSE(SurveyImport::importFile(*project, test::dataPath(QStringLiteral("tables/survey.csv")), options).ok());
}

TEST_F(Cases, RemovingACaseUnlinksItsSpeakersAndKeepsTheText)
{
    const SourceId i01 = import("interview-01.txt");
    ASSERT_TRUE(CaseImport::importFile(*project, test::corpusPath(QStringLiteral("participants.csv"))).ok());
    const CaseId ip1 = project->cases().findByName(QStringLiteral("IP1"))->id;
    const ProjectCounts before = project->counts();
    ASSERT_TRUE(project->cases().remove(ip1).ok());
    EXPECT_FALSE(project->cases().findByName(QStringLiteral("IP1")).has_value());
    EXPECT_EQ(links(i01).value(QStringLiteral("IP")), QString());
    EXPECT_TRUE(project->cases().casesOfSource(i01).isEmpty());
    EXPECT_EQ(project->counts().turns, before.turns);
    EXPECT_EQ(project->counts().speakers, before.speakers);
    EXPECT_FALSE(project->cases().remove(ip1).ok());
}
