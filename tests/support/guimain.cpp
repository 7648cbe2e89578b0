#include "core/i18n/translations.h"
#include "tests/support/testenvironment.h"

#include <QApplication>

// Widget tests drive the real widgets on the offscreen platform (set by CTest), no display needed.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Widget tests see the interface in English, with its plural forms, as a user would.
    tematik::Translations::install(QLocale(QLocale::English));
    ::testing::InitGoogleTest(&argc, argv);
    tematik::test::installMessageHandler();
    // The offscreen platform says this of every top-level window; it is no fault of ours.
    const tematik::test::ExpectedMessages offscreen(QStringLiteral("does not support propagateSizeHints"));
    return RUN_ALL_TESTS();
}
