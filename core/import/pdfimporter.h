#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// Skeleton: being implemented.
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
