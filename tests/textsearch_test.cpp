#include "core/search/searchquery.h"
#include "core/search/textsearch.h"

#include "core/import/sourceimport.h"
#include "core/store/database.h"
#include "core/store/sourcestore.h"
#include "core/text/foldedtext.h"
#include "tests/support/projecttest.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

using namespace tematik;

namespace {

class TextSearchTest : public test::ProjectTest
{
protected:
    SourceId import(const char *file)
    {
        Result<ImportReport> r = SourceImport::importFile(*project, test::corpusPath(QString::fromLatin1(file)));
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? r->sourceId : 0;
    }

    QList<SearchHit> find(const QString &query, const SearchOptions &options = {})
    {
        Result<QList<SearchHit>> hits = TextSearch(project->database()).find(query, options);
        EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
        return hits.ok() ? *hits : QList<SearchHit>();
    }

    SourceId addText(const QString &text)
    {
        Result<SourceId> id = project->sources().add(NewSource{QStringLiteral("t"), QStringLiteral("t.txt"),
                                                              QStringLiteral("txt"), {}, text.toUtf8(), {}, text, {}});
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    qint64 indexRows()
    {
        Result<Statement> q = project->database().prepare("SELECT count(*) FROM source_search");
        EXPECT_TRUE(q.ok() && q->next());
        return q->int64(0);
    }
};

} // namespace

TEST(FoldedText, MapsFoldedRangesBackToStoredCodePoints)
{
    // "Ide" + combining acute, then an emoji (two UTF-16 units, one code point), then "Å".
    const QString stored = QStringLiteral("Ide\u0301 \U0001F60A \u00C5");
    const FoldedText folded(stored);
    EXPECT_EQ(folded.text(), QStringLiteral("id\u00E9 \U0001F60A \u00E5"));
    EXPECT_EQ(folded.originalStart(0), 0);
    EXPECT_EQ(folded.originalEnd(3), 4); // "idé" ends after the combining mark
    EXPECT_EQ(folded.originalStart(4), 5); // the emoji
    EXPECT_EQ(folded.originalEnd(6), 6);
    EXPECT_EQ(folded.originalStart(7), 7); // "å"
    EXPECT_EQ(folded.originalEnd(8), 8);
}

namespace {

// The reference: the whole text normalised to NFC by ICU, then each code point simply case-folded.
QString foldedByIcu(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString normalized = nfc->normalize(
        icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size())), status);
    QString folded;
    for (int32_t k = 0; k < normalized.length(); k = normalized.moveIndex32(k, 1)) {
        const char32_t c = char32_t(u_foldCase(normalized.char32At(k), U_FOLD_CASE_DEFAULT));
        folded += QString::fromUcs4(&c, 1);
    }
    return folded;
}

} // namespace

TEST(FoldedText, FoldsAsIcuDoes)
{
    // Every character below U+0300 (folded from a table), then the cases the table does not see:
    // the Kelvin and Ångström signs (singleton decompositions), a composition exclusion that NFC
    // lengthens (U+0958), Deseret capitals outside the BMP, and combining marks after Latin letters.
    QString text;
    for (char16_t c = 1; c < 0x300; ++c)
        text += QChar(c);
    text += QStringLiteral("\u212A\u212B \u0958\u0958 \U00010400\U00010401 A\u030A e\u0301\u0327 \u1E9E SS \u00B5");
    const QString expected = foldedByIcu(text);
    EXPECT_EQ(FoldedText::fold(text), expected);
    const FoldedText withOrigins(text);
    EXPECT_EQ(withOrigins.text(), expected);
    // Each unit of the folded text maps back into the original: the lengthened U+0958 to its own place.
    const qsizetype devanagari = expected.indexOf(QChar(0x915));
    ASSERT_GE(devanagari, 0);
    EXPECT_EQ(withOrigins.originalStart(devanagari), text.indexOf(QChar(0x958)));
    EXPECT_EQ(withOrigins.originalStart(devanagari + 1), text.indexOf(QChar(0x958)));
    EXPECT_EQ(withOrigins.originalEnd(expected.size()), text.toUcs4().size());
    EXPECT_TRUE(FoldedText::fold(QString()).isEmpty());
}

TEST(SearchQuery, ParsesWordsPhrasesAndPrefixes)
{
    const SearchQuery q = SearchQuery::parse(QStringLiteral("Samverk* \"MIN idé\" tid"));
    ASSERT_EQ(q.terms().size(), 3);
    EXPECT_EQ(q.terms()[0].words, QStringList{QStringLiteral("samverk")});
    EXPECT_TRUE(q.terms()[0].prefix);
    EXPECT_EQ(q.terms()[1].words, (QStringList{QStringLiteral("min"), QStringLiteral("id\u00E9")}));
    EXPECT_FALSE(q.terms()[1].prefix);
    EXPECT_EQ(q.ftsExpression(), QStringLiteral("\"samverk\"* \"min id\u00E9\" \"tid\""));
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral(" – \"\" ")).isEmpty());
}

TEST_F(TextSearchTest, DecomposedAndPrecomposedAreFoundAlike)
{
    const SourceId s = import("interview-04.txt");
    for (const QString &query : {QStringLiteral("id\u00E9"), QStringLiteral("ide\u0301")}) {
        const QList<SearchHit> hits = find(query);
        ASSERT_EQ(hits.size(), 2) << query.toStdString();
        EXPECT_EQ(hits[0].source, s);
        // The decomposed é takes two code points of the stored text, the precomposed one.
        EXPECT_EQ(hits[0].start, 2402);
        EXPECT_EQ(hits[0].end, 2406);
        EXPECT_EQ(hits[1].start, 3583);
        EXPECT_EQ(hits[1].end, 3586);
        EXPECT_EQ(hits[0].speaker, QStringLiteral("IP"));
    }
}

TEST_F(TextSearchTest, PhrasesAndPrefixes)
{
    import("interview-04.txt");
    const SourceId s02 = import("interview-02.txt");
    const QList<SearchHit> phrase = find(QStringLiteral("\"MIN IDÉ\""));
    ASSERT_EQ(phrase.size(), 1);
    EXPECT_EQ(phrase[0].start, 2398);
    EXPECT_EQ(phrase[0].end, 2406);

    int whole = 0;
    int prefixed = 0;
    for (const SearchHit &h : find(QStringLiteral("samverkan")))
        whole += h.source == s02;
    for (const SearchHit &h : find(QStringLiteral("samverk*")))
        prefixed += h.source == s02;
    EXPECT_EQ(whole, 2);
    EXPECT_EQ(prefixed, 3);
}

TEST_F(TextSearchTest, SwedishLettersStayApartAndCaseDoesNot)
{
    addText(QStringLiteral("Åsa åt på en ö. Asa at pa en o. ÖVER över"));
    EXPECT_EQ(find(QStringLiteral("åt")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("at")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("ÅSA")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("ö")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("över")).size(), 2);
    EXPECT_EQ(find(QStringLiteral("ov*")).size(), 0);
    EXPECT_EQ(find(QStringLiteral("å*")).size(), 2);
}

TEST_F(TextSearchTest, OffsetsAfterAnEmojiAreCodePointsWithContext)
{
    const SourceId s = import("interview-02.txt");
    const QList<SearchHit> before = find(QStringLiteral("ÄNTLIGEN"), SearchOptions{10, 0, -1});
    ASSERT_EQ(before.size(), 1);
    EXPECT_EQ(before[0].start, 2161);
    EXPECT_EQ(before[0].end, 2169);
    EXPECT_EQ(before[0].match, QStringLiteral("Äntligen"));
    EXPECT_EQ(before[0].before, QStringLiteral("tade med ”"));
    EXPECT_EQ(before[0].after, QStringLiteral("! \U0001F60A” – och"));

    const QList<SearchHit> after = find(QStringLiteral("orkar"));
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].start, 2221);
    EXPECT_EQ(after[0].end, 2226);
    const QString text = *project->sources().text(s);
    EXPECT_EQ(text.mid(2221 + 1, 5), QStringLiteral("orkar")); // one UTF-16 unit more for the emoji
}

TEST_F(TextSearchTest, ContextIsOneLine)
{
    addText(QStringLiteral("I: Hej\n\n  IP:   tid\tnog"));
    const QList<SearchHit> hits = find(QStringLiteral("tid"), SearchOptions{12, 0, -1});
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].before, QStringLiteral("ej IP: "));
    EXPECT_EQ(hits[0].after, QStringLiteral(" nog"));
}

TEST_F(TextSearchTest, EveryTermMustOccurInASourceAndHitsPage)
{
    const SourceId a = addText(QStringLiteral("tid och pengar, tid"));
    addText(QStringLiteral("tid utan det andra"));
    QList<SearchHit> hits = find(QStringLiteral("tid pengar"));
    ASSERT_EQ(hits.size(), 3);
    for (const SearchHit &h : hits)
        EXPECT_EQ(h.source, a);
    EXPECT_EQ(find(QStringLiteral("tid")).size(), 3);
    hits = find(QStringLiteral("tid"), SearchOptions{5, 1, 1});
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].source, a);
    EXPECT_EQ(hits[0].start, 16);
}

TEST_F(TextSearchTest, IndexFollowsImportAndRemoval)
{
    const SourceId s = addText(QStringLiteral("kommun"));
    EXPECT_EQ(indexRows(), 1);
    {
        Transaction tx(project->database());
        addText(QStringLiteral("region"));
        EXPECT_EQ(indexRows(), 2);
    } // rolled back
    EXPECT_EQ(indexRows(), 1);
    EXPECT_TRUE(find(QStringLiteral("region")).isEmpty());
    ASSERT_TRUE(project->sources().remove(s).ok());
    EXPECT_EQ(indexRows(), 0);
    EXPECT_TRUE(find(QStringLiteral("kommun")).isEmpty());
}
