#include "core/import/importerregistry.h"
#include "core/import/rtfimporter.h"
#include "core/import/sourceimport.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/projecttest.h"


using namespace tematik;

namespace {

Result<ImportedDocument> readRtf(const QByteArray &rtf, const ImportOptions &options = {})
{
    return RtfImporter().read(rtf, options);
}

// The text of an RTF that must import without warnings.
QString textOf(const QByteArray &rtf)
{
    Result<ImportedDocument> doc = readRtf(rtf);
    EXPECT_TRUE(doc.ok()) << doc.error().toStdString();
    if (!doc)
        return {};
    EXPECT_TRUE(doc->warnings.isEmpty()) << doc->warnings.join(u'\n').toStdString();
    return doc->text;
}

// A minimal document around a piece of body RTF.
QString bodyText(const char *body)
{
    return textOf(QByteArray("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}") + body + '}');
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString corpusText(const char *file)
{
    return QString::fromUtf8(test::readFile(test::corpusPath(QString::fromLatin1(file))));
}

class RtfCorpusImport : public test::ProjectTest
{
};

} // namespace

// ---- The corpus file (LibreOffice 7.4) ----

TEST(RtfImporter, Interview01IsExactlyItsTxtTwin)
{
    Result<ImportedDocument> doc =
        readRtf(test::readFile(test::corpusPath(QStringLiteral("interview-01.rtf"))));
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    const QString txt = corpusText("interview-01.txt");
    // One RTF paragraph per source line, each ended by \par: the text is the .txt, final newline included.
    EXPECT_EQ(doc->text, txt);
    EXPECT_TRUE(test::sameBodyAsTwin(doc->text, QStringLiteral("interview-01.txt")));
    EXPECT_TRUE(doc->warnings.isEmpty()) << doc->warnings.join(u'\n').toStdString();
    EXPECT_EQ(doc->encoding, QStringLiteral("windows-1252"));
    EXPECT_FALSE(doc->encodingDescription.isEmpty());
}

TEST(RtfImporter, Interview01UnicodeEscapesDropTheirFallbacks)
{
    Result<ImportedDocument> doc =
        readRtf(test::readFile(test::corpusPath(QStringLiteral("interview-01.rtf"))));
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    // \u8221\'81\'68 under \uc2 and \u228\'3f under \uc1: the character alone, without its stand-in.
    EXPECT_EQ(doc->text.count(QChar(0x201D)), 10);
    EXPECT_EQ(doc->text.count(QChar(0x2026)), 16);
    EXPECT_EQ(doc->text.count(QChar(0x2013)), 7);
    EXPECT_EQ(doc->text.count(u'ä'), 122);
    EXPECT_EQ(doc->text.count(u'å'), 112);
    EXPECT_EQ(doc->text.count(u'ö'), 69);
    EXPECT_TRUE(doc->text.startsWith(utf8("Intervju 1\nDatum: 2024-02-14\nLängd: 48 min\n")));
    EXPECT_EQ(doc->text.count(u'?'), corpusText("interview-01.txt").count(u'?'));
    EXPECT_FALSE(doc->text.contains(QChar(QChar::ReplacementCharacter)));
}

TEST_F(RtfCorpusImport, Interview01ThroughSourceImport)
{
    Result<ImportReport> report =
        SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-01.rtf")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->format, QStringLiteral("rtf"));
    EXPECT_EQ(report->turns, 30);
    EXPECT_EQ(report->codePoints, 6554);
    EXPECT_TRUE(report->warnings.isEmpty());
    const auto info = project->sources().find(report->sourceId);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->format, QStringLiteral("rtf"));
    EXPECT_EQ(info->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(project->sources().turnCount(info->id), 30);
    Result<QString> text = project->sources().text(report->sourceId);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(*text, corpusText("interview-01.txt"));
    Result<QByteArray> original = project->sources().original(report->sourceId);
    ASSERT_TRUE(original.ok());
    EXPECT_EQ(*original, test::readFile(test::corpusPath(QStringLiteral("interview-01.rtf"))));
}

TEST_F(RtfCorpusImport, PlainTextNamedRtfIsRefusedWithTheFileName)
{
    const QString path = dir.filePath(QStringLiteral("anteckningar.rtf"));
    test::writeFile(path, "I: Hej\n\nIP: Hej\n");
    Result<ImportReport> report = SourceImport::importFile(*project, path);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().startsWith(QLatin1String("anteckningar.rtf: ")))
        << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QLatin1String("not RTF"))) << report.error().toStdString();
    EXPECT_EQ(project->counts().sources, 0);
}

// ---- Golden files written in the manner of other word processors ----

TEST(RtfImporter, WordStyleDocumentMatchesItsGoldenText)
{
    // Word 2016's layout: font table with \*\panose, stylesheet, info, header and footer, a 2-column
    // table with a two-paragraph cell, bookmarks, a footnote, a hyperlink field, hidden and deleted
    // text, pictures, \page, and a last paragraph without \par.
    const QString text = textOf(test::readFile(test::dataPath(QStringLiteral("rtf/word-features.rtf"))));
    EXPECT_EQ(text,
              QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("rtf/word-features.txt")))));
}

TEST(RtfImporter, TextEditStyleDocumentMatchesItsGoldenText)
{
    // macOS TextEdit: paragraphs as a backslash before the line break, \uc0, an emoji as two \u escapes
    // with unsigned values, and \'96 (en dash) in windows-1252.
    const QString text = textOf(test::readFile(test::dataPath(QStringLiteral("rtf/textedit.rtf"))));
    EXPECT_EQ(text, QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("rtf/textedit.txt")))));
    EXPECT_EQ(CodePointIndex(text).codePointCount(), text.size() - 1);
}

// ---- Detection ----

TEST(RtfImporter, ConfidenceFromContentThenExtension)
{
    const RtfImporter rtf;
    EXPECT_EQ(rtf.confidence(QStringLiteral("a.rtf"), QByteArray("{\\rtf1\\ansi x}")), 100);
    EXPECT_EQ(rtf.confidence(QStringLiteral("a.txt"), QByteArray("{\\rtf1\\ansi x}")), 100);
    EXPECT_EQ(rtf.confidence(QStringLiteral("a"), QByteArray("\xEF\xBB\xBF \r\n\t{\\rtf1 x}")), 100);
    EXPECT_EQ(rtf.confidence(QStringLiteral("a.RTF"), QByteArray("hello")), 50);
    EXPECT_EQ(rtf.confidence(QStringLiteral("a.txt"), QByteArray("hello {\\rtf1}")), 0);
    EXPECT_EQ(rtf.confidence(QStringLiteral("a.doc"), QByteArray("{\\urtf1 x}")), 0);
    // The registry prefers RTF content over a .txt name.
    const Importer *chosen =
        ImporterRegistry::standard().importerFor(QStringLiteral("notes.txt"), "{\\rtf1 x}");
    ASSERT_NE(chosen, nullptr);
    EXPECT_EQ(chosen->id(), QStringLiteral("rtf"));
}

TEST(RtfImporter, LeadingBomAndWhiteSpaceAreAccepted)
{
    EXPECT_EQ(textOf(QByteArray("\xEF\xBB\xBF\r\n {\\rtf1 Hej\\par }")), QStringLiteral("Hej\n"));
}

// ---- Unicode escapes ----

TEST(RtfImporter, UnicodeEscapeSkipsOneFallbackByDefault)
{
    EXPECT_EQ(bodyText("f\\u246?r \\u228\\'3fr"), utf8("för är\n"));
    // The space after \uN ends the control word; the next character is the fallback.
    EXPECT_EQ(bodyText("\\u228 ?x"), utf8("äx\n"));
    EXPECT_EQ(bodyText("\\u228  x"), utf8("äx\n"));
}

TEST(RtfImporter, UcSetsTheFallbackLengthWithinItsGroup)
{
    EXPECT_EQ(bodyText("{\\uc2 \\u8230\\'81\\'63 a}\\u8230?b"), utf8("\u2026 a\u2026b\n"));
    EXPECT_EQ(bodyText("{\\uc0 \\u8221 x}\\u8221?"), utf8("\u201Dx\u201D\n"));
    EXPECT_EQ(bodyText("\\uc3\\u8221 abcd"), utf8("\u201Dd\n"));
    // A control word and a \'hh count as one fallback character each.
    EXPECT_EQ(bodyText("\\uc2\\u8221\\'94\\b ok"), utf8("\u201Dok\n"));
}

TEST(RtfImporter, FallbackSkippingEndsAtAGroupBoundary)
{
    EXPECT_EQ(bodyText("{\\uc3\\u8221}x{\\uc2\\u8221{y}}"), utf8("\u201Dx\u201Dy\n"));
}

TEST(RtfImporter, NegativeUnicodeValuesAreCodeUnitsAbove32767)
{
    // 65536 - 1316 = 64220 = U+FADC; -4063 is U+F021.
    EXPECT_EQ(bodyText("\\u-1316?\\u-4063?"), utf8("\uFADC\uF021\n"));
}

TEST(RtfImporter, SurrogatePairsCombineIntoOneCharacter)
{
    const QString emoji = bodyText("a\\u-10179?\\u-8694?b");
    EXPECT_EQ(emoji, utf8("a😊b\n"));
    EXPECT_EQ(CodePointIndex(emoji).codePointCount(), 4);
    // Between a half and its partner there may be a group boundary and a \uc change.
    EXPECT_EQ(bodyText("{\\u55357?}{\\uc0\\u56842 }"), utf8("😊\n"));
}

TEST(RtfImporter, LoneSurrogatesBecomeReplacementCharacters)
{
    EXPECT_EQ(bodyText("a\\u-10179?b"), utf8("a\uFFFDb\n"));
    EXPECT_EQ(bodyText("a\\u-8694?b"), utf8("a\uFFFDb\n"));
    EXPECT_EQ(bodyText("a\\u-10179?\\par b"), utf8("a\uFFFD\nb\n"));
}

TEST(RtfImporter, TextIsNeverNormalised)
{
    const QString text = bodyText("ide\\u769?, id\\u233?");
    EXPECT_EQ(text, utf8("ide\u0301, id\u00E9\n"));
    EXPECT_EQ(text.size(), 10);
}

// ---- Code pages ----

TEST(RtfImporter, HexEscapesUseTheDeclaredCodePage)
{
    Result<ImportedDocument> cp1250 = readRtf("{\\rtf1\\ansi\\ansicpg1250 \\'9ala\\'9f \\'e8}");
    ASSERT_TRUE(cp1250.ok()) << cp1250.error().toStdString();
    EXPECT_EQ(cp1250->text, utf8("šlaź č\n"));
    EXPECT_EQ(cp1250->encoding, QStringLiteral("windows-1250"));

    Result<ImportedDocument> cp1252 = readRtf("{\\rtf1\\ansi\\ansicpg1252 \\'e4\\'94\\'85\\'96}");
    ASSERT_TRUE(cp1252.ok());
    EXPECT_EQ(cp1252->text, utf8("ä”…–\n"));
    EXPECT_EQ(cp1252->encoding, QStringLiteral("windows-1252"));
}

TEST(RtfImporter, AnsiWithoutCodePageIsWindows1252)
{
    Result<ImportedDocument> doc = readRtf("{\\rtf1\\ansi \\'e5\\'e4\\'f6\\'80}");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->text, utf8("åäö€\n"));
    EXPECT_EQ(doc->encoding, QStringLiteral("windows-1252"));
    Result<ImportedDocument> bare = readRtf("{\\rtf1 \\'e4}");
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare->text, utf8("ä\n"));
    EXPECT_EQ(bare->encoding, QStringLiteral("windows-1252"));
    EXPECT_NE(bare->encodingDescription, doc->encodingDescription);
}

TEST(RtfImporter, MacPcAndPcaCharacterSets)
{
    const auto check = [](const char *rtf, const char *text, const char *encoding) {
        Result<ImportedDocument> doc = readRtf(rtf);
        ASSERT_TRUE(doc.ok()) << rtf;
        EXPECT_EQ(doc->text, utf8(text)) << rtf;
        EXPECT_EQ(doc->encoding, QLatin1String(encoding)) << rtf;
    };
    check("{\\rtf1\\mac \\'8a\\'9a\\'8c}", "äöå\n", "macintosh");
    check("{\\rtf1\\pc \\'84\\'94\\'86}", "äöå\n", "IBM437");
    check("{\\rtf1\\pca \\'84\\'94\\'d5}", "äöı\n", "IBM850");
}

TEST(RtfImporter, EightBitTextIsDecodedLikeHexEscapes)
{
    EXPECT_EQ(textOf("{\\rtf1\\ansi\\ansicpg1252 r\xE4ksm\xF6rg\xE5s}"), utf8("räksmörgås\n"));
}

TEST(RtfImporter, MultiByteCodePagesJoinConsecutiveBytes)
{
    // Shift-JIS: 0x82 0xA0 is あ, 0x81 0x63 is …; the trail byte may be ASCII.
    EXPECT_EQ(textOf("{\\rtf1\\ansi\\ansicpg932 \\'82\\'a0\\'81c}"), utf8("あ…\n"));
}

TEST(RtfImporter, AFontsCharsetChoosesItsCodePage)
{
    EXPECT_EQ(
        textOf("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial "
               "Cyr;}{\\f2\\fcharset238 Arial CE;}}\\'c4 {\\f1 \\'c4} {\\f2\\'b9} \\'c4}"),
        utf8("Ä Д ą Ä\n"));
}

TEST(RtfImporter, ForcedEncodingOverridesTheDeclaredOne)
{
    ImportOptions options;
    options.forcedEncoding = QStringLiteral("windows-1250");
    Result<ImportedDocument> doc = readRtf("{\\rtf1\\ansi\\ansicpg1252 \\'9a}", options);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->text, utf8("š\n"));
    EXPECT_EQ(doc->encoding, QStringLiteral("windows-1250"));
    options.forcedEncoding = QStringLiteral("no-such-encoding");
    Result<ImportedDocument> bad = readRtf("{\\rtf1 x}", options);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QLatin1String("no-such-encoding")));
}

TEST(RtfImporter, UndecodableBytesAndUnknownCodePagesAreReported)
{
    Result<ImportedDocument> hole = readRtf("{\\rtf1\\ansi a\\'81b}");
    ASSERT_TRUE(hole.ok());
    EXPECT_EQ(hole->text, utf8("a\uFFFDb\n"));
    EXPECT_EQ(hole->warnings.size(), 1);

    Result<ImportedDocument> unknown = readRtf("{\\rtf1\\ansi\\ansicpg4711 \\'e4}");
    ASSERT_TRUE(unknown.ok());
    EXPECT_EQ(unknown->text, utf8("ä\n"));
    EXPECT_EQ(unknown->encoding, QStringLiteral("windows-1252"));
    ASSERT_EQ(unknown->warnings.size(), 1);
    EXPECT_TRUE(unknown->warnings.first().contains(QLatin1String("4711")));
}

// ---- Destinations ----

TEST(RtfImporter, FontColourStyleAndInfoGroupsAreSkipped)
{
    EXPECT_EQ(textOf("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\froman{\\*\\panose 0202}Times{\\*\\falt Tms};}}"
                     "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}{\\s1 Heading 1;}}"
                     "{\\info{\\title Titel}{\\author Anna}{\\creatim\\yr2024}}{\\*\\generator Writer 1.0;}"
                     "Text}"),
              QStringLiteral("Text\n"));
}

TEST(RtfImporter, StarredDestinationsAreSkippedWhetherKnownOrNot)
{
    EXPECT_EQ(bodyText("a{\\*\\unknowndest hidden {\\b nested}}b{\\*\\bkmkstart x}c{\\*\\shpinst{\\sp{\\sn "
                       "a}{\\sv b}}}d"),
              QStringLiteral("abcd\n"));
}

TEST(RtfImporter, PicturesAndObjectsAreSkipped)
{
    EXPECT_EQ(
        bodyText(
            "a{\\pict\\pngblip\\picw10 89504e470d0a1a0a}b{\\object\\objemb{\\*\\objclass Word}"
            "{\\*\\objdata 0105}{\\result {\\pict 0102}}}c{\\shp{\\*\\shpinst x}{\\shprslt{\\pict 00}}}d"),
        QStringLiteral("abcd\n"));
}

TEST(RtfImporter, HeadersAndFootersAreSkipped)
{
    EXPECT_EQ(bodyText("{\\header Sidhuvud\\par}{\\headerl V}{\\headerr H}{\\headerf F}{\\footer Sidfot}"
                       "{\\footerl a}{\\footerr b}{\\footerf c}Text"),
              QStringLiteral("Text\n"));
}

TEST(RtfImporter, FieldsKeepTheirResultNotTheirInstruction)
{
    EXPECT_EQ(
        bodyText("Se {\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}{\\fldrslt {\\ul sidan}}}."),
        QStringLiteral("Se sidan.\n"));
    // Writers before RTF 1.2 leave out the \*.
    EXPECT_EQ(bodyText("Sida {\\field{\\fldinst PAGE}{\\fldrslt 3}}"), QStringLiteral("Sida 3\n"));
}

TEST(RtfImporter, FootnotesFollowTheBodyWithoutReferenceMarks)
{
    EXPECT_EQ(
        bodyText(
            "Ett{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} Fotnot ett.} tv\\'e5"
            "{\\super\\chftn}{\\footnote {\\super\\chftn}\\tab Fotnot\\par tv\\'e5.}.\\par Sista.\\par "),
        utf8("Ett två.\nSista.\n\nFotnot ett.\n\nFotnot\ntvå.\n"));
}

TEST(RtfImporter, FootnoteInsideATableCellIsNotPartOfTheRow)
{
    EXPECT_EQ(bodyText("\\intbl a{\\footnote x\\par y}\\cell b\\cell\\row "),
              QStringLiteral("a\tb\n\nx\ny\n"));
}

TEST(RtfImporter, HiddenAndDeletedTextIsLeftOut)
{
    EXPECT_EQ(bodyText("a{\\v dold}b{\\deleted borttagen}c\\v x\\v0 d{\\deleted\\par}e"),
              QStringLiteral("abcde\n"));
    EXPECT_EQ(bodyText("{\\v a}\\v b\\plain c"), QStringLiteral("c\n"));
}

TEST(RtfImporter, UprReadsItsUnicodePart)
{
    EXPECT_EQ(bodyText("{\\upr{N\\'e4t}{\\*\\ud{N\\u228?t}}}!"), utf8("Nät!\n"));
}

// ---- Paragraphs, breaks and special characters ----

TEST(RtfImporter, ParLineAndTab)
{
    EXPECT_EQ(bodyText("a\\par b\\line c\\tab d\\par\\par e"), QStringLiteral("a\nb\nc\td\n\ne\n"));
}

TEST(RtfImporter, PageAndColumnBreaksAddNothingSectionEndsAParagraph)
{
    EXPECT_EQ(bodyText("a\\page b\\column c\\par\\page\\par d"), QStringLiteral("abc\n\nd\n"));
    EXPECT_EQ(bodyText("a\\sect b\\par\\sect c"), QStringLiteral("a\nb\nc\n"));
}

TEST(RtfImporter, EveryParagraphEndsWithANewline)
{
    EXPECT_EQ(bodyText("a\\par b"), QStringLiteral("a\nb\n"));
    EXPECT_EQ(bodyText("a\\par b\\par "), QStringLiteral("a\nb\n"));
    EXPECT_EQ(bodyText("a\\par\\par "), QStringLiteral("a\n\n"));
}

TEST(RtfImporter, SpecialSpacesAndHyphens)
{
    EXPECT_EQ(bodyText("10\\~000 e\\-post icke\\_bindande"), utf8("10\u00A0000 epost icke\u2011bindande\n"));
}

TEST(RtfImporter, NamedPunctuation)
{
    EXPECT_EQ(bodyText("\\emdash\\endash\\lquote\\rquote\\ldblquote\\rdblquote\\bullet "),
              utf8("\u2014\u2013\u2018\u2019\u201C\u201D\u2022\n"));
}

TEST(RtfImporter, EscapedBackslashAndBraces)
{
    EXPECT_EQ(bodyText("C:\\\\temp \\{x\\}"), QStringLiteral("C:\\temp {x}\n"));
}

TEST(RtfImporter, ControlWordDelimiters)
{
    // One space ends a control word and vanishes; a second space is text; any other character ends it
    // and stays; digits (with a minus) are the parameter.
    EXPECT_EQ(bodyText("\\b fet\\b0  normal\\i;\\li-720 x\\fs24-y"), QStringLiteral("fet normal;x-y\n"));
    EXPECT_EQ(bodyText("\\unknownword-z"), QStringLiteral("-z\n"));
}

TEST(RtfImporter, LineBreaksInTheSourceAreIgnored)
{
    EXPECT_EQ(bodyText("fl\r\ner\nrad\rer\\par\r\nny"), QStringLiteral("flerrader\nny\n"));
}

TEST(RtfImporter, BackslashBeforeALineBreakIsAParagraph)
{
    EXPECT_EQ(bodyText("a\\\nb\\\r\nc"), QStringLiteral("a\nb\nc\n"));
}

TEST(RtfImporter, BinaryDataIsSkippedEvenWithBracesInIt)
{
    EXPECT_EQ(bodyText("a{\\pict\\bin6 }{\\}\\x}b\\bin3 {{{c"), QStringLiteral("abc\n"));
}

TEST(RtfImporter, ControlCharactersInTheTextAreDropped)
{
    EXPECT_EQ(bodyText("a\x01"
                       "b\\u7?c\tq"),
              QStringLiteral("abc\tq\n"));
}

// ---- Tables ----

TEST(RtfImporter, TableRowIsOneLineWithCellsJoinedByTab)
{
    EXPECT_EQ(
        bodyText(
            "F\\'f6re\\par\\trowd\\cellx100\\cellx200\\cellx300\\pard\\intbl Namn\\cell IP1\\cell  \\cell"
            "\\row\\pard\\intbl Roll\\cell ANDTS\\par och tillsyn\\cell x\\cell\\row\\pard Efter\\par "),
        utf8("Före\nNamn\tIP1\t\nRoll\tANDTS och tillsyn\tx\nEfter\n"));
}

TEST(RtfImporter, NestedTableCellsStayInTheirOuterCell)
{
    EXPECT_EQ(bodyText("\\pard\\intbl a\\cell\\itap2 b\\nestcell c\\nestcell{\\*\\nesttableprops\\nestrow}"
                       "{\\nonesttables b c\\par}\\itap1 d\\cell\\row "),
              QStringLiteral("a\tb c d\n"));
}

TEST(RtfImporter, UnfinishedRowAtTheEndIsStillALine)
{
    EXPECT_EQ(bodyText("\\intbl a\\cell b\\cell"), QStringLiteral("a\tb\n"));
}

// ---- Bad input ----

TEST(RtfImporter, NotRtfIsAClearError)
{
    for (const QByteArray &bytes :
         {QByteArray("Just text"), QByteArray("{\\rtx1 x}"), QByteArray("%PDF-1.6")}) {
        Result<ImportedDocument> doc = readRtf(bytes);
        ASSERT_FALSE(doc.ok()) << bytes.toStdString();
        EXPECT_TRUE(doc.error().contains(QLatin1String("not RTF"))) << doc.error().toStdString();
    }
    Result<ImportedDocument> empty = readRtf(QByteArray());
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(QLatin1String("empty")));
}

TEST(RtfImporter, DocumentWithoutTextIsAnError)
{
    Result<ImportedDocument> doc = readRtf("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par }");
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QLatin1String("no text"))) << doc.error().toStdString();
}

TEST(RtfImporter, TruncatedFileKeepsWhatIsReadableWithAWarning)
{
    const QByteArray whole = test::readFile(test::corpusPath(QStringLiteral("interview-01.rtf")));
    Result<ImportedDocument> doc = readRtf(whole.left(whole.size() / 2));
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    ASSERT_EQ(doc->warnings.size(), 1);
    EXPECT_EQ(doc->warnings.first(),
              QStringLiteral("the RTF ends before all groups are closed; the file may be cut short"));
    EXPECT_TRUE(corpusText("interview-01.txt").startsWith(doc->text.left(doc->text.size() - 1)));
    EXPECT_GT(doc->text.size(), 2000);

    Result<ImportedDocument> unclosed = readRtf("{\\rtf1 Hej {\\b d\\'e5");
    ASSERT_TRUE(unclosed.ok());
    EXPECT_EQ(unclosed->text, utf8("Hej då\n"));
    EXPECT_EQ(unclosed->warnings.size(), 1);
}

TEST(RtfImporter, TruncatedFileWithNothingReadableIsAnError)
{
    Result<ImportedDocument> doc = readRtf("{\\rtf1\\ansi{\\fonttbl{\\f0 Ari");
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QLatin1String("cut short"))) << doc.error().toStdString();
}

TEST(RtfImporter, ExtraClosingBraceIsReportedAndTheRestRead)
{
    Result<ImportedDocument> doc = readRtf("{\\rtf1 Hej} d\\'e5}");
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_EQ(doc->text, utf8("Hej då\n"));
    EXPECT_EQ(doc->warnings.size(), 1);
    // Padding after the last brace, as some writers leave, is no fault.
    EXPECT_EQ(textOf(QByteArray("{\\rtf1 Hej}\r\n") + QByteArray(3, '\0')), QStringLiteral("Hej\n"));
}

TEST(RtfImporter, DeepNestingIsAnErrorNotACrash)
{
    QByteArray deep("{\\rtf1 ");
    deep += QByteArray(100'000, '{') + "x" + QByteArray(100'000, '}') + "}";
    Result<ImportedDocument> doc = readRtf(deep);
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QLatin1String("1000"))) << doc.error().toStdString();

    QByteArray allowed("{\\rtf1 ");
    allowed += QByteArray(RtfImporter::maxGroupDepth - 1, '{') + "x" +
               QByteArray(RtfImporter::maxGroupDepth - 1, '}') + "}";
    EXPECT_EQ(textOf(allowed), QStringLiteral("x\n"));
    QByteArray oneTooMany("{\\rtf1 ");
    oneTooMany +=
        QByteArray(RtfImporter::maxGroupDepth, '{') + "x" + QByteArray(RtfImporter::maxGroupDepth, '}') + "}";
    EXPECT_FALSE(readRtf(oneTooMany).ok());
}

TEST(RtfImporter, BinaryLengthBeyondTheFileIsAnError)
{
    Result<ImportedDocument> doc = readRtf("{\\rtf1 Hej {\\pict\\bin999999999 abc}}");
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QLatin1String("999999999"))) << doc.error().toStdString();
    Result<ImportedDocument> negative = readRtf("{\\rtf1 Hej {\\pict\\bin-5 abc}}");
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().contains(QLatin1String("bin")));
}

// Speed is measured by tematik-bench (import_rtf), not here; this checks a large file reads whole.
TEST(RtfImporter, TenMegabytesReadWhole)
{
    const QByteArray paragraph =
        "\\pard\\plain \\s20\\f5\\fs20{\\loch IP: Det \\u228\\'3fr s\\u229\\'3f "
        "{\\b att}\\uc2 \\u8230\\'81\\'63 vi \\uc1\\'e4ven tr\\u228\\'3fffas.}\n\\par ";
    QByteArray big("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}");
    const int paragraphs = int(10 * 1024 * 1024 / paragraph.size());
    big.reserve(10 * 1024 * 1024 + 1024);
    for (int i = 0; i < paragraphs; ++i)
        big += paragraph;
    big += '}';
    Result<ImportedDocument> doc = readRtf(big);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->text.count(u'\n'), paragraphs);
    EXPECT_EQ(doc->text.left(doc->text.indexOf(u'\n') + 1),
              utf8("IP: Det är så att\u2026 vi även träffas.\n"));
}
