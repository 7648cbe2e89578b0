#include "core/import/docximporter.h"

namespace tematik {

QString DocxImporter::displayName() const
{
    return tr("Word document (DOCX)");
}

QStringList DocxImporter::extensions() const
{
    return {QStringLiteral("docx")};
}

int DocxImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> DocxImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
