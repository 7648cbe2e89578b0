#include "core/import/rtfimporter.h"

namespace tematik {

QString RtfImporter::displayName() const
{
    return tr("Rich Text (RTF)");
}

QStringList RtfImporter::extensions() const
{
    return {QStringLiteral("rtf")};
}

int RtfImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> RtfImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
