#include "app/cli/commandline.h"
#include "core/report/pseudonyms.h"
#include "core/analysis/codematrix.h"
#include "core/report/tablewriter.h"
#include "core/store/project.h"
#include "core/store/themestore.h"

// tematik-cli commands for code matrices: export matrix.

namespace tematik {

int CommandLine::runExportMatrix(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("export matrix takes a project, a matrix (overlap, same-turn, attribute or sources) "
                        "and an output file"));
    const QString &which = args[1];
    MatrixKind kind = MatrixKind::Overlap;
    if (which == QLatin1String("same-turn"))
        kind = MatrixKind::SameTurn;
    else if (which == QLatin1String("attribute"))
        kind = MatrixKind::Attribute;
    else if (which == QLatin1String("sources"))
        kind = MatrixKind::Sources;
    else if (which != QLatin1String("overlap"))
        return usage(tr("unknown matrix %1: use overlap, same-turn, attribute or sources").arg(which));
    if (kind == MatrixKind::Attribute && m_attributes.size() != 1)
        return usage(tr("export matrix attribute needs --attribute NAME"));
    if (m_measure != QLatin1String("segments") && m_measure != QLatin1String("participants"))
        return usage(tr("--measure is segments or participants"));
    const TableWriter *writer = tableWriterFor(args[2]);
    if (!writer)
        return 2;
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    std::optional<ThemeId> theme;
    if (!m_theme.isEmpty()) {
        const std::optional<Theme> found = project->themes().findByName(m_theme);
        if (!found)
            return fail(tr("no theme or dimension “%1”").arg(m_theme));
        theme = found->id;
    }
    const Result<CodeMatrix> matrix = CodeMatrix::build(*project, kind, m_attributes.value(0), theme);
    if (!matrix)
        return fail(matrix.error());
    const MatrixMeasure measure =
        m_measure == QLatin1String("participants") ? MatrixMeasure::Participants : MatrixMeasure::Segments;
    const Pseudonyms names = m_report.pseudonymise ? Pseudonyms::build(*project, m_report.pseudonymAttribute)
                                                   : Pseudonyms();
    return writeTable(*writer, matrix->toReportTable(measure, names), args[2]);
}

} // namespace tematik
