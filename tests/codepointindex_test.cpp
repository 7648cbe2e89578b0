#include "core/text/codepointindex.h"
#include "core/text/textdecoder.h"
#include "core/text/utf8cursor.h"
#include "tests/support/testenvironment.h"

#include <random>

using namespace tematik;

TEST(CodePointIndex, BmpTextMapsOneToOne)
{
    const QString text = QStringLiteral("Någon sa ”idé” – ja.");
    const CodePointIndex index(text);
    EXPECT_EQ(index.codePointCount(), text.size());
    for (qint64 i = 0; i <= text.size(); ++i) {
        EXPECT_EQ(index.toUtf16(i), i);
        EXPECT_EQ(index.toCodePoint(i), i);
    }
}

TEST(CodePointIndex, EmojiTakesOneCodePointAndTwoUtf16Units)
{
    const QString text = QStringLiteral("a😊b😊c");
    const CodePointIndex index(text);
    EXPECT_EQ(index.codePointCount(), 5);
    EXPECT_EQ(index.utf16Length(), 7);
    const qint64 expectedUtf16[] = {0, 1, 3, 4, 6, 7};
    for (qint64 cp = 0; cp <= 5; ++cp)
        EXPECT_EQ(index.toUtf16(cp), expectedUtf16[cp]) << "code point " << cp;
    // Inside a surrogate pair maps back to the character's start.
    EXPECT_EQ(index.toCodePoint(2), 1);
    EXPECT_EQ(index.toCodePoint(5), 3);
    EXPECT_EQ(index.toCodePoint(7), 5);
    EXPECT_EQ(CodePointIndex::slice(text, index, 1, 4), QStringLiteral("😊b😊"));
}

TEST(CodePointIndex, OutOfRangeClamps)
{
    const QString text = QStringLiteral("x😊");
    const CodePointIndex index(text);
    EXPECT_EQ(index.toUtf16(-4), 0);
    EXPECT_EQ(index.toUtf16(99), 3);
    EXPECT_EQ(index.toCodePoint(99), 2);
}

TEST(CodePointIndex, Interview02EmojiOffsetsFromCorpusReadme)
{
    Result<DecodedText> decoded = TextDecoder::decode(test::readFile(test::corpusPath(QStringLiteral("interview-02.txt"))));
    ASSERT_TRUE(decoded.ok());
    const QString &text = decoded->text;
    const CodePointIndex index(text);
    // 😊 at code point 2171, which is also UTF-16 offset 2171 (it is the first non-BMP character).
    EXPECT_EQ(index.toUtf16(2171), 2171);
    EXPECT_EQ(CodePointIndex::slice(text, index, 2171, 2172), QStringLiteral("😊"));
    EXPECT_EQ(text.mid(2171, 2), QStringLiteral("😊"));
    // Every later position is one more in UTF-16 than in code points.
    EXPECT_EQ(index.toUtf16(2172), 2173);
    EXPECT_EQ(index.toUtf16(index.codePointCount()), text.size());
    EXPECT_EQ(index.codePointCount(), 6244);
    EXPECT_EQ(text.size(), 6245);
    // And in UTF-8 bytes, +3 after it: the emoji starts at byte 2278 of the file.
    EXPECT_EQ(text.left(2171).toUtf8().size(), 2278);
}

TEST(CodePointIndex, RoundTripsOnRandomTextWithAstralCharacters)
{
    std::mt19937 rng(42);
    QString text;
    std::vector<qint64> starts; // UTF-16 start of each code point
    for (int i = 0; i < 5000; ++i) {
        starts.push_back(text.size());
        const char32_t c = rng() % 7 == 0 ? char32_t(0x1F600 + rng() % 50) : char32_t(u'a' + rng() % 26);
        text.append(QString::fromUcs4(&c, 1));
    }
    const CodePointIndex index(text);
    ASSERT_EQ(index.codePointCount(), 5000);
    for (qint64 cp = 0; cp < 5000; ++cp) {
        ASSERT_EQ(index.toUtf16(cp), starts[size_t(cp)]);
        ASSERT_EQ(index.toCodePoint(starts[size_t(cp)]), cp);
    }
}

TEST(Utf8Cursor, SlicesByCodePointsAcrossMultiByteCharacters)
{
    // "Åsa 😀 idé" : Å and é take two bytes, the emoji four (one code point, two UTF-16 units).
    const QByteArray utf8 = QStringLiteral("Åsa 😀 idé och mer").toUtf8();
    tematik::Utf8Cursor cursor(utf8);
    cursor.moveTo(4);
    EXPECT_EQ(cursor.sliceTo(5), QStringLiteral("😀"));
    cursor.moveTo(6);
    EXPECT_EQ(cursor.sliceTo(9), QStringLiteral("idé"));
    EXPECT_EQ(cursor.codePoint(), 6);
    // Back to the start and past the end.
    cursor.moveTo(0);
    EXPECT_EQ(cursor.sliceTo(3), QStringLiteral("Åsa"));
    cursor.moveTo(14);
    EXPECT_EQ(cursor.sliceTo(100), QStringLiteral("mer"));
    cursor.moveTo(100);
    EXPECT_EQ(cursor.codePoint(), 17);
    EXPECT_EQ(cursor.sliceTo(120), QString());
}
