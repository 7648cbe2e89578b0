#include "app/cli/commandline.h"

#include "core/search/textsearch.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/project.h"

#include <QJsonArray>
#include <QJsonObject>

// tematik-cli command for full-text search: search, optionally coding every hit.

namespace tematik {

int CommandLine::runSearch(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("search takes a project and a query"));
    // Searching only reads; coding the hits (--code) changes the project.
    std::unique_ptr<Project> project = m_codePath.isEmpty() ? openProjectToRead(args[0]) : openProject(args[0]);
    if (!project)
        return 1;
    std::optional<Code> code;
    if (!m_codePath.isEmpty()) {
        code = project->codes().findByPath(m_codePath);
        if (!code)
            return fail(tr("no code “%1”").arg(m_codePath));
    }
    SearchOptions options;
    options.context = m_context;
    Result<QList<SearchHit>> hits = TextSearch(project->database()).find(args[1], options);
    if (!hits)
        return fail(hits.error());

    QJsonArray list;
    for (const SearchHit &h : *hits) {
        if (m_json) {
            list.append(QJsonObject{{QStringLiteral("source"), h.sourceName},
                                    {QStringLiteral("start"), double(h.start)},
                                    {QStringLiteral("end"), double(h.end)},
                                    {QStringLiteral("speaker"), h.speaker},
                                    {QStringLiteral("before"), h.before},
                                    {QStringLiteral("match"), h.match},
                                    {QStringLiteral("after"), h.after}});
        } else {
            m_out << h.sourceName << '\t' << h.start << '\t' << h.end << '\t' << h.speaker << '\t' << h.before
                  << '[' << h.match << ']' << h.after << '\n';
        }
    }
    if (code) {
        QList<NewCoding> codings;
        for (const SearchHit &h : *hits)
            codings.append(NewCoding{h.source, code->id, h.start, h.end});
        Result<QList<CodingId>> added = project->codings().addAll(codings);
        if (!added)
            return fail(added.error());
        if (!m_json)
            m_out << tr("Coded %n hit(s) with %1", nullptr, int(added->size())).arg(m_codePath) << '\n';
    }
    if (m_json)
        printJson(list);
    return 0;
}

} // namespace tematik
