#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// Word documents (Office Open XML, transitional or strict). Reads the main document part in document
// order: paragraphs and headings, tables (a row per line, cells by TAB), line breaks and tabs;
// footnotes and endnotes follow the body with no reference mark left in it. Page and column breaks add
// nothing; formatting, tracked deletions, field codes, comments, headers and footers are left out.
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
