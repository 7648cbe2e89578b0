#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tematik {

struct DecodedText
{
    QString text;     // BOM removed, CRLF and CR turned into LF, otherwise exactly as written (no NFC/NFD)
    QString encoding; // canonical name: "UTF-8", "UTF-16LE", "windows-1252", "ISO-8859-1", …
    bool hadBom = false;
    bool guessed = false; // chosen by statistical detection rather than by a BOM or by validity
    int crlfCount = 0;    // line breaks written as CRLF
    int crCount = 0;      // line breaks written as a lone CR

    // For the user: "UTF-8 with BOM, CRLF line breaks".
    QString description() const;
    // The warning an import reports when the encoding was guessed; empty when it was not.
    QString guessWarning() const;
};

// Turns the bytes of a plain-text file into text. The rules, in order:
//  1. a byte-order mark decides (UTF-8, UTF-16 or UTF-32, either byte order);
//  2. bytes that are valid UTF-8 are UTF-8 (ICU's detector can mistake short UTF-8 for Latin-1);
//  3. bytes that are almost UTF-8 (valid multi-byte sequences, then a broken or cut-off one) are an
//     error, not Latin-1: decoding them as Latin-1 would garble every å, ä and ö in the file;
//  4. otherwise ICU's charset detector chooses among the single-byte Western encodings, and
//     windows-1252 wins over ISO-8859-1 when bytes 0x80–0x9F occur (they are printable only there).
// Files with NUL bytes or many control characters are binary, and rejected.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // forcedEncoding: an ICU converter name chosen by the user; empty to detect.
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &forcedEncoding = {});

    // CRLF and lone CR become LF; counts what it replaced.
    static QString normalizeLineEndings(const QString &text, int *crlfCount = nullptr, int *crCount = nullptr);
};

} // namespace tematik
