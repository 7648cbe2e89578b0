#include "core/import/pdfimporter.h"

namespace tematik {

QString PdfImporter::displayName() const
{
    return tr("PDF");
}

QStringList PdfImporter::extensions() const
{
    return {QStringLiteral("pdf")};
}

int PdfImporter::confidence(const QString &, const QByteArray &) const
{
    return 0;
}

Result<ImportedDocument> PdfImporter::read(const QByteArray &, const ImportOptions &) const
{
    return Error{tr("not implemented yet")};
}

} // namespace tematik
