#include "app/cli/commandline.h"
#include "core/model/code.h"
#include "core/model/theme.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"
#include "core/store/segmentquery.h"
#include "core/store/themestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// tematik-cli commands on themes: themes, themes add|assign|status, dimensions add, segments.

namespace tematik {

int CommandLine::runThemes(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("themes takes one project file"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    const QHash<CodeId, CodeUse> use = project->codings().useByCode();
    QHash<ThemeId, QList<CodeId>> codesByTheme;
    for (const Code &c : project->codes().list()) {
        if (const std::optional<ThemeId> theme = project->themes().themeOf(c.id))
            codesByTheme[*theme].append(c.id);
    }

    // A theme's codings are its codes' codings; a dimension's, its themes'.
    const auto themeObject = [&](const Theme &t) {
        QJsonArray codes;
        int codings = 0;
        for (CodeId c : codesByTheme.value(t.id)) {
            const int n = use.value(c).codings;
            codings += n;
            codes.append(QJsonObject{{QStringLiteral("id"), double(c)},
                                     {QStringLiteral("path"), project->codes().path(c)},
                                     {QStringLiteral("codings"), n}});
        }
        return QJsonObject{{QStringLiteral("id"), double(t.id)},
                           {QStringLiteral("kind"), Theme::kindName(t.kind)},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("definition"), t.definition},
                           {QStringLiteral("status"), Theme::statusName(t.status)},
                           {QStringLiteral("codings"), codings},
                           {QStringLiteral("codes"), codes}};
    };
    QJsonArray tree;
    for (const Theme &t : project->themes().list()) {
        QJsonObject object = themeObject(t);
        if (t.kind == Theme::Kind::Dimension)
            object.insert(QStringLiteral("themes"), QJsonArray());
        if (t.parentId && !tree.isEmpty()) {
            // list() puts a dimension's themes right after it.
            QJsonObject dimension = tree.last().toObject();
            QJsonArray themes = dimension.value(QStringLiteral("themes")).toArray();
            themes.append(object);
            dimension.insert(QStringLiteral("themes"), themes);
            dimension.insert(QStringLiteral("codings"), dimension.value(QStringLiteral("codings")).toInt() +
                                                            object.value(QStringLiteral("codings")).toInt());
            tree.replace(tree.size() - 1, dimension);
        } else {
            tree.append(object);
        }
    }
    if (m_json) {
        printJson(tree);
        return 0;
    }
    const auto print = [this](const QJsonObject &t, const QString &indent) {
        m_out << indent << t.value(QStringLiteral("kind")).toString() << '\t'
              << t.value(QStringLiteral("name")).toString() << '\t'
              << t.value(QStringLiteral("status")).toString() << '\t'
              << t.value(QStringLiteral("codings")).toInt() << '\n';
        for (const QJsonValue &c : t.value(QStringLiteral("codes")).toArray()) {
            m_out << indent << QStringLiteral("  code\t") << c[QLatin1String("path")].toString() << "\t\t"
                  << c[QLatin1String("codings")].toInt() << '\n';
        }
    };
    for (const QJsonValue &top : std::as_const(tree)) {
        print(top.toObject(), QString());
        for (const QJsonValue &t : top[QLatin1String("themes")].toArray())
            print(t.toObject(), QStringLiteral("  "));
    }
    return 0;
}

int CommandLine::runThemeAdd(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("themes add takes a project and a name"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    std::optional<ThemeId> dimension;
    if (!m_dimension.isEmpty()) {
        const std::optional<Theme> d = project->themes().findByName(m_dimension);
        if (!d || d->kind != Theme::Kind::Dimension)
            return fail(tr("no dimension “%1”").arg(m_dimension));
        dimension = d->id;
    }
    Result<ThemeId> id = project->themes().addTheme(args[1], dimension, m_description.value_or(QString()));
    if (!id)
        return fail(id.error());
    return reportAdded(*id, QString::number(*id));
}

int CommandLine::runDimensionAdd(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("dimensions add takes a project and a name"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    Result<ThemeId> id = project->themes().addDimension(args[1], m_description.value_or(QString()));
    if (!id)
        return fail(id.error());
    return reportAdded(*id, QString::number(*id));
}

int CommandLine::runThemeAssign(const QStringList &args)
{
    if (args.size() != (m_none ? 2 : 3))
        return usage(tr("themes assign takes a project, a code and a theme (or --none)"));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<Code> code = project->codes().findByPath(args[1]);
    if (!code)
        return fail(tr("no code “%1”").arg(args[1]));
    std::optional<ThemeId> theme;
    if (!m_none) {
        const std::optional<Theme> t = project->themes().findByName(args[2]);
        if (!t || t->kind != Theme::Kind::Theme)
            return fail(tr("no theme “%1”").arg(args[2]));
        theme = t->id;
    }
    Result<std::optional<ThemeId>> before = project->themes().assignCode(code->id, theme);
    if (!before)
        return fail(before.error());
    return 0;
}

int CommandLine::runThemeStatus(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("themes status takes a project, a theme and candidate, reviewed or final"));
    const std::optional<Theme::Status> status = Theme::statusFromName(args[2]);
    if (!status)
        return usage(tr("a theme's status is candidate, reviewed or final, not “%1”").arg(args[2]));
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const std::optional<Theme> theme = project->themes().findByName(args[1]);
    if (!theme)
        return fail(tr("no theme “%1”").arg(args[1]));
    if (Status s = project->themes().setStatus(theme->id, *status); !s)
        return fail(s.error());
    return 0;
}

int CommandLine::runSegments(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("segments takes one project file"));
    if (int(!m_codePath.isEmpty()) + int(!m_theme.isEmpty()) + int(!m_dimension.isEmpty()) != 1)
        return usage(tr("segments needs one of --code, --theme and --dimension"));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    SegmentFilter filter;
    filter.exemplarsOnly = m_exemplars;
    for (const QString &pair : std::as_const(m_attributes)) {
        if (!pair.contains(u'='))
            return usage(tr("--attribute needs NAME=VALUE"));
        const qsizetype at = pair.indexOf(u'=');
        if (at < 0)
            return usage(tr("--attribute needs NAME=VALUE"));
        filter.attributes.append({pair.left(at).trimmed(), pair.mid(at + 1).trimmed()});
    }
    const SegmentQuery query(project->database());
    QList<RetrievedSegment> segments;
    if (!m_codePath.isEmpty()) {
        const std::optional<Code> code = project->codes().findByPath(m_codePath);
        if (!code)
            return fail(tr("no code “%1”").arg(m_codePath));
        segments = query.ofCode(code->id, filter);
    } else {
        const QString &name = m_theme.isEmpty() ? m_dimension : m_theme;
        const Theme::Kind kind = m_theme.isEmpty() ? Theme::Kind::Dimension : Theme::Kind::Theme;
        const std::optional<Theme> theme = project->themes().findByName(name);
        if (!theme || theme->kind != kind)
            return fail(kind == Theme::Kind::Theme ? tr("no theme “%1”").arg(name)
                                                   : tr("no dimension “%1”").arg(name));
        segments = query.ofTheme(theme->id, filter);
    }
    QJsonArray list;
    for (const RetrievedSegment &s : std::as_const(segments)) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("id"), double(s.codingId)},
                                    {QStringLiteral("source"), s.sourceName},
                                    {QStringLiteral("speaker"), s.speaker},
                                    {QStringLiteral("case"), s.caseName},
                                    {QStringLiteral("code"), project->codes().path(s.codeId)},
                                    {QStringLiteral("start"), double(s.start)},
                                    {QStringLiteral("end"), double(s.end)},
                                    {QStringLiteral("exemplar"), s.exemplar},
                                    {QStringLiteral("text"), s.text}});
        } else {
            m_out << s.sourceName << '\t' << s.speaker << '\t' << s.caseName << '\t' << s.start << '\t'
                  << s.end << '\t' << oneLine(s.text) << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return 0;
}

} // namespace tematik
