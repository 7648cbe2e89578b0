#include "core/interchange/refixmlreader.h"

#include "core/store/storedvalues.h"

#include <QRegularExpression>

#include <cstring>

#include <libxml/xmlreader.h>

namespace tematik {

struct RefiXmlReader::Parser
{
    QByteArray data; // the reader reads from it in place
    xmlTextReaderPtr reader = nullptr;
    bool onStart = false;      // on a start element: isElement() may be true
    bool emptyPending = false; // on <empty/>, whose end (which libxml2 does not report) is still to come
    bool failed = false;
    QString error;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;

    static void onError(void *parser, xmlErrorPtr error)
    {
        // Warnings (a namespace URI that is not absolute, say) leave the document readable.
        if (error->level < XML_ERR_ERROR)
            return;
        auto *self = static_cast<Parser *>(parser);
        if (self->failed)
            return;
        self->failed = true;
        self->error = QString::fromUtf8(error->message).trimmed();
        self->errorLine = error->line;
        self->errorColumn = error->int2;
    }

    bool read()
    {
        if (failed)
            return false;
        const int r = xmlTextReaderRead(reader);
        if (r < 0 && !failed) {
            failed = true;
            error = QStringLiteral("the document ends unexpectedly");
            errorLine = xmlTextReaderGetParserLineNumber(reader);
            errorColumn = xmlTextReaderGetParserColumnNumber(reader);
        }
        return r == 1 && !failed;
    }

    int type() const { return xmlTextReaderNodeType(reader); }

    // Reads to the end of the element the reader is on; the text it passes is appended to text when given.
    void readToEnd(QByteArray *text)
    {
        const int depth = xmlTextReaderDepth(reader);
        while (read()) {
            const int t = type();
            if (t == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(reader) == depth)
                return;
            if (text
                && (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA || t == XML_READER_TYPE_WHITESPACE
                    || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
                text->append(reinterpret_cast<const char *>(xmlTextReaderConstValue(reader)));
            }
        }
    }
};

namespace {

bool sameName(const xmlChar *utf8, QLatin1StringView name)
{
    if (!utf8)
        return false;
    // The names asked for are ASCII, so a name of another length in UTF-8 differs, and most files write
    // them as the schema does, which a byte compare finds before the case-blind one: comparing every
    // attribute's name case-blind took 71 M instructions in reading the reference workload's project
    // document, this 26 M.
    const char *text = reinterpret_cast<const char *>(utf8);
    const qsizetype length = qsizetype(qstrlen(text));
    if (length != name.size())
        return false;
    return std::memcmp(text, name.data(), size_t(length)) == 0 || qstrnicmp(text, length, name.data(), length) == 0;
}

} // namespace

RefiXmlReader::RefiXmlReader(const QByteArray &xml) : m_parser(std::make_unique<Parser>())
{
    static const bool initialized = (xmlInitParser(), true);
    Q_UNUSED(initialized);
    // QualCoder once wrote project.qde with a UTF-8 BOM before "<?xml" (NOTES §5.9). libxml2 copes with
    // a BOM, but not with one doubled by a second encoding pass; dropping the first keeps both forms
    // readable.
    static const QByteArray bom("\xEF\xBB\xBF");
    m_parser->data = xml.startsWith(bom) ? xml.mid(bom.size()) : xml;
    // No XML_PARSE_NOENT or DTDLOAD: entities are not expanded from outside, and NONET keeps the
    // network out; no XML_PARSE_HUGE, so that libxml2's limits on depth and node size stay.
    m_parser->reader = xmlReaderForMemory(m_parser->data.constData(), int(m_parser->data.size()), nullptr, nullptr,
                                          XML_PARSE_NONET | XML_PARSE_NOWARNING);
    if (!m_parser->reader) {
        m_parser->failed = true;
        m_parser->error = QStringLiteral("the document is empty");
        m_parser->errorLine = 1;
        return;
    }
    xmlTextReaderSetStructuredErrorHandler(m_parser->reader, &Parser::onError, m_parser.get());
}

RefiXmlReader::~RefiXmlReader()
{
    if (m_parser->reader)
        xmlFreeTextReader(m_parser->reader);
}

bool RefiXmlReader::readNextStartElement()
{
    Parser &p = *m_parser;
    p.onStart = false;
    if (p.emptyPending) {
        p.emptyPending = false;
        return false;
    }
    while (p.read()) {
        const int type = p.type();
        if (type == XML_READER_TYPE_ELEMENT) {
            p.onStart = true;
            p.emptyPending = xmlTextReaderIsEmptyElement(p.reader) == 1;
            return true;
        }
        if (type == XML_READER_TYPE_END_ELEMENT)
            return false;
    }
    return false;
}

void RefiXmlReader::skipCurrentElement()
{
    Parser &p = *m_parser;
    if (p.emptyPending)
        p.emptyPending = false;
    else if (p.onStart)
        p.readToEnd(nullptr);
    p.onStart = false;
}

QString RefiXmlReader::readElementText()
{
    Parser &p = *m_parser;
    QByteArray text;
    if (p.emptyPending)
        p.emptyPending = false;
    else if (p.onStart)
        p.readToEnd(&text);
    p.onStart = false;
    return QString::fromUtf8(text);
}

QString RefiXmlReader::name() const
{
    if (!m_parser->reader)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(xmlTextReaderConstLocalName(m_parser->reader)));
}

// Elements match by local name alone: codebooks arrive in urn:QDA-XML:codebook:1.0, in the variants
// 1:0 (code modelled on NVivo 12 for Mac) and 0:4 (ATLAS.ti), and without any namespace when made by
// hand (NOTES §5.2). Case is ignored because the spec's own Annex and QualCoder disagree on the case of
// names (Project.qde and Sources/ against project.qde and sources/, §5.1), and a hand-made file that
// writes <codebook> says what it means.
bool RefiXmlReader::isElement(QLatin1StringView name) const
{
    return m_parser->onStart && sameName(xmlTextReaderConstLocalName(m_parser->reader), name);
}

QString RefiXmlReader::namespaceUri() const
{
    if (!m_parser->reader)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(xmlTextReaderConstNamespaceUri(m_parser->reader)));
}

std::optional<QString> RefiXmlReader::attribute(QLatin1StringView name) const
{
    // By local name, so that a prefixed attribute (q:guid) written by a namespace-happy exporter still
    // counts, and case-insensitively for the same reason as elements (isCodable, iscodable).
    const Parser &p = *m_parser;
    if (!p.onStart)
        return std::nullopt;
    std::optional<QString> value;
    for (int more = xmlTextReaderMoveToFirstAttribute(p.reader); more == 1;
         more = xmlTextReaderMoveToNextAttribute(p.reader)) {
        if (sameName(xmlTextReaderConstLocalName(p.reader), name)) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(xmlTextReaderConstValue(p.reader)));
            break;
        }
    }
    xmlTextReaderMoveToElement(p.reader);
    return value;
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
    return m_parser->failed;
}

QString RefiXmlReader::errorString() const
{
    return m_parser->error;
}

qint64 RefiXmlReader::lineNumber() const
{
    if (m_parser->failed || !m_parser->reader)
        return m_parser->errorLine;
    return xmlTextReaderGetParserLineNumber(m_parser->reader);
}

qint64 RefiXmlReader::columnNumber() const
{
    if (m_parser->failed || !m_parser->reader)
        return m_parser->errorColumn;
    return xmlTextReaderGetParserColumnNumber(m_parser->reader);
}

// ATLAS.ti and MAXQDA write GUIDs in upper case, NVivo and QualCoder in lower case, and the spec's own
// example mixes braced and unbraced forms (NOTES §3); all of them name the same object.
QString RefiXmlReader::normalizedGuid(const QString &text)
{
    // Checked by hand rather than with a regular expression: a project has a GUID on every selection,
    // coding and reference, and the expression took 40 ms of the reference workload's import.
    QStringView t = QStringView(text).trimmed(); // xsd:token allows surrounding whitespace
    const bool braced = t.startsWith(u'{');
    // Braces come in pairs; "{guid" is a typo we would rather report than guess at.
    if (braced != t.endsWith(u'}'))
        return {};
    if (braced)
        t = t.mid(1, t.size() - 2);
    if (t.size() != 36)
        return {};
    bool lowerCase = true;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = t[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return {};
        } else if (c >= u'A' && c <= u'F') {
            lowerCase = false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return {};
        }
    }
    // Most files write GUIDs as they are kept: the text itself is returned, shared, without a copy.
    if (lowerCase && t.size() == text.size())
        return text;
    return t.toString().toLower();
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
    if (std::optional<QDateTime> utc = fromUtcIsoTime(t))
        return utc;
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
