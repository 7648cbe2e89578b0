#include "tests/support/testenvironment.h"

#include <QDir>
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

} // namespace tematik::test
