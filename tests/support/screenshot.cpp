#include "tests/support/testenvironment.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QWidget>

namespace tematik::test {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TEMATIK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    EXPECT_TRUE(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace tematik::test
