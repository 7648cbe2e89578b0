#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tematik::test {

// What a run of the real tematik-cli gave: its exit status (-1 when it crashed), its standard output
// as bytes and its standard error as text.
struct CliRun
{
    int status = -1;
    QByteArray out;
    QString err;
};

// Runs tematik-cli with the arguments and waits for it (a failed test if it takes over a minute).
CliRun cli(const QStringList &args);

} // namespace tematik::test
