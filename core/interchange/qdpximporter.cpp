#include "core/interchange/qdpximporter.h"

#include "core/import/ziparchive.h"
#include "core/interchange/refixmlreader.h"

#include <QStringList>

#include <algorithm>

namespace tematik {

Result<QByteArray> QdpxImporter::readProjectDocument(const QByteArray &qdpx, const QString &fileName)
{
    if (!ZipArchive::looksLikeZip(qdpx.left(4)))
        return Error{tr("%1 is not a REFI-QDA project exchange file: it is not a ZIP archive.").arg(fileName)};
    Result<ZipArchive> zip = ZipArchive::open(qdpx);
    if (!zip)
        return Error{tr("Cannot read %1: %2").arg(fileName, zip.error())};

    QStringList documents;
    QStringList archives;
    QStringList deeper;
    for (const QString &entry : zip->entries()) {
        const bool topLevel = !entry.contains(u'/');
        if (entry.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
            (topLevel ? documents : deeper).append(entry);
        else if (entry.endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive)
                 || entry.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            archives.append(entry);
    }
    if (documents.isEmpty()) {
        // Say what is there instead, so that the user knows whether to unpack, re-export or give up.
        if (!archives.isEmpty())
            return Error{tr("%1 holds no project document (.qde) but another archive, %2; unpack that one and "
                            "import it instead.").arg(fileName, archives.first())};
        if (!deeper.isEmpty())
            return Error{tr("%1 holds its project document in a folder (%2) instead of at the top; it was "
                            "probably packed from the folder above it.").arg(fileName, deeper.first())};
        return Error{tr("%1 holds no project document (.qde), so it is not a REFI-QDA project exchange file.")
                         .arg(fileName)};
    }
    QString document = documents.first();
    if (documents.size() > 1) {
        const auto standard = std::find_if(documents.cbegin(), documents.cend(), [](const QString &name) {
            return name.compare(QLatin1String("project.qde"), Qt::CaseInsensitive) == 0;
        });
        if (standard == documents.cend())
            return Error{tr("%1 holds several project documents (%2) and none is project.qde; which one to read "
                            "is not clear.").arg(fileName, documents.join(QStringLiteral(", ")))};
        document = *standard;
    }

    Result<QByteArray> xml = zip->read(document);
    if (!xml)
        return Error{tr("Cannot read %1: %2").arg(fileName, xml.error())};
    if (ZipArchive::looksLikeZip(xml->left(4)))
        return Error{tr("%1: its project document %2 is itself a ZIP archive; archives inside archives are not "
                        "unpacked.").arg(fileName, document)};
    RefiXmlReader reader(*xml);
    if (!reader.readNextStartElement()) {
        return Error{tr("%1: its project document %2 is not well-formed XML: line %3, column %4: %5.")
                         .arg(fileName, document)
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString())};
    }
    if (!reader.isElement(QLatin1StringView("Project")))
        return Error{tr("%1: its project document %2 is not a REFI-QDA project: its root element is <%3>, not "
                        "<Project>.").arg(fileName, document, reader.name())};
    return std::move(xml).value();
}

} // namespace tematik
