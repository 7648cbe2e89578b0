#include "bench/formatsteps.h"

#include "core/import/caseimport.h"
#include "core/import/sourceimport.h"
#include "core/store/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace tematik {
namespace {

QString corpus(const char *file)
{
    return QStringLiteral(TEMATIK_CORPUS_DIR "/") + QString::fromLatin1(file);
}

QString rate(qint64 amount, qint64 nanoseconds, const char *unit)
{
    const double perSecond = nanoseconds > 0 ? double(amount) * 1e9 / double(nanoseconds) : 0.0;
    return QLocale(QLocale::English).toString(perSecond, 'f', 1) + QLatin1Char(' ') + QLatin1String(unit) + QStringLiteral("/s");
}

} // namespace

QList<BenchStep> FormatSteps::steps()
{
    const QStringList txt{corpus("interview-01.txt"), corpus("interview-02-bom-crlf.txt"),
                          corpus("interview-03-cp1252.txt"), corpus("focusgroup.txt")};
    const auto sources = [this](const QString &name, const QStringList &files) {
        QStringList names;
        for (const QString &f : files)
            names.append(QFileInfo(f).fileName());
        return BenchStep{name,
                         QStringLiteral("import of %1, each %2 times, into a new project").arg(names.join(QStringLiteral(", "))).arg(copies),
                         [this, files] { return importSources(files); }};
    };
    const auto cases = [this](const QString &name, const QString &file) {
        return BenchStep{name,
                         QStringLiteral("import of %1 as cases, %2 times, each into a new, empty project").arg(QFileInfo(file).fileName()).arg(copies),
                         [this, file] { return importCases(file); }};
    };
    return {
        sources(QStringLiteral("import_txt"), txt),
        sources(QStringLiteral("import_docx"), {corpus("interview-04.docx"), corpus("focusgroup.docx")}),
        sources(QStringLiteral("import_odt"), {corpus("interview-05.odt")}),
        sources(QStringLiteral("import_rtf"), {corpus("interview-01.rtf")}),
        sources(QStringLiteral("import_pdf"), {corpus("interview-06.pdf")}),
        sources(QStringLiteral("import_vtt"), {corpus("meeting.vtt")}),
        sources(QStringLiteral("import_srt"), {corpus("meeting.srt")}),
        cases(QStringLiteral("import_cases_csv"), corpus("participants.csv")),
        cases(QStringLiteral("import_cases_xlsx"), QStringLiteral(TEMATIK_TABLES_DIR "/participants.xlsx")),
    };
}

QString FormatSteps::scratchPath()
{
    return m_folder.filePath(QStringLiteral("format-%1.tematik").arg(++m_scratch));
}

Result<Lap> FormatSteps::importSources(const QStringList &files)
{
    Result<std::unique_ptr<Project>> project = Project::create(scratchPath());
    if (!project)
        return project.takeError();
    qint64 bytes = 0;
    qint64 characters = 0;
    QElapsedTimer timer;
    timer.start();
    for (int copy = 0; copy < copies; ++copy) {
        for (const QString &file : files) {
            Result<ImportReport> report = SourceImport::importFile(**project, file);
            if (!report)
                return report.takeError();
            bytes += QFileInfo(file).size();
            characters += report->codePoints;
        }
    }
    const qint64 elapsed = timer.nsecsElapsed();
    return Lap{elapsed, QStringLiteral("%1 files, %2, %3").arg(files.size() * copies).arg(rate(bytes / 1024, elapsed, "KiB"), rate(characters, elapsed, "chars"))};
}

Result<Lap> FormatSteps::importCases(const QString &file)
{
    qint64 elapsed = 0;
    int cases = 0;
    for (int copy = 0; copy < copies; ++copy) {
        Result<std::unique_ptr<Project>> project = Project::create(scratchPath());
        if (!project)
            return project.takeError();
        QElapsedTimer timer;
        timer.start();
        Result<CaseImportReport> report = CaseImport::importFile(**project, file);
        elapsed += timer.nsecsElapsed();
        if (!report)
            return report.takeError();
        cases += report->added;
    }
    return Lap{elapsed, QStringLiteral("%1 cases, %2").arg(cases).arg(rate(QFileInfo(file).size() * copies / 1024, elapsed, "KiB"))};
}

} // namespace tematik
