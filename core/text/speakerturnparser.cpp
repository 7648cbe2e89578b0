#include "core/text/speakerturnparser.h"

#include "core/text/codepointindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tematik {
namespace {

struct Line
{
    qsizetype start = 0; // UTF-16 offsets into the text, end excludes the line break
    qsizetype end = 0;
};

struct Label
{
    QString name;
    qsizetype textStart = 0; // UTF-16 offset where the spoken text begins
};

// One to four words of letters and digits, starting with a letter, then a colon and white space.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\p{L}[\p{L}\p{N}]*(?:[ .\-][\p{L}\p{N}]+){0,3}):(?:[ \t]+|$))"));
    return re;
}

// A header line "Key: value"; keys may hold slashes and brackets ("Roll/ansvarsområde").
const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^([^:\n]{1,40}):\s)"));
    return re;
}

// Labels that are speakers even the first time they appear.
const QRegularExpression &codeLikeLabel()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:\p{Lu}{1,4}\d*|\p{L}+[ ]\d+)$)"));
    return re;
}

std::optional<Label> labelAt(const QString &text, const Line &line)
{
    if (line.end - line.start > 0 && text.at(line.start).isSpace())
        return std::nullopt;
    const QRegularExpressionMatch m = labelPattern().match(QStringView(text).mid(line.start, std::min<qsizetype>(line.end - line.start, 64)));
    if (!m.hasMatch() || m.capturedLength(1) > 30)
        return std::nullopt;
    return Label{m.captured(1), line.start + m.capturedLength(0)};
}

bool isBlank(const QString &text, const Line &line)
{
    for (qsizetype i = line.start; i < line.end; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

// Paragraphs as runs of non-blank lines.
QList<QList<Line>> paragraphs(const QString &text)
{
    QList<QList<Line>> result;
    QList<Line> current;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        const Line line{start, end};
        if (isBlank(text, line)) {
            if (!current.isEmpty())
                result.append(std::exchange(current, {}));
        } else {
            current.append(line);
        }
        start = end + 1;
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

bool isHeader(const QString &text, const QList<Line> &paragraph, const QHash<QString, int> &bodyLabels)
{
    if (paragraph.size() < 2)
        return false;
    QSet<QString> keys;
    int keysAlsoSpeakers = 0;
    bool titled = false;
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        const QStringView line = QStringView(text).mid(paragraph[i].start, paragraph[i].end - paragraph[i].start);
        const QRegularExpressionMatch m = headerPattern().match(line);
        if (!m.hasMatch()) {
            if (i == 0) {
                titled = true;
                continue;
            }
            return false;
        }
        const QString key = m.captured(1).trimmed();
        if (keys.contains(key))
            return false; // a repeated key is a dialogue, not metadata
        keys.insert(key);
        if (bodyLabels.value(key) > 0)
            ++keysAlsoSpeakers;
    }
    return titled || keysAlsoSpeakers * 2 < keys.size();
}

} // namespace

QList<SpeakerTurn> SpeakerTurnParser::parse(const QString &text)
{
    const QList<QList<Line>> paras = paragraphs(text);
    if (paras.isEmpty())
        return {};

    // How often each candidate label opens a line after the first paragraph.
    QHash<QString, int> bodyLabels;
    for (qsizetype p = 1; p < paras.size(); ++p) {
        for (const Line &line : paras[p]) {
            if (const auto label = labelAt(text, line))
                ++bodyLabels[label->name];
        }
    }
    const bool headerFirst = paras.size() > 1 && isHeader(text, paras.first(), bodyLabels);
    if (!headerFirst) {
        for (const Line &line : paras.first()) {
            if (const auto label = labelAt(text, line))
                ++bodyLabels[label->name];
        }
    }
    const auto isSpeaker = [&](const QString &name) {
        return bodyLabels.value(name) >= 2 || codeLikeLabel().match(name).hasMatch();
    };

    QList<SpeakerTurn> turns;
    const CodePointIndex index(text);
    for (qsizetype p = headerFirst ? 1 : 0; p < paras.size(); ++p) {
        const QList<Line> &para = paras[p];
        SpeakerTurn *open = nullptr;
        for (const Line &line : para) {
            const auto label = labelAt(text, line);
            if (label && isSpeaker(label->name)) {
                turns.append(SpeakerTurn{0, label->name, index.toCodePoint(line.start),
                                         index.toCodePoint(label->textStart), index.toCodePoint(line.end),
                                         std::nullopt, std::nullopt});
                open = &turns.last();
            } else if (open) {
                // A continuation line of the turn above.
                open->end = index.toCodePoint(line.end);
            }
        }
    }
    return turns;
}

} // namespace tematik
