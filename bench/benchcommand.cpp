#include "bench/benchcommand.h"

#include <algorithm>

#include "bench/benchrunner.h"
#include "bench/exportsteps.h"
#include "bench/formatsteps.h"
#include "bench/guisteps.h"
#include "bench/referencesteps.h"
#include "bench/referenceworkload.h"

#include <QCommandLineParser>
#include <QLocale>

namespace tematik {
namespace {

QString grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1);
}

} // namespace

BenchCommand::BenchCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int BenchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Tematik's core operations on a fixed reference corpus (20 transcripts, "
                       "1,322,144 characters, 200 codes, 20,000 codings) and reports the median of several runs."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Run each step <n> times (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print only a JSON object of each step's median in seconds."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Write the reference project to <dir>/reference.tematik and keep it."),
                                        QStringLiteral("dir"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only the steps whose names start with <prefix> (several: a,b)."),
                                        QStringLiteral("prefix"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Use the workload <n> times over: n times the documents and codings, the same codebook. "
                       "Best with --only, as every step then works on the larger project."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption workloadOption(
        QStringLiteral("workload"),
        QStringLiteral("reference (default) or large: 500 transcripts of about 10 million words, 1,000 codes, "
                       "1,000,000 codings. Building the large project takes minutes: with --keep it is built "
                       "once as <dir>/large.tematik and used again by later runs."),
        QStringLiteral("name"), QStringLiteral("reference"));
    parser.addOptions({helpOption, runsOption, jsonOption, keepOption, onlyOption, scaleOption, workloadOption});
    // The first argument is the program, as QCommandLineParser expects.
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()), 2);
    bool numeric = false;
    const int runs = parser.value(runsOption).toInt(&numeric);
    if (!numeric || runs < 1)
        return fail(QStringLiteral("--runs needs a whole number of at least 1, not “%1”").arg(parser.value(runsOption)), 2);
    const bool json = parser.isSet(jsonOption);
    const int scale = parser.value(scaleOption).toInt(&numeric);
    if (!numeric || scale < 1)
        return fail(QStringLiteral("--scale needs a whole number of at least 1, not “%1”").arg(parser.value(scaleOption)), 2);

    const QString workloadName = parser.value(workloadOption);
    if (workloadName != QLatin1String("reference") && workloadName != QLatin1String("large"))
        return fail(QStringLiteral("--workload is reference or large, not “%1”").arg(workloadName), 2);
    Result<ReferenceWorkload> workload = ReferenceWorkload::generate(
        workloadName == QLatin1String("large") ? ReferenceWorkload::Size::Large : ReferenceWorkload::Size::Reference);
    if (!workload)
        return fail(QStringLiteral("cannot generate the workload: %1").arg(workload.error()), 1);
    if (scale > 1)
        *workload = workload->scaled(scale);
    ReferenceSteps steps(*workload);
    if (Status s = steps.prepare(parser.value(keepOption)); !s)
        return fail(QStringLiteral("cannot build the reference project: %1").arg(s.error()), 1);

    if (!json) {
        printWorkload(*workload);
        if (parser.isSet(keepOption))
            m_out << "Project: " << steps.referencePath() << "\n";
        m_out << "\n"
              << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                     .arg(QStringLiteral("step"), -18)
                     .arg(QStringLiteral("median ms"), 10)
                     .arg(QStringLiteral("min ms"), 10)
                     .arg(QStringLiteral("max ms"), 10)
                     .arg(QStringLiteral("runs"), 5)
                     .arg(QStringLiteral("RSS MiB"), 8)
                     .arg(QStringLiteral("peak +MiB"), 9)
                     .arg(QStringLiteral("last run did"))
              << "\n";
        m_out.flush();
    }
    const BenchRunner runner(runs);
    QList<StepResult> results;
    FormatSteps formats;
    ExportSteps exports(steps.referencePath());
    GuiSteps gui(steps.referencePath(), steps.largestSource(), steps.otherSource(), steps.busiestCode(),
                 workload->codingsInLargest());
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    for (const BenchStep &step : steps.steps() + gui.steps() + formats.steps() + exports.steps()) {
        if (!only.isEmpty()
            && std::none_of(only.cbegin(), only.cend(), [&](const QString &p) { return step.name.startsWith(p); }))
            continue;
        Result<StepResult> result = runner.run(step);
        if (!result)
            return fail(result.error(), 1);
        if (!json)
            printRow(*result);
        results.append(std::move(*result));
    }
    if (json)
        printJson(results);
    else
        printLegend(results);
    return 0;
}

void BenchCommand::printWorkload(const ReferenceWorkload &workload)
{
    m_out << "Workload";
    if (workload.scale() > 1)
        m_out << " × " << workload.scale();
    m_out << ": " << grouped(workload.documents().size()) << " documents, " << grouped(workload.characters())
          << " characters in " << grouped(workload.words()) << " words (largest "
          << grouped(workload.largestCharacters()) << "), " << grouped(workload.codeCount()) << " codes in "
          << workload.categoryCount() << " categories";
    if (workload.groupsPerCategory() > 1)
        m_out << " of " << workload.groupsPerCategory() << " groups each";
    m_out << " (the codes get the codings), "
          << grouped(workload.plannedCodings()) << " codings (" << grouped(workload.codingsInLargest())
          << " in the largest document, " << grouped(workload.codingsOfBusiestCode()) << " on the busiest code)\n";
}

void BenchCommand::printRow(const StepResult &result)
{
    const auto mebibytes = [](qint64 kib) { return QString::number(double(kib) / 1024, 'f', 1); };
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                 .arg(result.name, -18)
                 .arg(milliseconds(result.median()), 10)
                 .arg(milliseconds(result.min()), 10)
                 .arg(milliseconds(result.max()), 10)
                 .arg(result.nanoseconds.size(), 5)
                 .arg(mebibytes(result.residentBeforeKiB), 8)
                 .arg(mebibytes(result.peakResidentKiB - result.residentBeforeKiB), 9)
                 .arg(result.outcome)
          << "\n";
    // Steps take seconds; show each as it finishes rather than all at the end.
    m_out.flush();
}

void BenchCommand::printLegend(const QList<StepResult> &results)
{
    m_out << "\nRSS MiB: the process's resident memory when the step began; peak +MiB: how far its peak rose "
             "above that while the step ran (its runs and their setup).\n";
    for (const StepResult &result : results)
        m_out << result.name << ": " << result.measures << "\n";
}

void BenchCommand::printJson(const QList<StepResult> &results)
{
    // Written by hand to keep the steps in run order (QJsonObject sorts its keys); step names are
    // plain identifiers, so nothing needs escaping.
    QStringList members;
    for (const StepResult &result : results)
        members.append(QStringLiteral("\"%1\": %2").arg(result.name, QString::number(double(result.median()) / 1e9, 'f', 6)));
    m_out << "{" << members.join(QLatin1String(", ")) << "}\n";
}

int BenchCommand::fail(const QString &message, int status)
{
    m_err << "tematik-bench: " << message << "\n";
    return status;
}

} // namespace tematik
