#pragma once

#include "core/model/coding.h"
#include "core/model/source.h"

#include <QHash>
#include <QPlainTextEdit>

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
};

} // namespace tematik
