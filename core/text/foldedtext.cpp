#include "core/text/foldedtext.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <array>

namespace tematik {
namespace {

const icu::Normalizer2 *nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
}

// Writes folded text into a string sized once, and each unit's origin when asked for: appending unit by
// unit to a QString and a vector was most of the cost of indexing a text for search.
class FoldedWriter
{
public:
    FoldedWriter(QString &text, std::vector<qint64> *origin, qsizetype expected)
        : m_text(text)
        , m_origin(origin)
    {
        m_text.resize(expected);
        m_data = m_text.data();
        if (m_origin) {
            m_origin->clear();
            m_origin->reserve(size_t(expected) + 1);
        }
    }

    // Simple case folding maps one code point to one, so the folded text of a normalised stretch keeps the
    // stretch's character positions.
    void putFolded(char32_t c, qint64 originalOffset)
    {
        put(char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT)), originalOffset);
    }

    void put(char32_t c, qint64 originalOffset)
    {
        if (QChar::requiresSurrogates(c)) {
            putUnit(QChar::highSurrogate(c), originalOffset);
            putUnit(QChar::lowSurrogate(c), originalOffset);
        } else {
            putUnit(char16_t(c), originalOffset);
        }
    }

    void finish(qint64 end)
    {
        m_text.truncate(m_size);
        if (m_origin)
            m_origin->push_back(end);
    }

private:
    void putUnit(char16_t unit, qint64 originalOffset)
    {
        // Normalising can lengthen a text (a composition exclusion decomposes), so room is made as needed.
        if (m_size == m_text.size()) {
            m_text.resize(m_size * 2 + 2);
            m_data = m_text.data();
        }
        m_data[m_size++] = QChar(unit);
        if (m_origin)
            m_origin->push_back(originalOffset);
    }

    QString &m_text;
    std::vector<qint64> *m_origin;
    QChar *m_data = nullptr;
    qsizetype m_size = 0;
};

// Below U+0300 nothing combines, so each character there is a segment of its own, already NFC; its fold
// is looked up in a table that ICU filled once.
constexpr char16_t combiningStart = 0x300;

const std::array<char32_t, combiningStart> &lowFolds()
{
    static const std::array<char32_t, combiningStart> table = [] {
        std::array<char32_t, combiningStart> folds{};
        for (char16_t c = 0; c < combiningStart; ++c)
            folds[c] = char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT));
        return folds;
    }();
    return table;
}

void foldInto(const QString &original, QString &folded, std::vector<qint64> *origin)
{
    const icu::Normalizer2 *normalizer = nfc();
    const auto *units = reinterpret_cast<const UChar *>(original.utf16());
    const qsizetype length = original.size();
    const std::array<char32_t, combiningStart> &low = lowFolds();
    FoldedWriter out(folded, origin, length);

    qsizetype i = 0;
    qint64 codePoint = 0;
    while (i < length) {
        if (units[i] < combiningStart && (i + 1 == length || units[i + 1] < combiningStart)) {
            out.put(low[units[i]], codePoint);
            ++i;
            ++codePoint;
            continue;
        }
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
            if (d < combiningStart || normalizer == nullptr || normalizer->hasBoundaryBefore(d))
                break;
            i = next;
            ++codePoint;
        }
        // A lone character is its own NFC unless it has a singleton decomposition (Å as U+212B); the
        // property lookup spares the normaliser's call for almost every character.
        const bool alreadyNfc = i - segmentStart == 1 + (QChar::requiresSurrogates(char32_t(c)) ? 1 : 0)
            && (c < combiningStart || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_NO);
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString normalized = alreadyNfc || normalizer == nullptr
            ? icu::UnicodeString()
            : normalizer->normalize(icu::UnicodeString(false, units + segmentStart, int32_t(i - segmentStart)),
                                    status);
        if (alreadyNfc || normalizer == nullptr || U_FAILURE(status)) {
            for (qsizetype k = segmentStart; k < i;) {
                UChar32 e;
                U16_NEXT(units, k, length, e);
                out.putFolded(char32_t(e), segmentCodePoint);
            }
            continue;
        }
        for (int32_t k = 0; k < normalized.length(); k = normalized.moveIndex32(k, 1))
            out.putFolded(char32_t(normalized.char32At(k)), segmentCodePoint);
    }
    out.finish(codePoint);
}

} // namespace

FoldedText::FoldedText(const QString &original)
{
    foldInto(original, m_folded, &m_origin);
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
    QString folded;
    foldInto(original, folded, nullptr);
    return folded;
}

bool FoldedText::isWordCharacter(char32_t c)
{
    // The same classes as the index's tokenizer (unicode61 with categories 'L* N* Co M*').
    return (U_GET_GC_MASK(UChar32(c)) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_CO_MASK | U_GC_M_MASK)) != 0;
}

} // namespace tematik
