#pragma once

#include <QByteArrayView>

namespace tematik {

// Splits RTF into tokens: braces, control words with their parameter, control symbols, \'hh escapes,
// runs of text and \bin data. It knows nothing of groups or destinations, so a reader can follow any
// nesting depth with its own stack instead of recursion.
//
// CR and LF in the source are never text (writers wrap long lines anywhere) and are dropped here; a
// backslash before a line break is the control symbol '\n' or '\r', which RTF defines as \par.
// Views in a token point into the bytes given to the constructor, which must outlive the tokenizer.
class RtfTokenizer
{
public:
    enum class Kind
    {
        GroupStart,
        GroupEnd,
        ControlWord,   // name, and parameter when hasParameter
        ControlSymbol, // symbol: the character after the backslash
        HexByte,       // byte: the value of \'hh
        Text,          // text: a run of bytes without \ { } CR or LF
        Binary,        // text: the parameter bytes after \binN
        BinaryPastEnd, // \binN asks for more bytes than are left, or a negative count
        End,
    };

    struct Token
    {
        Kind kind = Kind::End;
        QByteArrayView name;
        qint64 parameter = 0;
        bool hasParameter = false;
        char symbol = 0;
        uchar byte = 0;
        QByteArrayView text;
        qsizetype offset = 0; // of the token's first byte in the RTF
    };

    // Parameters are clamped to this magnitude: RTF allows 16 bits, and more digits than that only
    // come from damaged files, which must not overflow.
    static constexpr qint64 maxParameter = 1'000'000'000'000LL;

    explicit RtfTokenizer(QByteArrayView rtf, qsizetype from = 0);

    Token next();
    // Where the next token starts.
    qsizetype position() const { return m_pos; }

private:
    Token controlSequence(qsizetype start);

    QByteArrayView m_rtf;
    qsizetype m_pos;
};

} // namespace tematik
