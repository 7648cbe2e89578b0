#include "core/import/plaintextimporter.h"

#include "core/text/textdecoder.h"

#include <QFileInfo>

namespace tematik {

QString PlainTextImporter::displayName() const
{
    return tr("Plain text");
}

QStringList PlainTextImporter::extensions() const
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md")};
}

int PlainTextImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    if (extensions().contains(QFileInfo(fileName).suffix().toLower()))
        return 80;
    // A file with another or no extension is worth a try as text when its start holds no NUL byte
    // (or it starts with a UTF-16/32 byte-order mark); formats with their own importer score higher.
    const bool unicodeBom = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    return unicodeBom || (!head.isEmpty() && !head.contains('\0')) ? 10 : 0;
}

Result<ImportedDocument> PlainTextImporter::read(const QByteArray &bytes, const ImportOptions &options) const
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes, options.forcedEncoding);
    if (!decoded)
        return decoded.takeError();
    ImportedDocument doc;
    doc.text = decoded->text;
    doc.encoding = decoded->encoding;
    doc.encodingDescription = decoded->description();
    if (decoded->guessed)
        doc.warnings.append(decoded->guessWarning());
    if (doc.text.trimmed().isEmpty())
        return Error{tr("the file holds no text")};
    return doc;
}

} // namespace tematik
