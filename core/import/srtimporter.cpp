#include "core/import/srtimporter.h"

#include "core/import/captiontranscript.h"
#include "core/text/textdecoder.h"

#include <QFileInfo>

namespace tematik {

QString SrtImporter::displayName() const
{
    return tr("SubRip captions");
}

QStringList SrtImporter::extensions() const
{
    return {QStringLiteral("srt")};
}

int SrtImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    const QList<CaptionTranscript::Block> blocks =
        CaptionTranscript::blocks(CaptionTranscript::headText(head));
    if (!blocks.isEmpty()) {
        const QStringList &lines = blocks.first().lines;
        if (lines.size() > 1 && CaptionTranscript::isCueNumber(lines[0]) &&
            CaptionTranscript::isTimingLine(lines[1]))
            return 90;
    }
    return extensions().contains(QFileInfo(fileName).suffix().toLower()) ? 60 : 0;
}

Result<ImportedDocument> SrtImporter::read(const QByteArray &bytes, const ImportOptions &options) const
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes, options.forcedEncoding);
    if (!decoded)
        return decoded.takeError();
    CaptionTranscript transcript(CaptionTranscript::Markup::SubRip);
    for (const CaptionTranscript::Block &block : CaptionTranscript::blocks(decoded->text))
        transcript.addCueBlock(block);
    return transcript.document(*decoded);
}

} // namespace tematik
