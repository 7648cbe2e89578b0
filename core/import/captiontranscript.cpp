#include "core/import/captiontranscript.h"

#include "core/text/codepointindex.h"
#include "core/text/textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace tematik {
namespace {

constexpr qsizetype maxSpeakerLength = 40;
constexpr qsizetype maxSpeakerWords = 4;

const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:(\d{1,9}):)?([0-5]\d):([0-5]\d)[.,](\d{3})$)"));
    return re;
}

constexpr QLatin1String arrow("-->");

// Character references a caption may use. WebVTT names only these six; &quot; and &apos; turn up in
// files written by HTML-minded tools.
std::optional<QString> namedReference(QStringView name)
{
    static const std::pair<QLatin1String, char16_t> names[] = {
        {QLatin1String("amp"), u'&'},      {QLatin1String("lt"), u'<'},
        {QLatin1String("gt"), u'>'},       {QLatin1String("nbsp"), u'\u00A0'},
        {QLatin1String("lrm"), u'\u200E'}, {QLatin1String("rlm"), u'\u200F'},
        {QLatin1String("quot"), u'"'},     {QLatin1String("apos"), u'\''},
    };
    for (const auto &[n, ch] : names) {
        if (name == n)
            return QString(QChar(ch));
    }
    return std::nullopt;
}

struct Reference
{
    QString text;
    qsizetype length = 0; // of "&…;"
};

// The reference at the start of text ("&amp;", "&#228;", "&#xE4;"); nothing for a lone "&", which
// stays as written, as does an unknown or invalid reference.
std::optional<Reference> referenceAt(QStringView text)
{
    const qsizetype semicolon = text.indexOf(u';');
    if (semicolon < 2 || semicolon > 10)
        return std::nullopt;
    const QStringView body = text.mid(1, semicolon - 1);
    if (body.startsWith(u'#')) {
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        bool ok = false;
        const uint code = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || QChar::isSurrogate(code))
            return std::nullopt;
        const char32_t c = code;
        return Reference{QString::fromUcs4(&c, 1), semicolon + 1};
    }
    if (const std::optional<QString> named = namedReference(body))
        return Reference{*named, semicolon + 1};
    return std::nullopt;
}

QString decodeReferences(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            if (const std::optional<Reference> ref = referenceAt(text.mid(i))) {
                out += ref->text;
                i += ref->length;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// The speaker of a voice tag's inside ("v Anna", "v.loud Anna Lindqvist"), empty for another tag.
QString voiceOf(QStringView tag)
{
    if (tag.isEmpty() || (tag[0] != u'v' && tag[0] != u'V'))
        return {};
    if (tag.size() > 1 && tag[1] != u'.' && !tag[1].isSpace())
        return {}; // a tag that merely starts with v
    qsizetype space = 1;
    while (space < tag.size() && !tag[space].isSpace())
        ++space;
    return decodeReferences(tag.mid(space).trimmed());
}

struct CleanLine
{
    QString text;
    QString voice; // of the line's first voice tag with a name
};

// One payload line without markup. A '<' opens a tag only when a letter, digit or '/' follows and a
// '>' closes it on the same line, so that "3 < 5" stays text.
CleanLine cleanLine(QStringView line, CaptionTranscript::Markup markup)
{
    CleanLine out;
    for (qsizetype i = 0; i < line.size();) {
        const QChar ch = line[i];
        const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
        if (ch == u'<' && (next == u'/' || next.isLetterOrNumber())) {
            const qsizetype close = line.indexOf(u'>', i + 1);
            if (close >= 0) {
                if (out.voice.isEmpty())
                    out.voice = voiceOf(line.mid(i + 1, close - i - 1));
                i = close + 1;
                continue;
            }
        }
        if (ch == u'{' && next == u'\\' && markup == CaptionTranscript::Markup::SubRip) {
            const qsizetype close = line.indexOf(u'}', i + 1);
            if (close >= 0) {
                i = close + 1;
                continue;
            }
        }
        out.text += ch;
        ++i;
    }
    // References are decoded once the tags are gone, so that "&lt;v Eva&gt;" stays text.
    out.text = decodeReferences(out.text).trimmed();
    return out;
}

bool isNameCharacter(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark() || ch == u' ' || ch == u'-' || ch == u'\'' ||
           ch == u'\u2019' || ch == u'(' || ch == u')' || ch == u'[' || ch == u']';
}

// The label of a first line "Name: text" that has the shape of a name (see the class comment), and the
// offset where the speech after it begins; nothing when the line has no such label.
std::optional<std::pair<QString, qsizetype>> prefixOf(const QString &text, qsizetype firstLineLength)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 1 || colon >= firstLineLength || colon > maxSpeakerLength)
        return std::nullopt;
    // "kl. 10:30" and "https://" are not labels: a label's colon ends the word.
    if (colon + 1 < firstLineLength && !text[colon + 1].isSpace())
        return std::nullopt;
    const QString name = text.left(colon).trimmed();
    if (name.isEmpty() || !(name[0].isUpper() || name[0].isDigit()))
        return std::nullopt;
    for (const QChar ch : name) {
        if (!isNameCharacter(ch))
            return std::nullopt;
    }
    if (name.split(u' ', Qt::SkipEmptyParts).size() > maxSpeakerWords)
        return std::nullopt;
    qsizetype speech = colon + 1;
    while (speech < text.size() && text[speech].isSpace())
        ++speech;
    if (speech == text.size())
        return std::nullopt; // "Name:" and nothing said
    return std::pair{name, speech};
}

// A label that is a speaker's name even the only time it appears: a code with a number ("IP5", "FG1")
// or several words that all begin with a capital or a digit, bracketed words aside ("Åsa Öberg",
// "Deltagare 3 (regionen)").
bool looksLikeName(const QString &label)
{
    const QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 1)
        return std::any_of(label.begin(), label.end(), [](QChar ch) { return ch.isDigit(); });
    int depth = 0;
    for (const QString &word : words) {
        if (depth == 0 && !(word[0].isUpper() || word[0].isDigit() || word[0] == u'(' || word[0] == u'['))
            return false;
        for (const QChar ch : word) {
            if (ch == u'(' || ch == u'[')
                ++depth;
            else if ((ch == u')' || ch == u']') && depth > 0)
                --depth;
        }
    }
    return true;
}

// A line quoted in a warning, cut short so that one stray paragraph does not fill the report.
QString excerpt(const QString &line)
{
    constexpr qsizetype maxLength = 60;
    const QString t = line.trimmed();
    return t.size() <= maxLength ? t : t.left(maxLength) + u'…';
}

} // namespace

std::optional<qint64> CaptionTranscript::parseTimestamp(QStringView text)
{
    const QRegularExpressionMatch m = timestampPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 hours = m.capturedView(1).isEmpty() ? 0 : m.capturedView(1).toLongLong();
    return ((hours * 60 + m.capturedView(2).toLongLong()) * 60 + m.capturedView(3).toLongLong()) * 1000 +
           m.capturedView(4).toLongLong();
}

bool CaptionTranscript::isTimingLine(QStringView line)
{
    return line.contains(arrow);
}

std::optional<CaptionTranscript::Timing> CaptionTranscript::parseTiming(QStringView line)
{
    const qsizetype at = line.indexOf(arrow);
    if (at < 0)
        return std::nullopt;
    const QStringView rest = line.mid(at + arrow.size()).trimmed();
    qsizetype endLength = 0;
    while (endLength < rest.size() && !rest[endLength].isSpace())
        ++endLength;
    const std::optional<qint64> begin = parseTimestamp(line.left(at).trimmed());
    const std::optional<qint64> end = parseTimestamp(rest.left(endLength));
    if (!begin || !end)
        return std::nullopt;
    return Timing{*begin, *end};
}

QString CaptionTranscript::formatTimestamp(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QList<CaptionTranscript::Block> CaptionTranscript::blocks(const QString &text)
{
    QList<Block> result;
    Block current;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A line of spaces ends a block too: it looks blank to whoever edited the file.
        if (lines[i].trimmed().isEmpty()) {
            if (!current.lines.isEmpty())
                result.append(std::exchange(current, {}));
            continue;
        }
        if (current.lines.isEmpty())
            current.firstLine = int(i + 1);
        current.lines.append(lines[i]);
    }
    if (!current.lines.isEmpty())
        result.append(current);
    return result;
}

bool CaptionTranscript::isCueNumber(QStringView line)
{
    const QStringView t = line.trimmed();
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
}

QString CaptionTranscript::headText(const QByteArray &head)
{
    // A byte-order mark decides, as in TextDecoder; otherwise the ASCII that the first lines of a
    // caption file consist of reads the same in UTF-8 and in the single-byte encodings.
    QStringDecoder decoder(QStringConverter::encodingForData(head).value_or(QStringConverter::Utf8));
    return TextDecoder::normalizeLineEndings(decoder.decode(head));
}

CaptionTranscript::CaptionTranscript(Markup markup) : m_markup(markup) {}

void CaptionTranscript::addCueBlock(const Block &block)
{
    const QStringList &lines = block.lines;
    qsizetype i = 0;
    while (i < lines.size()) {
        qsizetype timingAt = -1;
        if (isTimingLine(lines[i]))
            timingAt = i;
        else if (i + 1 < lines.size() && isTimingLine(lines[i + 1]))
            timingAt = i + 1;
        if (timingAt < 0) {
            m_warnings.append(tr("line %1: “%2” is not followed by a cue timing “start --> end”; skipped")
                                  .arg(block.firstLine + i)
                                  .arg(excerpt(lines[i])));
            return;
        }
        // The payload runs to the end of the block, or to the next timing line (and its cue number)
        // where a file left out the blank line between two cues.
        qsizetype next = timingAt + 1;
        while (next < lines.size() && !isTimingLine(lines[next]))
            ++next;
        qsizetype payloadEnd = next;
        if (next < lines.size() && next - 1 > timingAt && isCueNumber(lines[next - 1]))
            payloadEnd = next - 1;

        const int timingLine = int(block.firstLine + timingAt);
        if (const std::optional<Timing> timing = parseTiming(lines[timingAt]))
            addCue(lines.mid(timingAt + 1, payloadEnd - timingAt - 1), *timing, timingLine);
        else
            m_warnings.append(tr("line %1: the cue timing “%2” is malformed; the cue was skipped")
                                  .arg(timingLine)
                                  .arg(excerpt(lines[timingAt])));
        i = payloadEnd;
    }
}

void CaptionTranscript::addCue(const QStringList &payload, const Timing &timing, int timingLine)
{
    QStringList texts;
    QString voice;
    for (const QString &line : payload) {
        CleanLine clean = cleanLine(line, m_markup);
        if (voice.isEmpty())
            voice = clean.voice;
        if (!clean.text.isEmpty())
            texts.append(clean.text);
    }
    if (texts.isEmpty()) {
        m_warnings.append(tr("line %1: the cue holds no text; skipped").arg(timingLine));
        return;
    }
    if (timing.endMs < timing.beginMs)
        m_warnings.append(tr("line %1: the cue ends at %2, before it begins at %3; kept as written")
                              .arg(timingLine)
                              .arg(formatTimestamp(timing.endMs), formatTimestamp(timing.beginMs)));

    PendingCue pending;
    pending.cue = CaptionCue{voice, texts.join(u' '), timing.beginMs, timing.endMs};
    if (voice.isEmpty()) {
        if (const auto prefix = prefixOf(pending.cue.text, texts.first().size())) {
            pending.prefix = prefix->first;
            pending.speechAt = prefix->second;
        }
    }
    m_cues.append(pending);
}

void CaptionTranscript::addWarning(const QString &warning)
{
    m_warnings.append(warning);
}

QList<CaptionCue> CaptionTranscript::cues() const
{
    // How many cues each name opens, whether by a voice tag or a prefix: a prefix that recurs is a
    // speaker, a one-off one has to look like a name on its own.
    QHash<QString, int> opens;
    for (const PendingCue &p : m_cues)
        ++opens[p.cue.speaker.isEmpty() ? p.prefix : p.cue.speaker];

    QList<CaptionCue> result;
    result.reserve(m_cues.size());
    for (const PendingCue &p : m_cues) {
        CaptionCue cue = p.cue;
        if (!p.prefix.isEmpty() && (opens.value(p.prefix) >= 2 || looksLikeName(p.prefix))) {
            cue.speaker = p.prefix;
            cue.text = cue.text.mid(p.speechAt);
        }
        result.append(cue);
    }
    return result;
}

Result<ImportedDocument> CaptionTranscript::document(const DecodedText &decoded) const
{
    const QList<CaptionCue> all = cues();
    if (all.isEmpty()) {
        if (m_warnings.isEmpty())
            return Error{tr("no caption cues were found")};
        return Error{tr("no caption cue could be read (%1)").arg(m_warnings.first())};
    }

    ImportedDocument doc;
    doc.encoding = decoded.encoding;
    doc.encodingDescription = decoded.description();
    if (decoded.guessed)
        doc.warnings.append(decoded.guessWarning());
    doc.warnings += m_warnings;

    // Offsets are collected in UTF-16 while the text grows and turned into code points at the end.
    QList<SpeakerTurn> turns;
    turns.reserve(all.size());
    QString text;
    for (const CaptionCue &cue : all) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        SpeakerTurn turn;
        turn.speaker = cue.speaker;
        turn.start = text.size();
        if (!cue.speaker.isEmpty())
            text += cue.speaker + QStringLiteral(": ");
        turn.textStart = text.size();
        text += cue.text;
        turn.end = text.size();
        turn.beginMs = cue.beginMs;
        turn.endMs = cue.endMs;
        turns.append(turn);
    }
    text += u'\n';

    const CodePointIndex index(text);
    for (SpeakerTurn &turn : turns) {
        turn.start = index.toCodePoint(turn.start);
        turn.textStart = index.toCodePoint(turn.textStart);
        turn.end = index.toCodePoint(turn.end);
    }
    doc.text = text;
    doc.turns = turns;
    return doc;
}

} // namespace tematik
