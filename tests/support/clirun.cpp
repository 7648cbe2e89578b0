#include "tests/support/clirun.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace tematik::test {

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TEMATIK_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  QString::fromUtf8(p.readAllStandardError())};
}

} // namespace tematik::test
