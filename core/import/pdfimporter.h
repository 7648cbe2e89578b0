#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// PDF files with a text layer, read through poppler-cpp: the words Poppler finds on each page, laid
// out again as paragraphs by PdfLayout. A PDF without a text layer (a scan) and one that needs a
// password to open are refused with a message that says what to do; pages without text in an otherwise
// readable PDF are left out with a warning.
class PdfImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)

public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    QStringList extensions() const override;
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
