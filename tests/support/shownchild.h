#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace tematik::test {

// The dialog (or in-place editor) of that type a widget has open now, as a user would find it to answer
// it. Closed ones linger as hidden children until their deferred deletion, so only a visible one counts.
template <typename Widget> Widget *shownChild(QWidget &parent)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (Widget *w : parent.findChildren<Widget *>()) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace tematik::test
