#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

#include <optional>

namespace tematik {

// Reads REFI-QDA XML (.qdc codebooks, the .qde inside a .qdpx) as real files are written, not only as the
// schemas say (see the REFI-QDA notes, "Pitfalls seen in the field"). A pull reader in the manner of
// QXmlStreamReader, over libxml2's xmlTextReader: element and attribute names match case-insensitively
// by local name, whatever the namespace or prefix; absent optional attributes come back as std::nullopt,
// never as an error; values are parsed by the static functions below, which accept every variant the
// notes list.
//
// libxml2 rather than QXmlStreamReader because a project document is mostly attributes (each
// selection's text is in its name) and libxml2 reads them three times as fast: 45 against 135 ms for
// the reference workload's 8.7 MB .qde, a third of the 0.3 s an import may take. It also refuses
// external entities and the network, and limits nesting depth, so a hostile file cannot reach out or
// exhaust the stack.
//
// After a well-formedness error hasError() is true and readNextStartElement() returns false; line and
// column say where.
class RefiXmlReader
{
public:
    explicit RefiXmlReader(const QByteArray &xml);
    ~RefiXmlReader();
    RefiXmlReader(const RefiXmlReader &) = delete;
    RefiXmlReader &operator=(const RefiXmlReader &) = delete;

    // The next child element of the current element; false at the end of the current element or on an
    // error. Text, comments and processing instructions between elements are skipped.
    bool readNextStartElement();
    // Skips the rest of the current element, children included.
    void skipCurrentElement();
    // The current element's text content (all of it, children's text too), for Description and the like.
    QString readElementText();

    QString name() const; // local name, as written
    // True when the current element's local name is name, ignoring case and namespace.
    bool isElement(QLatin1StringView name) const;
    QString namespaceUri() const;

    // The attribute whose local name is name, ignoring case and prefix; nullopt when absent.
    std::optional<QString> attribute(QLatin1StringView name) const;
    // The attribute as a GUID in our form (normalizedGuid); nullopt when absent or not a GUID.
    std::optional<QString> guidAttribute(QLatin1StringView name) const;
    std::optional<bool> boolAttribute(QLatin1StringView name) const;
    std::optional<qint64> intAttribute(QLatin1StringView name) const;
    std::optional<QDateTime> dateTimeAttribute(QLatin1StringView name) const;

    bool hasError() const;
    QString errorString() const;
    qint64 lineNumber() const;
    qint64 columnNumber() const;

    // "8-4-4-4-12" hex digits in either case, with or without braces, to lower case without braces (the
    // form the project file stores); an empty string when text is not a GUID.
    static QString normalizedGuid(const QString &text);
    // xsd:boolean: true, false, 1, 0.
    static std::optional<bool> parseBool(const QString &text);
    // xsd:integer: optional sign, digits.
    static std::optional<qint64> parseInt(const QString &text);
    // xsd:dateTime and the variants exporters write; the result is in UTC.
    static std::optional<QDateTime> parseDateTime(const QString &text);
    // #RRGGBB, #RGB and rgb(r, g, b), to "#rrggbb"; nullopt for anything else.
    static std::optional<QString> parseColor(const QString &text);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace tematik
