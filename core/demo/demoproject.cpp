#include "core/demo/demoproject.h"

#include "core/import/caseimport.h"
#include "core/import/sourceimport.h"
#include "core/model/code.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "core/text/codepointindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tematik {
namespace {

// The demo's analysis so far: aggregate dimensions, then themes, each with its codes.
Status buildThemes(Project &project, const QJsonObject &spec)
{
    for (const QJsonValue &value : spec.value(QLatin1String("dimensions")).toArray()) {
        const QJsonObject o = value.toObject();
        Result<ThemeId> id = project.themes().addDimension(o.value(QLatin1String("name")).toString(),
                                                           o.value(QLatin1String("definition")).toString());
        if (!id)
            return id.takeError();
    }
    for (const QJsonValue &value : spec.value(QLatin1String("themes")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        std::optional<ThemeId> dimension;
        if (const QString dimensionName = o.value(QLatin1String("dimension")).toString(); !dimensionName.isEmpty()) {
            const auto found = project.themes().findByName(dimensionName);
            if (!found)
                return Error{DemoProject::tr("demo theme in a missing dimension: %1").arg(name)};
            dimension = found->id;
        }
        Result<ThemeId> id =
            project.themes().addTheme(name, dimension, o.value(QLatin1String("definition")).toString());
        if (!id)
            return id.takeError();
        const auto status = Theme::statusFromName(o.value(QLatin1String("status")).toString());
        if (status) {
            if (Status set = project.themes().setStatus(*id, *status); !set)
                return set;
        }
        for (const QJsonValue &path : o.value(QLatin1String("codes")).toArray()) {
            const auto code = project.codes().findByPath(path.toString());
            if (!code)
                return Error{DemoProject::tr("demo theme refers to a missing code: %1").arg(path.toString())};
            if (Result<std::optional<ThemeId>> assigned = project.themes().assignCode(code->id, *id); !assigned)
                return assigned.takeError();
        }
    }
    return {};
}

Status addCodes(Project &project, const QJsonArray &codes)
{
    for (const QJsonValue &value : codes) {
        const QJsonObject o = value.toObject();
        QStringList parts = o.value(QLatin1String("path")).toString().split(u'/');
        NewCode code;
        code.name = parts.takeLast();
        code.color = o.value(QLatin1String("color")).toString();
        code.description = o.value(QLatin1String("description")).toString();
        if (!parts.isEmpty()) {
            const auto parent = project.codes().findByPath(parts.join(u'/'));
            if (!parent)
                return Error{DemoProject::tr("demo code without parent: %1").arg(code.name)};
            code.parentId = parent->id;
            // Children share their category's colour family: use the parent's colour.
            if (code.color.isEmpty())
                code.color = parent->color;
        }
        if (Result<CodeId> id = project.codes().add(code); !id)
            return id.takeError();
    }
    return {};
}

// Codes each quote where it first occurs in its source; marks the exemplars when asked to.
Status addCodings(Project &project, const QJsonArray &codings, bool markExemplars)
{
    for (const QJsonValue &value : codings) {
        const QJsonObject o = value.toObject();
        const auto source = project.sources().findByName(o.value(QLatin1String("source")).toString());
        const auto code = project.codes().findByPath(o.value(QLatin1String("code")).toString());
        const QString quote = o.value(QLatin1String("quote")).toString();
        if (!source || !code)
            return Error{DemoProject::tr("demo coding refers to a missing source or code: %1").arg(quote)};
        Result<QString> text = project.sources().text(source->id);
        if (!text)
            return text.takeError();
        const qsizetype at = text->indexOf(quote);
        if (at < 0)
            return Error{DemoProject::tr("demo quote not found in %1: %2").arg(source->name, quote)};
        const CodePointIndex index(*text);
        const NewCoding coding{source->id, code->id, index.toCodePoint(at), index.toCodePoint(at + quote.size())};
        Result<CodingId> id = project.codings().add(coding);
        if (!id)
            return id.takeError();
        if (markExemplars && o.value(QLatin1String("exemplar")).toBool()) {
            if (Status marked = project.codings().setExemplar(*id, true); !marked)
                return marked;
        }
    }
    return {};
}

Status build(Project &project, const QJsonObject &spec, DemoProject::Stage stage)
{
    for (const QJsonValue &file : spec.value(QLatin1String("sources")).toArray()) {
        Result<ImportReport> report = SourceImport::importFile(project, QStringLiteral(":/demo/") + file.toString());
        if (!report)
            return report.takeError();
    }
    const QString participants = spec.value(QLatin1String("participants")).toString();
    if (!participants.isEmpty()) {
        Result<CaseImportReport> cases = CaseImport::importFile(project, QStringLiteral(":/demo/") + participants);
        if (!cases)
            return cases.takeError();
    }
    const bool analysed = stage == DemoProject::Stage::Analysed;
    if (Status s = addCodes(project, spec.value(QLatin1String("codes")).toArray()); !s)
        return s;
    if (Status s = addCodings(project, spec.value(QLatin1String("codings")).toArray(), analysed); !s)
        return s;
    if (!analysed)
        return {};
    const QJsonObject analysis = spec.value(QLatin1String("analysis")).toObject();
    if (Status s = addCodes(project, analysis.value(QLatin1String("codes")).toArray()); !s)
        return s;
    if (Status s = addCodings(project, analysis.value(QLatin1String("codings")).toArray(), true); !s)
        return s;
    return buildThemes(project, analysis);
}

} // namespace

Result<std::unique_ptr<Project>> DemoProject::create(const QString &path, Stage stage)
{
    QFile specFile(QStringLiteral(":/demo/demo.json"));
    if (!specFile.open(QIODevice::ReadOnly))
        return Error{tr("The demo corpus is missing from this copy of Tematik.")};
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();

    Result<std::unique_ptr<Project>> project = Project::create(path, spec.value(QLatin1String("name")).toString());
    if (!project)
        return project;
    if (Status s = (*project)->setCoder(tr("Demo coder")); !s)
        return s.takeError();
    if (Status s = build(**project, spec, stage); !s) {
        project->reset();
        QFile::remove(path);
        return Error{tr("Could not build the demo project: %1").arg(s.error())};
    }
    return project;
}

} // namespace tematik
