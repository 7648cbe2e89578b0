#include "core/interchange/codebookimport.h"

#include "core/interchange/codebookxml.h"
#include "core/interchange/qdcimporter.h"
#include "core/interchange/refixmlreader.h"
#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QSet>

namespace tematik {
namespace {

// Puts the codes and sets read into the project; the caller holds the transaction.
class CodebookWriter
{
public:
    // written: codes already written by an earlier writer, by the file's keys.
    CodebookWriter(Project &project, InterchangeReport &report, const QHash<QString, CodeId> &written = {})
        : m_project(project), m_report(report), m_byKey(written)
    {
        for (const Code &c : project.codes().list()) {
            m_byGuid.insert(c.guid, c);
            m_siblingNames[c.parentId.value_or(0)].insert(c.name);
        }
    }

    Status addCodes(const QList<CodebookImport::FileCode> &codes, std::optional<CodeId> parent)
    {
        for (const CodebookImport::FileCode &code : codes) {
            Result<CodeId> id = addCode(code, parent);
            if (!id)
                return id.takeError();
            if (!code.key.isEmpty() && !m_byKey.contains(code.key))
                m_byKey.insert(code.key, *id);
            for (const QString &note : code.notes)
                m_notes.append({note, MemoTarget::code(*id)});
            if (Status s = addCodes(code.children, *id); !s)
                return s;
        }
        return {};
    }

    // Sets become themes; a set marked as a dimension becomes one, and a set marked as a theme in a
    // dimension goes under it (CodebookXml::structureOf), so that Tematik's own export comes back with
    // its data structure. Dimensions first, so that their themes find them whatever the order.
    Status addSets(const QList<CodebookImport::FileSet> &sets)
    {
        QHash<ThemeId, QSet<QString>> names; // taken, under each dimension; 0 for the top level
        QSet<QString> guids;
        for (const Theme &t : m_project.themes().list()) {
            names[t.parentId.value_or(0)].insert(t.name);
            guids.insert(t.guid);
        }
        QList<std::pair<const CodebookImport::FileSet *, CodebookXml::SetStructure>> themes;
        QList<std::pair<const CodebookImport::FileSet *, ThemeId>> dimensions;
        QHash<QString, ThemeId> dimensionByName; // as the file names it
        for (const CodebookImport::FileSet &set : sets) {
            const CodebookXml::SetStructure structure = CodebookXml::structureOf(set.description);
            if (!structure.dimension) {
                themes.append({&set, structure});
                continue;
            }
            Result<ThemeId> dimension = addTheme(set, structure, std::nullopt, names, guids);
            if (!dimension)
                return dimension.takeError();
            dimensions.append({&set, *dimension});
            dimensionByName.insert(set.name, *dimension);
        }
        for (const auto &[set, structure] : std::as_const(themes)) {
            std::optional<ThemeId> dimension;
            if (!structure.dimensionName.isEmpty()) {
                if (dimensionByName.contains(structure.dimensionName))
                    dimension = dimensionByName.value(structure.dimensionName);
                else
                    m_report.addChanged(QdcImporter::tr("Set “%1” says it is a theme in the dimension “%2”, which the "
                                                        "file does not hold; it is a theme at the top level.")
                                            .arg(set->name, structure.dimensionName));
            }
            Result<ThemeId> theme = addTheme(*set, structure, dimension, names, guids);
            if (!theme)
                return theme.takeError();
            if (Status s = assignMembers(*set, *theme); !s)
                return s;
        }
        // A dimension's set repeats its themes' codes; any other code in it has no theme to go to.
        for (const auto &[set, dimension] : std::as_const(dimensions)) {
            for (const QString &key : set->members) {
                const std::optional<CodeId> code = codeFor(key);
                const std::optional<ThemeId> theme = code ? m_project.themes().themeOf(*code) : std::nullopt;
                const std::optional<Theme> in = theme ? m_project.themes().find(*theme) : std::nullopt;
                if (!in || in->parentId != dimension)
                    m_report.addDropped(QdcImporter::tr("The dimension “%1” names a code “%2” that none of its themes "
                                                        "holds; a dimension holds themes, so it was left out.")
                                            .arg(set->name, code ? m_project.codes().path(*code) : key));
            }
        }
        return {};
    }

    // The file's codes, by FileCode::key, once added.
    const QHash<QString, CodeId> &codes() const { return m_byKey; }
    const QList<std::pair<QString, MemoTarget>> &notes() const { return m_notes; }

private:
    Result<ThemeId> addTheme(const CodebookImport::FileSet &set, const CodebookXml::SetStructure &structure,
                             std::optional<ThemeId> dimension, QHash<ThemeId, QSet<QString>> &names,
                             QSet<QString> &guids)
    {
        QSet<QString> &taken = names[dimension.value_or(0)];
        const QString name = uniqueName(set.name.isEmpty() ? QdcImporter::tr("Unnamed set") : set.name, taken);
        if (name != set.name)
            m_report.addChanged(QdcImporter::tr("Set “%1” became “%2”: that name was free.").arg(set.name, name));
        taken.insert(name);
        // A set's GUID is kept unless the project has it already (the same codebook imported twice).
        const QString guid = guids.contains(set.guid) ? QString() : set.guid;
        guids.insert(guid);
        Result<ThemeId> theme = structure.dimension
                                    ? m_project.themes().addDimension(name, structure.description, guid)
                                    : m_project.themes().addTheme(name, dimension, structure.description, guid);
        if (!theme)
            return theme;
        for (const QString &note : set.notes)
            m_notes.append({note, MemoTarget::theme(*theme)});
        if (structure.dimension)
            m_report.addKept(QdcImporter::tr("Set “%1” as the dimension “%2”.").arg(set.name, name));
        return theme;
    }

    Status assignMembers(const CodebookImport::FileSet &set, ThemeId theme)
    {
        int members = 0;
        for (const QString &key : set.members) {
            const std::optional<CodeId> code = codeFor(key);
            if (!code) {
                m_report.addDropped(QdcImporter::tr("Set “%1” names a code “%2” that is neither in the file nor "
                                                    "in the project; that member was left out.").arg(set.name, key));
                continue;
            }
            const QString path = m_project.codes().path(*code);
            if (const std::optional<ThemeId> current = m_project.themes().themeOf(*code)) {
                if (*current == theme)
                    continue;
                const std::optional<Theme> other = m_project.themes().find(*current);
                m_report.addDropped(QdcImporter::tr("Code “%1” is already in the theme “%2”, and a code belongs "
                                                    "to one theme only, so the set “%3” does not hold it.")
                                        .arg(path, other ? other->name : QString(), set.name));
                continue;
            }
            if (Result<std::optional<ThemeId>> r = m_project.themes().assignCode(*code, theme); !r)
                return r.takeError();
            ++members;
        }
        const std::optional<Theme> added = m_project.themes().find(theme);
        m_report.addKept(QdcImporter::tr("Set “%1” as the theme “%2”, with %Ln code(s).", nullptr, members)
                             .arg(set.name, added ? added->name : set.name));
        return {};
    }

    Result<CodeId> addCode(const CodebookImport::FileCode &code, std::optional<CodeId> parent)
    {
        if (code.hasGuid && m_byGuid.contains(code.key))
            return merge(code, m_byGuid.value(code.key));

        QString name = code.name.trimmed();
        if (name.isEmpty()) {
            name = QdcImporter::tr("Unnamed code");
        } else if (name.contains(u'/')) {
            // A slash separates parent and child in a code's path here, so it cannot be part of a name.
            name.replace(u'/', u'-');
        }
        QSet<QString> &siblings = m_siblingNames[parent.value_or(0)];
        name = uniqueName(name, siblings);
        if (name != code.name)
            m_report.addChanged(QdcImporter::tr("Code “%1” was named “%2”: a code beside it had that name, or the name "
                                                "was empty or held “/”.").arg(code.name, name));

        NewCode add;
        add.name = name;
        add.parentId = parent;
        if (code.color) {
            if (std::optional<QString> color = RefiXmlReader::parseColor(*code.color))
                add.color = *color;
            else
                m_report.addChanged(QdcImporter::tr("Code “%1” had the colour “%2”, which is not one we can read; it "
                                                    "was given a colour of the default palette.").arg(name, *code.color));
        }
        add.description = code.description;
        if (code.hasGuid && !m_byKey.contains(code.key)) {
            add.guid = code.key;
        } else if (code.key.isEmpty()) {
            m_report.addChanged(QdcImporter::tr("Code “%1” had no GUID; it was given a new one.").arg(name));
        } else if (m_byKey.contains(code.key)) {
            m_report.addChanged(QdcImporter::tr("Code “%1” had the same GUID %2 as an earlier code in the file; it "
                                                "was given a new one.").arg(name, code.key));
        } else {
            m_report.addChanged(QdcImporter::tr("Code “%1” had the id “%2”, which is not a GUID; it was given a new "
                                                "GUID.").arg(name, code.key));
        }
        Result<CodeId> id = m_project.codes().add(add);
        if (!id)
            return id;
        siblings.insert(name);
        const QString path = m_project.codes().path(*id);
        m_report.addKept(QdcImporter::tr("Code “%1”.").arg(path));
        if (!code.codable)
            m_report.addChanged(QdcImporter::tr("Code “%1” is a category in the file (isCodable=\"false\"); it was kept "
                                                "as a code, which can be used for coding.").arg(path));
        return id;
    }

    Result<CodeId> merge(const CodebookImport::FileCode &code, const Code &existing)
    {
        const QString path = m_project.codes().path(existing.id);
        m_report.addKept(QdcImporter::tr("Code “%1” has the GUID of a code already in the project; merged into it, "
                                         "not added twice.").arg(path));
        if (code.name.trimmed() != existing.name)
            m_report.addChanged(QdcImporter::tr("Code “%1” kept its name in the project; the file calls it “%2”.")
                                    .arg(path, code.name));
        if (!code.description.isEmpty() && code.description != existing.description) {
            if (existing.description.isEmpty()) {
                if (Status s = m_project.codes().setDescription(existing.id, code.description); !s)
                    return s.takeError();
                m_report.addChanged(QdcImporter::tr("Code “%1” took its definition from the file.").arg(path));
            } else {
                m_report.addDropped(QdcImporter::tr("Code “%1” kept its definition in the project; the file's "
                                                    "differs and was left out.").arg(path));
            }
        }
        return existing.id;
    }

    std::optional<CodeId> codeFor(const QString &key) const
    {
        if (m_byKey.contains(key))
            return m_byKey.value(key);
        if (m_byGuid.contains(key))
            return m_byGuid.value(key).id;
        return std::nullopt;
    }

    static QString uniqueName(const QString &name, const QSet<QString> &taken)
    {
        QString candidate = name;
        for (int n = 2; taken.contains(candidate); ++n)
            candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        return candidate;
    }

    Project &m_project;
    InterchangeReport &m_report;
    QHash<QString, Code> m_byGuid;                  // the project's codes before the import
    QHash<QString, CodeId> m_byKey;                 // the file's codes, by FileCode::key
    QHash<CodeId, QSet<QString>> m_siblingNames;    // by parent; 0 for the top level
    QList<std::pair<QString, MemoTarget>> m_notes;  // note GUID, what it is on
};

} // namespace

// The messages stay in QdcImporter's translation context, where the codebook import had them first.

QString CodebookImport::keyOf(const std::optional<QString> &raw)
{
    if (!raw)
        return {};
    const QString guid = RefiXmlReader::normalizedGuid(*raw);
    return guid.isEmpty() ? raw->trimmed() : guid;
}

void CodebookImport::skipUnknown(RefiXmlReader &xml, InterchangeReport &report, const QString &where)
{
    report.addDropped(QdcImporter::tr("<%1> at line %2 in %3 is not part of a REFI-QDA codebook; left out.")
                          .arg(xml.name())
                          .arg(xml.lineNumber())
                          .arg(where));
    xml.skipCurrentElement();
}

CodebookImport::FileCode CodebookImport::readCode(RefiXmlReader &xml)
{
    FileCode code;
    const std::optional<QString> id = xml.attribute(QLatin1StringView("guid"));
    code.key = keyOf(id);
    code.hasGuid = id && !RefiXmlReader::normalizedGuid(*id).isEmpty();
    code.name = xml.attribute(QLatin1StringView("name")).value_or(QString());
    code.color = xml.attribute(QLatin1StringView("color"));
    // isCodable is required by the schema, but a file that leaves it out means an ordinary code.
    code.codable = xml.boolAttribute(QLatin1StringView("isCodable")).value_or(true);
    const QString where = QdcImporter::tr("code “%1”").arg(code.name);
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Description"))) {
            code.description = xml.readElementText().trimmed();
        } else if (xml.isElement(QLatin1StringView("Code"))) {
            code.children.append(readCode(xml));
        } else if (xml.isElement(QLatin1StringView("NoteRef"))) {
            code.notes.append(keyOf(xml.attribute(QLatin1StringView("targetGUID"))));
            xml.skipCurrentElement();
        } else {
            skipUnknown(xml, m_report, where);
        }
    }
    return code;
}

CodebookImport::FileSet CodebookImport::readSet(RefiXmlReader &xml)
{
    FileSet set;
    set.guid = xml.guidAttribute(QLatin1StringView("guid")).value_or(QString());
    set.name = xml.attribute(QLatin1StringView("name")).value_or(QString()).trimmed();
    const QString where = QdcImporter::tr("set “%1”").arg(set.name);
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Description"))) {
            set.description = xml.readElementText().trimmed();
        } else if (xml.isElement(QLatin1StringView("MemberCode"))) {
            // A codebook's MemberCode has guid; a project's has targetGUID. Files mix them up.
            std::optional<QString> target = xml.attribute(QLatin1StringView("guid"));
            if (!target)
                target = xml.attribute(QLatin1StringView("targetGUID"));
            if (target)
                set.members.append(keyOf(target));
            xml.skipCurrentElement();
        } else if (xml.isElement(QLatin1StringView("MemberNote"))) {
            set.notes.append(keyOf(xml.attribute(QLatin1StringView("targetGUID"))));
            xml.skipCurrentElement();
        } else {
            skipUnknown(xml, m_report, where);
        }
    }
    return set;
}

void CodebookImport::readCodes(RefiXmlReader &xml)
{
    const QString where = QdcImporter::tr("the codebook");
    bool any = false;
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Code"))) {
            m_codes.append(readCode(xml));
            any = true;
        } else {
            skipUnknown(xml, m_report, where);
        }
    }
    if (!any && !xml.hasError())
        m_report.addDropped(QdcImporter::tr("The file's <Codes> element is empty, which the REFI-QDA "
                                            "codebook schema does not allow; there were no codes to import."));
}

void CodebookImport::readSets(RefiXmlReader &xml)
{
    const QString where = QdcImporter::tr("the codebook");
    bool any = false;
    while (xml.readNextStartElement()) {
        if (xml.isElement(QLatin1StringView("Set"))) {
            m_sets.append(readSet(xml));
            any = true;
        } else {
            skipUnknown(xml, m_report, where);
        }
    }
    // Taguette writes an empty <Sets/>, so its codebooks fail validation (NOTES §2, §5.3).
    if (!any && !xml.hasError())
        m_report.addDropped(QdcImporter::tr("The file's <Sets> element is empty, so the file does not "
                                            "validate against the REFI-QDA codebook schema (Taguette "
                                            "writes this); the empty element was ignored."));
}

Status CodebookImport::write(Project &project)
{
    CodebookWriter writer(project, m_report);
    if (Status s = writer.addCodes(m_codes, std::nullopt); !s)
        return s;
    if (Status s = writer.addSets(m_sets); !s)
        return s;
    m_written = writer.codes();
    m_noteTargets = writer.notes();
    return {};
}

Status CodebookImport::writeSets(Project &project, const QList<FileSet> &sets, InterchangeReport &report)
{
    CodebookWriter writer(project, report, m_written);
    if (Status s = writer.addSets(sets); !s)
        return s;
    m_noteTargets += writer.notes();
    return {};
}

std::optional<CodeId> CodebookImport::codeFor(const QString &key) const
{
    const auto found = m_written.constFind(key);
    return found == m_written.cend() ? std::nullopt : std::optional<CodeId>(*found);
}

} // namespace tematik
