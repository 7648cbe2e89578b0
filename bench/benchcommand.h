#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace tematik {

class ReferenceWorkload;
struct StepResult;

// tematik-bench's command line: reads the options, builds the reference workload, runs the steps and
// prints a table for people or, with --json, one object of median seconds for scripts. Errors go to
// stderr as one line, with exit status 1 (a failed step) or 2 (bad usage).
class BenchCommand
{
public:
    BenchCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    void printWorkload(const ReferenceWorkload &workload);
    void printRow(const StepResult &result);
    void printLegend(const QList<StepResult> &results);
    void printJson(const QList<StepResult> &results);
    int fail(const QString &message, int status);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace tematik
