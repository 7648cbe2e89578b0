#include "core/i18n/translations.h"
#include "tests/support/testenvironment.h"

#include <QApplication>
#include <QTemporaryDir>

// Widget tests drive the real widgets on the offscreen platform (set by CTest), no display needed.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window remembers its layout, recent projects and options: in tests, in a folder of their own,
    // never in the settings or the demo project of the person running them.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tematik"));
    QApplication::setApplicationName(QStringLiteral("Tematik Tests"));
    // Widget tests see the interface in English, with its plural forms, as a user would.
    tematik::Translations::install(QLocale(QLocale::English));
    ::testing::InitGoogleTest(&argc, argv);
    tematik::test::installMessageHandler();
    // The offscreen platform says this of every top-level window; it is no fault of ours.
    const tematik::test::ExpectedMessages offscreen(QStringLiteral("does not support propagateSizeHints"));
    // Nor these, of every popup (the quick-code list).
    const tematik::test::ExpectedMessages raise(QStringLiteral("does not support raise()"));
    const tematik::test::ExpectedMessages grab(QStringLiteral("does not support grabbing the keyboard"));
    return RUN_ALL_TESTS();
}
