#include "core/import/docximporter.h"

#include "core/import/plaintextbuilder.h"
#include "core/import/ziparchive.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace tematik {
namespace {

const QLatin1String transitionalNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QLatin1String strictNs("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QLatin1String markupCompatibilityNs("http://schemas.openxmlformats.org/markup-compatibility/2006");

bool isWord(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name && (xml.namespaceUri() == transitionalNs || xml.namespaceUri() == strictNs);
}

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return DocxImporter::tr("%1 is not well-formed XML (line %2: %3)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

// The target of the first relationship whose type ends with typeSuffix, resolved against base.
QString relationshipTarget(const QByteArray &rels, QLatin1String typeSuffix, const QString &base)
{
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
            && xml.attributes().value(QLatin1String("Type")).endsWith(typeSuffix)) {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : base + target;
        }
    }
    return {};
}

// Reads runs of one part into the builder. Returns the footnote and endnote ids referenced, in order.
// Elements that hold no body text (properties, deleted text, field codes, drawings, the fallback half
// of alternate content) are skipped whole.
Status readParagraphs(QXmlStreamReader &xml, PlainTextBuilder &text, const QString &part,
                      QList<std::pair<bool, QString>> *noteRefs, QLatin1String stopAt)
{
    int runDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (isWord(xml, stopAt))
                return {};
            if (isWord(xml, QLatin1String("p")))
                text.endParagraph();
            else if (isWord(xml, QLatin1String("tbl")))
                text.endTable();
            else if (isWord(xml, QLatin1String("tr")))
                text.endRow();
            else if (isWord(xml, QLatin1String("tc")))
                text.endCell();
            else if (isWord(xml, QLatin1String("r")))
                --runDepth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (Status s = text.lengthStatus(); !s)
            return s;
        if (xml.namespaceUri() == markupCompatibilityNs && xml.name() == QLatin1String("Fallback")) {
            xml.skipCurrentElement();
            continue;
        }
        if (xml.namespaceUri() != transitionalNs && xml.namespaceUri() != strictNs)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("p")) {
            text.beginParagraph();
        } else if (name == QLatin1String("tbl")) {
            text.beginTable();
        } else if (name == QLatin1String("tr")) {
            text.beginRow();
        } else if (name == QLatin1String("tc")) {
            text.beginCell();
        } else if (name == QLatin1String("r")) {
            ++runDepth;
        } else if (name == QLatin1String("t")) {
            text.append(xml.readElementText());
        } else if (name == QLatin1String("tab") && runDepth > 0) {
            text.appendTab();
        } else if (name == QLatin1String("br")) {
            const QStringView type = xml.attributes().value(transitionalNs, QLatin1String("type"));
            const QStringView strictType = xml.attributes().value(strictNs, QLatin1String("type"));
            const QStringView t = type.isEmpty() ? strictType : type;
            // Page and column breaks are layout; only a text-wrapping break is a line break.
            if (t.isEmpty() || t == QLatin1String("textWrapping"))
                text.appendLineBreak();
        } else if (name == QLatin1String("cr")) {
            text.appendLineBreak();
        } else if (name == QLatin1String("noBreakHyphen")) {
            text.append(u"\u2011");
        } else if (name == QLatin1String("footnoteReference") || name == QLatin1String("endnoteReference")) {
            if (noteRefs) {
                const QString id = xml.attributes().value(transitionalNs, QLatin1String("id")).toString()
                                   + xml.attributes().value(strictNs, QLatin1String("id")).toString();
                noteRefs->append({name == QLatin1String("footnoteReference"), id});
            }
        } else if (name == QLatin1String("pPr") || name == QLatin1String("rPr") || name == QLatin1String("sectPr")
                   || name == QLatin1String("tblPr") || name == QLatin1String("trPr") || name == QLatin1String("tcPr")
                   || name == QLatin1String("tblGrid") || name == QLatin1String("del")
                   || name == QLatin1String("delText") || name == QLatin1String("instrText")
                   || name == QLatin1String("drawing") || name == QLatin1String("pict")
                   || name == QLatin1String("object") || name == QLatin1String("commentReference")) {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Error{xmlError(part, xml)};
    return {};
}

// The texts of footnotes.xml or endnotes.xml by id, without the separator notes Word keeps there.
Result<QHash<QString, QString>> readNotes(const QByteArray &bytes, const QString &part, QLatin1String element)
{
    QHash<QString, QString> notes;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || !isWord(xml, element))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString id = attributes.value(transitionalNs, QLatin1String("id")).toString()
                           + attributes.value(strictNs, QLatin1String("id")).toString();
        const QStringView type = attributes.value(transitionalNs, QLatin1String("type"));
        if (!type.isEmpty() && type != QLatin1String("normal")) {
            xml.skipCurrentElement();
            continue;
        }
        PlainTextBuilder note;
        if (Status s = readParagraphs(xml, note, part, nullptr, element); !s)
            return s.takeError();
        notes.insert(id, note.result());
    }
    if (xml.hasError())
        return Error{xmlError(part, xml)};
    return notes;
}

} // namespace

QString DocxImporter::displayName() const
{
    return tr("Word document");
}

QStringList DocxImporter::extensions() const
{
    return {QStringLiteral("docx"), QStringLiteral("docm")};
}

int DocxImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    if (!ZipArchive::looksLikeZip(head))
        return extensions().contains(QFileInfo(fileName).suffix().toLower()) ? 40 : 0;
    if (extensions().contains(QFileInfo(fileName).suffix().toLower()))
        return 95;
    // Word writes [Content_Types].xml and word/ parts first; the names are in the local headers.
    return head.contains("word/") ? 80 : 0;
}

Result<ImportedDocument> DocxImporter::read(const QByteArray &bytes, const ImportOptions &) const
{
    Result<ZipArchive> archive = ZipArchive::open(bytes);
    if (!archive)
        return Error{tr("not a Word document: %1").arg(archive.error())};

    QString mainPart;
    if (archive->contains(QStringLiteral("_rels/.rels"))) {
        Result<QByteArray> rels = archive->read(QStringLiteral("_rels/.rels"));
        if (!rels)
            return rels.takeError();
        mainPart = relationshipTarget(*rels, QLatin1String("/officeDocument"), QString());
    }
    if (mainPart.isEmpty() || !archive->contains(mainPart))
        mainPart = QStringLiteral("word/document.xml");
    if (!archive->contains(mainPart))
        return Error{tr("the file has no word/document.xml; it is not a Word document, or it is damaged")};
    Result<QByteArray> document = archive->read(mainPart);
    if (!document)
        return document.takeError();

    PlainTextBuilder text;
    QList<std::pair<bool, QString>> noteRefs;
    QXmlStreamReader xml(*document);
    if (Status s = readParagraphs(xml, text, mainPart, &noteRefs, QLatin1String("document")); !s)
        return s.takeError();
    if (Status s = text.lengthStatus(); !s)
        return s.takeError();

    ImportedDocument doc;
    if (!noteRefs.isEmpty()) {
        const QString folder = mainPart.left(mainPart.lastIndexOf(u'/') + 1);
        const QString relsPath = folder + QStringLiteral("_rels/") + mainPart.mid(folder.size()) + QStringLiteral(".rels");
        QByteArray rels;
        if (archive->contains(relsPath)) {
            Result<QByteArray> r = archive->read(relsPath);
            if (!r)
                return r.takeError();
            rels = *r;
        }
        QHash<QString, QString> footnotes;
        QHash<QString, QString> endnotes;
        for (auto [kind, element, store] : {std::tuple{QLatin1String("/footnotes"), QLatin1String("footnote"), &footnotes},
                                            std::tuple{QLatin1String("/endnotes"), QLatin1String("endnote"), &endnotes}}) {
            QString part = relationshipTarget(rels, kind, folder);
            if (part.isEmpty())
                part = folder + kind.mid(1) + QStringLiteral(".xml");
            if (!archive->contains(part))
                continue;
            Result<QByteArray> notesXml = archive->read(part);
            if (!notesXml)
                return notesXml.takeError();
            Result<QHash<QString, QString>> notes = readNotes(*notesXml, part, element);
            if (!notes)
                return notes.takeError();
            *store = *notes;
        }
        for (const auto &[isFootnote, id] : std::as_const(noteRefs)) {
            const QHash<QString, QString> &notes = isFootnote ? footnotes : endnotes;
            if (notes.contains(id)) {
                text.addNote(notes.value(id));
                if (Status s = text.lengthStatus(); !s)
                    return s.takeError();
            } else {
                doc.warnings.append(tr("a note referred to in the text (id %1) is missing").arg(id));
            }
        }
    }

    doc.text = text.result();
    if (doc.text.trimmed().isEmpty())
        return Error{tr("the document holds no text")};
    doc.encodingDescription = tr("Word document");
    return doc;
}

} // namespace tematik
