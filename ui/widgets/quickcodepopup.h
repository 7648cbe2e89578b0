#pragma once

#include "core/model/ids.h"

#include <QColor>
#include <QFrame>
#include <QList>

class QLineEdit;
class QListWidget;

namespace tematik {

class Project;

// Quick coding from the keyboard: a small popup at the text cursor where typing narrows the codebook
// to the codes whose name or path holds what was typed; Enter assigns the highlighted code, or creates a
// code with the typed name when none has it; Escape closes it.
class QuickCodePopup : public QFrame
{
    Q_OBJECT

public:
    struct Choice
    {
        CodeId id = 0;
        QString name;
        QString path; // "Parent/Child", to tell codes of the same name apart
        QColor color;
    };

    // Every code of the project, parents before children and siblings in order.
    static QList<Choice> choicesFor(Project &project);

    // choices in the order they are offered when nothing is typed (the codebook's sort order).
    QuickCodePopup(const QList<Choice> &choices, QWidget *parent = nullptr);

    // Shows the popup with its top-left corner at pos (global coordinates), focused for typing.
    void popup(const QPoint &pos);

    QLineEdit *input() const { return m_input; }
    // Rows offered for what is typed now (for tests and accessibility).
    QStringList offered() const;

Q_SIGNALS:
    void codeChosen(tematik::CodeId id);
    void newCodeRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void accept();

    QList<Choice> m_choices;
    QLineEdit *m_input = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace tematik
