#pragma once

#include "core/model/ids.h"
#include "core/report/reportoptions.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tematik {

class Project;
struct ReportTable;
class TableWriter;

// tematik-cli's commands: argument parsing and output only; every command is one core operation.
// Output is plain text for people or, with --json, one JSON document for scripts. Errors go to
// stderr as one line, with exit status 1 (bad input, failed operation) or 2 (bad usage).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int runNew(const QStringList &args);
    int runImport(const QStringList &args);
    int runSources(const QStringList &args);
    int runText(const QStringList &args);
    int runTurns(const QStringList &args);
    int runCodes(const QStringList &args);
    int runCodeAdd(const QStringList &args);
    int runCodeMerge(const QStringList &args);
    int runCodeMove(const QStringList &args);
    int runCodeDescribe(const QStringList &args);
    int runCode(const QStringList &args);
    int runCodings(const QStringList &args);
    int runInfo(const QStringList &args);
    int runFormats(const QStringList &args);
    int runDemo(const QStringList &args);
    int runCases(const QStringList &args);
    int runCaseImport(const QStringList &args);
    int runSpeakers(const QStringList &args);
    int runSpeakerLink(const QStringList &args);
    int runSurveyImport(const QStringList &args);
    int runMemos(const QStringList &args);
    int runMemoAdd(const QStringList &args);
    int runThemes(const QStringList &args);
    int runThemeAdd(const QStringList &args);
    int runDimensionAdd(const QStringList &args);
    int runThemeAssign(const QStringList &args);
    int runThemeStatus(const QStringList &args);
    int runSegments(const QStringList &args);
    int runMeetings(const QStringList &args);
    int runMeetingAdd(const QStringList &args);
    int runFeedback(const QStringList &args);
    int runFeedbackAdd(const QStringList &args);
    int runSearch(const QStringList &args);
    int runExportTable(const QStringList &args);
    int runExportFigure(const QStringList &args);
    int runExportMatrix(const QStringList &args);
    int runExportQdpx(const QStringList &args);
    int runExportCodebook(const QStringList &args);
    int runBackup(const QStringList &args);
    int runBackupList(const QStringList &args);
    int runBackupTake(const QStringList &args);
    int runBackupRestore(const QStringList &args);

    // Opens the project for a command that changes it; --coder names whom the work is recorded as. A
    // project open for writing elsewhere (the app, another command) is refused with its holder named.
    std::unique_ptr<Project> openProject(const QString &path);
    // Opens the project read-only, for a command that only reads it: it works while the app or another
    // command has the project open for writing.
    std::unique_ptr<Project> openProjectToRead(const QString &path);
    // Imports a REFI-QDA codebook and prints its report (or, with --json, appends it to reports); false
    // after printing the error.
    int importQdpx(const QString &projectPath, const QString &file);
    bool printCodebookImport(Project &project, const QString &file, QJsonArray &reports);
    // Opens args[0] to read and, when args has a second operand, resolves it as a source (failing if none is).
    std::unique_ptr<Project> openProjectToRead(const QStringList &args, std::optional<SourceId> &source);
    int usage(const QString &problem);
    // The report table writer for an output file's extension; null, after a usage message, when none is.
    const TableWriter *tableWriterFor(const QString &out);
    // Writes the table with the writer and says so; the exit status.
    int writeTable(const TableWriter &writer, const ReportTable &table, const QString &out);
    int fail(const QString &message);
    // What a command that added something prints: its id as JSON with --json, else the line.
    int reportAdded(qint64 id, const QString &line);
    void printJson(const QJsonValue &value);
    // Resolves a source by name, file name or numeric id; 0 and an error message when none matches.
    qint64 sourceIdOf(Project &project, const QString &nameOrId);
    // Resolves a meeting by title or numeric id; nothing, after an error message, when none matches.
    std::optional<MeetingId> meetingIdOf(Project &project, const QString &titleOrId);
    // For one-line listings: line breaks and tabs shown as visible escapes.
    static QString oneLine(QString text);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_coder;
    QString m_encoding;
    QString m_color;
    // A code's definition and guidance; unset when not given, so that describe changes only what is.
    std::optional<QString> m_description;
    std::optional<QString> m_whenToUse;
    std::optional<QString> m_whenNotToUse;
    std::optional<QString> m_example;
    QString m_parent;
    bool m_top = false;
    std::optional<int> m_position; // as given: 1 is first
    QString m_projectName;
    QString m_idColumn;
    QStringList m_textColumns;
    QStringList m_attributeColumns;
    QString m_memoSource;
    QString m_codePath; // --code: the code a memo is on, the code of segments, or the code search hits get
    int m_context = 40;  // --context: code points each side of a search hit
    QString m_theme;
    QString m_dimension;
    bool m_none = false; // themes assign --none
    QStringList m_attributes; // each --attribute: "name=value" for segments, "name" for export figure and matrix
    bool m_exemplars = false;
    bool m_coded = false; // demo --coded
    ReportOptions m_report; // export table's choices
    QString m_measure = QStringLiteral("segments"); // export matrix --measure
    QString m_date;    // meetings add --date, as given (YYYY-MM-DD)
    QString m_verdict; // feedback add --verdict, as given
};

} // namespace tematik
