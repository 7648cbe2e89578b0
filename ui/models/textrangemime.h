#pragma once

#include "core/model/ids.h"

#include <QString>
#include <optional>

class QMimeData;

namespace tematik {

// Words of a source carried by drag and drop, from the document view to the codebook (which codes
// them): MIME type application/x-tematik-text-range, whose payload is the UTF-8 text
// "<sourceId> <start> <end>", a half-open range in code points of the source's stored text.
struct TextRangeMime
{
    SourceId sourceId = 0;
    qint64 start = 0;
    qint64 end = 0;

    static QString type();
    // Adds the range to data, beside whatever else it carries (such as the words as plain text).
    void writeTo(QMimeData &data) const;
    // The range data carries; nothing when it carries none or a malformed one.
    static std::optional<TextRangeMime> readFrom(const QMimeData &data);
};

} // namespace tematik
