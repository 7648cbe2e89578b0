#include "core/interchange/qdpxexporter.h"

#include "core/interchange/codebookxml.h"
#include "core/interchange/variabletype.h"
#include "core/io/atomicfile.h"
#include "core/model/casedata.h"
#include "core/model/coding.h"
#include "core/model/memo.h"
#include "core/model/source.h"
#include "core/report/zipwriter.h"
#include "core/store/casestore.h"
#include "core/store/storedvalues.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

namespace tematik {

namespace {

const QString projectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

// A PlainTextSelection and its Coding need a GUID each, and Tematik stores one per coding. The
// selection's is a name-based (version 5) UUID of the coding's GUID, so that it is the same in every
// export of the project and never clashes with a stored GUID.
const QUuid selectionNamespace = QUuid(QStringLiteral("6f1b7d2e-3c1a-4a8e-9a57-2b0f5e4c9d31"));

QString selectionGuid(const QString &codingGuid)
{
    return QUuid::createUuidV5(selectionNamespace, codingGuid).toString(QUuid::WithoutBraces);
}

// xsd:dateTime as exporters write it in practice: UTC, whole seconds.
QString dateTime(const QDateTime &time)
{
    return toUtcIsoTime(time, false);
}

void writeNoteRefs(QXmlStreamWriter &xml, const QStringList &notes, const QString &element = QStringLiteral("NoteRef"))
{
    for (const QString &note : notes) {
        xml.writeEmptyElement(element);
        xml.writeAttribute(QStringLiteral("targetGUID"), note);
    }
}

// The GUIDs of the notes on each kind of thing. REFI-QDA places a NoteRef on the annotated item:
// sources, codes and codings have NoteRef children; a theme's set lists its notes as MemberNotes. A
// Case has no NoteRef in the schema, so memos on cases, like memos on the project, are referenced from
// the Project element.
struct NoteTargets
{
    QHash<SourceId, QStringList> sources;
    QHash<CodeId, QStringList> codes;
    QHash<CodingId, QStringList> codings;
    QHash<ThemeId, QStringList> themes;
    QStringList project;
};

class ProjectXml
{
public:
    ProjectXml(Project &project, QXmlStreamWriter &xml, ZipWriter &zip)
        : m_project(project), m_xml(xml), m_zip(zip), m_codebook(project), m_memos(project.memos().list()),
          m_sources(project.sources().list())
    {
        for (const SourceInfo &source : m_sources)
            m_sourceGuids.insert(source.id, source.guid);
        for (const Code &code : m_codebook.codes())
            m_codeGuids.insert(code.id, code.guid);
        for (const CoderInfo &coder : project.coders())
            m_coders.insert(coder.id, coder.guid);
        for (const ListedMemo &listed : m_memos) {
            const Memo &memo = listed.memo;
            switch (memo.target.kind) {
            case MemoTarget::Kind::Source:
                m_notes.sources[memo.target.id].append(memo.guid);
                break;
            case MemoTarget::Kind::Code:
                m_notes.codes[memo.target.id].append(memo.guid);
                break;
            case MemoTarget::Kind::Coding:
                m_notes.codings[memo.target.id].append(memo.guid);
                break;
            case MemoTarget::Kind::Theme:
                m_notes.themes[memo.target.id].append(memo.guid);
                break;
            case MemoTarget::Kind::Case:
            case MemoTarget::Kind::Project:
                m_notes.project.append(memo.guid);
                break;
            }
        }
    }

    Status write()
    {
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("Project"));
        m_xml.writeDefaultNamespace(projectNamespace);
        m_xml.writeAttribute(QStringLiteral("name"), m_project.name());
        m_xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Tematik"));
        writeUsers();
        if (m_codebook.hasCodes())
            m_codebook.write(m_xml, CodebookXml::Flavor::Project, m_notes.codes);
        writeCases();
        if (Status sources = writeSources(); !sources)
            return sources;
        writeNotes();
        if (m_codebook.hasSets())
            m_codebook.writeSets(m_xml, CodebookXml::Flavor::Project, m_notes.themes);
        writeNoteRefs(m_xml, m_notes.project);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return {};
    }

private:
    void writeUsers()
    {
        const QList<CoderInfo> coders = m_project.coders();
        if (coders.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("Users"));
        for (const CoderInfo &coder : coders) {
            m_xml.writeEmptyElement(QStringLiteral("User"));
            m_xml.writeAttribute(QStringLiteral("guid"), coder.guid);
            m_xml.writeAttribute(QStringLiteral("name"), coder.name);
        }
        m_xml.writeEndElement();
    }

    void writeCases()
    {
        CaseStore &store = m_project.cases();
        const QList<AttributeInfo> attributes = store.attributes();
        if (!attributes.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Variables"));
            for (const AttributeInfo &attribute : attributes) {
                m_xml.writeEmptyElement(QStringLiteral("Variable"));
                m_xml.writeAttribute(QStringLiteral("guid"), attribute.guid);
                m_xml.writeAttribute(QStringLiteral("name"), attribute.name);
                m_xml.writeAttribute(QStringLiteral("typeOfVariable"), refiVariableType(attribute.type));
            }
            m_xml.writeEndElement();
        }
        const QList<CaseInfo> cases = store.list();
        if (cases.isEmpty())
            return;
        // A case belongs to a source when linked to it, or when one of the source's speakers is linked
        // to the case (an interviewee speaking in a group interview).
        QHash<CaseId, QList<SourceId>> sourcesOf;
        for (const SourceInfo &source : m_sources) {
            QSet<CaseId> linked;
            for (const CaseId caseId : store.casesOfSource(source.id))
                linked.insert(caseId);
            for (const SpeakerInfo &speaker : store.speakersOf(source.id)) {
                if (speaker.caseId)
                    linked.insert(*speaker.caseId);
            }
            for (const CaseId caseId : std::as_const(linked))
                sourcesOf[caseId].append(source.id);
        }
        m_xml.writeStartElement(QStringLiteral("Cases"));
        for (const CaseInfo &info : cases) {
            m_xml.writeStartElement(QStringLiteral("Case"));
            m_xml.writeAttribute(QStringLiteral("guid"), info.guid);
            m_xml.writeAttribute(QStringLiteral("name"), info.name);
            if (!info.description.isEmpty())
                m_xml.writeTextElement(QStringLiteral("Description"), info.description);
            const QHash<AttributeId, QString> values = store.values(info.id);
            for (const AttributeInfo &attribute : attributes) {
                const auto value = values.constFind(attribute.id);
                if (value == values.cend())
                    continue;
                m_xml.writeStartElement(QStringLiteral("VariableValue"));
                m_xml.writeEmptyElement(QStringLiteral("VariableRef"));
                m_xml.writeAttribute(QStringLiteral("targetGUID"), attribute.guid);
                // Stored values are canonical (a dot for decimals, yyyy-MM-dd, true/false), which is what
                // the XSD types want, so they are written as they are.
                m_xml.writeTextElement(refiValueElement(attribute.type), *value);
                m_xml.writeEndElement();
            }
            for (const SourceId source : sourcesOf.value(info.id)) {
                m_xml.writeEmptyElement(QStringLiteral("SourceRef"));
                m_xml.writeAttribute(QStringLiteral("targetGUID"), m_sourceGuids.value(source));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    Status writeSources()
    {
        if (m_sources.isEmpty())
            return {};
        // One query for every coding, ordered by source and start: each source's codings are one run.
        const QList<Coding> codings = m_project.codings().all();
        QHash<SourceId, qsizetype> firstCoding;
        for (qsizetype i = codings.size() - 1; i >= 0; --i)
            firstCoding.insert(codings.at(i).sourceId, i);
        m_xml.writeStartElement(QStringLiteral("Sources"));
        for (const SourceInfo &source : m_sources) {
            Result<QString> text = m_project.sources().text(source.id);
            if (!text)
                return text.takeError();
            const QString textName = source.guid + QLatin1String(".txt");
            if (Status added = m_zip.add(QLatin1String("sources/") + textName, text->toUtf8()); !added)
                return added;
            QString richTextName;
            if (source.format == QLatin1String("docx")) {
                Result<QByteArray> original = m_project.sources().original(source.id);
                if (!original)
                    return original.takeError();
                richTextName = source.guid + QLatin1String(".docx");
                if (Status added = m_zip.add(QLatin1String("sources/") + richTextName, *original); !added)
                    return added;
            }
            m_xml.writeStartElement(QStringLiteral("TextSource"));
            m_xml.writeAttribute(QStringLiteral("guid"), source.guid);
            m_xml.writeAttribute(QStringLiteral("name"), source.name);
            if (!richTextName.isEmpty())
                m_xml.writeAttribute(QStringLiteral("richTextPath"), QLatin1String("internal://") + richTextName);
            m_xml.writeAttribute(QStringLiteral("plainTextPath"), QLatin1String("internal://") + textName);
            if (source.importedAt.isValid())
                m_xml.writeAttribute(QStringLiteral("creationDateTime"), dateTime(source.importedAt));
            for (qsizetype i = firstCoding.value(source.id, codings.size());
                 i < codings.size() && codings.at(i).sourceId == source.id; ++i)
                writeSelection(codings.at(i));
            writeNoteRefs(m_xml, m_notes.sources.value(source.id));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        return {};
    }

    void writeSelection(const Coding &coding)
    {
        const QString coder = m_coders.value(coding.coderId);
        const QString created = coding.createdAt.isValid() ? dateTime(coding.createdAt) : QString();
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_xml.writeAttribute(QStringLiteral("guid"), selectionGuid(coding.guid));
        m_xml.writeAttribute(QStringLiteral("startPosition"), QString::number(coding.start));
        m_xml.writeAttribute(QStringLiteral("endPosition"), QString::number(coding.end));
        if (!coder.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creatingUser"), coder);
        if (!created.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        // Other tools show a selection's Description as a comment on the segment (MAXQDA writes its
        // segment comments there) and otherwise ignore it, so the exemplar flag survives a trip through
        // them as a readable remark, and Tematik's import recognises the marker.
        if (coding.exemplar)
            m_xml.writeTextElement(QStringLiteral("Description"), QdpxExporter::exemplarMarker());
        m_xml.writeStartElement(QStringLiteral("Coding"));
        m_xml.writeAttribute(QStringLiteral("guid"), coding.guid);
        if (!coder.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creatingUser"), coder);
        if (!created.isEmpty())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
        m_xml.writeAttribute(QStringLiteral("targetGUID"), m_codeGuids.value(coding.codeId));
        writeNoteRefs(m_xml, m_notes.codings.value(coding.id));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    // A memo is a Note whose text is given inline (PlainTextContent): memos are short, and a file per
    // memo would only add entries to the zip.
    void writeNotes()
    {
        if (m_memos.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("Notes"));
        for (const ListedMemo &listed : m_memos) {
            const Memo &memo = listed.memo;
            m_xml.writeStartElement(QStringLiteral("Note"));
            m_xml.writeAttribute(QStringLiteral("guid"), memo.guid);
            m_xml.writeAttribute(QStringLiteral("name"), memoHeadline(memo));
            if (const QString author = m_coders.value(memo.authorId); !author.isEmpty())
                m_xml.writeAttribute(QStringLiteral("creatingUser"), author);
            if (const QDateTime created = fromStoredTime(memo.createdAt); created.isValid())
                m_xml.writeAttribute(QStringLiteral("creationDateTime"), dateTime(created));
            if (const QDateTime modified = fromStoredTime(memo.modifiedAt); modified.isValid())
                m_xml.writeAttribute(QStringLiteral("modifiedDateTime"), dateTime(modified));
            m_xml.writeTextElement(QStringLiteral("PlainTextContent"), memo.body);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    Project &m_project;
    QXmlStreamWriter &m_xml;
    ZipWriter &m_zip;
    const CodebookXml m_codebook;
    const QList<ListedMemo> m_memos;
    const QList<SourceInfo> m_sources;
    QHash<CoderId, QString> m_coders;
    QHash<SourceId, QString> m_sourceGuids;
    QHash<CodeId, QString> m_codeGuids;
    NoteTargets m_notes;
};

} // namespace

Result<QByteArray> QdpxExporter::write(Project &project)
{
    ZipWriter zip;
    QByteArray qde;
    // No indentation: the file is for programs, and at 20,000 codings the indentation is a tenth of
    // the bytes to write and deflate.
    QXmlStreamWriter xml(&qde);
    // The texts go into the zip as each source is written; project.qde, finished last, goes in after
    // them (REFI-QDA does not fix the order of entries).
    if (Status written = ProjectXml(project, xml, zip).write(); !written)
        return written.takeError();
    if (xml.hasError())
        return Error{tr("Could not write the project as REFI-QDA XML.")};
    if (Status added = zip.add(QStringLiteral("project.qde"), qde); !added)
        return added.takeError();
    return zip.finish();
}

Status QdpxExporter::writeFile(Project &project, const QString &path)
{
    Result<QByteArray> bytes = write(project);
    if (!bytes)
        return bytes.takeError();
    return AtomicFile::write(*bytes, path);
}

} // namespace tematik
