#include "core/import/odtimporter.h"

namespace tematik {

QString OdtImporter::displayName() const
{
    return tr("OpenDocument text (ODT)");
}

QStringList OdtImporter::extensions() const
{
    return {QStringLiteral("odt")};
}

int OdtImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> OdtImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
