#include "core/interchange/qdcexporter.h"

#include "core/interchange/codebookxml.h"
#include "core/io/atomicfile.h"

#include <QXmlStreamWriter>

namespace tematik {

Result<QByteArray> QdcExporter::write(Project &project)
{
    const CodebookXml codebook(project);
    if (!codebook.hasCodes())
        return Error{tr("The codebook has no codes to export.")};
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    codebook.write(xml, CodebookXml::Flavor::Codebook);
    xml.writeEndDocument();
    return bytes;
}

Status QdcExporter::writeFile(Project &project, const QString &path)
{
    Result<QByteArray> bytes = write(project);
    if (!bytes)
        return bytes.takeError();
    return AtomicFile::write(*bytes, path);
}

} // namespace tematik
