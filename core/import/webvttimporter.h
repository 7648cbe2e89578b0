#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// WebVTT captions and transcripts (Teams, Zoom, YouTube): one speaker turn per cue, the speaker from
// its voice tag or a "Name: " prefix, with the cue's times. CaptionTranscript does the part SubRip
// shares; this class adds what is WebVTT's own: the "WEBVTT" header block and the NOTE, STYLE and
// REGION blocks, which hold no speech.
class WebVttImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(WebVttImporter)

public:
    QString id() const override { return QStringLiteral("vtt"); }
    QString displayName() const override;
    QStringList extensions() const override;
    // 100 when the text starts with "WEBVTT", 60 for a .vtt file that does not.
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
