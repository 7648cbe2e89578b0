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
    for (const Theme &theme : m_themes)
        m_themeCodes.insert(theme.id, project.themes().codesOf(theme.id));
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

void CodebookXml::writeSets(QXmlStreamWriter &xml, Flavor flavor, const QHash<ThemeId, QStringList> &themeNotes) const
{
    // The two schemas name a set member's GUID differently.
    const QString memberAttribute = flavor == Flavor::Codebook ? QStringLiteral("guid") : QStringLiteral("targetGUID");
    xml.writeStartElement(QStringLiteral("Sets"));
    for (const Theme &theme : m_themes) {
        xml.writeStartElement(QStringLiteral("Set"));
        xml.writeAttribute(QStringLiteral("guid"), theme.guid);
        xml.writeAttribute(QStringLiteral("name"), theme.name);
        if (!theme.definition.isEmpty())
            xml.writeTextElement(QStringLiteral("Description"), theme.definition);
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
