#include "app/cli/commandline.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tematik-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tematik"));
    tematik::Translations::install(QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    tematik::CommandLine cli(out, err);
    const int status = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return status;
}
