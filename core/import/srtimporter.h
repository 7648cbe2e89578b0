#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// SubRip (.srt) captions: numbered cues, one speaker turn each, the speaker from a "Name: " prefix on
// the cue's first line, with the cue's times. All the reading is CaptionTranscript's, shared with
// WebVTT, so that the same cues in either format give the same text and turns.
class SrtImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SrtImporter)

public:
    QString id() const override { return QStringLiteral("srt"); }
    QString displayName() const override;
    QStringList extensions() const override;
    // 90 when the first non-empty line is a cue number and a timing line "… --> …" follows it, 60 for
    // a .srt file that does not start so.
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
