#include "core/i18n/interfacelanguage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tematik"));
    QApplication::setOrganizationName(QStringLiteral("Tematik"));
    QApplication::setApplicationVersion(QStringLiteral(TEMATIK_VERSION));
    // Before any text is made: the language chosen in the menu, else the system's.
    tematik::InterfaceLanguage::apply(tematik::InterfaceLanguage::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for qualitative analysis."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo project (made on first use)."));
    parser.addOption(demo);
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to a PNG file and quit."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A project file to open."));
    parser.process(app);

    // On the heap and deleted on close: a change of language replaces the window with a new one, and
    // the application ends when the last window closes.
    auto *window = new tematik::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (parser.isSet(demo))
        window->openDemoProject();
    else if (const QString path = parser.positionalArguments().value(0); !path.isEmpty())
        window->openProjectFile(path);
    window->show();
    if (parser.isSet(screenshot)) {
        // For scripts/screenshots: render once the event loop has laid the window out.
        QTimer::singleShot(300, window, [window, &parser, &screenshot] {
            const bool saved = window->grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
