#pragma once

#include "core/import/importeddocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tematik {

struct DecodedText;

// One caption cue as it becomes a speaker turn: who speaks, what is said, and when.
struct CaptionCue
{
    QString speaker; // empty when the cue names nobody
    QString text;    // the cue's lines joined by one space, markup removed
    qint64 beginMs = 0;
    qint64 endMs = 0;
};

// What WebVTT and SubRip files have in common, so that both importers read cues the same way and the
// same cues give the same text and turns whichever format they came in.
//
// A file is read as blocks of non-blank lines. A cue block is an optional identifier line (a WebVTT
// cue id, an SRT counter), a timing line "start --> end [settings]", and the payload lines. Payload
// markup is removed: tags (<v …>, <c>, <i>, <b>, <u>, <lang …>, <ruby>, <rt>, <font …>, timestamps
// <00:01.000>), character references (&amp; &lt; &gt; &nbsp; &lrm; &rlm; &quot; &apos; &#N; &#xN;),
// and in SubRip also {\an8}-style ASS override tags.
//
// Who speaks: the first voice tag <v Name> (or <v.class Name>) of a cue. A cue without one may name
// its speaker in a prefix "Name: " on its first line (later lines carry none). So that "Notera: …" in
// running speech is not taken for a speaker, the prefix must look like a name — 1 to 4 words and at
// most 40 characters, starting with an upper-case letter or a digit, made of letters, digits, spaces,
// hyphens, apostrophes and brackets only (no sentence punctuation) — and either
//   - open at least two cues of the file (a recurring speaker: "Anna:", "Moderator:"), or
//   - be one word with a digit, a transcription code ("IP5", "FG1"), or
//   - have several words that all begin with an upper-case letter or a digit, words in brackets aside
//     ("Åsa Öberg", "Samordnare 7", "Deltagare 3 (regionen)").
// A one-off single word without a digit ("Notera:", "OBS:", "Erik:") stays text: a cue cannot tell a
// speaker who says one thing from a remark that opens with a keyword, and a lost label is the smaller
// harm, since the text keeps it.
//
// The plain text has one paragraph per cue, "Speaker: text" or just "text", paragraphs separated by
// one blank line and the last one ending in a line break. Each turn spans its paragraph without the
// line break, its text starting after "Speaker: ", in code points; it carries the cue's times. Cues
// keep file order, also where they overlap in time.
class CaptionTranscript
{
    Q_DECLARE_TR_FUNCTIONS(CaptionTranscript)

public:
    enum class Markup
    {
        WebVtt,
        SubRip, // also strips {\…} ASS override tags
    };

    // A run of non-blank lines with the 1-based number of its first line in the file.
    struct Block
    {
        int firstLine = 0;
        QStringList lines;
    };

    struct Timing
    {
        qint64 beginMs = 0;
        qint64 endMs = 0;
    };

    // "HH:MM:SS.mmm", "H:MM:SS,mmm" or "MM:SS.mmm", in milliseconds; either separator is accepted in
    // both formats, since converted and hand-edited files mix them.
    static std::optional<qint64> parseTimestamp(QStringView text);
    // A line meant as a cue timing, well-formed or not: it holds "-->", which cue text may not.
    static bool isTimingLine(QStringView line);
    // "start --> end" with anything after the end time (WebVTT cue settings, SRT coordinates) ignored.
    static std::optional<Timing> parseTiming(QStringView line);
    // "00:01:02.003", for messages.
    static QString formatTimestamp(qint64 ms);

    // The blocks of a decoded text (LF line breaks).
    static QList<Block> blocks(const QString &text);
    // A line of digits only: an SRT counter, or a numeric WebVTT cue identifier.
    static bool isCueNumber(QStringView line);

    // The start of a file's text, decoded well enough to recognise its first lines from the bytes the
    // registry passes to Importer::confidence().
    static QString headText(const QByteArray &head);

    explicit CaptionTranscript(Markup markup);

    // Reads one cue block. A block without a valid timing line in its first two lines, or with no
    // text, is skipped with a warning naming its line. A further timing line inside the block starts
    // the next cue (files that leave out the blank line between cues).
    void addCueBlock(const Block &block);
    void addWarning(const QString &warning);

    // The plain text and turns of all cues, with the decoder's encoding and the warnings. An error
    // when no cue could be read.
    Result<ImportedDocument> document(const DecodedText &decoded) const;

private:
    struct PendingCue
    {
        CaptionCue cue;         // speaker set from a voice tag only
        QString prefix;         // a "Name: " candidate on the first line, empty when none
        qsizetype speechAt = 0; // UTF-16 offset in cue.text where the speech after the prefix begins
    };

    void addCue(const QStringList &payload, const Timing &timing, int timingLine);
    // The cues read so far, with speakers resolved as described above.
    QList<CaptionCue> cues() const;

    Markup m_markup;
    QList<PendingCue> m_cues;
    QStringList m_warnings;
};

} // namespace tematik
