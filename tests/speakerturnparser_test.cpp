#include "core/text/speakerturnparser.h"
#include "core/text/textdecoder.h"
#include "tests/support/testenvironment.h"

#include <QSet>

using namespace tematik;

namespace {

QList<SpeakerTurn> turnsOf(const QString &text)
{
    return SpeakerTurnParser::parse(text);
}

QString textOf(const QString &file)
{
    Result<DecodedText> d = TextDecoder::decode(test::readFile(test::corpusPath(file)));
    EXPECT_TRUE(d.ok());
    return d.ok() ? d->text : QString();
}

QSet<QString> labels(const QList<SpeakerTurn> &turns)
{
    QSet<QString> set;
    for (const SpeakerTurn &t : turns)
        set.insert(t.speaker);
    return set;
}

} // namespace

TEST(SpeakerTurnParser, InterviewHeaderIsNotTakenForSpeakers)
{
    const QString text = textOf(QStringLiteral("interview-01.txt"));
    const QList<SpeakerTurn> turns = turnsOf(text);
    ASSERT_EQ(turns.size(), 30);
    EXPECT_EQ(labels(turns), (QSet<QString>{QStringLiteral("I"), QStringLiteral("IP")}));
    // The first turn is the first body paragraph, after the header block and its blank line.
    const SpeakerTurn &first = turns.first();
    EXPECT_EQ(first.speaker, QStringLiteral("I"));
    EXPECT_TRUE(text.mid(first.start, first.end - first.start).startsWith(QStringLiteral("I: Då är inspelningen")));
    EXPECT_EQ(text.mid(first.textStart, 2), QStringLiteral("Då"));
    EXPECT_EQ(text.at(first.end), QChar(u'\n'));
}

TEST(SpeakerTurnParser, FocusGroupKeepsUnlabelledParagraphsOutOfTurns)
{
    const QString text = textOf(QStringLiteral("focusgroup.txt"));
    const QList<SpeakerTurn> turns = turnsOf(text);
    EXPECT_EQ(turns.size(), 70);
    EXPECT_EQ(labels(turns), (QSet<QString>{QStringLiteral("Moderator"), QStringLiteral("Deltagare 1"),
                                            QStringLiteral("Deltagare 2"), QStringLiteral("Deltagare 3"),
                                            QStringLiteral("Deltagare 4"), QStringLiteral("Deltagare 5")}));
    // "[flera skrattar]" is in no turn.
    const qsizetype laugh = text.indexOf(QStringLiteral("\n[flera skrattar]\n")) + 1;
    ASSERT_GT(laugh, 0);
    for (const SpeakerTurn &t : turns)
        EXPECT_FALSE(t.start <= laugh && laugh < t.end);
    // The header line "Moderator: forskare i projektgruppen…" is metadata, not the first turn.
    EXPECT_TRUE(text.mid(turns.first().textStart, 10).startsWith(QStringLiteral("Välkomna")));
    // "Deltagare: Deltagare 1 (…)" yields no speaker called "Deltagare".
    EXPECT_FALSE(labels(turns).contains(QStringLiteral("Deltagare")));
}

TEST(SpeakerTurnParser, LabelsWithDigits)
{
    const QList<SpeakerTurn> turns = turnsOf(textOf(QStringLiteral("dialogmote.txt")));
    EXPECT_EQ(turns.size(), 30);
    EXPECT_EQ(labels(turns), (QSet<QString>{QStringLiteral("Forskare"), QStringLiteral("IP1"), QStringLiteral("IP3"),
                                            QStringLiteral("IP5"), QStringLiteral("IP6"), QStringLiteral("Deltagare 2")}));
}

TEST(SpeakerTurnParser, TranscriptWithoutHeader)
{
    const QString text = QStringLiteral("I: Hur länge har du arbetat här?\nIP: Sju år.\n\nI: Och innan dess?\n\nIP: Skolan.\n");
    const QList<SpeakerTurn> turns = turnsOf(text);
    ASSERT_EQ(turns.size(), 4);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("I"));
    EXPECT_EQ(turns[1].speaker, QStringLiteral("IP"));
    EXPECT_EQ(text.mid(turns[1].textStart, turns[1].end - turns[1].textStart), QStringLiteral("Sju år."));
}

TEST(SpeakerTurnParser, ContinuationLinesBelongToTheTurn)
{
    const QString text = QStringLiteral("Intervju\nDatum: idag\n\nI: Fråga?\n\nIP: Första raden\nandra raden\n\nI: Nästa.\n");
    const QList<SpeakerTurn> turns = turnsOf(text);
    ASSERT_EQ(turns.size(), 3);
    EXPECT_EQ(text.mid(turns[1].start, turns[1].end - turns[1].start), QStringLiteral("IP: Första raden\nandra raden"));
}

TEST(SpeakerTurnParser, OneOffColonPhraseIsNotASpeaker)
{
    const QString text = QStringLiteral("I: Vad hände sen?\n\nIP: Vi ringde.\n\nObservera: det var sent.\n\n"
                                        "I: Och då?\n\nIP: Inget.\n");
    const QList<SpeakerTurn> turns = turnsOf(text);
    EXPECT_EQ(turns.size(), 4);
    EXPECT_FALSE(labels(turns).contains(QStringLiteral("Observera")));
}

TEST(SpeakerTurnParser, TurnPositionsAreCodePoints)
{
    const QString text = QStringLiteral("I: 😊 hej\n\nIP: svar\n");
    const QList<SpeakerTurn> turns = turnsOf(text);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0].end, 8); // "I: 😊 hej" is 8 code points (9 UTF-16 units)
    EXPECT_EQ(turns[1].start, 10);
    EXPECT_EQ(turns[1].textStart, 14);
    EXPECT_EQ(turns[1].end, 18);
}
