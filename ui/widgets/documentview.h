#pragma once

#include "core/model/coding.h"
#include "core/model/source.h"
#include "core/text/codepointindex.h"

#include <QColor>
#include <QHash>
#include <QPlainTextEdit>
#include <QTextLayout>

#include <optional>
#include <utility>
#include <vector>

namespace tematik {

class DocumentMargin;

// How the view shows a code: its name on stripes and tooltips, its colour on the text.
struct CodeLook
{
    QString name;
    QColor color;
};

// A read-only view of one source's text: speaker labels stand out, every coding is shaded in its code's
// colour (overlaps in a mix of their colours, darker and underlined), and a margin beside the text has
// one stripe per coding, labelled with its code. Timed transcripts show each turn's time in a left margin.
//
// Speed on long transcripts is the point of this class. Formats are set per block with
// QTextLayout::setFormats, when a block is first shown, and rebuilt only for the blocks a change touches;
// merging a char format per coding, or extra selections, relay out or repaint the whole document on every
// change, and shading every block of a 1.1 M-character transcript on opening it took half the 90 ms it
// took to show. Stripes are painted for the visible lines only.
class DocumentView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // text as stored; turns and codings in code points of it.
    void showSource(SourceId source, const QString &text, const QList<SpeakerTurn> &turns, QList<Coding> codings,
                    const QHash<CodeId, CodeLook> &looks);
    // Shows a new set of codings of the same text, re-shading only the blocks whose codings changed.
    void setCodings(QList<Coding> codings);
    // Codes were renamed or recoloured.
    void setCodeLooks(const QHash<CodeId, CodeLook> &looks);
    void clearSource();

    SourceId source() const { return m_source; }
    const QString &text() const { return m_text; }
    const CodePointIndex &index() const { return m_index; }
    const QList<Coding> &codings() const { return m_codings; }
    // The formats the block is drawn with (its speaker label, its coding shades), made now if it has
    // not been shown since they last changed.
    QList<QTextLayout::FormatRange> formatsOf(const QTextBlock &block);
    // The selected text as a half-open range in code points of the shown text; nothing when the
    // selection is empty. Qt counts in UTF-16 units: this is where the two meet.
    std::optional<std::pair<qint64, qint64>> selectedRange() const;
    // Selects [start, end) given in code points.
    void selectRange(qint64 start, qint64 end);
    // Where the text cursor is, in code points.
    qint64 cursorPosition() const;
    // The codings that cover the character at position (code points), innermost first.
    QList<Coding> codingsAt(qint64 position) const;
    std::optional<SpeakerTurn> turnAt(qint64 position) const;

    // The coding picked by clicking its stripe (0: none). Selecting one selects its words too.
    CodingId selectedCoding() const { return m_selectedCoding; }
    void selectCoding(CodingId id);

    // How many columns of stripes the margin shows (overlapping codings need one each).
    int stripeLaneCount() const { return m_laneCount; }

    // For the margins, which are thin widgets beside the viewport (see DocumentMargin).
    void paintStripes(QPainter &painter, const QRect &rect);
    void paintTimes(QPainter &painter, const QRect &rect);
    CodingId stripeAt(const QPoint &pos) const;
    QString stripeToolTip(const QPoint &pos) const;

Q_SIGNALS:
    void codingSelected(tematik::CodingId id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    struct VisibleBlock
    {
        int position = 0; // UTF-16, in the document
        int length = 0;
        qreal top = 0;
        QTextLayout *layout = nullptr;
    };

    // The blocks on screen, top to bottom, with their tops in viewport coordinates.
    std::vector<VisibleBlock> visibleBlocks() const;
    // The y of the top of the line holding utf16, or of the bottom of the line holding utf16 - 1.
    static qreal lineTop(const std::vector<VisibleBlock> &blocks, qint64 utf16);
    static qreal lineBottom(const std::vector<VisibleBlock> &blocks, qint64 utf16End);
    // Rebuilds the format ranges of the blocks [first, last] from the codings and turns.
    void formatBlocks(int first, int last);
    // The blocks under these codings shaded again when next shown.
    void forgetShadingOf(const QList<Coding> &codings);
    // Formats those of the blocks [first, last] that are not yet, and has the ones already laid out laid
    // out again (a bold label can change where lines break).
    void shadeBlocks(int first, int last);
    // The blocks on screen, and a few more: a block has at least one line.
    void shadeVisibleBlocks();
    // Every block shaded again when next shown.
    void forgetShading();
    void assignLanes();
    void updateMargins();
    int stripeWidth() const;
    int timeWidth() const;
    QRect laneRect(int lane) const;

    SourceId m_source = 0;
    QString m_text; // as shown
    CodePointIndex m_index;
    QList<SpeakerTurn> m_turns;
    QList<Coding> m_codings; // by start, end, code, then id
    QHash<CodeId, CodeLook> m_looks;
    std::vector<bool> m_shaded; // per block number: its formats are current
    QHash<CodingId, int> m_lanes;
    // Where the next stripe in the same column starts (code points): a label may run on until there.
    QHash<CodingId, qint64> m_labelRoom;
    int m_laneCount = 0;
    bool m_timed = false;
    CodingId m_selectedCoding = 0;
    DocumentMargin *m_stripes = nullptr;
    DocumentMargin *m_times = nullptr;
};

} // namespace tematik
