#include "core/interchange/qdpximporter.h"

#include "core/import/inputfile.h"
#include "core/import/sourceimport.h"
#include "core/import/ziparchive.h"
#include "core/interchange/codebookimport.h"
#include "core/interchange/qdpxexporter.h"
#include "core/interchange/refixmlreader.h"
#include "core/interchange/selectionpositions.h"
#include "core/interchange/variabletype.h"
#include "core/model/coding.h"
#include "core/model/memo.h"
#include "core/model/casedata.h"
#include "core/store/casestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/storedvalues.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace tematik {

namespace {

Result<ZipArchive> openArchive(const QByteArray &qdpx, const QString &fileName)
{
    if (!ZipArchive::looksLikeZip(qdpx.left(4)))
        return Error{QdpxImporter::tr("%1 is not a REFI-QDA project exchange file: it is not a ZIP archive.")
                         .arg(fileName)};
    Result<ZipArchive> zip = ZipArchive::open(qdpx);
    if (!zip)
        return Error{QdpxImporter::tr("Cannot read %1: %2").arg(fileName, zip.error())};
    return zip;
}

} // namespace

Result<QByteArray> QdpxImporter::readProjectDocument(const QByteArray &qdpx, const QString &fileName)
{
    Result<ZipArchive> zip = openArchive(qdpx, fileName);
    if (!zip)
        return zip.takeError();
    return readProjectDocument(*zip, fileName);
}

Result<QByteArray> QdpxImporter::readProjectDocument(ZipArchive &zip, const QString &fileName)
{
    QStringList documents;
    QStringList archives;
    QStringList deeper;
    for (const QString &entry : zip.entries()) {
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

    Result<QByteArray> xml = zip.read(document);
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

namespace {

struct FileValue
{
    QString variableKey;
    QString value;
};

struct FileCoding
{
    QString guid;
    QString codeKey;
    QString user;
    std::optional<QDateTime> created;
    QStringList notes; // NoteRef targets, normalised
};

struct FileSelection
{
    QString guid;
    std::optional<qint64> start;
    std::optional<qint64> end;
    QString name;
    bool exemplar = false;
    QString user;
    std::optional<QDateTime> created;
    QList<FileCoding> codings;
};

// A source's text as the reading thread hands it to the writing thread: read from the archive, decoded,
// its speaker turns found, hashed and folded for the search index, and its selections' positions ready
// to map, so that the writing thread only stores it.
struct SourceText
{
    std::optional<PreparedSource> prepared; // nullopt: the text is blank
    std::optional<SelectionPositions> positions;
};

struct FileSource
{
    QString guid;
    QString name;
    std::optional<QString> plainTextPath;
    std::optional<QString> inlineText;
    QList<FileSelection> selections;
    QStringList notes;
    QList<FileValue> values; // document variables (MAXQDA, Quirkos)
    Result<SourceText> text = Error{QString()}; // made by the reading thread
};

QString displayName(const FileSource &source)
{
    return source.name.isEmpty() ? QdpxImporter::tr("Unnamed source") : source.name;
}

struct FileNote
{
    QString guid;
    QString name;
    QString body;
    QString user;
    std::optional<QDateTime> created;
    std::optional<QDateTime> modified;
};

struct FileUser
{
    QString guid;
    QString name;
};

struct FileVariable
{
    QString key;
    QString name;
    QString type; // typeOfVariable as written
};


struct FileCase
{
    QString guid;
    QString name;
    QString description;
    QList<FileValue> values;
    QStringList sources; // SourceRef targets, normalised
};

struct FileProject
{
    QList<FileUser> users;
    QList<FileVariable> variables;
    QList<FileCase> cases;
    QList<FileNote> notes;
    QStringList projectNotes; // the Project's own NoteRefs
};

QString readNoteRef(RefiXmlReader &xml)
{
    const QString target = CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID")));
    xml.skipCurrentElement();
    return target;
}

void leaveOut(RefiXmlReader &xml, InterchangeReport &report, const QString &where)
{
    report.addDropped(QdpxImporter::tr("<%1> at line %2 in %3 was left out: it is not imported.")
                          .arg(xml.name())
                          .arg(xml.lineNumber())
                          .arg(where));
    xml.skipCurrentElement();
}

// A VariableValue: its VariableRef and whichever typed value element it holds.
FileValue readValue(RefiXmlReader &xml)
{
    FileValue value;
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("VariableRef"))) {
            value.variableKey = CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID")));
            xml.skipCurrentElement();
        } else {
            value.value = xml.readElementText().trimmed();
        }
    }
    return value;
}

FileCase readCase(RefiXmlReader &xml, InterchangeReport &report)
{
    FileCase file;
    file.guid = xml.guidAttribute(QLatin1StringView("guid")).value_or(QString());
    file.name = xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed();
    const QString where = QdpxImporter::tr("case “%1”").arg(file.name);
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Description"))) {
            file.description = xml.readElementText().trimmed();
        } else if (xml.isElement(QLatin1StringView("VariableValue"))) {
            file.values.append(readValue(xml));
        } else if (xml.isElement(QLatin1StringView("SourceRef"))) {
            file.sources.append(CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID"))));
            xml.skipCurrentElement();
        } else {
            leaveOut(xml, report, where);
        }
    }
    return file;
}

// where: what the report calls the selection, made only when a line needs it.
FileCoding readCoding(RefiXmlReader &xml, InterchangeReport &report, const std::function<QString()> &where)
{
    FileCoding coding;
    coding.guid = xml.guidAttribute(QLatin1StringView("guid")).value_or(QString());
    coding.user = CodebookImport::keyOf(xml.attribute(QLatin1StringView("creatingUser")));
    coding.created = xml.dateTimeAttribute(QLatin1StringView("creationDateTime"));
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("CodeRef"))) {
            coding.codeKey = CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID")));
            xml.skipCurrentElement();
        } else if (xml.isElement(QLatin1StringView("NoteRef"))) {
            coding.notes.append(CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID"))));
            xml.skipCurrentElement();
        } else {
            leaveOut(xml, report, where());
        }
    }
    return coding;
}

FileSelection readSelection(RefiXmlReader &xml, InterchangeReport &report, const QString &source)
{
    FileSelection selection;
    selection.guid = xml.guidAttribute(QLatin1StringView("guid")).value_or(QString());
    selection.start = xml.intAttribute(QLatin1StringView("startPosition"));
    selection.end = xml.intAttribute(QLatin1StringView("endPosition"));
    selection.name = xml.attribute(QLatin1StringView("name")).value_or(QString());
    selection.user = CodebookImport::keyOf(xml.attribute(QLatin1StringView("creatingUser")));
    selection.created = xml.dateTimeAttribute(QLatin1StringView("creationDateTime"));
    const std::function<QString()> where = [&source] {
        return QdpxImporter::tr("a selection in source “%1”").arg(source);
    };
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Description"))) {
            const QString description = xml.readElementText().trimmed();
            if (description == QdpxExporter::exemplarMarker())
                selection.exemplar = true;
            else if (!description.isEmpty())
                report.addDropped(QdpxImporter::tr("The comment “%1” on %2 was left out.").arg(description, where()));
        } else if (xml.isElement(QLatin1StringView("Coding"))) {
            selection.codings.append(readCoding(xml, report, where));
        } else {
            leaveOut(xml, report, where());
        }
    }
    return selection;
}

FileSource readTextSource(RefiXmlReader &xml, InterchangeReport &report)
{
    FileSource source;
    source.guid = xml.guidAttribute(QLatin1StringView("guid")).value_or(QString());
    source.name = xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed();
    source.plainTextPath = xml.attribute(QLatin1StringView("plainTextPath"));
    const QString where = QdpxImporter::tr("source “%1”").arg(source.name);
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("PlainTextContent")))
            source.inlineText = xml.readElementText();
        else if (xml.isElement(QLatin1StringView("PlainTextSelection")))
            source.selections.append(readSelection(xml, report, source.name));
        else if (xml.isElement(QLatin1StringView("NoteRef")))
            source.notes.append(readNoteRef(xml));
        else if (xml.isElement(QLatin1StringView("VariableValue")))
            source.values.append(readValue(xml));
        else
            leaveOut(xml, report, where);
    }
    return source;
}

// A note's text is given inline (as Tematik writes it); one in a file of the archive is left out for now.
FileNote readNote(RefiXmlReader &xml, InterchangeReport &report)
{
    FileNote note;
    note.guid = CodebookImport::keyOf(xml.attribute(QLatin1StringView("guid")));
    note.name = xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed();
    note.user = CodebookImport::keyOf(xml.attribute(QLatin1StringView("creatingUser")));
    note.created = xml.dateTimeAttribute(QLatin1StringView("creationDateTime"));
    note.modified = xml.dateTimeAttribute(QLatin1StringView("modifiedDateTime"));
    const QString where = QdpxImporter::tr("note “%1”").arg(note.name);
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("PlainTextContent")))
            note.body = xml.readElementText();
        else
            leaveOut(xml, report, where);
    }
    return note;
}

// Hands what the reading thread has read to the writing thread: the header (all before <Sources>),
// then each source as its element closes, then the end. Unbounded, so the reader never waits.
class ReadQueue
{
public:
    void headerDone()
    {
        const std::lock_guard lock(m_mutex);
        m_header = true;
        m_changed.notify_all();
    }
    void push(FileSource &&source)
    {
        const std::lock_guard lock(m_mutex);
        m_sources.push_back(std::move(source));
        m_changed.notify_all();
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_header = true;
        m_finished = true;
        m_changed.notify_all();
    }
    void waitForHeader()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_header; });
    }
    // The next source read; nullopt once the reading has ended and every source was taken.
    std::optional<FileSource> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_sources.empty() || m_finished; });
        if (m_sources.empty())
            return std::nullopt;
        FileSource source = std::move(m_sources.front());
        m_sources.pop_front();
        return source;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<FileSource> m_sources;
    bool m_header = false;
    bool m_finished = false;
};

// Reads the sources' texts from the archive and prepares them for storing, on the reading thread, which
// alone uses the archive once reading has begun. Inflating, decoding, hashing and folding the
// reference workload's texts there takes about 400 M instructions off the writing thread, which is
// the one the import waits for.
class SourceTexts
{
public:
    explicit SourceTexts(ZipArchive &zip)
        : m_zip(zip)
    {
        for (const QString &entry : zip.entries())
            m_entries.insert(entry.toLower(), entry);
    }

    Result<SourceText> prepare(const FileSource &source) const
    {
        Result<QByteArray> bytes = read(source);
        if (!bytes)
            return bytes.takeError();
        if (bytes->startsWith("\xEF\xBB\xBF"))
            bytes->remove(0, 3);
        const QString raw = QString::fromUtf8(*bytes);
        SourceText text;
        if (raw.trimmed().isEmpty())
            return text;
        ImportOptions options;
        options.forcedEncoding = QStringLiteral("UTF-8"); // REFI-QDA texts are UTF-8 (§9)
        Result<PreparedSource> prepared = SourceImport::prepare(*bytes, displayName(source) + QLatin1String(".txt"),
                                                                options);
        if (!prepared)
            return prepared.takeError();
        text.positions.emplace(raw, prepared->source.text);
        text.prepared = *std::move(prepared);
        return text;
    }

private:
    Result<QByteArray> read(const FileSource &source) const
    {
        const QString name = displayName(source);
        if (source.inlineText)
            return source.inlineText->toUtf8();
        if (!source.plainTextPath)
            return Error{QdpxImporter::tr("source “%1” has neither a text file nor its text inline").arg(name)};
        QString path = *source.plainTextPath;
        static const QLatin1String internal("internal://");
        if (path.startsWith(internal, Qt::CaseInsensitive))
            path = path.mid(internal.size());
        else if (path.contains(QLatin1String("://")))
            return Error{QdpxImporter::tr("source “%1” has its text outside the archive (%2), which is not read")
                             .arg(name, path)};
        // The spec writes sources/, its own example Sources/ (NOTES §5.1).
        QString entry = m_entries.value(QLatin1String("sources/") + path.toLower());
        if (entry.isEmpty())
            entry = m_entries.value(path.toLower());
        if (entry.isEmpty())
            return Error{QdpxImporter::tr("source “%1” has its text in %2, which is not in the archive").arg(name, path)};
        Result<QByteArray> bytes = m_zip.read(entry);
        if (!bytes)
            return Error{QdpxImporter::tr("source “%1”: %2").arg(name, bytes.error())};
        return bytes;
    }

    ZipArchive &m_zip;
    QHash<QString, QString> m_entries; // lower case → as in the archive
};

// What the reader fills. Before the header is handed over it writes header and codebook, which the
// writer takes only after; from then on it writes only late, lateCodebook and report, which the writer
// reads once the reading has ended. Sources go through the queue.
struct ReadTargets
{
    FileProject header;
    CodebookImport &codebook;
    FileProject late;             // what comes after <Sources> starts: notes; users, variables or cases out of order
    CodebookImport &lateCodebook; // sets after <Sources>; codes there are out of order
    InterchangeReport &report;    // the reader's own lines
    bool outOfOrder = false;      // users, codes, variables or cases came after <Sources>
};

// Reads the project document. With streaming, what follows <Sources> goes to late and lateCodebook
// (see ReadTargets); without it, everything goes to header and codebook.
Status readProject(const QByteArray &qde, const QString &fileName, const SourceTexts &texts, ReadTargets &to,
                   ReadQueue &queue, bool streaming)
{
    RefiXmlReader xml(qde);
    xml.readNextStartElement(); // <Project>, checked by readProjectDocument
    const QString where = QdpxImporter::tr("the project");
    bool afterHeader = false;
    InterchangeReport &report = to.report;
    const auto file = [&]() -> FileProject & { return afterHeader ? to.late : to.header; };
    const auto headerElement = [&] {
        if (afterHeader)
            to.outOfOrder = true;
    };
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Users"))) {
            headerElement();
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("User"))) {
                    file().users.append({CodebookImport::keyOf(xml.attribute(QLatin1StringView("guid"))),
                                         xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed()});
                    xml.skipCurrentElement();
                } else {
                    leaveOut(xml, report, where);
                }
            }
        } else if (xml.isElement(QLatin1StringView("CodeBook"))) {
            headerElement();
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("Codes")))
                    (afterHeader ? to.lateCodebook : to.codebook).readCodes(xml);
                else
                    leaveOut(xml, report, where);
            }
        } else if (xml.isElement(QLatin1StringView("Variables"))) {
            headerElement();
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("Variable"))) {
                    file().variables.append({CodebookImport::keyOf(xml.attribute(QLatin1StringView("guid"))),
                                             xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed(),
                                             xml.attribute(QLatin1StringView("typeOfVariable")).value_or(QString())});
                    xml.skipCurrentElement();
                } else {
                    leaveOut(xml, report, where);
                }
            }
        } else if (xml.isElement(QLatin1StringView("Cases"))) {
            headerElement();
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("Case")))
                    file().cases.append(readCase(xml, report));
                else
                    leaveOut(xml, report, where);
            }
        } else if (xml.isElement(QLatin1StringView("Notes"))) {
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("Note")))
                    file().notes.append(readNote(xml, report));
                else
                    leaveOut(xml, report, where);
            }
        } else if (xml.isElement(QLatin1StringView("NoteRef"))) {
            file().projectNotes.append(CodebookImport::keyOf(xml.attribute(QLatin1StringView("targetGUID"))));
            xml.skipCurrentElement();
        } else if (xml.isElement(QLatin1StringView("Sets"))) {
            (afterHeader ? to.lateCodebook : to.codebook).readSets(xml);
        } else if (xml.isElement(QLatin1StringView("Sources"))) {
            if (streaming && !afterHeader) {
                afterHeader = true;
                queue.headerDone();
            }
            while (xml.readNextStartElement()) {
                if (xml.isElement(QLatin1StringView("TextSource"))) {
                    FileSource source = readTextSource(xml, report);
                    source.text = texts.prepare(source);
                    queue.push(std::move(source));
                }
                else
                    leaveOut(xml, report, where);
            }
        } else {
            leaveOut(xml, report, where);
        }
    }
    if (xml.hasError())
        return Error{QdpxImporter::tr("%1: its project document is not well-formed XML: line %2, column %3: %4. "
                                      "Nothing was imported.")
                         .arg(fileName)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString())};
    return {};
}

// Puts what was read into the project; the caller holds the transaction.
class ProjectWriter
{
public:
    ProjectWriter(Project &project, const CodebookImport &codebook, InterchangeReport &report)
        : m_project(project), m_codebook(codebook), m_report(report)
    {
        for (const CoderInfo &coder : project.coders())
            m_coderNames.insert(coder.name, coder.id);
    }

    Status addUsers(const QList<FileUser> &users)
    {
        for (const FileUser &user : users) {
            const QString name = user.name.isEmpty() ? QdpxImporter::tr("Unnamed user") : user.name;
            if (m_coderNames.contains(name)) {
                // Coders are known by name here, so a user named like a coder of the project is that coder.
                m_coders.insert(user.guid, m_coderNames.value(name));
                m_report.addChanged(QdpxImporter::tr("User “%1” is the project's coder of that name.").arg(name));
                continue;
            }
            const bool keepGuid = !RefiXmlReader::normalizedGuid(user.guid).isEmpty();
            Result<CoderId> id = m_project.addCoder(name, keepGuid ? user.guid : QString());
            if (!id)
                return id.takeError();
            m_coders.insert(user.guid, *id);
            m_coderNames.insert(name, *id);
            m_report.addKept(QdpxImporter::tr("User “%1” as a coder.").arg(name));
        }
        return {};
    }

    Status addVariables(const QList<FileVariable> &variables)
    {
        for (const FileVariable &variable : variables) {
            const QString name = variable.name.isEmpty() ? QdpxImporter::tr("Unnamed variable") : variable.name;
            const std::optional<AttributeType> known = attributeTypeOfRefi(variable.type);
            const AttributeType type = known.value_or(AttributeType::Text);
            if (!known)
                m_report.addChanged(QdpxImporter::tr("Variable “%1” is of the type “%2”, which attributes do not "
                                                     "have; it was kept as text.").arg(name, variable.type));
            const bool keepGuid = !RefiXmlReader::normalizedGuid(variable.key).isEmpty();
            Result<AttributeId> id = m_project.cases().addAttribute(name, type, keepGuid ? variable.key : QString());
            if (!id)
                return id.takeError();
            m_attributes.insert(variable.key, *id);
            m_report.addKept(QdpxImporter::tr("Variable “%1” as a case attribute.").arg(name));
        }
        return {};
    }

    Status addCases(const QList<FileCase> &cases)
    {
        for (const FileCase &file : cases) {
            const QString name = file.name.isEmpty() ? QdpxImporter::tr("Unnamed case") : file.name;
            Result<CaseId> id = m_project.cases().add(name, file.description, file.guid);
            if (!id)
                return id.takeError();
            for (const FileValue &value : file.values) {
                const auto attribute = m_attributes.constFind(value.variableKey);
                if (attribute == m_attributes.cend()) {
                    m_report.addDropped(QdpxImporter::tr("Case “%1” has a value of a variable “%2” that the file does "
                                                         "not define; left out.").arg(name, value.variableKey));
                    continue;
                }
                // A value the attribute's type refuses is one value lost, not a reason to lose the project.
                if (Status set = m_project.cases().setValue(*id, *attribute, value.value); !set)
                    m_report.addDropped(QdpxImporter::tr("Case “%1”: the value “%2” was left out: %3")
                                            .arg(name, value.value, set.error()));
            }
            m_caseSources.append({*id, file.sources});
            m_report.addKept(QdpxImporter::tr("Case “%1”, with %Ln value(s).", nullptr, int(file.values.size())).arg(name));
        }
        return {};
    }

    // Links each case to the sources it names, unless a speaker of that source already belongs to it
    // (the export names those sources too), so that a round trip adds no links.
    Status linkCases()
    {
        for (const auto &[caseId, sources] : std::as_const(m_caseSources)) {
            for (const QString &guid : sources) {
                const SourceId source = m_sources.value(guid, 0);
                if (source == 0)
                    continue; // a source left out, reported there, or one not in the file
                bool throughSpeaker = false;
                for (const SpeakerInfo &speaker : m_project.cases().speakersOf(source))
                    throughSpeaker = throughSpeaker || speaker.caseId == caseId;
                if (throughSpeaker)
                    continue;
                if (Status s = m_project.cases().linkSource(caseId, source); !s)
                    return s;
            }
        }
        return {};
    }

    Status addSource(const FileSource &source)
    {
        const QString name = displayName(source);
        Result<SourceText> text = source.text;
        if (!text)
            return text.takeError();
        // A source can hold no text (NVivo exports empty documents); a project without it is still whole.
        if (!text->prepared) {
            m_report.addDropped(QdpxImporter::tr("Source “%1” has no text; it was left out with its %Ln selection(s).",
                                                 nullptr, int(source.selections.size())).arg(name));
            return {};
        }
        QString guid = source.guid;
        if (guid.isEmpty() || m_sourceGuids.contains(guid)) {
            m_report.addChanged(QdpxImporter::tr("Source “%1” had no GUID of its own; it was given a new one.").arg(name));
            guid.clear();
        }
        m_sourceGuids.insert(guid);
        text->prepared->source.guid = guid;
        Result<ImportReport> imported = SourceImport::store(m_project, *std::move(text->prepared));
        if (!imported)
            return imported.takeError();
        m_report.addKept(QdpxImporter::tr("Source “%1”.").arg(imported->sourceName));
        m_sources.insert(source.guid, imported->sourceId);
        for (const QString &note : source.notes)
            m_noteTargets.append({note, MemoTarget::source(imported->sourceId)});
        for (const QString &warning : std::as_const(imported->warnings))
            m_report.addChanged(QdpxImporter::tr("Source “%1”: %2").arg(imported->sourceName, warning));
        if (Status s = addSourceValues(source, imported->sourceId, imported->sourceName); !s)
            return s;
        for (const FileSelection &selection : source.selections)
            addSelection(selection, *text->positions, imported->sourceId, imported->sourceName);
        // Stored with their source, while the reading thread reads on; the caller's CodingStore::Load
        // keeps this cheap.
        const Status restored = m_codings.isEmpty() ? Status{} : m_project.codings().restore(m_codings);
        m_codings.clear();
        return restored;
    }

    // Notes become memos on what refers to them: a Tematik memo is on one thing, so a note referred to
    // from several keeps the first and the others are reported; a note nothing refers to, or only the
    // project, is a memo on the project.
    Status addNotes(const QList<FileNote> &notes, const QStringList &projectNotes)
    {
        QHash<QString, CodingId> codings;
        if (!m_codingNotes.isEmpty()) {
            for (const Coding &coding : m_project.codings().all())
                codings.insert(coding.guid, coding.id);
        }
        for (const auto &[note, guid] : std::as_const(m_codingNotes))
            m_noteTargets.append({note, MemoTarget::coding(codings.value(guid))});
        m_noteTargets += m_codebook.noteTargets();
        for (const QString &note : projectNotes)
            m_noteTargets.append({note, MemoTarget::project()});
        QHash<QString, QList<MemoTarget>> targets;
        for (const auto &[note, target] : std::as_const(m_noteTargets))
            targets[note].append(target);

        QList<Memo> memos;
        QSet<QString> guids;
        for (const FileNote &note : notes) {
            Memo memo;
            memo.guid = note.guid;
            if (RefiXmlReader::normalizedGuid(memo.guid).isEmpty() || guids.contains(memo.guid)) {
                m_report.addChanged(QdpxImporter::tr("Note “%1” had no GUID of its own; it was given a new one.")
                                        .arg(note.name));
                memo.guid = newGuid();
            }
            guids.insert(memo.guid);
            memo.body = note.body;
            // Tematik writes a memo's headline as the note's name; a name that is only the body's first
            // line is no title of its own.
            if (memoHeadline(memo) != note.name)
                memo.title = note.name;
            const QList<MemoTarget> on = targets.value(note.guid);
            if (!on.isEmpty())
                memo.target = on.first();
            if (on.size() > 1)
                m_report.addDropped(QdpxImporter::tr("Note “%1” is referred to from %2 places; a memo is on one "
                                                     "thing, so it was kept on the first only.")
                                        .arg(note.name)
                                        .arg(on.size()));
            memo.authorId = m_coders.value(note.user, 0);
            const QDateTime created = note.created.value_or(QDateTime::currentDateTimeUtc());
            memo.createdAt = created.toUTC().toString(Qt::ISODateWithMs);
            memo.modifiedAt = note.modified.value_or(created).toUTC().toString(Qt::ISODateWithMs);
            memos.append(memo);
            m_report.addKept(QdpxImporter::tr("Note “%1” as a memo.").arg(memoHeadline(memo)));
        }
        return memos.isEmpty() ? Status{} : m_project.memos().restore(memos);
    }

private:
    // Values of variables on a source (MAXQDA's and Quirkos' document variables) go on the case the file
    // links the source to, when there is one only; otherwise on a case of the source's name, made
    // for it when the project has none, since attributes belong to cases here.
    Status addSourceValues(const FileSource &source, SourceId sourceId, const QString &sourceName)
    {
        if (source.values.isEmpty())
            return {};
        QList<CaseId> linked;
        for (const auto &[caseId, sources] : std::as_const(m_caseSources)) {
            if (sources.contains(source.guid))
                linked.append(caseId);
        }
        CaseId target = 0;
        QString caseName;
        if (linked.size() == 1) {
            target = linked.first();
            caseName = m_project.cases().find(target)->name;
        } else if (const std::optional<CaseInfo> named = m_project.cases().findByName(sourceName)) {
            target = named->id;
            caseName = named->name;
            if (Status s = m_project.cases().linkSource(target, sourceId); !s)
                return s;
        } else {
            Result<CaseId> made = m_project.cases().add(sourceName);
            if (!made)
                return made.takeError();
            target = *made;
            caseName = sourceName;
            if (Status s = m_project.cases().linkSource(target, sourceId); !s)
                return s;
            m_report.addChanged(QdpxImporter::tr("Source “%1” has values of variables of its own; they were put on "
                                                 "a case of its name, made for them.").arg(sourceName));
        }
        const QHash<AttributeId, QString> existing = m_project.cases().values(target);
        for (const FileValue &value : source.values) {
            const auto attribute = m_attributes.constFind(value.variableKey);
            if (attribute == m_attributes.cend()) {
                m_report.addDropped(QdpxImporter::tr("Source “%1” has a value of a variable “%2” that the file does "
                                                     "not define; left out.").arg(sourceName, value.variableKey));
                continue;
            }
            if (existing.contains(*attribute) && existing.value(*attribute) != value.value) {
                m_report.addDropped(QdpxImporter::tr("Source “%1”: the value “%2” was left out, as its case “%3” has "
                                                     "the value “%4” already.")
                                        .arg(sourceName, value.value, caseName, existing.value(*attribute)));
                continue;
            }
            if (Status set = m_project.cases().setValue(target, *attribute, value.value); !set)
                m_report.addDropped(QdpxImporter::tr("Source “%1”: the value “%2” was left out: %3")
                                        .arg(sourceName, value.value, set.error()));
        }
        m_report.addKept(QdpxImporter::tr("Source “%1”: %Ln value(s) of variables, on the case “%2”.", nullptr,
                                          int(source.values.size())).arg(sourceName, caseName));
        return {};
    }

    void addSelection(const FileSelection &selection, const SelectionPositions &positions, SourceId source,
                      const QString &sourceName)
    {
        // Made only for a line of the report: translating it for each of 20,000 selections took 20 ms.
        const auto what = [&] {
            return QdpxImporter::tr("The selection [%1, %2) in source “%3”")
                .arg(selection.start.value_or(-1))
                .arg(selection.end.value_or(-1))
                .arg(sourceName);
        };
        if (selection.codings.isEmpty()) {
            m_report.addDropped(QdpxImporter::tr("%1 has no coding; left out.").arg(what()));
            return;
        }
        std::optional<SelectionPositions::Span> span;
        if (selection.start && selection.end)
            span = positions.resolve(*selection.start, *selection.end, selection.name);
        if (!span) {
            m_report.addDropped(QdpxImporter::tr("%1 lies outside the source's text; its %Ln coding(s) were left out.",
                                                 nullptr, int(selection.codings.size())).arg(what()));
            return;
        }
        if (!span->matchesName)
            m_report.addChanged(QdpxImporter::tr("%1 is named “%2”, but no way of counting positions selects that "
                                                 "text; it covers characters [%3, %4) of the source.")
                                    .arg(what(), selection.name)
                                    .arg(span->start)
                                    .arg(span->end));
        else if (span->reading != SelectionPositions::Reading::CodePoints)
            m_report.addChanged(QdpxImporter::tr("%1 was read as counting %2, which selects its text; it covers "
                                                 "characters [%3, %4).")
                                    .arg(what(), SelectionPositions::describe(span->reading))
                                    .arg(span->start)
                                    .arg(span->end));
        for (const FileCoding &file : selection.codings) {
            const std::optional<CodeId> code = m_codebook.codeFor(file.codeKey);
            if (!code) {
                m_report.addDropped(QdpxImporter::tr("%1 is coded with “%2”, which is not in the codebook; that "
                                                     "coding was left out.").arg(what(), file.codeKey));
                continue;
            }
            Coding coding;
            coding.guid = file.guid;
            if (coding.guid.isEmpty() || m_codingGuids.contains(coding.guid)) {
                m_report.addChanged(QdpxImporter::tr("%1 has a coding without a GUID of its own; it was given a new "
                                                     "one.").arg(what()));
                coding.guid = newGuid();
            }
            m_codingGuids.insert(coding.guid);
            coding.sourceId = source;
            coding.codeId = *code;
            coding.start = span->start;
            coding.end = span->end;
            coding.coderId = m_coders.value(file.user.isEmpty() ? selection.user : file.user, 0);
            coding.createdAt = file.created.value_or(selection.created.value_or(QDateTime::currentDateTimeUtc()));
            coding.exemplar = selection.exemplar;
            m_codings.append(coding);
            for (const QString &note : file.notes)
                m_codingNotes.append({note, coding.guid});
        }
    }

    Project &m_project;
    const CodebookImport &m_codebook;
    InterchangeReport &m_report;
    QHash<QString, CoderId> m_coders;  // by the file's user GUID
    QHash<QString, CoderId> m_coderNames;
    QSet<QString> m_sourceGuids;
    QHash<QString, AttributeId> m_attributes;          // by the file's variable GUID
    QList<std::pair<CaseId, QStringList>> m_caseSources; // SourceRefs, linked once the sources are in
    QHash<QString, SourceId> m_sources;                // by the file's source GUID
    QSet<QString> m_codingGuids;
    QList<Coding> m_codings; // the codings of the source being added
    QList<std::pair<QString, MemoTarget>> m_noteTargets; // note GUID, what it is on
    QList<std::pair<QString, QString>> m_codingNotes;    // note GUID, coding GUID
};

bool isEmpty(Project &project)
{
    const ProjectCounts counts = project.counts();
    return counts.sources == 0 && counts.codes == 0 && counts.codings == 0 && counts.cases == 0 && counts.themes == 0
           && counts.memos == 0;
}

} // namespace

Result<InterchangeReport> QdpxImporter::import(Project &project, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    Result<QByteArray> bytes = InputFile::read(path, ZipArchive::maxTotalSize);
    if (!bytes)
        return Error{tr("%1: %2").arg(fileName, bytes.error())};
    return importBytes(project, *bytes, fileName);
}

Result<QdpxImporter::NewProject> QdpxImporter::importAsNewProject(const QString &path, const QString &projectPath)
{
    // A project file that is there already may be someone's work: refused before anything is made.
    Result<std::unique_ptr<Project>> created = Project::create(projectPath, QFileInfo(path).completeBaseName());
    if (!created)
        return created.takeError();
    std::unique_ptr<Project> project = std::move(*created);
    Result<InterchangeReport> report = import(*project, path);
    if (!report) {
        project.reset();
        QString reason = report.error();
        if (!Project::removeFiles(projectPath))
            reason += u' ' + tr("The empty project %1 could not be removed.").arg(QDir::toNativeSeparators(projectPath));
        return Error{reason};
    }
    return NewProject{std::move(project), std::move(*report)};
}

namespace {

// Imports the project document in one transaction. Threaded, the document is read on a second thread
// while this one writes each source as soon as its element has been read: reading the reference
// workload's 8.7 MB document takes about 100 ms that writing then hides. A document with users, codes,
// variables or cases after its sources (the schema puts them before) cannot be written that way;
// the result is then nullopt, the transaction rolled back, and the caller imports it unthreaded.
Result<std::optional<InterchangeReport>> importDocument(Project &project, const QByteArray &qde, ZipArchive &zip,
                                                        const QString &fileName, bool threaded)
{
    const auto fail = [&](const QString &reason) {
        return Error{QdpxImporter::tr("Cannot import %1; nothing was imported: %2").arg(fileName, reason)};
    };
    Transaction tx(project.database());
    if (!tx.isActive())
        return tx.beginStatus().takeError();
    InterchangeReport report;
    InterchangeReport readReport;
    CodebookImport codebook(report);
    CodebookImport lateCodebook(readReport);
    ReadTargets read{{}, codebook, {}, lateCodebook, readReport};
    const SourceTexts texts(zip);
    ReadQueue queue;
    Status readStatus;
    const auto readAll = [&] {
        readStatus = readProject(qde, fileName, texts, read, queue, threaded);
        queue.finish();
    };
    std::thread reader;
    if (threaded)
        reader = std::thread(readAll);
    else
        readAll();
    // However the writing ends, the reader is waited for: it uses what lives in this frame.
    const struct Join
    {
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable())
                thread.join();
        }
    } join{reader};
    const auto readFailure = [&]() -> std::optional<Error> {
        if (reader.joinable())
            reader.join();
        if (!readStatus)
            return Error{readStatus.error()};
        return std::nullopt;
    };

    queue.waitForHeader();
    ProjectWriter writer(project, codebook, report);
    const auto writeFailure = [&](const QString &reason) -> Error {
        // A write that fails on what a broken document left out is the document's fault: say that.
        if (std::optional<Error> broken = readFailure())
            return *broken;
        return fail(reason);
    };
    if (Status s = writer.addUsers(read.header.users); !s)
        return writeFailure(s.error());
    if (Status s = codebook.write(project); !s)
        return writeFailure(s.error());
    if (Status s = writer.addVariables(read.header.variables); !s)
        return writeFailure(s.error());
    // Cases come before sources, so that the source import links speakers to cases of their name.
    if (Status s = writer.addCases(read.header.cases); !s)
        return writeFailure(s.error());
    CodingStore::Load codings(project.codings());
    if (Status s = codings.begin(); !s)
        return writeFailure(s.error());
    while (std::optional<FileSource> source = queue.next()) {
        if (Status s = writer.addSource(*source); !s)
            return writeFailure(s.error());
    }
    if (Status s = codings.finish(); !s)
        return writeFailure(s.error());
    if (std::optional<Error> broken = readFailure())
        return *broken;
    if (read.outOfOrder)
        return std::optional<InterchangeReport>();
    if (Status s = codebook.writeSets(project, lateCodebook.takeSets(), report); !s)
        return fail(s.error());
    if (Status s = writer.linkCases(); !s)
        return fail(s.error());
    if (Status s = writer.addNotes(read.header.notes + read.late.notes,
                                   read.header.projectNotes + read.late.projectNotes);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return s.takeError();
    report.append(readReport);
    return std::optional<InterchangeReport>(std::move(report));
}

} // namespace

Result<InterchangeReport> QdpxImporter::importBytes(Project &project, const QByteArray &qdpx, const QString &fileName)
{
    if (!isEmpty(project))
        return Error{tr("%1 was not imported: a REFI-QDA project is imported into a new, empty project, and this "
                        "one already holds work.").arg(fileName)};
    Result<ZipArchive> zip = openArchive(qdpx, fileName);
    if (!zip)
        return zip.takeError();
    Result<QByteArray> qde = readProjectDocument(*zip, fileName);
    if (!qde)
        return qde.takeError();
    for (const bool threaded : {true, false}) {
        Result<std::optional<InterchangeReport>> imported = importDocument(project, *qde, *zip, fileName, threaded);
        if (!imported)
            return imported.takeError();
        if (*imported)
            return std::move(**imported);
    }
    return Error{tr("Cannot import %1: its parts are in an order that cannot be read.").arg(fileName)};
}

} // namespace tematik
