#pragma once

#include "core/text/codepointindex.h"

#include <QString>

#include <utility>

namespace tematik {

// Widens a selection to whole words, as researchers mean when they drag roughly across a phrase:
// a range that starts or ends inside a word takes in the whole word, and the spaces and line breaks
// at either edge are dropped. Words are what ICU's word break rules say they are for the locale, so
// numbers like "3,5" and abbreviations like "t.ex" stay whole.
class WordBoundary
{
public:
    // text as stored; start and end are code points, half-open. Returns the snapped range, or the
    // range unchanged if it holds nothing but spaces.
    static std::pair<qint64, qint64> snap(const QString &text, qint64 start, qint64 end,
                                          const QString &locale = QString());
    // The same with the text's index already built (a view keeps one), so that snapping a selection does
    // not scan the whole transcript again.
    static std::pair<qint64, qint64> snap(const QString &text, const CodePointIndex &index, qint64 start, qint64 end,
                                          const QString &locale = QString());
};

} // namespace tematik
