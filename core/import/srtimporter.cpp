#include "core/import/srtimporter.h"

namespace tematik {

QString SrtImporter::displayName() const
{
    return tr("SubRip captions");
}

QStringList SrtImporter::extensions() const
{
    return {QStringLiteral("srt")};
}

int SrtImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> SrtImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
