#include "core/text/foldedtext.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace tematik {
namespace {

const icu::Normalizer2 *nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
}

// Simple case folding maps one code point to one, so the folded text of a normalised stretch keeps the
// stretch's character positions.
void appendFolded(QString &out, std::vector<qint64> &origin, char32_t c, qint64 originalOffset)
{
    const char32_t folded = char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT));
    if (QChar::requiresSurrogates(folded)) {
        out.append(QChar(QChar::highSurrogate(folded)));
        out.append(QChar(QChar::lowSurrogate(folded)));
        origin.push_back(originalOffset);
        origin.push_back(originalOffset);
    } else {
        out.append(QChar(char16_t(folded)));
        origin.push_back(originalOffset);
    }
}

} // namespace

FoldedText::FoldedText(const QString &original)
{
    const icu::Normalizer2 *normalizer = nfc();
    const auto *units = reinterpret_cast<const UChar *>(original.utf16());
    const qsizetype length = original.size();
    m_folded.reserve(length);
    m_origin.reserve(size_t(length) + 1);

    qsizetype i = 0;
    qint64 codePoint = 0;
    while (i < length) {
        // A segment runs from one normalisation boundary to the next: a base character with the
        // combining marks that follow it. Only a segment that is not already NFC needs the normaliser.
        const qsizetype segmentStart = i;
        const qint64 segmentCodePoint = codePoint;
        UChar32 c;
        U16_NEXT(units, i, length, c);
        ++codePoint;
        while (i < length) {
            qsizetype next = i;
            UChar32 d;
            U16_NEXT(units, next, length, d);
            // Nothing below U+0300 combines with what precedes it; asking ICU about it costs more.
            if (d < 0x300 || normalizer == nullptr || normalizer->hasBoundaryBefore(d))
                break;
            i = next;
            ++codePoint;
        }
        // A lone character is its own NFC unless it has a singleton decomposition (Å as U+212B); the
        // property lookup spares the normaliser's call for almost every character.
        const bool alreadyNfc = i - segmentStart == 1 + (QChar::requiresSurrogates(char32_t(c)) ? 1 : 0)
            && (c < 0x300 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_NO);
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString normalized = alreadyNfc || normalizer == nullptr
            ? icu::UnicodeString()
            : normalizer->normalize(icu::UnicodeString(false, units + segmentStart, int32_t(i - segmentStart)),
                                    status);
        if (alreadyNfc || normalizer == nullptr || U_FAILURE(status)) {
            for (qsizetype k = segmentStart; k < i;) {
                UChar32 e;
                U16_NEXT(units, k, length, e);
                appendFolded(m_folded, m_origin, char32_t(e), segmentCodePoint);
            }
            continue;
        }
        for (int32_t k = 0; k < normalized.length(); k = normalized.moveIndex32(k, 1))
            appendFolded(m_folded, m_origin, char32_t(normalized.char32At(k)), segmentCodePoint);
    }
    m_origin.push_back(codePoint);
}

qint64 FoldedText::originalStart(qsizetype foldedStart) const
{
    if (foldedStart <= 0)
        return 0;
    if (size_t(foldedStart) >= m_origin.size())
        return m_origin.back();
    return m_origin[size_t(foldedStart)];
}

qint64 FoldedText::originalEnd(qsizetype foldedEnd) const
{
    if (foldedEnd <= 0)
        return 0;
    size_t k = size_t(qMin<qsizetype>(foldedEnd, qsizetype(m_origin.size()) - 1));
    // Units that came from the same original character share its start; the range ends after it.
    while (k + 1 < m_origin.size() && m_origin[k] == m_origin[k - 1])
        ++k;
    return m_origin[k];
}

QString FoldedText::fold(const QString &original)
{
    return FoldedText(original).text();
}

bool FoldedText::isWordCharacter(char32_t c)
{
    // The same classes as the index's tokenizer (unicode61 with categories 'L* N* Co M*').
    return (U_GET_GC_MASK(UChar32(c)) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_CO_MASK | U_GC_M_MASK)) != 0;
}

} // namespace tematik
