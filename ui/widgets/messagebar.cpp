#include "ui/widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace tematik {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    // A pale blue with a darker edge, in the manner of KMessageWidget's information: it must be seen,
    // yet it reports a state, not an error. The text is dark on it whatever the window's colours are.
    setStyleSheet(QStringLiteral("QFrame#messageBar { background-color: #dce9f8; border: 1px solid #6b9bd1; "
                                 "border-radius: 4px; } QFrame#messageBar QLabel { color: #1f2a36; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBar::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace tematik
