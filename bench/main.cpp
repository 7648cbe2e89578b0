#include "bench/benchcommand.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The gui_* steps paint real widgets; without a display they paint offscreen, as the tests do.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tematik-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tematik"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    tematik::BenchCommand bench(out, err);
    const int status = bench.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
