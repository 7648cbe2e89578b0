#include "bench/benchcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
