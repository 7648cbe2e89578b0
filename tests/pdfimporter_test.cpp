#include "core/import/importerregistry.h"
#include "core/import/pdfimporter.h"
#include "core/import/pdflayout.h"
#include "core/import/sourceimport.h"
#include "core/store/sourcestore.h"
#include "tests/support/projecttest.h"

#include <QLoggingCategory>
#include <QSet>

using namespace tematik;

namespace {

// ---- PdfLayout on words placed by hand -------------------------------------------------------------

// Sets one line of words from x, its boxes' tops at `top`, in a model font where every character is
// half an em wide, a space a quarter em and a box 1.2 em tall. Several calls at one `top` make cells.
void addLine(PdfPage &page, double x, double top, QStringView text, double size = 10)
{
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const double width = double(words[i].size()) * size / 2;
        page.words.append(
            PdfWord{words[i].toString(), x, top, x + width, top + 1.2 * size, size, i + 1 < words.size()});
        x += width + size / 4;
    }
}

PdfPage a5()
{
    PdfPage page;
    page.width = 420;
    page.height = 595;
    return page;
}

TEST(PdfLayout, NoWordsMakeNoText)
{
    EXPECT_EQ(PdfLayout::text({}), QString());
    EXPECT_EQ(PdfLayout::text({a5(), a5()}), QString());
}

TEST(PdfLayout, WordsOffThePageOrWithoutAPlaceAreLeftOut)
{
    // A damaged file's boxes: nowhere at all, or far off the page.
    PdfPage page = a5();
    for (int i = 0; i < 6; ++i)
        addLine(page, 50, 100 + 12 * i, QStringLiteral("rad%1").arg(i));
    page.words.append(PdfWord{QStringLiteral("nan"), qQNaN(), 100, qQNaN(), 112, 10, false});
    page.words.append(PdfWord{QStringLiteral("inf"), 50, qInf(), 80, qInf(), 10, false});
    page.words.append(PdfWord{QStringLiteral("fjärran"), 1e12, 300, 1e12 + 35, 312, 10, false});
    page.words.append(PdfWord{QStringLiteral("ovanför"), 50, -40, 85, -28, 10, false});
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("rad0 rad1 rad2 rad3 rad4 rad5\n"));

    // On a page of unknown size the far word stays, and the search for columns does not measure a
    // text a trillion points wide.
    page.width = page.height = 0;
    const QString text = PdfLayout::text({page});
    EXPECT_TRUE(text.contains(QStringLiteral("fjärran"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("nan"))) << text.toStdString();
}

TEST(PdfLayout, MoreSpaceThanTheLineSpacingOpensAParagraph)
{
    // Every line runs to the margin, so only the spacing tells the paragraphs apart.
    PdfPage page = a5();
    addLine(page, 50, 100, u"aaaa bbbb cccc dddd");
    addLine(page, 50, 112, u"eeee ffff gggg hhhh");
    addLine(page, 50, 130, u"iiii jjjj kkkk llll");
    addLine(page, 50, 142, u"mmmm nnnn oooo pppp");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral(
                  "aaaa bbbb cccc dddd eeee ffff gggg hhhh\n\niiii jjjj kkkk llll mmmm nnnn oooo pppp\n"));
}

TEST(PdfLayout, AShortLastLineEndsAParagraphWhenParagraphsAreNotSpaced)
{
    PdfPage page = a5();
    addLine(page, 50, 100, u"aaaa bbbb cccc dddd");
    addLine(page, 50, 112, u"eeee.");
    addLine(page, 50, 124, u"ffff gggg hhhh iiii");
    addLine(page, 50, 136, u"jjjj.");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral("aaaa bbbb cccc dddd eeee.\n\nffff gggg hhhh iiii jjjj.\n"));
}

TEST(PdfLayout, ShortLinesInsideASpacedParagraphAreLineBreaks)
{
    // Paragraphs are set apart by space, so short lines at the usual pitch are manual line breaks, as in
    // a header block.
    PdfPage page = a5();
    addLine(page, 50, 100, u"Datum: 2024-04-02");
    addLine(page, 50, 112, u"Längd: 50 min");
    addLine(page, 50, 130, u"I: Hur började det hela för dig, när du");
    addLine(page, 50, 142, u"kom hit?");
    addLine(page, 50, 160, u"IP: Med en pärm och en lista med namn,");
    addLine(page, 50, 172, u"faktiskt.");
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("Datum: 2024-04-02\nLängd: 50 min\n\n"
                                                      "I: Hur började det hela för dig, när du kom hit?\n\n"
                                                      "IP: Med en pärm och en lista med namn, faktiskt.\n"));
}

TEST(PdfLayout, AnIndentedFirstLineOpensAParagraph)
{
    PdfPage page = a5();
    addLine(page, 50, 100, u"aaaa bbbb cccc dddd");
    addLine(page, 50, 112, u"eeee ffff gggg hhhh");
    addLine(page, 70, 124, u"iiii jjjj kkkk"); // ends at the margin too
    addLine(page, 50, 136, u"llll mmmm nnnn oooo");
    EXPECT_EQ(
        PdfLayout::text({page}),
        QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg hhhh\n\niiii jjjj kkkk llll mmmm nnnn oooo\n"));
}

TEST(PdfLayout, AHangingIndentAfterALabelContinuesTheTurn)
{
    // "IP:<TAB>…" with the turn's further lines under its first word.
    PdfPage page = a5();
    addLine(page, 50, 100, u"IP:");
    addLine(page, 90, 100, u"aaaa bbbb cccc dddd");
    addLine(page, 90, 112, u"eeee ffff gggg hhhh");
    addLine(page, 90, 124, u"iiii.");
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("IP: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii.\n"));
}

TEST(PdfLayout, AQuotationNarrowerThanTheTextKeepsItsLinesTogether)
{
    // No space between paragraphs; the quotation is indented on both sides. Its third line stops short
    // of the text's margin but not of its own.
    PdfPage page = a5();
    addLine(page, 50, 100, u"aaaa bbbb cccc dddd eeee ffff gggg hhh");
    addLine(page, 50, 112, u"iiii jjjj kkkk.");
    addLine(page, 70, 124, u"llll mmmm nnnn oooo pppp qqqq r");
    addLine(page, 70, 136, u"ssss tttt uuuu vvvv wwww xxxx y");
    addLine(page, 70, 148, u"zzzz aaaa bbbb cccc dddd eeee");
    addLine(page, 70, 160, u"ff gggg.");
    addLine(page, 50, 172, u"hhhh iiii jjjj kkkk llll mmmm nnnn ooo");
    addLine(page, 50, 184, u"pppp.");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg hhh iiii jjjj kkkk.\n\n"
                             "llll mmmm nnnn oooo pppp qqqq r ssss tttt uuuu vvvv wwww "
                             "xxxx y zzzz aaaa bbbb cccc dddd eeee ff gggg.\n\n"
                             "hhhh iiii jjjj kkkk llll mmmm nnnn ooo pppp.\n"));
}

TEST(PdfLayout, BackingOutOfAHangingIndentOpensAParagraph)
{
    // A numbered list without space between its items; each item's first line runs to the margin.
    PdfPage page = a5();
    addLine(page, 50, 100, u"1.");
    addLine(page, 65, 100, u"aaaa bbbb cccc dddd");
    addLine(page, 65, 112, u"eeee ffff gggg hhhh");
    addLine(page, 50, 124, u"2.");
    addLine(page, 65, 124, u"iiii jjjj kkkk llll");
    addLine(page, 65, 136, u"mmmm.");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral("1. aaaa bbbb cccc dddd eeee ffff gggg hhhh\n\n2. iiii jjjj kkkk llll mmmm.\n"));
}

TEST(PdfLayout, ABulletOpensAParagraph)
{
    PdfPage page = a5();
    addLine(page, 50, 100, u"\u2022 aaaa bbbb cccc dddd");
    addLine(page, 50, 112, u"eeee ffff gggg hhhh iii");
    addLine(page, 50, 124, u"\u2022 jjjj kkkk llll mmmm");
    EXPECT_EQ(
        PdfLayout::text({page}),
        QStringLiteral("\u2022 aaaa bbbb cccc dddd eeee ffff gggg hhhh iii\n\n\u2022 jjjj kkkk llll mmmm\n"));
}

TEST(PdfLayout, ALineStickingOutPastTheMarginDoesNotMoveIt)
{
    // A web address overruns the right margin; the lines that end at the margin still run on.
    PdfPage page = a5();
    for (int i = 0; i < 5; ++i) {
        addLine(page, 50, 100 + 24 * i, QStringLiteral("aaaa bbbb cccc dddd%1").arg(i));
        addLine(page, 50, 112 + 24 * i, QStringLiteral("eeee ffff gggg hhhh%1").arg(i));
    }
    addLine(page, 50, 220, u"https://example.org/a/very/long/address/that/runs/on");
    QString expected;
    for (int i = 0; i < 5; ++i)
        expected += QStringLiteral("aaaa bbbb cccc dddd%1 eeee ffff gggg hhhh%1 ").arg(i);
    expected += QStringLiteral("https://example.org/a/very/long/address/that/runs/on\n");
    EXPECT_EQ(PdfLayout::text({page}), expected);
}

TEST(PdfLayout, AHeadingInTheLeftMarginDoesNotMoveIt)
{
    // The heading stands out to the left; the paragraph under it goes on at the top of the next page.
    QList<PdfPage> pages{a5(), a5()};
    addLine(pages[0], 20, 80, u"1 Inledning", 14);
    addLine(pages[0], 50, 100, u"aaaa bbbb cccc dddd");
    addLine(pages[0], 50, 112, u"eeee ffff gggg hhhh");
    addLine(pages[1], 50, 100, u"iiii jjjj.");
    EXPECT_EQ(PdfLayout::text(pages),
              QStringLiteral("1 Inledning\n\naaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj.\n"));
}

TEST(PdfLayout, ALineInALargerFontIsAHeading)
{
    // The heading runs to the margin and sits at about the usual pitch: only its size sets it apart.
    PdfPage page = a5();
    addLine(page, 50, 80, u"Rubrik över", 16);
    addLine(page, 50, 100, u"aaaa bbbb cccc");
    addLine(page, 50, 112, u"dddd eeee ffff");
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("Rubrik över\n\naaaa bbbb cccc dddd eeee ffff\n"));
}

TEST(PdfLayout, DividedWordsAreJoinedRealHyphensAndDashesKept)
{
    PdfPage page = a5();
    addLine(page, 50, 100, u"vi har en sam-");
    addLine(page, 50, 112, u"ordnare och en ANDTS-");
    addLine(page, 50, 124, u"samordnare i hälso-");
    addLine(page, 50, 136, u"och sjukvården om jag –");
    addLine(page, 50, 148, u"om man ser, vi ses i sam\u00AD");
    // A soft hyphen is only ever a division, even after capitals, where a hyphen would stay.
    addLine(page, 50, 160, u"verkan och e-post. Om TV\u00AD");
    addLine(page, 50, 172, u"tittandet.");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral("vi har en samordnare och en ANDTS-samordnare i hälso- och "
                             "sjukvården om jag – om man ser, vi ses i samverkan och "
                             "e-post. Om TVtittandet.\n"));
}

TEST(PdfLayout, BoxesWithoutSpaceBetweenThemAreOneWord)
{
    // Poppler gives a word in two fonts as two boxes; a gap without a space flag is still a space.
    PdfPage page = a5();
    page.words.append(PdfWord{QStringLiteral("ANDTS"), 50, 100, 75, 112, 10, false});
    page.words.append(PdfWord{QStringLiteral("-samordnare"), 75, 100, 130, 112, 10, false});
    page.words.append(PdfWord{QStringLiteral("ringde"), 133, 100, 163, 112, 10, false});
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("ANDTS-samordnare ringde\n"));
}

TEST(PdfLayout, LigaturesBecomeLettersAndNothingElseChanges)
{
    PdfPage page = a5();
    addLine(page, 50, 100, u"o\uFB03ciella \uFB02ödet och ide\u0301n");
    EXPECT_EQ(PdfLayout::text({page}), QStringLiteral("officiella flödet och ide\u0301n\n"));
}

TEST(PdfLayout, TwoColumnsOnOneBaselineAreReadColumnByColumn)
{
    PdfPage page = a5();
    addLine(page, 40, 40, u"Rubrik över spalterna", 14);
    for (int i = 0; i < 6; ++i) {
        // 30 characters a line: each column's lines run to its margin.
        addLine(page, 40, 70 + 12 * i, QStringLiteral("vänster%1 aaaa bbbb cccc dddd").arg(i));
        addLine(page, 220, 70 + 12 * i, QStringLiteral("höger%1 eeee ffff gggg hhhh ii").arg(i));
    }
    addLine(page, 220, 142, u"slut.");
    QString expected = QStringLiteral("Rubrik över spalterna\n\n");
    for (int i = 0; i < 6; ++i)
        expected += QStringLiteral("vänster%1 aaaa bbbb cccc dddd ").arg(i);
    for (int i = 0; i < 6; ++i)
        expected += QStringLiteral("höger%1 eeee ffff gggg hhhh ii ").arg(i);
    expected += QStringLiteral("slut.\n");
    EXPECT_EQ(PdfLayout::text({page}), expected);
}

TEST(PdfLayout, ATableRowIsOneLineOfCellsAndWrappedCellsJoinAgain)
{
    // The corpus PDF's header: a label column and a value column. Cells wrap onto lines closer to each
    // other than the rows are: both cells of the second row, the label of the third, the value of the last.
    PdfPage page = a5();
    addLine(page, 65, 100, u"Datum");
    addLine(page, 171, 100, u"2024-04-02");
    addLine(page, 65, 120, u"Roll/");
    addLine(page, 171, 120, u"Folkhälsosamordnare med inriktning,");
    addLine(page, 65, 134, u"ansvarsområde");
    addLine(page, 171, 134, u"ca 1 år");
    addLine(page, 65, 154, u"Ort/");
    addLine(page, 171, 154, u"Lillby");
    addLine(page, 65, 168, u"kommun");
    addLine(page, 65, 188, u"Kommunstorlek");
    addLine(page, 171, 188, u"mellanstor kommun,");
    addLine(page, 171, 202, u"ca 27 000 invånare");
    addLine(page, 62, 224, u"I: Du är relativt ny i rollen. Kan du berätta hur det");
    addLine(page, 62, 240, u"har varit att komma in i den?");
    addLine(page, 62, 264, u"IP: Ja… det har varit en resa, kan man säga. Jag");
    addLine(page, 62, 280, u"började för ett år sedan.");
    EXPECT_EQ(PdfLayout::text({page}),
              QStringLiteral(
                  "Datum\t2024-04-02\n"
                  "Roll/ansvarsområde\tFolkhälsosamordnare med inriktning, ca 1 år\n"
                  "Ort/kommun\tLillby\n"
                  "Kommunstorlek\tmellanstor kommun, ca 27 000 invånare\n\n"
                  "I: Du är relativt ny i rollen. Kan du berätta hur det har varit att komma in i den?\n\n"
                  "IP: Ja… det har varit en resa, kan man säga. Jag började för ett år sedan.\n"));
}

TEST(PdfLayout, RunningLinesAndPageNumbersAreLeftOutTitlesAndBodyNumbersKept)
{
    QList<PdfPage> pages;
    for (int n = 1; n <= 3; ++n) {
        PdfPage page = a5();
        addLine(page, 50, 30, QStringLiteral("Projekt Samverkan – sida %1").arg(n), 8);
        addLine(page, 200, 560, QStringLiteral("- %1 -").arg(n), 8);
        pages.append(page);
    }
    addLine(pages[0], 50, 50, u"Intervju nio", 14); // in the top band, but on one page only
    addLine(pages[0], 50, 100, u"aaaa bbbb cccc dddd");
    addLine(pages[0], 50, 112, u"eeee ffff gggg hhhh");
    addLine(pages[1], 50, 100, u"iiii jjjj kkkk llll"); // the paragraph goes on
    addLine(pages[1], 50, 112, u"mmmm.");
    addLine(pages[1], 50, 300, u"42");
    addLine(pages[2], 50, 100, u"nnnn.");
    EXPECT_EQ(PdfLayout::text(pages),
              QStringLiteral("Intervju nio\n\n"
                             "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm.\n\n"
                             "42\n\nnnnn.\n"));
}

TEST(PdfLayout, ASpeakerLabelAfterAFinishedSentenceOpensATurnAcrossAPageBreak)
{
    // The last line of page 1 runs to the margin; only the label says a new turn begins.
    QList<PdfPage> pages{a5(), a5()};
    addLine(pages[0], 50, 100, u"I: aaaa bbbb cccc dddd");
    addLine(pages[0], 50, 112, u"eeee ffff gggg hhhh.");
    addLine(pages[1], 50, 100, u"IP: iiii jjjj kkkk.");
    EXPECT_EQ(PdfLayout::text(pages),
              QStringLiteral("I: aaaa bbbb cccc dddd eeee ffff gggg hhhh.\n\nIP: iiii jjjj kkkk.\n"));
}

// ---- PdfImporter on PDF files -----------------------------------------------------------------------

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("pdf/") + name);
}

Result<ImportedDocument> readPdf(const QString &path)
{
    return PdfImporter().read(test::readFile(path), {});
}

QString pdfText(const QString &path)
{
    Result<ImportedDocument> doc = readPdf(path);
    EXPECT_TRUE(doc.ok()) << path.toStdString() << ": "
                          << (doc.ok() ? std::string() : doc.error().toStdString());
    return doc.ok() ? doc->text : QString();
}

QString corpusPdfText()
{
    return pdfText(test::corpusPath(QStringLiteral("interview-06.pdf")));
}

TEST(PdfImporter, CorpusBodyEqualsItsTextTwin)
{
    EXPECT_TRUE(test::sameBodyAsTwin(corpusPdfText(), QStringLiteral("interview-06.txt")));
}

TEST(PdfImporter, CorpusTitleAndHeaderTableLikeACarefulCopy)
{
    const QString text = corpusPdfText();
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "Intervju 6\n\n"
        "Datum\t2024-04-02\n"
        "Längd\t50 min\n"
        "Roll/ansvarsområde\tFolkhälsosamordnare med inriktning ANDTS och psykisk hälsa (100 %), ca 1 år i "
        "tjänsten\n"
        "Kommunstorlek\tmellanstor kommun, ca 27 000 invånare\n"
        "Respondent\tIP6 (pseudonym) – Intervjuare: I\n"
        "Transkribering\tordagrann; ”/…/” = utelämnat, [skratt] = skratt\n\n"
        "I: Du är relativt ny i rollen. Kan du berätta hur det har varit att komma in i den?\n\n"
        "IP: Ja… [skratt]")))
        << text.left(800).toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("\n\nIP: Tack! Det var kul att få reflektera lite.\n")));
}

TEST(PdfImporter, CorpusTurnsRunAcrossPageBreaks)
{
    const QString text = corpusPdfText();
    // Page 1 ends inside this turn; page 2 ends after "förut." and page 3 opens with the next question.
    EXPECT_TRUE(text.contains(
        QStringLiteral("som ska täcka både ANDTS och psykisk hälsa. Och det är, eh, mycket jobb.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Det fanns inte förut.\n\nI: Vad skulle du säga till någon")));
}

using PdfSourceImport = test::ProjectTest;

TEST_F(PdfSourceImport, CorpusPdfGivesTheTurnsOfItsTextTwin)
{
    Result<ImportReport> r =
        SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-06.pdf")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->format, QStringLiteral("pdf"));
    EXPECT_EQ(r->encoding, QStringLiteral("PDF text layer"));
    EXPECT_EQ(r->turns, 28);
    EXPECT_TRUE(r->warnings.isEmpty()) << r->warnings.join(u'\n').toStdString();
    QSet<QString> labels;
    for (const SpeakerTurn &t : project->sources().turns(r->sourceId))
        labels.insert(t.speaker);
    EXPECT_EQ(labels, (QSet<QString>{QStringLiteral("I"), QStringLiteral("IP")}));
    // The original bytes are kept as they came.
    EXPECT_EQ(*project->sources().original(r->sourceId),
              test::readFile(test::corpusPath(QStringLiteral("interview-06.pdf"))));
}

// Each fixture X.pdf comes with X.txt, the text a careful person would copy out of it.
class PdfFixture : public ::testing::TestWithParam<const char *>
{
};

TEST_P(PdfFixture, TextIsTheGoldenCopy)
{
    const QString name = QString::fromLatin1(GetParam());
    const QString expected = QString::fromUtf8(test::readFile(fixture(name + QStringLiteral(".txt"))));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(pdfText(fixture(name + QStringLiteral(".pdf"))), expected);
}

INSTANTIATE_TEST_SUITE_P(Layouts, PdfFixture,
                         ::testing::Values("hyphenation", "header-footer", "page-break", "two-columns",
                                           "indented", "partly-scanned"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return QString::fromLatin1(param.param).replace(u'-', u'_').toStdString();
                         });

TEST(PdfImporter, DividedWordsJoinedHyphensOfCompoundsAndDashesKept)
{
    const QString text = pdfText(fixture(QStringLiteral("hyphenation.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("där jag som samordnare håller")));
    EXPECT_TRUE(text.contains(QStringLiteral("och ANDTS-samordnare från")));          // inside a line
    EXPECT_TRUE(text.contains(QStringLiteral("hade en ANDTS-samordnare på heltid"))); // at a line end
    EXPECT_TRUE(text.contains(QStringLiteral("hela hälso- och sjukvårdens")));
    EXPECT_TRUE(text.contains(QStringLiteral("om jag – om man")));
    EXPECT_FALSE(text.contains(QStringLiteral("sam-")));
}

TEST(PdfImporter, RunningHeadersAndFootersLeftOutParagraphsJoinedAcrossPages)
{
    const QString text = pdfText(fixture(QStringLiteral("header-footer.pdf")));
    EXPECT_FALSE(text.contains(QStringLiteral("Samverkansprojektet")));
    EXPECT_FALSE(text.contains(QStringLiteral("Sida")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Intervju 7\n\nDatum: 2024-05-02\nLängd: 40 min\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("erbjöd sig att stå för lokalen")));
    EXPECT_TRUE(text.contains(QStringLiteral("göra samma misstag")));
}

TEST(PdfImporter, PageNumbersLeftOutParagraphJoinedAcrossThePageBreak)
{
    const QString text = pdfText(fixture(QStringLiteral("page-break.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("försöker vi få med fritidsförvaltningen också")));
    for (const QString &paragraph : text.split(QStringLiteral("\n\n")))
        EXPECT_FALSE(paragraph.trimmed().toInt()) << paragraph.toStdString();
}

TEST(PdfImporter, TwoColumnsReadInOrder)
{
    const QString text = pdfText(fixture(QStringLiteral("two-columns.pdf")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Fokus: samverkan i länet\n\nI: Hur ser samverkan ut")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("spelar om pengar. Men det hänger mycket på personer, tyvärr.\n\nI: Vad menar")));
    EXPECT_FALSE(text.contains(QStringLiteral("- 1 -")));
}

TEST(PdfImporter, PagesWithoutTextAndRotatedWordsAreLeftOutWithAWarning)
{
    Result<ImportedDocument> doc = readPdf(fixture(QStringLiteral("partly-scanned.pdf")));
    ASSERT_TRUE(doc.ok()) << doc.error().toStdString();
    EXPECT_FALSE(doc->text.contains(QStringLiteral("UTKAST")));
    ASSERT_EQ(doc->warnings.size(), 2) << doc->warnings.join(u'\n').toStdString();
    EXPECT_TRUE(doc->warnings[0].contains(QStringLiteral("(2)"))) << doc->warnings[0].toStdString();
    EXPECT_TRUE(doc->warnings[0].contains(QStringLiteral("OCR"))) << doc->warnings[0].toStdString();
    EXPECT_TRUE(doc->warnings[1].contains(QStringLiteral("rotated"))) << doc->warnings[1].toStdString();
}

TEST(PdfImporter, AnOwnerPasswordAloneDoesNotStopTheImport)
{
    EXPECT_EQ(pdfText(fixture(QStringLiteral("owner-password-only.pdf"))),
              QString::fromUtf8(test::readFile(fixture(QStringLiteral("page-break.txt")))));
}

void expectRefused(const QByteArray &bytes, const char *reason)
{
    Result<ImportedDocument> doc = PdfImporter().read(bytes, {});
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.error().contains(QLatin1String(reason))) << doc.error().toStdString();
}

TEST(PdfImporter, AScanWithoutTextLayerNeedsOcr)
{
    expectRefused(test::readFile(fixture(QStringLiteral("scanned.pdf"))),
                  "no text layer (it is a scanned image); run OCR");
}

TEST(PdfImporter, APasswordProtectedPdfIsRefused)
{
    expectRefused(test::readFile(fixture(QStringLiteral("encrypted.pdf"))),
                  "password-protected; remove the protection");
}

TEST(PdfImporter, DamagedAndForeignFilesAreRefused)
{
    expectRefused(test::readFile(fixture(QStringLiteral("page-break.pdf"))).left(1500), "the PDF is damaged");
    expectRefused(QByteArrayLiteral("%PDF-1.4\n"), "the PDF is damaged");
    expectRefused(test::readFile(test::corpusPath(QStringLiteral("interview-06.txt"))), "not a PDF");
    expectRefused(QByteArray(), "not a PDF");
}

QStringList popplerDebugMessages;

void collectImportDebug(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg && qstrcmp(context.category, "tematik.import") == 0)
        popplerDebugMessages.append(message);
    else if (type != QtDebugMsg && type != QtInfoMsg)
        ADD_FAILURE() << "unexpected message: " << message.toStdString();
}

TEST(PdfImporter, PopplerComplaintsBecomeDebugMessagesOfTheImportCategory)
{
    popplerDebugMessages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("tematik.import.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectImportDebug);
    const Result<ImportedDocument> doc =
        PdfImporter().read(QByteArrayLiteral("%PDF-1.4\nno objects here\n"), {});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    EXPECT_FALSE(doc.ok());
    EXPECT_TRUE(std::any_of(popplerDebugMessages.begin(), popplerDebugMessages.end(), [](const QString &m) {
        return m.contains(QLatin1String("poppler:"));
    })) << popplerDebugMessages.join(u'\n').toStdString();
}

TEST_F(PdfSourceImport, RefusalNamesTheFileAndLeavesNothingBehind)
{
    Result<ImportReport> r = SourceImport::importFile(*project, fixture(QStringLiteral("scanned.pdf")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().startsWith(QStringLiteral("scanned.pdf: "))) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QLatin1String("OCR"))) << r.error().toStdString();
    EXPECT_EQ(project->counts().sources, 0);
}

TEST(PdfImporter, ConfidenceFromTheSignatureThenTheExtension)
{
    const PdfImporter pdf;
    EXPECT_EQ(pdf.confidence(QStringLiteral("utskrift.bin"), QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3")), 100);
    EXPECT_EQ(pdf.confidence(QStringLiteral("Intervju.PDF"), QByteArrayLiteral("garbage")), 50);
    EXPECT_EQ(pdf.confidence(QStringLiteral("intervju.txt"), QByteArrayLiteral("I: Hej")), 0);
    EXPECT_EQ(pdf.confidence(QStringLiteral("intervju.txt"), QByteArrayLiteral(" %PDF-1.4")), 0);
    const Importer *chosen = ImporterRegistry::standard().importerFor(QStringLiteral("interview-06"),
                                                                      QByteArrayLiteral("%PDF-1.6\n"));
    ASSERT_NE(chosen, nullptr);
    EXPECT_EQ(chosen->id(), QStringLiteral("pdf"));
}

} // namespace
