#pragma once

#include "core/model/coding.h"
#include "core/model/source.h"
#include "core/text/codepointindex.h"

#include <QHash>
#include <QPlainTextEdit>

#include <optional>
#include <utility>

namespace tematik {

// A read-only view of one source's text: speaker labels stand out, and every coding is shaded in its
// code's colour. Formats are set per block with QTextLayout::setFormats, which leaves the document's
// layout alone (merging a char format per coding relays out the whole document each time).
class DocumentView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    // text as stored; turns and codings in code points of it; colours by code id ("#rrggbb").
    void showSource(const QString &text, const QList<SpeakerTurn> &turns, const QList<Coding> &codings,
                    const QHash<CodeId, QString> &codeColors);
    void clearSource();

    // The selected text as a half-open range in code points of the shown text; nothing when the
    // selection is empty. Qt counts in UTF-16 units: this is where the two meet.
    std::optional<std::pair<qint64, qint64>> selectedRange() const;
    // Selects [start, end) given in code points.
    void selectRange(qint64 start, qint64 end);

private:
    QString m_text; // as shown, to tell a repaint of the same text from a new source
    CodePointIndex m_index;
};

} // namespace tematik
