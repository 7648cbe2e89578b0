#include "app/cli/commandline.h"
#include "core/report/codebooktable.h"
#include "core/report/participanttable.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/project.h"

#include <QFileInfo>

// tematik-cli commands that write reports: export table.

namespace tematik {

int CommandLine::runExportTable(const QStringList &args)
{
    if (args.size() != 3)
        return usage(
            tr("export table takes a project, a table (codebook or participants) and an output file"));
    const QString &which = args[1];
    if (which != QLatin1String("codebook") && which != QLatin1String("participants"))
        return usage(tr("unknown table %1: use codebook or participants").arg(which));
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
    const ReportTable table = which == QLatin1String("codebook") ? CodebookTable::build(*project)
                                                                 : ParticipantTable::build(*project);
    if (Status written = writer->write(table, args[2]); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: %n rows written as %2", nullptr, int(table.rows.size()))
                     .arg(args[2], writer->displayName())
              << '\n';
    return 0;
}

} // namespace tematik
