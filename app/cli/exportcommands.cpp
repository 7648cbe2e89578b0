#include "app/cli/commandline.h"
#include "core/report/reporttablecatalog.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/casestore.h"
#include "core/store/project.h"

#include <QFileInfo>

// tematik-cli commands that write reports: export table.

namespace tematik {

int CommandLine::runExportTable(const QStringList &args)
{
    const QString tables = ReportTableCatalog::ids().join(QLatin1String(", "));
    if (args.size() != 3)
        return usage(tr("export table takes a project, a table (%1) and an output file").arg(tables));
    const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(args[1]);
    if (!entry)
        return usage(tr("unknown table %1: use one of %2").arg(args[1], tables));
    const TableWriterRegistry &registry = TableWriterRegistry::standard();
    const TableWriter *writer = registry.writerFor(args[2]);
    if (!writer) {
        QStringList extensions;
        for (const TableWriter *known : registry.writers())
            extensions.append(known->extension());
        return usage(tr("cannot write %1: the file name must end in .%2")
                         .arg(QFileInfo(args[2]).fileName(), extensions.join(QLatin1String(", ."))));
    }
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    if (m_report.pseudonymise && !m_report.pseudonymAttribute.isEmpty()
        && !project->cases().findAttribute(m_report.pseudonymAttribute))
        return fail(tr("no case attribute named “%1” to take pseudonyms from").arg(m_report.pseudonymAttribute));
    const ReportTable table = entry->build(*project, m_report);
    if (Status written = writer->write(table, args[2]); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: %n rows written as %2", nullptr, int(table.rows.size()))
                     .arg(args[2], writer->displayName())
              << '\n';
    return 0;
}

} // namespace tematik
