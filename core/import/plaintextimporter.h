#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// Plain-text transcripts in any of the encodings TextDecoder recognises.
class PlainTextImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextImporter)

public:
    QString id() const override { return QStringLiteral("txt"); }
    QString displayName() const override;
    QStringList extensions() const override;
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
