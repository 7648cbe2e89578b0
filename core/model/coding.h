#pragma once

#include "core/model/ids.h"

#include <QDateTime>
#include <QList>
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

// What removing codes took away: the codes (parents before children) and all their codings, so that
// an undo can put every row back under its old id.
struct RemovedCodes
{
    QList<struct Code> codes;
    QList<Coding> codings;
};

// A coding together with the words it covers, as retrieval lists it.
struct CodedSegment
{
    Coding coding;
    QString sourceName;
    QString text;
};

} // namespace tematik
