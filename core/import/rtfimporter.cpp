#include "core/import/rtfimporter.h"

#include "core/import/rtfcodepages.h"
#include "core/import/rtfplaintext.h"
#include "core/import/rtftokenizer.h"

#include <QFileInfo>

#include <algorithm>
#include <climits>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tematik {
namespace {

using Token = RtfTokenizer::Token;
using Kind = RtfTokenizer::Kind;

// Where "{\rtf" opens the file, after an optional UTF-8 byte-order mark and white space; -1 if not RTF.
qsizetype rtfStart(QByteArrayView bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return bytes.sliced(i).startsWith("{\\rtf") ? i : -1;
}

bool isPadding(QByteArrayView rest)
{
    return std::all_of(rest.begin(), rest.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'; });
}

enum class Op : quint8
{
    Character,
    Paragraph,
    Tab,
    Cell,
    Row,
    NestedCell,
    NestedRow,
    Section,
    Unicode,
    UnicodeSkip,
    CharsetAnsi,
    CharsetMac,
    CharsetPc,
    CharsetPca,
    AnsiCodePage,
    Font,
    DefaultFont,
    FontCharset,
    FontCodePage,
    Plain,
    ParagraphDefaults,
    InTable,
    TableLevel,
    Hidden,
    Deleted,
    FontTable,
    Footnote,
    UnicodePair,
    UnicodePart,
    SkipDestination,
};

struct Action
{
    Op op;
    char16_t character = 0;
};

// Destinations that hold no body text. Writers since RTF 1.2 mark new ones with \*, which is skipped
// anyway; these are the older ones a reader must know by name.
// clang-format off
constexpr std::string_view skippedDestinations[] = {
    "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf", "footer",
    "footerl", "footerr", "footerf", "fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl",
    "filetbl", "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl",
    "template", "xe", "tc", "tcn", "txe", "rxe", "bkmkstart", "bkmkend", "annotation", "atnid", "atnauthor",
    "atntime", "atnref", "atndate", "atnicn", "atrfstart", "atrfend", "ftnsep", "ftnsepc", "ftncn",
    "aftnsep", "aftnsepc", "aftncn", "pn", "pntxta", "pntxtb", "nonesttables", "shp", "shpgrp", "shprslt",
    "nonshppict", "do", "fchars", "lchars", "docvar", "private", "userprops", "title", "subject", "author",
    "operator", "keywords", "comment", "doccomm", "company", "manager", "category", "hlinkbase", "creatim",
    "revtim", "printim", "buptim",
};
// clang-format on

using ControlWords = std::unordered_map<std::string_view, Action>;

// The control words that matter for the text. Any other word is formatting and is ignored.
const ControlWords &controlWords()
{
    static const ControlWords words = [] {
        // clang-format off
        ControlWords w{
            {"par", {Op::Paragraph}},       {"line", {Op::Paragraph}},       {"tab", {Op::Tab}},
            {"cell", {Op::Cell}},           {"row", {Op::Row}},              {"nestcell", {Op::NestedCell}},
            {"nestrow", {Op::NestedRow}},   {"sect", {Op::Section}},         {"u", {Op::Unicode}},
            {"uc", {Op::UnicodeSkip}},      {"ansi", {Op::CharsetAnsi}},     {"mac", {Op::CharsetMac}},
            {"pc", {Op::CharsetPc}},        {"pca", {Op::CharsetPca}},       {"ansicpg", {Op::AnsiCodePage}},
            {"f", {Op::Font}},              {"deff", {Op::DefaultFont}},     {"fcharset", {Op::FontCharset}},
            {"cpg", {Op::FontCodePage}},    {"plain", {Op::Plain}},          {"pard", {Op::ParagraphDefaults}},
            {"intbl", {Op::InTable}},       {"itap", {Op::TableLevel}},      {"v", {Op::Hidden}},
            {"deleted", {Op::Deleted}},     {"fonttbl", {Op::FontTable}},    {"footnote", {Op::Footnote}},
            {"upr", {Op::UnicodePair}},     {"ud", {Op::UnicodePart}},
            {"emdash", {Op::Character, 0x2014}},    {"endash", {Op::Character, 0x2013}},
            {"emspace", {Op::Character, 0x2003}},   {"enspace", {Op::Character, 0x2002}},
            {"qmspace", {Op::Character, 0x2005}},   {"lquote", {Op::Character, 0x2018}},
            {"rquote", {Op::Character, 0x2019}},    {"ldblquote", {Op::Character, 0x201C}},
            {"rdblquote", {Op::Character, 0x201D}}, {"bullet", {Op::Character, 0x2022}},
            {"zwj", {Op::Character, 0x200D}},       {"zwnj", {Op::Character, 0x200C}},
            {"zwbo", {Op::Character, 0x200B}},      {"zwnbo", {Op::Character, 0x2060}},
            {"ltrmark", {Op::Character, 0x200E}},   {"rtlmark", {Op::Character, 0x200F}},
        };
        // clang-format on
        for (const std::string_view skipped : skippedDestinations)
            w.emplace(skipped, Action{Op::SkipDestination});
        return w;
    }();
    return words;
}

enum class Destination : quint8
{
    Body,
    Note,
    FontTable,
    Skip
};

// What RTF scopes to a group: it is copied on '{' and restored on '}'.
struct Group
{
    Destination destination = Destination::Body;
    int unicodeSkip = 1; // \ucN: how many fallback characters follow each \uN
    int font = -1;       // \fN; -1 is the default font (\deffN)
    bool inTable = false;
    bool hidden = false;
    bool deleted = false;
    bool unicodePair = false; // this group is a \upr, whose \ud part is the one to read
    bool beforeUd = false;    // inside a \upr, outside its \ud part: the ANSI stand-in, not read
    bool opensNote = false;   // closing this group ends a footnote
};

// One pass over the tokens, from the root group's '{' to the end of the file. Groups are entries on
// m_groups rather than calls, so nesting costs memory, not stack. Text goes to the body or, inside
// \footnote, to the note being read; bytes wait in m_pending until something other than a byte
// comes, so that a multi-byte code page sees each character whole.
class RtfReader
{
public:
    RtfReader(const QByteArray &rtf, qsizetype start) : m_rtf(rtf), m_start(start) {}

    Status forceEncoding(const QString &name);
    Result<ImportedDocument> read();

private:
    Result<ImportedDocument> finish(bool cutShort);
    void openGroup();
    void closeGroup();
    void controlWord(const Token &token, bool starred);
    void apply(const Action &action, const Token &token, Group &group);
    void controlSymbol(char symbol);
    void addBytes(QByteArrayView bytes);
    void flushBytes();
    bool readsText(const Group &g) const
    {
        return (g.destination == Destination::Body || g.destination == Destination::Note) && !g.beforeUd;
    }
    RtfPlainText &out(const Group &g) { return g.destination == Destination::Note ? m_note : m_body; }

    QByteArrayView m_rtf;
    qsizetype m_start;
    std::vector<Group> m_groups;
    RtfPlainText m_body;
    RtfPlainText m_note;
    QStringList m_notes;
    QStringList m_warnings;
    int m_fallback = 0; // fallback characters after a \uN still to skip
    bool m_starred = false;
    bool m_inNote = false;

    QByteArray m_pending; // bytes waiting to be decoded together, as a multi-byte code page needs
    RtfCodePages m_codePages;
    int m_fontTableFont = -1; // the font the font table is describing
};

Status RtfReader::forceEncoding(const QString &name)
{
    if (!m_codePages.force(name))
        return Error{RtfImporter::tr("unknown character encoding “%1”").arg(name)};
    return {};
}

Result<ImportedDocument> RtfReader::read()
{
    // Outside the root group: what a file that closes too many groups goes on with.
    m_groups.emplace_back();
    RtfTokenizer tokens(m_rtf, m_start);
    bool rootClosed = false;
    for (;;) {
        const Token token = tokens.next();
        const bool starred = std::exchange(m_starred, false);
        if (!m_pending.isEmpty() && token.kind != Kind::Text && token.kind != Kind::HexByte)
            flushBytes();
        switch (token.kind) {
        case Kind::End:
            return finish(m_groups.size() > 1);
        case Kind::GroupStart:
            if (m_groups.size() > size_t(RtfImporter::maxGroupDepth))
                return Error{
                    RtfImporter::tr("the RTF nests groups more than %1 deep at byte %2; the file is damaged")
                        .arg(RtfImporter::maxGroupDepth)
                        .arg(token.offset)};
            openGroup();
            break;
        case Kind::GroupEnd:
            if (m_groups.size() == 1)
                break; // an extra '}', reported when the root group closed
            closeGroup();
            if (m_groups.size() == 1 && !rootClosed) {
                rootClosed = true;
                if (isPadding(m_rtf.sliced(tokens.position())))
                    return finish(false);
                m_warnings.append(RtfImporter::tr("the RTF closes more groups than it opens; the text after "
                                                  "the extra closing brace was read as well"));
            }
            break;
        case Kind::ControlWord:
            controlWord(token, starred);
            break;
        case Kind::ControlSymbol:
            controlSymbol(token.symbol);
            break;
        case Kind::HexByte:
            addBytes(QByteArrayView(reinterpret_cast<const char *>(&token.byte), 1));
            break;
        case Kind::Text:
            addBytes(token.text);
            break;
        case Kind::Binary:
            // Binary data is never text, but it stands in for one fallback character after \uN.
            if (m_fallback > 0)
                --m_fallback;
            break;
        case Kind::BinaryPastEnd:
            if (token.parameter < 0)
                return Error{
                    RtfImporter::tr("the RTF has a negative \\bin length at byte %1; the file is damaged")
                        .arg(token.offset)};
            return Error{RtfImporter::tr("the RTF declares %1 bytes of binary data at byte %2, more than the "
                                         "file holds; the file is damaged or cut short")
                             .arg(token.parameter)
                             .arg(token.offset)};
        }
    }
}

Result<ImportedDocument> RtfReader::finish(bool cutShort)
{
    while (m_groups.size() > 1)
        closeGroup();
    // Footnotes follow the body as blocks of their own, separated by an empty line.
    QString text = m_body.finish();
    for (const QString &note : std::as_const(m_notes)) {
        if (!text.isEmpty())
            text += u'\n';
        text += note + u'\n';
    }
    if (text.trimmed().isEmpty()) {
        if (cutShort)
            return Error{
                RtfImporter::tr("the RTF ends before all groups are closed and no text could be read; "
                                "the file may be cut short")};
        return Error{RtfImporter::tr("the document holds no text")};
    }

    ImportedDocument doc;
    doc.text = text;
    if (cutShort)
        doc.warnings.append(
            RtfImporter::tr("the RTF ends before all groups are closed; the file may be cut short"));
    doc.warnings += m_warnings;
    doc.encoding = m_codePages.encodingName();
    if (m_codePages.isForced()) {
        doc.encodingDescription = RtfImporter::tr("%1 (as chosen)").arg(doc.encoding);
    } else {
        doc.encodingDescription =
            m_codePages.isDeclared()
                ? RtfImporter::tr("%1 (declared in the RTF)").arg(doc.encoding)
                : RtfImporter::tr("%1 (assumed; the RTF declares no character set)").arg(doc.encoding);
    }
    for (const int codePage : m_codePages.unknown())
        doc.warnings.append(
            RtfImporter::tr("the RTF uses code page %1, which is not known; its bytes were read "
                            "as windows-1252")
                .arg(codePage));
    if (const qint64 undecodable = m_codePages.undecodable(); undecodable > 0)
        doc.warnings.append(
            RtfImporter::tr("%Ln character(s) could not be decoded and were replaced by U+FFFD", nullptr,
                            int(std::min<qint64>(undecodable, INT_MAX))));
    return doc;
}

void RtfReader::openGroup()
{
    m_fallback = 0;
    Group child = m_groups.back();
    child.beforeUd = child.unicodePair || child.beforeUd;
    child.unicodePair = false;
    child.opensNote = false;
    m_groups.push_back(child);
}

void RtfReader::closeGroup()
{
    m_fallback = 0;
    const bool endsNote = m_groups.back().opensNote;
    m_groups.pop_back();
    if (endsNote) {
        const QString note = m_note.finish().trimmed();
        if (!note.isEmpty())
            m_notes.append(note);
        m_inNote = false;
    }
}

void RtfReader::controlWord(const Token &token, bool starred)
{
    Group &g = m_groups.back();
    if (g.destination == Destination::Skip)
        return;
    const ControlWords &words = controlWords();
    const auto found = words.find(std::string_view(token.name.data(), size_t(token.name.size())));
    const Action *action = found != words.end() ? &found->second : nullptr;
    const bool unicodePart = action && action->op == Op::UnicodePart;
    // \* marks a destination that a reader which does not know it must skip; none of them is body text.
    if (starred && !unicodePart) {
        g.destination = Destination::Skip;
        return;
    }
    if (g.beforeUd) {
        g.beforeUd = !unicodePart;
        return;
    }
    if (g.destination == Destination::FontTable) {
        if (action && action->op == Op::Font && token.hasParameter)
            m_fontTableFont = int(std::clamp<qint64>(token.parameter, INT_MIN, INT_MAX));
        else if (action && action->op == Op::FontCharset)
            m_codePages.setFontCharset(m_fontTableFont, token.parameter);
        else if (action && action->op == Op::FontCodePage && token.parameter > 0)
            m_codePages.setFontCodePage(m_fontTableFont, int(std::min<qint64>(token.parameter, INT_MAX)));
        return;
    }
    // Whatever follows a \uN is its stand-in for older readers, a control word included.
    if (m_fallback > 0) {
        --m_fallback;
        return;
    }
    if (action)
        apply(*action, token, g);
}

void RtfReader::apply(const Action &action, const Token &token, Group &g)
{
    const bool visible = readsText(g) && !g.hidden && !g.deleted;
    const bool on = !token.hasParameter || token.parameter != 0;
    const int parameter = int(std::clamp<qint64>(token.parameter, INT_MIN, INT_MAX));
    switch (action.op) {
    case Op::Character:
        if (visible)
            out(g).append(action.character);
        break;
    case Op::Paragraph:
        if (visible)
            out(g).endLine(g.inTable);
        break;
    case Op::Tab:
        if (visible)
            out(g).append(u'\t');
        break;
    case Op::Cell:
        if (readsText(g))
            out(g).endCell();
        break;
    case Op::Row:
        if (readsText(g))
            out(g).endRow();
        break;
    case Op::NestedCell:
    case Op::NestedRow:
        if (readsText(g))
            out(g).nestedBoundary();
        break;
    case Op::Section:
        if (readsText(g))
            out(g).endSection();
        break;
    case Op::Unicode: {
        if (!token.hasParameter)
            break;
        // RTF parameters are signed 16-bit, so writers put code units above U+7FFF as negative numbers.
        const qint64 value = token.parameter < 0 ? token.parameter + 65536 : token.parameter;
        if (visible) {
            if (value >= 0 && value <= 0xFFFF) {
                out(g).append(char16_t(value));
            } else if (value <= 0x10FFFF) {
                out(g).append(QChar::highSurrogate(char32_t(value)));
                out(g).append(QChar::lowSurrogate(char32_t(value)));
            } else {
                out(g).append(QChar::ReplacementCharacter);
            }
        }
        m_fallback = g.unicodeSkip;
        break;
    }
    case Op::UnicodeSkip:
        if (token.hasParameter)
            g.unicodeSkip = std::max(0, parameter);
        break;
    case Op::CharsetAnsi:
        m_codePages.setCharset(1252);
        break;
    case Op::CharsetMac:
        m_codePages.setCharset(10000);
        break;
    case Op::CharsetPc:
        m_codePages.setCharset(437);
        break;
    case Op::CharsetPca:
        m_codePages.setCharset(850);
        break;
    case Op::AnsiCodePage:
        m_codePages.setDeclared(parameter);
        break;
    case Op::Font:
        if (token.hasParameter)
            g.font = parameter;
        break;
    case Op::DefaultFont:
        m_codePages.setDefaultFont(parameter);
        break;
    case Op::FontCharset:
    case Op::FontCodePage:
        break;
    case Op::Plain:
        g.font = -1;
        g.hidden = false;
        g.deleted = false;
        break;
    case Op::ParagraphDefaults:
        g.inTable = false;
        break;
    case Op::InTable:
        g.inTable = true;
        break;
    case Op::TableLevel:
        g.inTable = parameter > 0;
        break;
    case Op::Hidden:
        g.hidden = on;
        break;
    case Op::Deleted:
        g.deleted = on;
        break;
    case Op::FontTable:
        g.destination = Destination::FontTable;
        break;
    case Op::Footnote:
        if (g.destination == Destination::Body && !m_inNote) {
            g.destination = Destination::Note;
            g.opensNote = true;
            g.inTable = false;
            m_inNote = true;
        } else {
            g.destination = Destination::Skip;
        }
        break;
    case Op::UnicodePair:
        g.unicodePair = true;
        break;
    case Op::UnicodePart:
        break;
    case Op::SkipDestination:
        g.destination = Destination::Skip;
        break;
    }
}

void RtfReader::controlSymbol(char symbol)
{
    const Group &g = m_groups.back();
    if (g.destination == Destination::Skip)
        return;
    if (symbol == '*') {
        m_starred = true;
        return;
    }
    if (!readsText(g))
        return;
    if (m_fallback > 0) {
        --m_fallback;
        return;
    }
    if (g.hidden || g.deleted)
        return;
    switch (symbol) {
    case '\\':
    case '{':
    case '}':
        out(g).append(char16_t(symbol));
        break;
    case '~':
        out(g).append(u'\u00A0');
        break;
    case '_':
        out(g).append(u'\u2011');
        break;
    case '\n':
    case '\r':
        out(g).endLine(g.inTable);
        break;
    default:
        break; // \- (an optional hyphen) and the index and formula symbols add nothing
    }
}

void RtfReader::addBytes(QByteArrayView bytes)
{
    const Group &g = m_groups.back();
    if (!readsText(g))
        return;
    if (m_fallback > 0) {
        const qsizetype skipped = std::min<qsizetype>(m_fallback, bytes.size());
        bytes = bytes.sliced(skipped);
        m_fallback -= int(skipped);
    }
    if (bytes.isEmpty() || g.hidden || g.deleted)
        return;
    // Every code page RTF names keeps ASCII as ASCII, so plain runs need no converter.
    if (m_pending.isEmpty() &&
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        out(g).appendAscii(bytes);
    else
        m_pending.append(bytes.data(), bytes.size());
}

void RtfReader::flushBytes()
{
    const Group &g = m_groups.back();
    RtfPlainText &o = out(g);
    for (const QChar ch : m_codePages.decode(m_pending, g.font))
        o.append(ch.unicode());
    m_pending.clear();
}

} // namespace

QString RtfImporter::displayName() const
{
    return tr("Rich Text (RTF)");
}

QStringList RtfImporter::extensions() const
{
    return {QStringLiteral("rtf")};
}

int RtfImporter::confidence(const QString &fileName, const QByteArray &head) const
{
    if (rtfStart(head) >= 0)
        return 100;
    return extensions().contains(QFileInfo(fileName).suffix().toLower()) ? 50 : 0;
}

Result<ImportedDocument> RtfImporter::read(const QByteArray &bytes, const ImportOptions &options) const
{
    if (bytes.isEmpty())
        return Error{tr("the file is empty")};
    const qsizetype start = rtfStart(bytes);
    if (start < 0)
        return Error{tr("the file is not RTF: it does not begin with “{\\rtf”")};
    RtfReader reader(bytes, start);
    if (!options.forcedEncoding.isEmpty()) {
        if (Status forced = reader.forceEncoding(options.forcedEncoding); !forced)
            return forced.takeError();
    }
    return reader.read();
}

} // namespace tematik
