#include "core/interchange/codebookxml.h"

#include "core/store/codestore.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

#include <QXmlStreamWriter>

namespace tematik {

namespace {

const QString codebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

} // namespace

CodebookXml::CodebookXml(Project &project)
    : m_codes(project.codes().list()), m_themes(project.themes().list())
{
    for (const Code &code : m_codes) {
        m_children[code.parentId.value_or(0)].append(&code);
        m_codeGuids.insert(code.id, code.guid);
    }
    for (const Theme &theme : m_themes) {
        m_themeCodes.insert(theme.id, project.themes().codesOf(theme.id));
        m_themeNames.insert(theme.id, theme.name);
    }
}

QString CodebookXml::description(const Code &code)
{
    QStringList parts;
    if (!code.description.isEmpty())
        parts.append(code.description);
    if (!code.whenToUse.isEmpty())
        parts.append(tr("When to use: %1").arg(code.whenToUse));
    if (!code.whenNotToUse.isEmpty())
        parts.append(tr("When not to use: %1").arg(code.whenNotToUse));
    if (!code.example.isEmpty())
        parts.append(tr("Example: %1").arg(code.example));
    return parts.join(QLatin1String("\n\n"));
}

void CodebookXml::write(QXmlStreamWriter &xml, Flavor flavor, const QHash<CodeId, QStringList> &codeNotes) const
{
    xml.writeStartElement(QStringLiteral("CodeBook"));
    if (flavor == Flavor::Codebook) {
        xml.writeDefaultNamespace(codebookNamespace);
        xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Tematik"));
    }
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const Code *code : m_children.value(0))
        writeCode(xml, *code, flavor, codeNotes);
    xml.writeEndElement();
    if (flavor == Flavor::Codebook && hasSets())
        writeSets(xml, flavor);
    xml.writeEndElement();
}

void CodebookXml::writeCode(QXmlStreamWriter &xml, const Code &code, Flavor flavor,
                            const QHash<CodeId, QStringList> &codeNotes) const
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), code.guid);
    xml.writeAttribute(QStringLiteral("name"), code.name);
    // Every Tematik code can be applied to text, parents included.
    xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
    if (!code.color.isEmpty())
        xml.writeAttribute(QStringLiteral("color"), code.color);
    if (const QString text = description(code); !text.isEmpty())
        xml.writeTextElement(QStringLiteral("Description"), text);
    if (flavor == Flavor::Project) {
        for (const QString &note : codeNotes.value(code.id)) {
            xml.writeEmptyElement(QStringLiteral("NoteRef"));
            xml.writeAttribute(QStringLiteral("targetGUID"), note);
        }
    }
    for (const Code *child : m_children.value(code.id))
        writeCode(xml, *child, flavor, codeNotes);
    xml.writeEndElement();
}

namespace {

const QString dimensionLine = QStringLiteral("Tematik: aggregate dimension");
const QString themeLine = QStringLiteral("Tematik: theme in “%1”");

} // namespace

CodebookXml::SetStructure CodebookXml::structureOf(const QString &description)
{
    SetStructure result{description.trimmed(), false, {}};
    const qsizetype lineStart = result.description.lastIndexOf(u'\n') + 1;
    const QString last = result.description.mid(lineStart).trimmed();
    const QString themePrefix = themeLine.section(QLatin1String("%1"), 0, 0);
    if (last == dimensionLine) {
        result.dimension = true;
    } else if (last.startsWith(themePrefix) && last.endsWith(u'”') && last.size() > themePrefix.size() + 1) {
        result.dimensionName = last.mid(themePrefix.size(), last.size() - themePrefix.size() - 1);
    } else {
        return result;
    }
    result.description = result.description.left(lineStart).trimmed();
    return result;
}

void CodebookXml::writeSets(QXmlStreamWriter &xml, Flavor flavor, const QHash<ThemeId, QStringList> &themeNotes) const
{
    // The two schemas name a set member's GUID differently.
    const QString memberAttribute = flavor == Flavor::Codebook ? QStringLiteral("guid") : QStringLiteral("targetGUID");
    xml.writeStartElement(QStringLiteral("Sets"));
    for (const Theme &theme : m_themes) {
        xml.writeStartElement(QStringLiteral("Set"));
        xml.writeAttribute(QStringLiteral("guid"), theme.guid);
        xml.writeAttribute(QStringLiteral("name"), theme.name);
        QString structure;
        if (theme.kind == Theme::Kind::Dimension)
            structure = dimensionLine;
        else if (theme.parentId)
            structure = themeLine.arg(m_themeNames.value(*theme.parentId));
        QString description = theme.definition;
        if (!description.isEmpty() && !structure.isEmpty())
            description += QLatin1String("\n\n");
        description += structure;
        if (!description.isEmpty())
            xml.writeTextElement(QStringLiteral("Description"), description);
        for (const CodeId code : m_themeCodes.value(theme.id)) {
            xml.writeEmptyElement(QStringLiteral("MemberCode"));
            xml.writeAttribute(memberAttribute, m_codeGuids.value(code));
        }
        if (flavor == Flavor::Project) {
            for (const QString &note : themeNotes.value(theme.id)) {
                xml.writeEmptyElement(QStringLiteral("MemberNote"));
                xml.writeAttribute(QStringLiteral("targetGUID"), note);
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace tematik
