#include "core/demo/demoproject.h"
#include "core/i18n/translations.h"
#include "core/store/project.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tematik"));
    QApplication::setOrganizationName(QStringLiteral("Tematik"));
    QApplication::setApplicationVersion(QStringLiteral(TEMATIK_VERSION));
    tematik::Translations::install(QLocale());

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

    tematik::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    if (parser.isSet(demo)) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + QStringLiteral("/demo.tematik");
        if (!QFileInfo::exists(path)) {
            auto created = tematik::DemoProject::create(path);
            if (!created)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Demo project"), created.error());
        }
    }
    if (!path.isEmpty())
        window.openProjectFile(path);
    window.show();
    if (parser.isSet(screenshot)) {
        // For scripts/screenshots: render once the event loop has laid the window out.
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
