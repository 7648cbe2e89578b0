#include "app/cli/commandline.h"
#include "core/interchange/qdcexporter.h"
#include "core/interchange/qdpxexporter.h"
#include "core/report/reporttablecatalog.h"
#include "core/report/tablewriter.h"
#include "core/report/tablewriterregistry.h"
#include "core/store/casestore.h"
#include "core/store/project.h"

#include <QFileInfo>

// tematik-cli commands that write reports and exchange files: export table, export qdpx, export codebook.

namespace tematik {

int CommandLine::runExportTable(const QStringList &args)
{
    const QString tables = ReportTableCatalog::ids().join(QLatin1String(", "));
    if (args.size() != 3)
        return usage(tr("export table takes a project, a table (%1) and an output file").arg(tables));
    const std::optional<ReportTableCatalog::Entry> entry = ReportTableCatalog::find(args[1]);
    if (!entry)
        return usage(tr("unknown table %1: use one of %2").arg(args[1], tables));
    const TableWriter *writer = tableWriterFor(args[2]);
    if (!writer)
        return 2;
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    if (m_report.pseudonymise && !m_report.pseudonymAttribute.isEmpty()
        && !project->cases().findAttribute(m_report.pseudonymAttribute))
        return fail(tr("no case attribute named “%1” to take pseudonyms from").arg(m_report.pseudonymAttribute));
    return writeTable(*writer, entry->build(*project, m_report), args[2]);
}

int CommandLine::runExportQdpx(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("export qdpx takes a project and an output file"));
    if (!args[1].endsWith(QLatin1String(".qdpx"), Qt::CaseInsensitive))
        return usage(tr("cannot write %1: the file name must end in .qdpx").arg(QFileInfo(args[1]).fileName()));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    if (Status written = QdpxExporter::writeFile(*project, args[1]); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: project written as REFI-QDA project exchange").arg(args[1]) << '\n';
    return 0;
}

int CommandLine::runExportCodebook(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("export codebook takes a project and an output file"));
    if (!args[1].endsWith(QLatin1String(".qdc"), Qt::CaseInsensitive))
        return usage(tr("cannot write %1: the file name must end in .qdc").arg(QFileInfo(args[1]).fileName()));
    std::unique_ptr<Project> project = openProjectToRead(args[0]);
    if (!project)
        return 1;
    if (Status written = QdcExporter::writeFile(*project, args[1]); !written)
        return fail(written.error());
    if (!m_json)
        m_out << tr("%1: codebook written as REFI-QDA codebook").arg(args[1]) << '\n';
    return 0;
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
