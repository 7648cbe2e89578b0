#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

class Project;

// The whole project as a REFI-QDA Project Exchange file (.qdpx): a ZIP holding project.qde (UTF-8 XML
// in the namespace urn:QDA-XML:project:1.0, valid against Project-mrt2019.xsd) and sources/.
//
// What goes where:
// - coders → Users; the codebook → CodeBook, themes and dimensions → Sets (see CodebookXml);
// - case attributes → Variables (typed), cases → Cases with their values and a SourceRef to every
//   source they are linked to, directly or through a speaker;
// - each source → a TextSource whose text is sources/<guid>.txt: the stored text, UTF-8 without a BOM,
//   line endings as stored, so that positions count code points over exactly those bytes. A DOCX
//   source also keeps its original file as sources/<guid>.docx (richTextPath), as the standard asks
//   for styled text; other originals (PDF, RTF …) have no place in a TextSource and are left out;
// - each coding → a PlainTextSelection [start, end) in code points holding one Coding of its code;
//   the Coding carries the coding's stored GUID, the selection a GUID derived from it (see the .cpp);
// - memos → Notes, referenced from what they are on (see the .cpp);
// - member-checking meetings are left out: REFI-QDA has nothing like them. Feedback memos from them
//   are kept as notes on their themes.
class QdpxExporter
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)

public:
    // The text a selection's Description holds when its coding is an exemplar quote. Fixed, not
    // translated, so that an import in any language recognises it.
    static QString exemplarMarker() { return QStringLiteral("Tematik: exemplar quote"); }

    static Result<QByteArray> write(Project &project);
    // Writes atomically: on failure an existing file at path stays as it was.
    static Status writeFile(Project &project, const QString &path);
};

} // namespace tematik
