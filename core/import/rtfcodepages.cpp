#include "core/import/rtfcodepages.h"

#include <unicode/ucnv.h>

#include <utility>

namespace tematik {
namespace {

// The Windows code pages of the \fcharset values in use. Others (0 ANSI, 1 default, 2 symbol and any
// unknown one) mean the document's own code page.
constexpr std::pair<qint64, int> charsetCodePages[] = {
    {77, 10000}, {128, 932},  {129, 949},  {134, 936},  {136, 950}, {161, 1253}, {162, 1254}, {163, 1258},
    {177, 1255}, {178, 1256}, {186, 1257}, {204, 1251}, {222, 874}, {238, 1250}, {254, 437},
};

int codePageOfCharset(qint64 charset)
{
    for (const auto &[set, codePage] : charsetCodePages) {
        if (set == charset)
            return codePage;
    }
    return 0;
}

// A code page's name for ICU and for the user.
QByteArray codePageName(int codePage)
{
    switch (codePage) {
    case 437:
        return "IBM437";
    case 850:
        return "IBM850";
    case 10000:
        return "macintosh";
    case 65001:
        return "UTF-8";
    default:
        return QByteArray("windows-") + QByteArray::number(codePage);
    }
}

} // namespace

RtfCodePages::RtfCodePages() = default;
RtfCodePages::~RtfCodePages() = default;

void RtfCodePages::Closer::operator()(UConverter *converter) const
{
    ucnv_close(converter);
}

RtfCodePages::Converter RtfCodePages::open(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(name.constData(), &status));
    return U_SUCCESS(status) ? std::move(converter) : Converter();
}

bool RtfCodePages::force(const QString &encoding)
{
    m_forced = open(encoding.toLatin1());
    m_forcedName = encoding;
    return m_forced != nullptr;
}

void RtfCodePages::setCharset(int codePage)
{
    m_charset = codePage;
    m_charsetGiven = true;
}

void RtfCodePages::setDeclared(int codePage)
{
    // Some writers put \ansicpg0 for "the default", which is windows-1252.
    m_declared = codePage > 0 ? codePage : 1252;
}

void RtfCodePages::setFontCharset(int font, qint64 charset)
{
    if (const int codePage = codePageOfCharset(charset))
        m_fontCodePages.insert(font, codePage);
}

void RtfCodePages::setFontCodePage(int font, int codePage)
{
    if (codePage > 0)
        m_fontCodePages.insert(font, codePage);
}

QString RtfCodePages::decode(QByteArrayView bytes, int font)
{
    UConverter *conv = m_forced.get();
    if (!conv) {
        const int fontCodePage = m_fontCodePages.value(font >= 0 ? font : m_defaultFont, 0);
        conv = converter(fontCodePage != 0 ? fontCodePage : documentCodePage());
    }
    if (!conv)
        conv = converter(1252);

    ucnv_resetToUnicode(conv);
    // No code page gives more than two UTF-16 units per byte.
    QString text(bytes.size() * 2 + 4, Qt::Uninitialized);
    UChar *const start = reinterpret_cast<UChar *>(text.data());
    UChar *target = start;
    const char *source = bytes.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(conv, &target, start + text.size(), &source, source + bytes.size(), nullptr, true,
                   &status);
    text.resize(target - start);
    // ICU substitutes U+FFFD or SUB (U+001A) for bytes a code page lacks, and windows-1252 gives C1
    // controls for its five holes: each means the byte had no character.
    for (QChar &ch : text) {
        const char16_t u = ch.unicode();
        if (u == QChar::ReplacementCharacter || u == 0x1A || (u >= 0x80 && u <= 0x9F)) {
            ch = QChar::ReplacementCharacter;
            ++m_undecodable;
        }
    }
    return text;
}

QString RtfCodePages::encodingName()
{
    if (m_forced)
        return m_forcedName;
    return QString::fromLatin1(codePageName(converter(documentCodePage()) ? documentCodePage() : 1252));
}

UConverter *RtfCodePages::converter(int codePage)
{
    const auto found = m_converters.find(codePage);
    if (found != m_converters.end())
        return found->second.get();
    Converter opened = open(codePageName(codePage));
    if (!opened)
        opened = open(QByteArray("cp") + QByteArray::number(codePage));
    if (!opened && !m_unknown.contains(codePage))
        m_unknown.append(codePage);
    return m_converters.emplace(codePage, std::move(opened)).first->second.get();
}

} // namespace tematik
