#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// Skeleton: being implemented.
class DocxImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)

public:
    QString id() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    QStringList extensions() const override;
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
