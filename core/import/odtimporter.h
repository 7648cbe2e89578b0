#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// OpenDocument text (.odt, and flat .fodt). Reads office:text in document order with the same layout
// rules as DocxImporter (PlainTextBuilder), applying ODF's white-space rule: runs of spaces, tabs and
// line feeds in the XML collapse to one space, while text:s, text:tab and text:line-break are literal.
// Notes follow the body, with the citation mark left out; tracked deletions, annotations, drawings and
// generated indexes are left out.
class OdtImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(OdtImporter)

public:
    QString id() const override { return QStringLiteral("odt"); }
    QString displayName() const override;
    QStringList extensions() const override;
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
