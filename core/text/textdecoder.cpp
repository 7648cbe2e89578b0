#include "core/text/textdecoder.h"

#include "core/logging.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <memory>

namespace tematik {
namespace {

struct Bom
{
    const char *encoding;
    int length;
};

Bom detectBom(const QByteArray &b)
{
    const auto at = [&](int i) { return i < b.size() ? uchar(b[i]) : -1; };
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        return {"UTF-8", 3};
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return {"UTF-32LE", 4};
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return {"UTF-32BE", 4};
    if (at(0) == 0xFF && at(1) == 0xFE)
        return {"UTF-16LE", 2};
    if (at(0) == 0xFE && at(1) == 0xFF)
        return {"UTF-16BE", 2};
    return {nullptr, 0};
}

struct Utf8Scan
{
    qsizetype firstInvalid = -1; // byte offset of the first invalid sequence, -1 if valid
    bool truncatedAtEnd = false; // the only fault is a multi-byte sequence cut off by the end of the file
    qsizetype multiByte = 0;     // valid multi-byte sequences seen before the first invalid one
};

// ICU's U8_NEXT decodes strictly (no overlong forms, no surrogates, nothing past U+10FFFF); this loop
// adds what no ICU call reports: where the first fault is and whether the file was merely cut short.
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.constData());
    const int32_t length = int32_t(bytes.size());
    int32_t i = int32_t(from);
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            scan.firstInvalid = start;
            // A lead byte whose sequence the end of the file cut off, with nothing invalid before it.
            const int expected = U8_COUNT_TRAIL_BYTES(s[start]);
            scan.truncatedAtEnd = expected > 0 && start + 1 + expected > length && i == length;
            return scan;
        }
        if (i - start > 1)
            ++scan.multiByte;
    }
    return scan;
}

bool hasNul(const QByteArray &bytes)
{
    return bytes.contains('\0');
}

bool hasC1Bytes(const QByteArray &bytes)
{
    for (const char ch : bytes) {
        if (uchar(ch) >= 0x80 && uchar(ch) <= 0x9F)
            return true;
    }
    return false;
}

// Converts with ICU, stopping at the first byte sequence the encoding does not define.
Result<QString> convert(const QByteArray &bytes, qsizetype offset, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status))
        return Error{TextDecoder::tr("unknown character encoding “%1”").arg(QString::fromLatin1(encoding))};
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    const char *source = bytes.constData() + offset;
    const char *sourceEnd = bytes.constData() + bytes.size();
    QString out;
    out.resize(qsizetype(sourceEnd - source) + 16);
    UChar *target = reinterpret_cast<UChar *>(out.data());
    UChar *const targetStart = target;
    ucnv_toUnicode(converter.get(), &target, targetStart + out.size(), &source, sourceEnd, nullptr, true, &status);
    if (U_FAILURE(status)) {
        const qsizetype at = qsizetype(source - bytes.constData());
        return Error{TextDecoder::tr("the bytes near offset %1 cannot be decoded as %2").arg(at).arg(QString::fromLatin1(encoding))};
    }
    out.resize(qsizetype(target - targetStart));
    return out;
}

// ICU's detector, limited to the encodings our users' files come in. ICU reports "ISO-8859-1" or
// "windows-1252" for Western European single-byte text; other guesses for Swedish text are wrong more
// often than right (a short file of å ä ö can look like ISO-8859-2), so they are not taken.
Result<QByteArray> detectSingleByte(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return Error{TextDecoder::tr("character encoding detection is not available")};
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return Error{TextDecoder::tr("the character encoding could not be detected")};
    for (int32_t k = 0; k < count; ++k) {
        const QByteArray name = ucsdet_getName(matches[k], &status);
        qCDebug(lcText) << "ICU candidate" << name << ucsdet_getConfidence(matches[k], &status);
        if (name == "ISO-8859-1" || name == "windows-1252" || name == "ISO-8859-15")
            return name;
    }
    return Error{TextDecoder::tr("the character encoding could not be recognised (not UTF-8, UTF-16, "
                                 "windows-1252 or ISO-8859-1)")};
}

// Text files hold tabs, line and page breaks; other C0 controls, DEL and C1 controls mean binary data
// or a wrong decoding. A few are tolerated, since old transcripts carry the odd stray control code.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v')
            || (u >= 0x7F && u <= 0x9F))
            ++controls;
    }
    return controls > 8 && controls * 100 > text.size();
}

} // namespace

QString DecodedText::description() const
{
    QString d = encoding;
    if (hadBom)
        d = TextDecoder::tr("%1 with BOM").arg(d);
    if (guessed)
        d = TextDecoder::tr("%1 (detected)").arg(d);
    if (crlfCount > 0)
        d = TextDecoder::tr("%1, CRLF line breaks").arg(d);
    else if (crCount > 0)
        d = TextDecoder::tr("%1, CR line breaks").arg(d);
    return d;
}

QString DecodedText::guessWarning() const
{
    if (!guessed)
        return {};
    return TextDecoder::tr("The encoding was guessed as %1; check the text for garbled letters.").arg(encoding);
}

QString TextDecoder::normalizeLineEndings(const QString &text, int *crlfCount, int *crCount)
{
    int crlf = 0;
    int cr = 0;
    if (!text.contains(u'\r')) {
        if (crlfCount)
            *crlfCount = 0;
        if (crCount)
            *crCount = 0;
        return text;
    }
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (ch == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n') {
                ++i;
                ++crlf;
            } else {
                ++cr;
            }
            out += u'\n';
        } else {
            out += ch;
        }
    }
    if (crlfCount)
        *crlfCount = crlf;
    if (crCount)
        *crCount = cr;
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    if (bytes.isEmpty())
        return Error{tr("the file is empty")};

    DecodedText result;
    const Bom bom = detectBom(bytes);
    QString text;
    if (!forcedEncoding.isEmpty()) {
        const QByteArray name = forcedEncoding.toLatin1();
        const bool bomMatches = bom.encoding && qstricmp(bom.encoding, name.constData()) == 0;
        Result<QString> converted = convert(bytes, bomMatches ? bom.length : 0, name.constData());
        if (!converted)
            return converted.takeError();
        text = *converted;
        result.encoding = forcedEncoding;
        result.hadBom = bomMatches;
    } else if (bom.encoding && qstrcmp(bom.encoding, "UTF-8") != 0) {
        Result<QString> converted = convert(bytes, bom.length, bom.encoding);
        if (!converted)
            return converted.takeError();
        text = *converted;
        result.encoding = QString::fromLatin1(bom.encoding);
        result.hadBom = true;
    } else {
        if (hasNul(bytes))
            return Error{tr("the file holds binary data (NUL bytes), not text")};
        const Utf8Scan scan = scanUtf8(bytes, bom.length);
        if (scan.firstInvalid < 0) {
            text = QString::fromUtf8(bytes.constData() + bom.length, bytes.size() - bom.length);
            result.encoding = QStringLiteral("UTF-8");
            result.hadBom = bom.length > 0;
        } else if (scan.truncatedAtEnd) {
            return Error{tr("the file ends in the middle of a UTF-8 character (byte %1); it may have "
                            "been cut short")
                             .arg(scan.firstInvalid)};
        } else if (bom.length > 0 || scan.multiByte > 0) {
            return Error{tr("the file is UTF-8 but has an invalid byte sequence at byte %1; it may be "
                            "damaged or mix two encodings")
                             .arg(scan.firstInvalid)};
        } else {
            Result<QByteArray> detected = detectSingleByte(bytes);
            if (!detected)
                return detected.takeError();
            QByteArray name = *detected;
            if (name != "ISO-8859-15" && hasC1Bytes(bytes))
                name = "windows-1252";
            Result<QString> converted = convert(bytes, 0, name.constData());
            if (!converted)
                return converted.takeError();
            text = *converted;
            result.encoding = QString::fromLatin1(name);
            result.guessed = true;
        }
    }

    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
        result.hadBom = true;
    }
    if (looksBinary(text))
        return Error{tr("the file holds binary data or control characters, not text")};
    result.text = normalizeLineEndings(text, &result.crlfCount, &result.crCount);
    return result;
}

} // namespace tematik
