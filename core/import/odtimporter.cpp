#include "core/import/odtimporter.h"

#include "core/import/plaintextbuilder.h"
#include "core/import/ziparchive.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace tematik {
namespace {

const QLatin1String officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QByteArray odtMimetype("application/vnd.oasis.opendocument.text");

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

class OdfTextReader
{
public:
    explicit OdfTextReader(const QByteArray &xml) : m_xml(xml) {}

    Result<QString> read()
    {
        // Skip to office:text, the body of a text document.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.namespaceUri() == officeNs && m_xml.name() == QLatin1String("text"))
                break;
        }
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                start();
            else if (m_xml.isEndElement())
                end();
            else if (m_xml.isCharacters() && m_paragraphDepth > 0)
                characters(m_xml.text());
            if (Status s = m_text.lengthStatus(); !s)
                return s.takeError();
        }
        if (m_xml.hasError())
            return Error{OdtImporter::tr("content.xml is not well-formed XML (line %1: %2)")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.errorString())};
        return m_text.result();
    }

private:
    void start()
    {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == textNs) {
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                ++m_paragraphDepth;
                m_text.beginParagraph();
                m_lastWasSpace = true; // leading white space of a paragraph is dropped
            } else if (name == QLatin1String("s")) {
                const int count = std::max(1, m_xml.attributes().value(textNs, QLatin1String("c")).toInt());
                m_text.append(QString(std::min(count, 1000), u' '));
                m_lastWasSpace = false;
            } else if (name == QLatin1String("tab")) {
                m_text.appendTab();
                m_lastWasSpace = false;
            } else if (name == QLatin1String("line-break")) {
                m_text.appendLineBreak();
                m_lastWasSpace = true;
            } else if (name == QLatin1String("note")) {
                m_text.beginNote();
                m_savedSpace.append(m_lastWasSpace);
            } else if (name == QLatin1String("note-citation") || name == QLatin1String("tracked-changes")
                       || name == QLatin1String("sequence-decls") || name == QLatin1String("table-of-content")
                       || name == QLatin1String("alphabetical-index") || name == QLatin1String("bibliography")) {
                m_xml.skipCurrentElement();
            }
        } else if (ns == tableNs) {
            if (name == QLatin1String("table"))
                m_text.beginTable();
            else if (name == QLatin1String("table-row"))
                m_text.beginRow();
            else if (name == QLatin1String("table-cell"))
                m_text.beginCell();
            else if (name == QLatin1String("covered-table-cell"))
                m_xml.skipCurrentElement();
        } else if (ns == officeNs && (name == QLatin1String("annotation") || name == QLatin1String("forms"))) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("frame") || name == QLatin1String("custom-shape")) {
            // Drawings and text boxes float outside the reading order of the transcript.
            m_xml.skipCurrentElement();
        }
    }

    void end()
    {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == textNs) {
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                --m_paragraphDepth;
                m_text.endParagraph();
            } else if (name == QLatin1String("note")) {
                m_text.endNote();
                m_lastWasSpace = m_savedSpace.isEmpty() ? false : m_savedSpace.takeLast();
            }
        } else if (ns == tableNs) {
            if (name == QLatin1String("table"))
                m_text.endTable();
            else if (name == QLatin1String("table-row"))
                m_text.endRow();
            else if (name == QLatin1String("table-cell"))
                m_text.endCell();
        }
    }

    void characters(QStringView text)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (isSpace(c)) {
                if (!m_lastWasSpace)
                    out += u' ';
                m_lastWasSpace = true;
            } else {
                out += c;
                m_lastWasSpace = false;
            }
        }
        if (!out.isEmpty())
            m_text.append(out);
    }

    QXmlStreamReader m_xml;
    PlainTextBuilder m_text;
    int m_paragraphDepth = 0;
    bool m_lastWasSpace = true;
    QList<bool> m_savedSpace;
};

} // namespace

QString OdtImporter::displayName() const
{
    return tr("OpenDocument text");
}

QStringList OdtImporter::extensions() const
{
    return {QStringLiteral("odt"), QStringLiteral("fodt")};
}

int OdtImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    const bool byName = extensions().contains(QFileInfo(fileName).suffix().toLower());
    // An ODF package stores its media type uncompressed as the first entry, at offset 38.
    if (ZipArchive::looksLikeZip(head) && head.mid(30, 70).contains(odtMimetype))
        return 100;
    if (head.contains("<office:document") && head.contains(odtMimetype))
        return 100;
    return byName ? 50 : 0;
}

Result<ImportedDocument> OdtImporter::read(const QByteArray &bytes, const ImportOptions &) const
{
    QByteArray content;
    if (ZipArchive::looksLikeZip(bytes)) {
        Result<ZipArchive> archive = ZipArchive::open(bytes);
        if (!archive)
            return Error{tr("not an OpenDocument file: %1").arg(archive.error())};
        if (!archive->contains(QStringLiteral("content.xml")))
            return Error{tr("the file has no content.xml; it is not an OpenDocument text, or it is damaged")};
        Result<QByteArray> read = archive->read(QStringLiteral("content.xml"));
        if (!read)
            return read.takeError();
        content = *read;
    } else if (bytes.contains("<office:document")) {
        content = bytes; // flat XML (.fodt)
    } else {
        return Error{tr("not an OpenDocument file")};
    }

    Result<QString> text = OdfTextReader(content).read();
    if (!text)
        return text.takeError();
    if (text->trimmed().isEmpty())
        return Error{tr("the document holds no text")};
    ImportedDocument doc;
    doc.text = *text;
    doc.encodingDescription = tr("OpenDocument text");
    return doc;
}

} // namespace tematik
