#include "core/text/textdecoder.h"
#include "tests/support/testenvironment.h"

using namespace tematik;

namespace {

QString utf8File(const char *name)
{
    return QString::fromUtf8(test::readFile(test::corpusPath(QString::fromLatin1(name))));
}

} // namespace

TEST(TextDecoder, PlainUtf8IsUtf8AndUnchanged)
{
    const QByteArray bytes = test::readFile(test::corpusPath(QStringLiteral("interview-01.txt")));
    Result<DecodedText> d = TextDecoder::decode(bytes);
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(d->hadBom);
    EXPECT_FALSE(d->guessed);
    EXPECT_EQ(d->text, QString::fromUtf8(bytes));
}

TEST(TextDecoder, BomAndCrlfAreRemovedAndReported)
{
    Result<DecodedText> d = TextDecoder::decode(test::readFile(test::corpusPath(QStringLiteral("interview-02-bom-crlf.txt"))));
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_EQ(d->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(d->hadBom);
    EXPECT_GT(d->crlfCount, 60);
    EXPECT_FALSE(d->text.contains(u'\r'));
    EXPECT_FALSE(d->text.startsWith(QChar(0xFEFF)));
    EXPECT_EQ(d->text, utf8File("interview-02.txt"));
    EXPECT_TRUE(d->description().contains(QLatin1String("BOM")));
    EXPECT_TRUE(d->description().contains(QLatin1String("CRLF")));
}

TEST(TextDecoder, Windows1252IsDetectedNotMistakenForLatin1)
{
    Result<DecodedText> d = TextDecoder::decode(test::readFile(test::corpusPath(QStringLiteral("interview-03-cp1252.txt"))));
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_EQ(d->encoding, QStringLiteral("windows-1252"));
    EXPECT_TRUE(d->guessed);
    // The 0x85, 0x94 and 0x96 bytes are …, ” and –, not C1 controls.
    EXPECT_EQ(d->text, utf8File("interview-03.txt"));
    EXPECT_EQ(d->text.count(QChar(0x2026)), 9);
    EXPECT_EQ(d->text.count(QChar(0x201D)), 14);
    EXPECT_EQ(d->text.count(QChar(0x2013)), 4);
    EXPECT_EQ(d->text.split(u'\n').size() - 1, 67);
}

TEST(TextDecoder, Latin1WithoutC1BytesIsIso88591)
{
    const QString original = QStringLiteral("Intervju med samordnaren i en liten kommun.\nIP: Ja, det är så att vi "
                                            "träffas på länsstyrelsen ibland, och då pratar vi om tillsyn och om "
                                            "förebyggande arbete i skolan. Det är viktigt för oss båda.\n");
    Result<DecodedText> d = TextDecoder::decode(original.toLatin1());
    ASSERT_TRUE(d.ok()) << d.error().toStdString();
    EXPECT_TRUE(d->encoding == QLatin1String("ISO-8859-1") || d->encoding == QLatin1String("windows-1252"))
        << d->encoding.toStdString();
    EXPECT_EQ(d->text, original);
}

TEST(TextDecoder, Utf16WithBomInBothByteOrders)
{
    const QString original = utf8File("interview-02.txt"); // holds 😊, a surrogate pair in UTF-16
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar ch : original) {
        const char16_t u = ch.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    for (const auto &[bytes, name] : {std::pair{le, "UTF-16LE"}, std::pair{be, "UTF-16BE"}}) {
        Result<DecodedText> d = TextDecoder::decode(bytes);
        ASSERT_TRUE(d.ok()) << d.error().toStdString();
        EXPECT_EQ(d->encoding, QLatin1String(name));
        EXPECT_TRUE(d->hadBom);
        EXPECT_EQ(d->text, original);
    }
}

TEST(TextDecoder, LoneCarriageReturnsBecomeLineFeeds)
{
    int crlf = -1;
    int cr = -1;
    EXPECT_EQ(TextDecoder::normalizeLineEndings(QStringLiteral("a\rb\r\nc\n\r"), &crlf, &cr), QStringLiteral("a\nb\nc\n\n"));
    EXPECT_EQ(crlf, 1);
    EXPECT_EQ(cr, 2);
}

TEST(TextDecoder, NeverNormalisesUnicode)
{
    Result<DecodedText> d = TextDecoder::decode(test::readFile(test::corpusPath(QStringLiteral("interview-04.txt"))));
    ASSERT_TRUE(d.ok());
    // The decomposed e + U+0301 of line 27 stays two code points; the precomposed é of line 39 stays one.
    EXPECT_EQ(d->text.at(2404), QChar(u'e'));
    EXPECT_EQ(d->text.at(2405), QChar(0x0301));
    EXPECT_EQ(d->text.size(), 5627);
    EXPECT_TRUE(d->text.contains(QStringLiteral("någons id\u00e9")));
}

TEST(TextDecoder, EmptyFileIsAnError)
{
    Result<DecodedText> d = TextDecoder::decode({});
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().contains(QLatin1String("empty")));
}

TEST(TextDecoder, BinaryDataIsAnError)
{
    static const char header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    QByteArray png(header, sizeof header - 1);
    png.append(QByteArray(200, '\x01'));
    Result<DecodedText> d = TextDecoder::decode(png);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().contains(QLatin1String("binary"))) << d.error().toStdString();

    QByteArray controls(300, '\x02');
    Result<DecodedText> c = TextDecoder::decode(controls);
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().contains(QLatin1String("binary"))) << c.error().toStdString();
}

TEST(TextDecoder, TruncatedUtf8IsAnErrorNotLatin1)
{
    QByteArray bytes = test::readFile(test::corpusPath(QStringLiteral("interview-01.txt")));
    // Cut the file inside the two-byte "ä" of "här" so that only its lead byte remains.
    const qsizetype at = bytes.indexOf("h\xC3\xA4r");
    ASSERT_GT(at, 0);
    bytes.truncate(at + 2);
    Result<DecodedText> d = TextDecoder::decode(bytes);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().contains(QLatin1String("cut short"))) << d.error().toStdString();
}

TEST(TextDecoder, BrokenUtf8InTheMiddleIsAnError)
{
    QByteArray bytes = QStringLiteral("Det här är en mening på svenska.\n").toUtf8();
    bytes.append("Och sen \xE4 trasigt.\n");
    Result<DecodedText> d = TextDecoder::decode(bytes);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().contains(QLatin1String("invalid byte sequence"))) << d.error().toStdString();
}

TEST(TextDecoder, ForcedEncodingIsUsed)
{
    const QByteArray bytes = QStringLiteral("smörgåsbord").toLatin1();
    Result<DecodedText> d = TextDecoder::decode(bytes, QStringLiteral("ISO-8859-1"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->text, QStringLiteral("smörgåsbord"));
    Result<DecodedText> bad = TextDecoder::decode(bytes, QStringLiteral("no-such-encoding"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QLatin1String("no-such-encoding")));
}
