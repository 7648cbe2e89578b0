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
    const TableWriter *writer = tableWriterFor(args[2]);
    if (!writer)
        return 2;
    std::unique_ptr<Project> project = openProject(args[0]);
    if (!project)
        return 1;
    const ReportTable table = which == QLatin1String("codebook") ? CodebookTable::build(*project)
                                                                 : ParticipantTable::build(*project);
    return writeTable(*writer, table, args[2]);
}

const TableWriter *CommandLine::tableWriterFor(const QString &out)
{
    const TableWriterRegistry &registry = TableWriterRegistry::standard();
    if (const TableWriter *writer = registry.writerFor(out))
        return writer;
    QStringList extensions;
    for (const TableWriter *known : registry.writers())
        extensions.append(known->extension());
    usage(tr("cannot write %1: the file name must end in .%2")
              .arg(QFileInfo(out).fileName(), extensions.join(QLatin1String(", ."))));
    return nullptr;
}

int CommandLine::writeTable(const TableWriter &writer, const ReportTable &table, const QString &out)
{
    if (Status written = writer.write(table, out); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: %n rows written as %2", nullptr, int(table.rows.size()))
                     .arg(out, writer.displayName())
              << '\n';
    return 0;
}

} // namespace tematik
