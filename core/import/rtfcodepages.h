#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <unordered_map>

struct UConverter;

namespace tematik {

// The code pages an RTF's bytes (\'hh escapes and 8-bit text) are written in, and their decoding
// through ICU: the document's (\ansi, \mac, \pc, \pca, \ansicpgN; windows-1252 when none is given), a
// font's (\fcharsetN or \cpgN in the font table), or one the user chose, which overrides both.
class RtfCodePages
{
public:
    RtfCodePages();
    ~RtfCodePages();
    RtfCodePages(const RtfCodePages &) = delete;
    RtfCodePages &operator=(const RtfCodePages &) = delete;

    // An ICU converter name; false if ICU does not know it.
    bool force(const QString &encoding);
    bool isForced() const { return m_forced != nullptr; }

    void setCharset(int codePage);  // \ansi, \mac, \pc, \pca
    void setDeclared(int codePage); // \ansicpgN, which wins over the character set
    bool isDeclared() const { return m_declared != 0 || m_charsetGiven; }
    void setDefaultFont(int font) { m_defaultFont = font; }
    void setFontCharset(int font, qint64 charset);
    void setFontCodePage(int font, int codePage);

    // The bytes as text in the code page of font (-1 for the default font). A byte the code page has
    // no character for becomes U+FFFD and is counted in undecodable().
    QString decode(QByteArrayView bytes, int font);

    // The document's code page (or the chosen one), as a name for the user: "windows-1252".
    QString encodingName();
    qint64 undecodable() const { return m_undecodable; }
    // Code pages the RTF names that ICU does not know; their bytes were read as windows-1252.
    QList<int> unknown() const { return m_unknown; }

private:
    struct Closer
    {
        void operator()(UConverter *converter) const;
    };
    using Converter = std::unique_ptr<UConverter, Closer>;

    static Converter open(const QByteArray &name);
    int documentCodePage() const { return m_declared != 0 ? m_declared : m_charset; }
    UConverter *converter(int codePage);

    int m_charset = 1252;
    bool m_charsetGiven = false;
    int m_declared = 0;
    int m_defaultFont = -1;
    QHash<int, int> m_fontCodePages;
    std::unordered_map<int, Converter> m_converters; // by code page; null for one ICU lacks
    Converter m_forced;
    QString m_forcedName;
    QList<int> m_unknown;
    qint64 m_undecodable = 0;
};

} // namespace tematik
