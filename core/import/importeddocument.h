#pragma once

#include "core/model/source.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tematik {

// What an importer makes of a file: the plain text a careful person would copy out by hand.
struct ImportedDocument
{
    QString text;
    QString encoding; // detected character encoding, where the format leaves it open
    QString encodingDescription;
    // Turns the format itself marks (captions, say). When the format marks none, the speaker-turn
    // parser reads them from the text.
    std::optional<QList<SpeakerTurn>> turns;
    QStringList warnings;
};

struct ImportOptions
{
    QString forcedEncoding; // an ICU converter name, or empty to detect
    // Files larger than this are refused before they are read.
    qint64 maxFileSize = 256LL * 1024 * 1024;
};

} // namespace tematik
