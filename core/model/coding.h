#pragma once

#include "core/model/ids.h"

#include <QDateTime>
#include <QString>

namespace tematik {

// A code applied to [start, end) of a source's text, in code points.
struct Coding
{
    CodingId id = 0;
    QString guid;
    SourceId sourceId = 0;
    CodeId codeId = 0;
    qint64 start = 0;
    qint64 end = 0;
    CoderId coderId = 0;
    QDateTime createdAt;
    bool exemplar = false;
};

// A coding together with the words it covers, as retrieval lists it.
struct CodedSegment
{
    Coding coding;
    QString sourceName;
    QString text;
};

} // namespace tematik
