#include "core/import/captiontranscript.h"
#include "core/import/importerregistry.h"
#include "core/import/sourceimport.h"
#include "core/import/srtimporter.h"
#include "core/import/webvttimporter.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/projecttest.h"

#include <QRegularExpression>
#include <QSet>

using namespace tematik;

namespace {

Result<ImportedDocument> readVtt(const QByteArray &bytes)
{
    return WebVttImporter().read(bytes, {});
}

Result<ImportedDocument> readSrt(const QByteArray &bytes)
{
    return SrtImporter().read(bytes, {});
}

Result<ImportedDocument> readCorpus(const Importer &importer, const char *file)
{
    return importer.read(test::readFile(test::corpusPath(QString::fromLatin1(file))), {});
}

// A turn's spoken text (after the label), cut from the document by its code-point offsets.
QString spoken(const ImportedDocument &doc, const SpeakerTurn &turn)
{
    return CodePointIndex::slice(doc.text, CodePointIndex(doc.text), turn.textStart, turn.end);
}

QString paragraph(const ImportedDocument &doc, const SpeakerTurn &turn)
{
    return CodePointIndex::slice(doc.text, CodePointIndex(doc.text), turn.start, turn.end);
}

QString joinedWarnings(const ImportedDocument &doc)
{
    return doc.warnings.join(u'\n');
}

// The one cue of a small file, which must import cleanly.
SpeakerTurn onlyTurn(const Result<ImportedDocument> &doc)
{
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? std::string() : doc.error().toStdString());
    if (!doc.ok() || !doc->turns || doc->turns->size() != 1) {
        ADD_FAILURE() << "expected exactly one turn";
        return {};
    }
    return doc->turns->first();
}

const char *const cue13 =
    "Ja, alltså – vi hade en lokal arbetsgrupp för ANDTS redan innan, och där har vi lagt till "
    "spel som en stående punkt på dagordningen.";

} // namespace

// --- The corpus pair -------------------------------------------------------------------------------

TEST(CaptionCorpus, MeetingVttHasTheReadmeCues)
{
    const Result<ImportedDocument> doc = readCorpus(WebVttImporter(), "meeting.vtt");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_TRUE(doc->warnings.isEmpty()) << joinedWarnings(*doc).toStdString();
    EXPECT_EQ(doc->encoding, QStringLiteral("UTF-8"));
    ASSERT_TRUE(doc->turns.has_value());
    const QList<SpeakerTurn> &turns = *doc->turns;
    ASSERT_EQ(turns.size(), 45);

    EXPECT_EQ(turns.first().beginMs, 3120);
    EXPECT_EQ(turns.first().endMs, 7480);
    EXPECT_EQ(turns.last().beginMs, 9 * 60000 + 31446);
    EXPECT_EQ(turns.last().endMs, 574000);

    QSet<QString> speakers;
    int words = 0;
    for (const SpeakerTurn &t : turns) {
        speakers.insert(t.speaker);
        words +=
            int(spoken(*doc, t).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
        EXPECT_EQ(paragraph(*doc, t), t.speaker + QStringLiteral(": ") + spoken(*doc, t));
        EXPECT_FALSE(paragraph(*doc, t).contains(u'\n'));
    }
    EXPECT_EQ(speakers, (QSet<QString>{QStringLiteral("Anna Lindqvist"), QStringLiteral("Samordnare 7")}));
    // The README counts words as runs between white space, en dashes included, over the cue texts.
    EXPECT_EQ(words, 638);

    // Cue 13: two lines inside one voice tag, joined by one space.
    EXPECT_EQ(turns[12].speaker, QStringLiteral("Samordnare 7"));
    EXPECT_EQ(spoken(*doc, turns[12]), QString::fromUtf8(cue13));
}

TEST(CaptionCorpus, LayoutIsOneParagraphPerCue)
{
    const Result<ImportedDocument> doc = readCorpus(WebVttImporter(), "meeting.vtt");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_TRUE(doc->text.startsWith(
        QStringLiteral("Anna Lindqvist: Hej, och tack för att du ville vara med. Spelar vi in nu?\n\n"
                       "Samordnare 7: Ja, det står att inspelningen har startat. Hej!\n\n")))
        << doc->text.left(200).toStdString();
    EXPECT_TRUE(doc->text.endsWith(QStringLiteral("\n\nSamordnare 7: Tack, hej då!\n")));
    EXPECT_EQ(doc->text.count(QStringLiteral("\n\n")), 44);
    EXPECT_EQ(doc->text.count(u'\n'), 89);

    const SpeakerTurn &first = doc->turns->first();
    EXPECT_EQ(first.start, 0);
    EXPECT_EQ(first.textStart, 16); // "Anna Lindqvist: "
    // Each turn starts two code points (the blank line) after the one before ends.
    for (qsizetype i = 1; i < doc->turns->size(); ++i)
        EXPECT_EQ((*doc->turns)[i].start, (*doc->turns)[i - 1].end + 2) << i;
    EXPECT_EQ(doc->turns->last().end + 1, CodePointIndex(doc->text).codePointCount());
}

TEST(CaptionCorpus, MeetingSrtGivesTheSameTextAndTurnsAsVtt)
{
    const Result<ImportedDocument> vtt = readCorpus(WebVttImporter(), "meeting.vtt");
    const Result<ImportedDocument> srt = readCorpus(SrtImporter(), "meeting.srt");
    ASSERT_TRUE(vtt.ok()) << vtt.error().toStdString();
    ASSERT_TRUE(srt.ok()) << srt.error().toStdString();
    EXPECT_TRUE(srt->warnings.isEmpty()) << joinedWarnings(*srt).toStdString();
    EXPECT_EQ(srt->text, vtt->text);
    ASSERT_TRUE(srt->turns.has_value());
    ASSERT_EQ(srt->turns->size(), 45);
    EXPECT_EQ(*srt->turns, *vtt->turns);
    EXPECT_EQ(spoken(*srt, (*srt->turns)[12]), QString::fromUtf8(cue13));
}

class CaptionProject : public test::ProjectTest
{
};

TEST_F(CaptionProject, BothFilesImportWithTheirTimes)
{
    const Result<ImportReport> vtt =
        SourceImport::importFile(*project, test::corpusPath(QStringLiteral("meeting.vtt")));
    const Result<ImportReport> srt =
        SourceImport::importFile(*project, test::corpusPath(QStringLiteral("meeting.srt")));
    ASSERT_TRUE(vtt.ok()) << vtt.error().toStdString();
    ASSERT_TRUE(srt.ok()) << srt.error().toStdString();
    EXPECT_EQ(vtt->format, QStringLiteral("vtt"));
    EXPECT_EQ(srt->format, QStringLiteral("srt"));
    EXPECT_EQ(vtt->turns, 45);
    EXPECT_EQ(srt->turns, 45);
    EXPECT_EQ(vtt->codePoints, srt->codePoints);

    EXPECT_EQ(*project->sources().text(vtt->sourceId), *project->sources().text(srt->sourceId));
    const QList<SpeakerTurn> vttTurns = project->sources().turns(vtt->sourceId);
    const QList<SpeakerTurn> srtTurns = project->sources().turns(srt->sourceId);
    ASSERT_EQ(vttTurns.size(), 45);
    ASSERT_EQ(srtTurns.size(), 45);
    EXPECT_EQ(vttTurns.first().beginMs, 3120);
    EXPECT_EQ(vttTurns.last().endMs, 574000);
    for (qsizetype i = 0; i < 45; ++i) {
        EXPECT_EQ(srtTurns[i].speaker, vttTurns[i].speaker) << i;
        EXPECT_EQ(srtTurns[i].start, vttTurns[i].start) << i;
        EXPECT_EQ(srtTurns[i].textStart, vttTurns[i].textStart) << i;
        EXPECT_EQ(srtTurns[i].end, vttTurns[i].end) << i;
        EXPECT_EQ(srtTurns[i].beginMs, vttTurns[i].beginMs) << i;
        EXPECT_EQ(srtTurns[i].endMs, vttTurns[i].endMs) << i;
        EXPECT_TRUE(vttTurns[i].beginMs.has_value() && vttTurns[i].endMs.has_value()) << i;
    }
}

// --- Choosing the importer ------------------------------------------------------------------------

TEST(CaptionConfidence, ContentBeforeExtension)
{
    const WebVttImporter vtt;
    const SrtImporter srt;
    const QByteArray vttHead("WEBVTT\n\n00:01.000 --> 00:02.000\nHej\n");
    const QByteArray srtHead("\n1\n00:00:01,000 --> 00:00:02,000\nHej\n");
    EXPECT_EQ(vtt.confidence(QStringLiteral("x.txt"), vttHead), 100);
    EXPECT_EQ(vtt.confidence(QStringLiteral("x"), QByteArray("\xEF\xBB\xBFWEBVTT - Teams\r\n")), 100);
    EXPECT_EQ(vtt.confidence(QStringLiteral("x.VTT"), QByteArray("Hej")), 60);
    EXPECT_EQ(vtt.confidence(QStringLiteral("x.txt"), QByteArray("WEBVTTX\n")), 0);
    EXPECT_EQ(srt.confidence(QStringLiteral("x.txt"), srtHead), 90);
    EXPECT_EQ(srt.confidence(QStringLiteral("x.srt"), QByteArray("Hej\n")), 60);
    EXPECT_EQ(srt.confidence(QStringLiteral("x.txt"), QByteArray("1\nHej\n")), 0);
    EXPECT_EQ(srt.confidence(QStringLiteral("x.txt"), vttHead), 0);

    const ImporterRegistry &registry = ImporterRegistry::standard();
    EXPECT_EQ(registry.importerFor(QStringLiteral("meeting.vtt"), vttHead)->id(), QStringLiteral("vtt"));
    EXPECT_EQ(registry.importerFor(QStringLiteral("meeting.srt"), srtHead)->id(), QStringLiteral("srt"));
    // Misnamed files go by their content.
    EXPECT_EQ(registry.importerFor(QStringLiteral("meeting.srt"), vttHead)->id(), QStringLiteral("vtt"));
    EXPECT_EQ(registry.importerFor(QStringLiteral("meeting.vtt"), srtHead)->id(), QStringLiteral("srt"));
}

// --- Timestamps -----------------------------------------------------------------------------------

TEST(CaptionTiming, Timestamps)
{
    EXPECT_EQ(CaptionTranscript::parseTimestamp(u"01:02:03.004"), 3723004);
    EXPECT_EQ(CaptionTranscript::parseTimestamp(u"1:02:03,004"), 3723004);
    EXPECT_EQ(CaptionTranscript::parseTimestamp(u"02:03.004"), 123004);
    EXPECT_EQ(CaptionTranscript::parseTimestamp(u"100:00:00.000"), 360000000);
    EXPECT_FALSE(CaptionTranscript::parseTimestamp(u"00:60:00.000"));
    EXPECT_FALSE(CaptionTranscript::parseTimestamp(u"00:00:00.00"));
    EXPECT_FALSE(CaptionTranscript::parseTimestamp(u"00:00:00:000"));
    EXPECT_FALSE(CaptionTranscript::parseTimestamp(u""));

    const auto timing = CaptionTranscript::parseTiming(u"00:01.000 --> 00:02.500 align:start position:10%");
    ASSERT_TRUE(timing);
    EXPECT_EQ(timing->beginMs, 1000);
    EXPECT_EQ(timing->endMs, 2500);
    EXPECT_FALSE(CaptionTranscript::parseTiming(u"00:01.000 --> 00:02.500align:start"));
    EXPECT_FALSE(CaptionTranscript::parseTiming(u"00:01.000 -> 00:02.500"));
    EXPECT_EQ(CaptionTranscript::formatTimestamp(3723004), QStringLiteral("01:02:03.004"));
}

// --- WebVTT quirks --------------------------------------------------------------------------------

TEST(WebVttQuirks, StylingTagsAndTimestampsAreDropped)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n"
                "<v Anna><c.yellow.bg_blue>Det</c> <i>var</i> <b>ju</b> <u>inte</u> "
                "<lang en>fair</lang><00:00:01.500> <ruby>alls<rt>x</rt></ruby></v>\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.speaker, QStringLiteral("Anna"));
    EXPECT_EQ(spoken(*doc, t), QStringLiteral("Det var ju inte fair allsx"));
}

TEST(WebVttQuirks, CharacterReferencesAreDecoded)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n"
                "Ek &amp; Bo &lt;v Eva&gt; 3&nbsp;000 &lrm;x&rlm; &#228;&#xE5;&#X1F60A; "
                "&bogus; AT&T 3 < 5\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_TRUE(t.speaker.isEmpty());
    EXPECT_EQ(spoken(*doc, t),
              QStringLiteral("Ek & Bo <v Eva> 3\u00A0000 \u200Ex\u200F äå😊 &bogus; AT&T 3 < 5"));
}

TEST(CaptionPositions, CountCodePointsNotUtf16Units)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Åsa>Äntligen! 😊</v>\n\n"
                "00:02.000 --> 00:03.000\n<v Bo>Ja 😊 ja</v>\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    ASSERT_EQ(doc->turns->size(), 2);
    const SpeakerTurn &first = (*doc->turns)[0];
    const SpeakerTurn &second = (*doc->turns)[1];
    // "Åsa: Äntligen! 😊" is 16 code points (17 UTF-16 units); then a blank line.
    EXPECT_EQ(first.end, 16);
    EXPECT_EQ(second.start, 18);
    EXPECT_EQ(second.textStart, 22);
    EXPECT_EQ(second.end, 29);
    EXPECT_EQ(paragraph(*doc, second), QStringLiteral("Bo: Ja 😊 ja"));
    EXPECT_EQ(second.end + 1, CodePointIndex(doc->text).codePointCount());
}

TEST(WebVttQuirks, HeaderNoteStyleAndRegionBlocksHoldNoCues)
{
    const Result<ImportedDocument> doc = readVtt("WEBVTT - Intervju 7\nKind: captions\nLanguage: sv\n\n"
                                                 "NOTE Skapad av Teams\noch redigerad för hand\n\n"
                                                 "STYLE\n::cue { color: yellow }\n\n"
                                                 "REGION\nid:fred width:40%\n\n"
                                                 "1\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hej</v>\n\n"
                                                 "NOTE\nen kommentar mitt i\n\n"
                                                 "00:00:03.000 --> 00:00:04.000\n<v Bo>Hej själv</v>\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_TRUE(doc->warnings.isEmpty()) << joinedWarnings(*doc).toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Anna: Hej\n\nBo: Hej själv\n"));
}

TEST(WebVttQuirks, CueIdentifiersAndSettingsAreIgnored)
{
    const SpeakerTurn t =
        onlyTurn(readVtt("WEBVTT\n\nintro-1 (Teams)\n"
                         "01:02.250 --> 01:03.000 align:start position:10% line:0 size:50%\n"
                         "<v Anna>Hej</v>\n"));
    EXPECT_EQ(t.beginMs, 62250);
    EXPECT_EQ(t.endMs, 63000);
    EXPECT_EQ(t.start, 0);
    EXPECT_EQ(t.textStart, 6);
    EXPECT_EQ(t.end, 9);
}

TEST(WebVttQuirks, VoiceClassesOpenEndsAndSeveralVoices)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n"
                "00:01.000 --> 00:02.000\n<v.loud.first Åsa Öberg>Nej!\n\n"
                "00:02.000 --> 00:03.000\n<v Deltagare 3 (regionen)>Jo.</v>\n\n"
                "00:03.000 --> 00:04.000\n<v Ek>Ja?</v> <v Bo>Nej.</v>\n\n"
                "00:03.500 --> 00:04.000\n<v Ek>Jo,\n<v Bo>nej.\n\n"
                "00:04.000 --> 00:05.000\n<v>Ingen</v>\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Åsa Öberg: Nej!\n\nDeltagare 3 (regionen): Jo.\n\nEk: Ja? Nej.\n\n"
                                        "Ek: Jo, nej.\n\nIngen\n"));
    ASSERT_EQ(doc->turns->size(), 5);
    EXPECT_TRUE((*doc->turns)[4].speaker.isEmpty());
    EXPECT_EQ((*doc->turns)[4].start, (*doc->turns)[4].textStart);
}

TEST(WebVttQuirks, OverlappingCuesKeepFileOrder)
{
    const Result<ImportedDocument> doc = readVtt("WEBVTT\n\n"
                                                 "00:05.000 --> 00:10.000\n<v Anna>Först i filen</v>\n\n"
                                                 "00:03.000 --> 00:07.000\n<v Bo>Började tidigare</v>\n\n"
                                                 "00:06.000 --> 00:06.500\n<v Anna>Mitt i</v>\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_TRUE(doc->warnings.isEmpty()) << joinedWarnings(*doc).toStdString();
    ASSERT_EQ(doc->turns->size(), 3);
    EXPECT_EQ((*doc->turns)[0].beginMs, 5000);
    EXPECT_EQ((*doc->turns)[1].beginMs, 3000);
    EXPECT_EQ((*doc->turns)[2].beginMs, 6000);
    EXPECT_EQ(doc->text, QStringLiteral("Anna: Först i filen\n\nBo: Började tidigare\n\nAnna: Mitt i\n"));
}

TEST(WebVttQuirks, PrefixSpeakersWithoutVoiceTags)
{
    // Zoom writes "Name: text" in WebVTT instead of voice tags.
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n1\n00:01.000 --> 00:02.000\nAnna Lindqvist: Hej\n\n"
                "2\n00:02.000 --> 00:03.000\nSamordnare 7: Hej hej\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ((*doc->turns)[0].speaker, QStringLiteral("Anna Lindqvist"));
    EXPECT_EQ((*doc->turns)[1].speaker, QStringLiteral("Samordnare 7"));
    EXPECT_EQ(doc->text, QStringLiteral("Anna Lindqvist: Hej\n\nSamordnare 7: Hej hej\n"));
}

TEST(WebVttQuirks, FirstCueRightUnderTheHeader)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\nKind: captions\n00:01.000 --> 00:02.000\n<v Anna>Hej</v>\n\n"
                "00:02.000 --> 00:03.000\n<v Bo>Tjena</v>\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("Anna: Hej\n\nBo: Tjena\n"));
}

TEST(WebVttQuirks, MissingSignatureIsReadWithAWarning)
{
    const Result<ImportedDocument> doc = readVtt("00:01.000 --> 00:02.000\n<v Anna>Hej</v>\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.speaker, QStringLiteral("Anna"));
    EXPECT_TRUE(joinedWarnings(*doc).contains(QStringLiteral("WEBVTT")))
        << joinedWarnings(*doc).toStdString();
}

// --- SubRip quirks --------------------------------------------------------------------------------

TEST(SrtQuirks, SpeakerNamesWithDigitsBracketsAndSwedishLetters)
{
    const Result<ImportedDocument> doc =
        readSrt("1\n00:00:01,000 --> 00:00:02,000\nDeltagare 3 (regionen): Vi har inget mandat.\n\n"
                "2\n00:00:02,000 --> 00:00:03,000\nÅsa Öberg: Men ni har nätverket.\n\n"
                "3\n00:00:03,000 --> 00:00:04,000\nIP5: Precis.\n\n"
                "4\n00:00:04,000 --> 00:00:05,000\n[Tolk]: Hon säger ja.\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    ASSERT_EQ(doc->turns->size(), 4);
    EXPECT_EQ((*doc->turns)[0].speaker, QStringLiteral("Deltagare 3 (regionen)"));
    EXPECT_EQ(spoken(*doc, (*doc->turns)[0]), QStringLiteral("Vi har inget mandat."));
    EXPECT_EQ((*doc->turns)[1].speaker, QStringLiteral("Åsa Öberg"));
    EXPECT_EQ((*doc->turns)[2].speaker, QStringLiteral("IP5"));
    // A label must start with a capital or a digit: a bracketed one-off stays text.
    EXPECT_TRUE((*doc->turns)[3].speaker.isEmpty());
    EXPECT_EQ(spoken(*doc, (*doc->turns)[3]), QStringLiteral("[Tolk]: Hon säger ja."));
}

TEST(SrtQuirks, PrefixOnlyOnTheFirstLine)
{
    const Result<ImportedDocument> doc =
        readSrt("1\n00:00:01,000 --> 00:00:02,000\nÅsa Öberg: Vi sa\nBo Ek: nej tack.\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.speaker, QStringLiteral("Åsa Öberg"));
    EXPECT_EQ(spoken(*doc, t), QStringLiteral("Vi sa Bo Ek: nej tack."));
}

TEST(SrtQuirks, RunningSpeechWithAColonIsNotASpeaker)
{
    const Result<ImportedDocument> doc =
        readSrt("1\n00:00:01,000 --> 00:00:02,000\nAnna Lindqvist: Hej.\n\n"
                "2\n00:00:02,000 --> 00:00:03,000\nNotera: det här är viktigt.\n\n"
                "3\n00:00:03,000 --> 00:00:04,000\nOBS: en sak till.\n\n"
                "4\n00:00:04,000 --> 00:00:05,000\nJag tror det. Sedan: mer.\n\n"
                "5\n00:00:05,000 --> 00:00:06,000\nKlockan 10:30 i morgon.\n\n"
                "6\n00:00:06,000 --> 00:00:07,000\nKort sagt: nej.\n\n"
                "7\n00:00:07,000 --> 00:00:08,000\nModerator: Välkomna.\n\n"
                "8\n00:00:08,000 --> 00:00:09,000\nModerator: Vi börjar.\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    const QList<SpeakerTurn> &turns = *doc->turns;
    ASSERT_EQ(turns.size(), 8);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("Anna Lindqvist"));
    for (int i = 1; i <= 5; ++i)
        EXPECT_TRUE(turns[i].speaker.isEmpty()) << i << ": " << turns[i].speaker.toStdString();
    EXPECT_EQ(spoken(*doc, turns[1]), QStringLiteral("Notera: det här är viktigt."));
    EXPECT_EQ(spoken(*doc, turns[4]), QStringLiteral("Klockan 10:30 i morgon."));
    // A single word without a digit is a speaker once it opens two cues.
    EXPECT_EQ(turns[6].speaker, QStringLiteral("Moderator"));
    EXPECT_EQ(turns[7].speaker, QStringLiteral("Moderator"));
}

TEST(SrtQuirks, HtmlAndAssTagsAreStripped)
{
    const Result<ImportedDocument> doc =
        readSrt("1\n00:00:01,000 --> 00:00:02,000\n"
                "{\\an8}<font color=\"#ffff00\">Åsa Öberg:</font> <i>Det</i> <b>var</b>\n"
                "<u>så</u> {\\i1}det{\\i0} var.\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.speaker, QStringLiteral("Åsa Öberg"));
    EXPECT_EQ(spoken(*doc, t), QStringLiteral("Det var så det var."));
}

TEST(SrtQuirks, DialogueDashesStayText)
{
    const Result<ImportedDocument> doc = readSrt("1\n00:00:01,000 --> 00:00:02,000\n- Hej!\n- Hej då!\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_TRUE(t.speaker.isEmpty());
    EXPECT_EQ(doc->text, QStringLiteral("- Hej! - Hej då!\n"));
}

TEST(SrtQuirks, DotSeparatorAndCoordinates)
{
    const SpeakerTurn t =
        onlyTurn(readSrt("1\n00:00:01.250 --> 00:00:02,500  X1:100 X2:600 Y1:20 Y2:50\nHej\n"));
    EXPECT_EQ(t.beginMs, 1250);
    EXPECT_EQ(t.endMs, 2500);
}

TEST(SrtQuirks, MissingBlankLineBetweenCues)
{
    const Result<ImportedDocument> doc = readSrt("1\n00:00:01,000 --> 00:00:02,000\nIP1: Ett\n"
                                                 "2\n00:00:02,000 --> 00:00:03,000\nIP2: Två\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("IP1: Ett\n\nIP2: Två\n"));
    EXPECT_EQ((*doc->turns)[1].beginMs, 2000);
}

// --- Both formats ---------------------------------------------------------------------------------

TEST(CaptionEncoding, BomAndCrlfGiveTheSameDocument)
{
    const QByteArray vtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Åsa Öberg>Hej på\ndig</v>\n");
    const QByteArray srt("1\n00:00:01,000 --> 00:00:02,000\nÅsa Öberg: Hej på\ndig\n");
    const auto bomCrlf = [](QByteArray b) { return "\xEF\xBB\xBF" + b.replace("\n", "\r\n"); };
    const Result<ImportedDocument> plainVtt = readVtt(vtt);
    const Result<ImportedDocument> crlfVtt = readVtt(bomCrlf(vtt));
    const Result<ImportedDocument> crlfSrt = readSrt(bomCrlf(srt));
    ASSERT_TRUE(plainVtt.ok() && crlfVtt.ok() && crlfSrt.ok());
    EXPECT_EQ(plainVtt->text, QStringLiteral("Åsa Öberg: Hej på dig\n"));
    EXPECT_EQ(crlfVtt->text, plainVtt->text);
    EXPECT_EQ(crlfSrt->text, plainVtt->text);
    EXPECT_EQ(*crlfVtt->turns, *plainVtt->turns);
    EXPECT_EQ(*crlfSrt->turns, *plainVtt->turns);
    EXPECT_TRUE(crlfVtt->encodingDescription.contains(QStringLiteral("BOM")))
        << crlfVtt->encodingDescription.toStdString();
    EXPECT_TRUE(crlfSrt->encodingDescription.contains(QStringLiteral("CRLF")))
        << crlfSrt->encodingDescription.toStdString();
}

TEST(CaptionEncoding, Windows1252Srt)
{
    // "Åsa Öberg: Hej – då" in windows-1252: the en dash 0x96 exists only there.
    const Result<ImportedDocument> doc = readSrt("1\n00:00:01,000 --> 00:00:02,000\n\xC5sa \xD6"
                                                 "berg: Hej \x96 d\xE5\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(doc->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(t.speaker, QStringLiteral("Åsa Öberg"));
    EXPECT_EQ(spoken(*doc, t), QStringLiteral("Hej – då"));
    EXPECT_FALSE(doc->warnings.isEmpty()); // the encoding was guessed
}

TEST(CaptionWarnings, MalformedTimingSkipsTheCue)
{
    const Result<ImportedDocument> doc = readSrt("1\n00:00:01,000 --> 00:00:02,000\nIP1: Ett\n\n"
                                                 "2\n00:00:02,000 --> 00:00:0x,000\nIP2: Trasig\n\n"
                                                 "3\n00:00:03,000 -> 00:00:04,000\nIP2: Pil saknas\n\n"
                                                 "4\n00:00:04,000 --> 00:00:05,000\nIP1: Fyra\n");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->text, QStringLiteral("IP1: Ett\n\nIP1: Fyra\n"));
    ASSERT_EQ(doc->warnings.size(), 2) << joinedWarnings(*doc).toStdString();
    EXPECT_TRUE(doc->warnings[0].startsWith(QStringLiteral("line 6: "))) << doc->warnings[0].toStdString();
    EXPECT_TRUE(doc->warnings[0].contains(QStringLiteral("00:00:0x,000")));
    EXPECT_TRUE(doc->warnings[1].startsWith(QStringLiteral("line 9: "))) << doc->warnings[1].toStdString();
}

TEST(CaptionWarnings, EndBeforeStartIsKept)
{
    const Result<ImportedDocument> doc =
        readVtt("WEBVTT\n\n00:05.000 --> 00:04.000\n<v Anna>Baklänges</v>\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.beginMs, 5000);
    EXPECT_EQ(t.endMs, 4000);
    ASSERT_EQ(doc->warnings.size(), 1);
    EXPECT_TRUE(doc->warnings[0].startsWith(QStringLiteral("line 3: "))) << doc->warnings[0].toStdString();
    EXPECT_TRUE(doc->warnings[0].contains(QStringLiteral("00:00:04.000")));
}

TEST(CaptionWarnings, CueWithoutTextIsSkipped)
{
    const Result<ImportedDocument> doc = readVtt("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna></v>\n\n"
                                                 "00:02.000 --> 00:03.000\n<v Anna>Hej</v>\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.beginMs, 2000);
    ASSERT_EQ(doc->warnings.size(), 1);
    EXPECT_TRUE(doc->warnings[0].startsWith(QStringLiteral("line 3: "))) << doc->warnings[0].toStdString();
}

TEST(CaptionWarnings, StrayTextIsSkippedAndQuotedShort)
{
    const QByteArray stray = QByteArray("Det här stycket hör inte till någon cue ").repeated(5);
    const Result<ImportedDocument> doc =
        readSrt("1\n00:00:01,000 --> 00:00:02,000\nIP1: Ett\n\n" + stray + "\n");
    const SpeakerTurn t = onlyTurn(doc);
    EXPECT_EQ(t.speaker, QStringLiteral("IP1"));
    ASSERT_EQ(doc->warnings.size(), 1);
    EXPECT_TRUE(doc->warnings[0].startsWith(QStringLiteral("line 5: “Det här stycket")))
        << doc->warnings[0].toStdString();
    EXPECT_LT(doc->warnings[0].size(), 140) << doc->warnings[0].toStdString();
}

// --- Bad input ------------------------------------------------------------------------------------

TEST(CaptionBadInput, EmptyFile)
{
    for (const Result<ImportedDocument> &doc : {readVtt({}), readSrt({})}) {
        ASSERT_FALSE(doc.ok());
        EXPECT_TRUE(doc.error().contains(QStringLiteral("empty"))) << doc.error().toStdString();
    }
}

TEST(CaptionBadInput, NoCues)
{
    for (const Result<ImportedDocument> &doc :
         {readVtt("WEBVTT\n\nNOTE nothing yet\n"), readSrt(" \n\n \n")}) {
        ASSERT_FALSE(doc.ok());
        EXPECT_EQ(doc.error(), QStringLiteral("no caption cues were found"));
    }
}

TEST(CaptionBadInput, NoCueCouldBeRead)
{
    const Result<ImportedDocument> doc = readSrt("1\n00:00:01 --> 00:00:02\nHej\n");
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().startsWith(QStringLiteral("no caption cue could be read")))
        << doc.error().toStdString();
    EXPECT_TRUE(doc.error().contains(QStringLiteral("line 2"))) << doc.error().toStdString();
}

TEST(CaptionBadInput, BinaryIsRefused)
{
    const Result<ImportedDocument> doc = readSrt(QByteArray("1\n\0\0\0\x01\x02", 7));
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QStringLiteral("binary"))) << doc.error().toStdString();
}

TEST_F(CaptionProject, AFailedImportNamesTheFile)
{
    const QString path = dir.filePath(QStringLiteral("tom.vtt"));
    test::writeFile(path, "WEBVTT\n");
    const Result<ImportReport> r = SourceImport::importFile(*project, path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("tom.vtt: no caption cues were found"));
    EXPECT_EQ(project->counts().sources, 0);
}
