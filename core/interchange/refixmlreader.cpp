#include "core/interchange/refixmlreader.h"

#include <QRegularExpression>

namespace tematik {

RefiXmlReader::RefiXmlReader(const QByteArray &xml)
{
    // QualCoder once wrote project.qde with a UTF-8 BOM before "<?xml" (NOTES §5.9). QXmlStreamReader
    // copes with a BOM, but not with one doubled by a second encoding pass; dropping the first keeps
    // both forms readable.
    static const QByteArray bom("\xEF\xBB\xBF");
    m_xml.addData(xml.startsWith(bom) ? xml.mid(bom.size()) : xml);
}

bool RefiXmlReader::readNextStartElement()
{
    return m_xml.readNextStartElement();
}

void RefiXmlReader::skipCurrentElement()
{
    m_xml.skipCurrentElement();
}

QString RefiXmlReader::readElementText()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

QString RefiXmlReader::name() const
{
    return m_xml.name().toString();
}

// Elements match by local name alone: codebooks arrive in urn:QDA-XML:codebook:1.0, in the variants
// 1:0 (code modelled on NVivo 12 for Mac) and 0:4 (ATLAS.ti), and without any namespace when made by
// hand (NOTES §5.2). Case is ignored because the spec's own Annex and QualCoder disagree on the case of
// names (Project.qde and Sources/ against project.qde and sources/, §5.1), and a hand-made file that
// writes <codebook> says what it means.
bool RefiXmlReader::isElement(QLatin1StringView name) const
{
    return m_xml.isStartElement() && m_xml.name().compare(name, Qt::CaseInsensitive) == 0;
}

QString RefiXmlReader::namespaceUri() const
{
    return m_xml.namespaceUri().toString();
}

std::optional<QString> RefiXmlReader::attribute(QLatin1StringView name) const
{
    // By local name, so that a prefixed attribute (q:guid) written by a namespace-happy exporter still
    // counts, and case-insensitively for the same reason as elements (isCodable, iscodable).
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().toString();
    }
    return std::nullopt;
}

std::optional<QString> RefiXmlReader::guidAttribute(QLatin1StringView name) const
{
    const std::optional<QString> text = attribute(name);
    if (!text)
        return std::nullopt;
    QString guid = normalizedGuid(*text);
    if (guid.isEmpty())
        return std::nullopt;
    return guid;
}

std::optional<bool> RefiXmlReader::boolAttribute(QLatin1StringView name) const
{
    const std::optional<QString> text = attribute(name);
    return text ? parseBool(*text) : std::nullopt;
}

std::optional<qint64> RefiXmlReader::intAttribute(QLatin1StringView name) const
{
    const std::optional<QString> text = attribute(name);
    return text ? parseInt(*text) : std::nullopt;
}

std::optional<QDateTime> RefiXmlReader::dateTimeAttribute(QLatin1StringView name) const
{
    const std::optional<QString> text = attribute(name);
    return text ? parseDateTime(*text) : std::nullopt;
}

bool RefiXmlReader::hasError() const
{
    return m_xml.hasError();
}

QString RefiXmlReader::errorString() const
{
    return m_xml.errorString();
}

qint64 RefiXmlReader::lineNumber() const
{
    return m_xml.lineNumber();
}

qint64 RefiXmlReader::columnNumber() const
{
    return m_xml.columnNumber();
}

// ATLAS.ti and MAXQDA write GUIDs in upper case, NVivo and QualCoder in lower case, and the spec's own
// example mixes braced and unbraced forms (NOTES §3); all of them name the same object.
QString RefiXmlReader::normalizedGuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    const QString trimmed = text.trimmed(); // xsd:token allows surrounding whitespace
    const QRegularExpressionMatch m = re.match(trimmed);
    // Braces come in pairs; "{guid" is a typo we would rather report than guess at.
    if (!m.hasMatch() || trimmed.startsWith(u'{') != trimmed.endsWith(u'}'))
        return {};
    return m.captured(1).toLower();
}

std::optional<bool> RefiXmlReader::parseBool(const QString &text)
{
    // xsd:boolean allows exactly these four, around whitespace; "True" from .NET's Boolean.ToString()
    // is not valid XML Schema but costs nothing to accept.
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1"))
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<qint64> RefiXmlReader::parseInt(const QString &text)
{
    // xsd:integer allows a leading "+" and surrounding whitespace, which QString::toLongLong does not.
    QString t = text.trimmed();
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<QDateTime> RefiXmlReader::parseDateTime(const QString &text)
{
    // Exporters mostly write "YYYY-MM-DDThh:mm:ssZ", but fractional seconds, numeric offsets and values
    // with no zone all occur (NOTES §3). A value with no zone is read as UTC rather than as this
    // computer's local time, so that the same file reads the same everywhere. QualCoder's local time
    // with a literal "Z" cannot be told apart from real UTC and is taken at its word.
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zone.match(t).hasMatch())
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

std::optional<QString> RefiXmlReader::parseColor(const QString &text)
{
    // The schema allows #RRGGBB and #RGB; rgb(r, g, b) is seen in the wild (requal issue #176). Eight
    // hex digits with alpha are seen too, but whether alpha comes first (.NET) or last (CSS) differs by
    // tool, so they are refused rather than guessed: the caller picks a palette colour and says so.
    const QString t = text.trimmed();
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    if (hex.match(t).hasMatch()) {
        if (t.size() == 7)
            return t.toLower();
        QString full(1, u'#');
        for (int i = 1; i < 4; ++i)
            full += QString(2, t.at(i));
        return full.toLower();
    }
    static const QRegularExpression rgb(
        QStringLiteral("^rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = rgb.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString color(1, u'#');
    for (int i = 1; i <= 3; ++i) {
        const int v = m.captured(i).toInt();
        if (v > 255)
            return std::nullopt;
        color += QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0'));
    }
    return color;
}

} // namespace tematik
