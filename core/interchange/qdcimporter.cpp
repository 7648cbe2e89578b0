#include "core/interchange/qdcimporter.h"

#include "core/interchange/codebookimport.h"
#include "core/interchange/refixmlreader.h"
#include "core/store/database.h"
#include "core/store/project.h"

#include <QFile>
#include <QFileInfo>

namespace tematik {
namespace {

// The root must be <CodeBook>; its <Codes> and <Sets> are read into codebook.
Status readCodebook(const QByteArray &bytes, const QString &fileName, CodebookImport &codebook,
                    InterchangeReport &report)
{
    RefiXmlReader xml(bytes);
    if (xml.readNextStartElement() && !xml.isElement(QLatin1StringView("CodeBook"))) {
        if (xml.isElement(QLatin1StringView("Project")))
            return Error{QdcImporter::tr("%1 is a REFI-QDA project, not a codebook; import it as a .qdpx project "
                                         "exchange file.").arg(fileName)};
        return Error{QdcImporter::tr("%1 is not a REFI-QDA codebook: its root element is <%2>, not <CodeBook>.")
                         .arg(fileName, xml.name())};
    }
    const QString where = QdcImporter::tr("the codebook");
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Codes")))
            codebook.readCodes(xml);
        else if (xml.isElement(QLatin1StringView("Sets")))
            codebook.readSets(xml);
        else
            CodebookImport::skipUnknown(xml, report, where);
    }
    if (xml.hasError())
        return Error{QdcImporter::tr("%1 is not well-formed XML: line %2, column %3: %4. Nothing was imported.")
                         .arg(fileName)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString())};
    return {};
}

} // namespace

Result<InterchangeReport> QdcImporter::import(Project &project, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(fileName, file.errorString())};
    if (file.size() > maxFileSize)
        return Error{tr("%1 is too large for a codebook (%2 MB); nothing was imported.")
                         .arg(fileName)
                         .arg(file.size() / (1024 * 1024))};
    return importBytes(project, file.readAll(), fileName);
}

Result<InterchangeReport> QdcImporter::importBytes(Project &project, const QByteArray &xml, const QString &fileName)
{
    InterchangeReport report;
    CodebookImport codebook(report);
    if (Status read = readCodebook(xml, fileName, codebook, report); !read)
        return read.takeError();
    Transaction tx(project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    if (Status s = codebook.write(project); !s)
        return Error{tr("Cannot import %1; nothing was imported: %2").arg(fileName, s.error())};
    // A codebook file has no notes to refer to (the schema's codebook Code has no NoteRef).
    if (const qsizetype notes = codebook.noteTargets().size())
        report.addDropped(tr("The file refers to %Ln note(s), which a codebook cannot hold; those references were "
                             "left out.", nullptr, int(notes)));
    if (Status s = tx.commit(); !s)
        return s.takeError();
    return report;
}

} // namespace tematik
