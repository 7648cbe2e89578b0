#include "app/cli/commandline.h"

#include "core/import/caseimport.h"
#include "core/import/surveyimport.h"
#include "core/store/casestore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// tematik-cli commands on cases, speakers and surveys.

namespace tematik {

int CommandLine::runCases(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("cases takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    CaseStore &cases = project->cases();
    const QList<AttributeInfo> attributes = cases.attributes();
    QJsonArray list;
    if (!m_json) {
        m_out << "case";
        for (const AttributeInfo &a : attributes)
            m_out << '\t' << a.name << " (" << attributeTypeName(a.type) << ')';
        m_out << '\n';
    }
    for (const CaseInfo &c : cases.list()) {
        const QHash<AttributeId, QString> values = cases.values(c.id);
        if (m_json) {
            QJsonObject attributeValues;
            for (const AttributeInfo &a : attributes)
                attributeValues.insert(a.name, values.contains(a.id) ? QJsonValue(values.value(a.id)) : QJsonValue(QJsonValue::Null));
            list.append(QJsonObject{{QStringLiteral("id"), double(c.id)},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("attributes"), attributeValues}});
        } else {
            m_out << c.name;
            for (const AttributeInfo &a : attributes)
                m_out << '\t' << values.value(a.id);
            m_out << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runCaseImport(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("cases import takes a project and a table file"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    CaseImportOptions options;
    options.idColumn = m_idColumn;
    Result<CaseImportReport> report = CaseImport::importFile(*project, args[1], options);
    if (!report)
        return fail(report.error());
    if (m_json) {
        QJsonArray attributes;
        for (const AttributeInfo &a : report->attributes)
            attributes.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("type"), attributeTypeName(a.type)}});
        printJson(QJsonObject{{QStringLiteral("added"), report->added},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("attributes"), attributes},
                              {QStringLiteral("speakersLinked"), report->speakersLinked},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
    } else {
        m_out << tr("Cases: %1 added, %2 updated; %n speaker(s) linked to cases", nullptr, report->speakersLinked)
                     .arg(report->added)
                     .arg(report->updated)
              << '\n';
        for (const AttributeInfo &a : report->attributes)
            m_out << "  " << a.name << " (" << attributeTypeName(a.type) << ")\n";
        for (const QString &w : report->warnings)
            m_out << "  " << tr("warning: %1").arg(w) << '\n';
    }
    return 0;
}

int CommandLine::runSpeakers(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(tr("speakers takes a project and optionally a source"));
    std::optional<SourceId> source;
    std::unique_ptr<Project> project = openProjectToRead(args, source);
    if (!project)
        return 1;
    const QList<SpeakerInfo> speakers = source ? project->cases().speakersOf(*source) : project->cases().speakers();
    QHash<SourceId, QString> sourceNames;
    for (const SourceInfo &s : project->sources().list())
        sourceNames.insert(s.id, s.name);
    QHash<CaseId, QString> caseNames;
    for (const CaseInfo &c : project->cases().list())
        caseNames.insert(c.id, c.name);
    QJsonArray list;
    for (const SpeakerInfo &s : speakers) {
        const QString caseName = s.caseId ? caseNames.value(*s.caseId) : QString();
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("source"), sourceNames.value(s.sourceId)},
                                    {QStringLiteral("label"), s.label},
                                    {QStringLiteral("case"), s.caseId ? QJsonValue(caseName) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("turns"), project->cases().turnCount(s.id)}});
        } else {
            m_out << sourceNames.value(s.sourceId) << '\t' << s.label << '\t' << (s.caseId ? caseName : QStringLiteral("-"))
                  << '\t' << project->cases().turnCount(s.id) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

int CommandLine::runSpeakerLink(const QStringList &args)
{
    if (args.size() != 4)
        return usage(tr("speakers link takes a project, a source, a speaker label and a case"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const qint64 source = sourceIdOf(*project, args[1]);
    if (source == 0)
        return 1;
    std::optional<SpeakerInfo> speaker;
    for (const SpeakerInfo &s : project->cases().speakersOf(source)) {
        if (s.label == args[2])
            speaker = s;
    }
    if (!speaker)
        return fail(tr("no speaker “%1” in %2").arg(args[2], args[1]));
    std::optional<CaseId> caseId;
    if (args[3] != QLatin1String("-")) {
        const auto found = project->cases().findByName(args[3]);
        if (!found)
            return fail(tr("no case “%1”").arg(args[3]));
        caseId = found->id;
    }
    if (Status s = project->cases().linkSpeaker(speaker->id, caseId); !s)
        return fail(s.error());
    if (!m_json)
        m_out << (caseId ? tr("Linked %1 in %2 to %3").arg(args[2], args[1], args[3]) : tr("Unlinked %1 in %2").arg(args[2], args[1]))
              << '\n';
    return 0;
}

int CommandLine::runSurveyImport(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("survey import takes a project and a table file"));
    if (m_textColumns.isEmpty())
        return usage(tr("survey import needs --text-columns"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    SurveyImportOptions options;
    options.idColumn = m_idColumn;
    options.textColumns = m_textColumns;
    if (!m_attributeColumns.isEmpty())
        options.attributeColumns = m_attributeColumns;
    Result<SurveyImportReport> report = SurveyImport::importFile(*project, args[1], options);
    if (!report)
        return fail(report.error());
    if (m_json) {
        QJsonArray sources;
        for (const ImportReport &r : report->sources)
            sources.append(QJsonObject{{QStringLiteral("source"), r.sourceName}, {QStringLiteral("answers"), r.turns}});
        printJson(QJsonObject{{QStringLiteral("respondents"), report->respondents},
                              {QStringLiteral("answers"), report->answers},
                              {QStringLiteral("sources"), sources},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
    } else {
        m_out << tr("Survey: %1 respondents, %2 answers").arg(report->respondents).arg(report->answers) << '\n';
        for (const ImportReport &r : report->sources)
            m_out << "  " << r.sourceName << '\t' << r.turns << '\n';
        for (const QString &w : report->warnings)
            m_out << "  " << tr("warning: %1").arg(w) << '\n';
    }
    return 0;
}

} // namespace tematik
