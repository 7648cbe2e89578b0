#pragma once

#include <QFrame>

class QLabel;

namespace tematik {

// A coloured bar with an icon and a message, shown above a view to say something that holds for all
// of it (that the project is open read-only, and why), as KDE's KMessageWidget does. Hidden while it
// has nothing to say.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text; an empty text hides the bar.
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace tematik
