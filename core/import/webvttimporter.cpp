#include "core/import/webvttimporter.h"

#include "core/import/captiontranscript.h"
#include "core/text/textdecoder.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace tematik {
namespace {

// "WEBVTT" alone or followed by a space or tab and a title.
bool isSignature(QStringView line)
{
    const QLatin1String signature("WEBVTT");
    return line.startsWith(signature) && (line.size() == signature.size() || line[signature.size()] == u' ' ||
                                          line[signature.size()] == u'\t');
}

// A block that holds no cue: a comment, a style sheet or a region definition.
bool isNonCueBlock(const CaptionTranscript::Block &block)
{
    const QString &first = block.lines.first();
    for (const QLatin1String keyword :
         {QLatin1String("NOTE"), QLatin1String("STYLE"), QLatin1String("REGION")}) {
        if (first.startsWith(keyword) && (first.size() == keyword.size() || first[keyword.size()].isSpace()))
            return true;
    }
    return false;
}

} // namespace

QString WebVttImporter::displayName() const
{
    return tr("WebVTT captions");
}

QStringList WebVttImporter::extensions() const
{
    return {QStringLiteral("vtt")};
}

int WebVttImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    if (isSignature(CaptionTranscript::headText(head).section(u'\n', 0, 0)))
        return 100;
    return extensions().contains(QFileInfo(fileName).suffix().toLower()) ? 60 : 0;
}

Result<ImportedDocument> WebVttImporter::read(const QByteArray &bytes, const ImportOptions &options) const
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes, options.forcedEncoding);
    if (!decoded)
        return decoded.takeError();

    CaptionTranscript transcript(CaptionTranscript::Markup::WebVtt);
    QList<CaptionTranscript::Block> blocks = CaptionTranscript::blocks(decoded->text);
    if (!blocks.isEmpty() && isSignature(blocks.first().lines.first())) {
        // The header block runs to the first blank line; some writers leave that line out before the
        // first cue, which then starts at its timing line (or at the identifier above it).
        CaptionTranscript::Block header = blocks.takeFirst();
        for (qsizetype i = 1; i < header.lines.size(); ++i) {
            if (CaptionTranscript::isTimingLine(header.lines[i])) {
                const qsizetype from = std::max<qsizetype>(1, i - 1);
                blocks.prepend({int(header.firstLine + from), header.lines.mid(from)});
                break;
            }
        }
    } else if (!blocks.isEmpty()) {
        transcript.addWarning(
            tr("the file does not start with “WEBVTT”; it was read as WebVTT all the same"));
    }

    for (const CaptionTranscript::Block &block : std::as_const(blocks)) {
        if (!isNonCueBlock(block))
            transcript.addCueBlock(block);
    }
    return transcript.document(*decoded);
}

} // namespace tematik
