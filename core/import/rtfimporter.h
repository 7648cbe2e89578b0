#pragma once

#include "core/import/importer.h"

#include <QCoreApplication>

namespace tematik {

// Rich Text Format, read by a parser of our own, since no library packaged for Debian reads RTF to
// text. Gives the text a careful person would copy out by hand:
//  - one line per paragraph, exactly as the document has them: \par is "\n", empty paragraphs stay, and
//    every paragraph ends with "\n"; \line is "\n" and \tab a TAB; page and column breaks add nothing;
//  - a table row per line, its cells joined by TAB (as the DOCX importer lays them out);
//  - footnotes after the body, one block each, with no reference mark left in the body;
//  - font and colour tables, stylesheet, document info, pictures, objects, headers, footers, field
//    instructions (their results stay), hidden and tracked-deleted text and \* destinations left out.
// \'hh bytes and 8-bit text are decoded in the declared code page (or a font's \fcharset); \uN escapes
// are exact, so the text is never normalised. Groups are followed with an explicit stack, so no
// nesting can overflow the call stack; nesting deeper than maxGroupDepth is an error.
class RtfImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(RtfImporter)

public:
    static constexpr int maxGroupDepth = 1000;

    QString id() const override { return QStringLiteral("rtf"); }
    QString displayName() const override;
    QStringList extensions() const override;
    int confidence(const QString &fileName, const QByteArray &head) const override;
    Result<ImportedDocument> read(const QByteArray &bytes, const ImportOptions &options) const override;
};

} // namespace tematik
