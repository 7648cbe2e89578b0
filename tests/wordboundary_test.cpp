#include "core/text/codepointindex.h"
#include "core/text/wordboundary.h"
#include "tests/support/testenvironment.h"

using namespace tematik;

namespace {

// Snaps the range of `rough` within text and returns the words it became.
QString snapped(const QString &text, const QString &rough)
{
    const qint64 at = text.indexOf(rough);
    EXPECT_GE(at, 0);
    const auto [start, end] = WordBoundary::snap(text, at, at + rough.size(), QStringLiteral("sv_SE"));
    return text.mid(start, end - start);
}

} // namespace

TEST(WordBoundary, WidensToWholeWords)
{
    const QString text = QStringLiteral("Det är inte helt tydligt var den ena rollen slutar.");
    EXPECT_EQ(snapped(text, QStringLiteral("r inte he")), QStringLiteral("är inte helt"));
    EXPECT_EQ(snapped(text, QStringLiteral("ydlig")), QStringLiteral("tydligt"));
    // Whole words already: unchanged.
    EXPECT_EQ(snapped(text, QStringLiteral("den ena")), QStringLiteral("den ena"));
}

TEST(WordBoundary, DropsSpacesAtTheEdges)
{
    const QString text = QStringLiteral("IP: Ja, alltså,\n tillsynen har ju lagkrav.");
    EXPECT_EQ(snapped(text, QStringLiteral(" alltså,\n ")), QStringLiteral("alltså,"));
    EXPECT_EQ(snapped(text, QStringLiteral("\n tillsyne")), QStringLiteral("tillsynen"));
}

TEST(WordBoundary, OnlySpacesStayAsTheyAre)
{
    const QString text = QStringLiteral("ord   ord");
    EXPECT_EQ(WordBoundary::snap(text, 3, 6), std::make_pair(qint64(3), qint64(6)));
}

TEST(WordBoundary, NumbersAndAbbreviationsStayWhole)
{
    const QString text = QStringLiteral("ungefär 3,5 procent, t.ex på fritidsgården");
    EXPECT_EQ(snapped(text, QStringLiteral(",5 pro")), QStringLiteral("3,5 procent"));
    EXPECT_EQ(snapped(text, QStringLiteral(".ex")), QStringLiteral("t.ex"));
}

TEST(WordBoundary, CountsCodePointsPastAnEmoji)
{
    // 😊 is two UTF-16 units and one code point: the result is in code points.
    const QString text = QStringLiteral("Äntligen 😊 sa hon glatt");
    const CodePointIndex index(text);
    const qint64 roughStart = index.toCodePoint(text.indexOf(QStringLiteral("a hon")));
    const qint64 roughEnd = roughStart + 6; // "a hon "
    const auto [start, end] = WordBoundary::snap(text, roughStart, roughEnd);
    EXPECT_EQ(CodePointIndex::slice(text, index, start, end), QStringLiteral("sa hon"));
    EXPECT_EQ(start, 11);
}
