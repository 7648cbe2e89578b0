#include "core/import/webvttimporter.h"

namespace tematik {

QString WebVttImporter::displayName() const
{
    return tr("WebVTT captions");
}

QStringList WebVttImporter::extensions() const
{
    return {QStringLiteral("vtt")};
}

int WebVttImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> WebVttImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
