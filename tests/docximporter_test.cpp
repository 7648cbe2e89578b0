#include "core/import/docximporter.h"
#include "core/import/odtimporter.h"
#include "core/import/sourceimport.h"
#include "core/store/sourcestore.h"
#include "core/text/codepointindex.h"
#include "tests/support/projecttest.h"

#include <QSet>

using namespace tematik;

namespace {

QString docxText(const QString &path)
{
    Result<ImportedDocument> doc = DocxImporter().read(test::readFile(path), {});
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? std::string() : doc.error().toStdString());
    return doc.ok() ? doc->text : QString();
}

QString odtText(const QString &path)
{
    Result<ImportedDocument> doc = OdtImporter().read(test::readFile(path), {});
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? std::string() : doc.error().toStdString());
    return doc.ok() ? doc->text : QString();
}

QString fixture(const char *name)
{
    return test::dataPath(QStringLiteral("docx/") + QString::fromLatin1(name));
}

using WordImport = test::ProjectTest;

} // namespace

TEST(DocxImporter, CorpusBodiesEqualTheirTextTwins)
{
    EXPECT_TRUE(test::sameBodyAsTwin(docxText(test::corpusPath(QStringLiteral("interview-04.docx"))),
                                     QStringLiteral("interview-04.txt")));
    EXPECT_TRUE(test::sameBodyAsTwin(docxText(test::corpusPath(QStringLiteral("focusgroup.docx"))),
                                     QStringLiteral("focusgroup.txt")));
}

TEST(OdtImporter, CorpusBodyEqualsItsTextTwin)
{
    EXPECT_TRUE(test::sameBodyAsTwin(odtText(test::corpusPath(QStringLiteral("interview-05.odt"))),
                                     QStringLiteral("interview-05.txt")));
}

TEST(DocxImporter, TitleAndHeaderTableLikeACarefulCopy)
{
    const QString text = docxText(test::corpusPath(QStringLiteral("interview-04.docx")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Intervju 4\n\nDatum\t2024-03-11\nLängd\t44 min\n")));
    // Bold speaker labels come out as plain text, one turn per paragraph, a blank line between.
    EXPECT_TRUE(text.contains(QStringLiteral("\n\nI: Kan du börja med att berätta hur din tjänst ser ut?\n\nIP: Ja,")));
    EXPECT_TRUE(text.endsWith(u'\n'));
    EXPECT_FALSE(text.endsWith(QStringLiteral("\n\n")));
}

TEST(DocxImporter, DecomposedCharacterIsKept)
{
    const QString text = docxText(test::corpusPath(QStringLiteral("interview-04.docx")));
    EXPECT_EQ(text.count(QStringLiteral("ide\u0301")), 1);
    EXPECT_EQ(text.count(QStringLiteral("id\u00e9")), 1);
}

TEST_F(WordImport, FocusGroupTurnsAndTheUnlabelledLaughter)
{
    Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("focusgroup.docx")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->format, QStringLiteral("docx"));
    EXPECT_EQ(r->turns, 70);
    const QString text = *project->sources().text(r->sourceId);
    // The italic "[flera skrattar]" is a paragraph of its own, inside no turn.
    const qsizetype laugh = text.indexOf(QStringLiteral("\n\n[flera skrattar]\n\n"));
    ASSERT_GT(laugh, 0);
    const qint64 at = CodePointIndex(text).toCodePoint(laugh + 2);
    for (const SpeakerTurn &t : project->sources().turns(r->sourceId))
        EXPECT_FALSE(t.start <= at && at < t.end) << t.speaker.toStdString();
    QSet<QString> speakers;
    for (const SpeakerTurn &t : project->sources().turns(r->sourceId))
        speakers.insert(t.speaker);
    EXPECT_EQ(speakers.size(), 6);
    // The original DOCX is kept in the project.
    EXPECT_EQ(*project->sources().original(r->sourceId), test::readFile(test::corpusPath(QStringLiteral("focusgroup.docx"))));
}

TEST_F(WordImport, OdtAndDocxInterviewsFindTheirTurns)
{
    Result<ImportReport> odt = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-05.odt")));
    Result<ImportReport> docx = SourceImport::importFile(*project, test::corpusPath(QStringLiteral("interview-04.docx")));
    ASSERT_TRUE(odt.ok() && docx.ok());
    EXPECT_EQ(odt->format, QStringLiteral("odt"));
    EXPECT_EQ(odt->turns, 27);
    EXPECT_EQ(docx->turns, 28);
}

TEST(DocxImporter, EveryQuirk)
{
    const QString text = docxText(fixture("quirks.docx"));
    const QString expected = QStringLiteral(
        "Intervju 9\n\n"
        "Datum\t2024-05-01\nPlats\tRum 1 och rum 2\n\n" // a row per line; a cell's paragraphs joined by a space
        "I: Hur började det?\n\n"
        "IP: Med en kursiv fråga.\n\n"                  // formatting dropped; no footnote mark left
        "Första raden\nandra radenefter sidbrytning.\n\n" // line break kept; page and column breaks add nothing
        "Före\tefter tabb\n\n"                          // run tab kept, tab stops in the paragraph ignored
        "Listpunkt ett\n\nListpunkt två\n\n"            // list items without bullet glyphs
        "Kvar infogat\n\n"                              // tracked deletion left out, insertion kept
        "fältresultat\n\n"                              // field result kept, field code left out
        "ide\u0301 och id\u00e9\n\n"                    // decomposed and precomposed é as written
        "grå\u2011grön\n\n"                             // non-breaking hyphen; empty paragraphs add nothing
        "val\n\n"                                       // alternate content: the choice, not the fallback
        "Fotnotens text.\n\n"                           // notes after the body, in reference order
        "Slutnotens text.\n");
    EXPECT_EQ(text, expected);
}

TEST(OdtImporter, EveryQuirk)
{
    const QString text = odtText(fixture("quirks.odt"));
    const QString expected = QStringLiteral(
        "Intervju 10\n\n"
        "Datum\t2024-06-01\nHela raden\n\n"  // covered cells add nothing
        "I: Hur var det?\n\n"                // white-space runs collapse to one space
        "IP: Bra faktiskt.\n\n"              // leading blanks dropped; the note's citation left out
        "Tre   blanksteg\ttabb\nny rad sida.\n\n" // text:s, text:tab, text:line-break literal; soft page break nothing
        "Punkt ett\n\nPunkt två\n\n"
        "Kvar här.\n\n"                      // tracked deletion and annotation left out
        "Fotnot i ODT.\n");
    EXPECT_EQ(text, expected);
}

TEST(DocxImporter, ChosenByContentAndName)
{
    const QByteArray docx = test::readFile(test::corpusPath(QStringLiteral("interview-04.docx")));
    const QByteArray odt = test::readFile(test::corpusPath(QStringLiteral("interview-05.odt")));
    EXPECT_GE(DocxImporter().confidence(QStringLiteral("x.docx"), docx.left(4096)), 90);
    EXPECT_GE(DocxImporter().confidence(QStringLiteral("renamed.bin"), docx.left(4096)), 50);
    EXPECT_EQ(OdtImporter().confidence(QStringLiteral("renamed.docx"), odt.left(4096)), 100);
    EXPECT_EQ(DocxImporter().confidence(QStringLiteral("x.txt"), QByteArray("plain text")), 0);
}

TEST_F(WordImport, BadContainersGetClearMessagesAndLeaveNothing)
{
    const struct
    {
        const char *file;
        const char *reason;
    } cases[] = {
        {"no-document.docx", "no word/document.xml"},
        {"bad-xml.docx", "not well-formed XML (line"},
        {"truncated.docx", "damaged or incomplete"},
        {"bomb.docx", "ZIP bomb"},
        {"bomb-lying.docx", "ZIP bomb"},
        {"no-content.odt", "no content.xml"},
    };
    for (const auto &c : cases) {
        Result<ImportReport> r = SourceImport::importFile(*project, fixture(c.file));
        ASSERT_FALSE(r.ok()) << c.file;
        EXPECT_TRUE(r.error().startsWith(QString::fromLatin1(c.file) + u':')) << r.error().toStdString();
        EXPECT_TRUE(r.error().contains(QLatin1String(c.reason))) << r.error().toStdString();
    }
    EXPECT_EQ(project->counts().sources, 0);
}
