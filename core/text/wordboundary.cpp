#include "core/text/wordboundary.h"

#include "core/text/codepointindex.h"

#include <QLocale>

#include <unicode/ubrk.h>

#include <memory>

namespace tematik {
namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *it) const { ubrk_close(it); }
};

bool isSpace(const QString &text, qint64 utf16)
{
    return text.at(utf16).isSpace();
}

} // namespace

std::pair<qint64, qint64> WordBoundary::snap(const QString &text, qint64 start, qint64 end, const QString &locale)
{
    return snap(text, CodePointIndex(text), start, end, locale);
}

std::pair<qint64, qint64> WordBoundary::snap(const QString &text, const CodePointIndex &index, qint64 start,
                                             qint64 end, const QString &locale)
{
    qint64 from = index.toUtf16(start);
    qint64 to = index.toUtf16(end);
    if (from >= to)
        return {start, end};

    // Spaces at the edges are never part of a meaning unit.
    while (from < to && isSpace(text, from))
        ++from;
    while (to > from && isSpace(text, to - 1))
        --to;
    if (from == to)
        return {start, end};

    const QByteArray localeName = (locale.isEmpty() ? QLocale().name() : locale).toUtf8();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakIteratorCloser> words(
        ubrk_open(UBRK_WORD, localeName.constData(), reinterpret_cast<const UChar *>(text.utf16()),
                  int32_t(text.size()), &status));
    if (U_FAILURE(status))
        return {index.toCodePoint(from), index.toCodePoint(to)};

    // A start inside a word moves back to the word's beginning; an end inside a word moves on to its end.
    if (!ubrk_isBoundary(words.get(), int32_t(from))) {
        const int32_t before = ubrk_preceding(words.get(), int32_t(from));
        if (before != UBRK_DONE)
            from = before;
    }
    if (!ubrk_isBoundary(words.get(), int32_t(to))) {
        const int32_t after = ubrk_following(words.get(), int32_t(to));
        if (after != UBRK_DONE)
            to = after;
    }
    return {index.toCodePoint(from), index.toCodePoint(to)};
}

} // namespace tematik
