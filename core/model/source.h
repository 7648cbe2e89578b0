#pragma once

#include "core/model/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tematik {

// A source as listed: everything but its text and original bytes, which are read on demand.
struct SourceInfo
{
    SourceId id = 0;
    QString guid;
    QString name;
    QString format;   // importer id, e.g. "txt"
    QString encoding; // detected or chosen character encoding, empty for formats that declare their own
    QString fileName; // the file it was imported from, without folder
    qint64 codePoints = 0;
    QString contentHash; // SHA-256 of the original bytes, hex
    QDateTime importedAt;
};

// A speaker turn: [start, end) in code points of the source text; the speaker label, when there is one,
// spans [start, textStart). Timed transcripts carry begin and end in milliseconds.
struct SpeakerTurn
{
    qint64 id = 0;
    QString speaker; // empty for text nobody is said to speak, e.g. "[flera skrattar]"
    qint64 start = 0;
    qint64 textStart = 0;
    qint64 end = 0;
    std::optional<qint64> beginMs;
    std::optional<qint64> endMs;

    friend bool operator==(const SpeakerTurn &, const SpeakerTurn &) = default;
};

} // namespace tematik
