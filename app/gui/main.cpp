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
    return app.exec();
}
