#include "core/report/tablewriterregistry.h"

#include "core/report/csvtablewriter.h"
#include "core/report/docxtablewriter.h"
#include "core/report/htmltablewriter.h"
#include "core/report/markdowntablewriter.h"
#include "core/report/odttablewriter.h"
#include "core/report/xlsxtablewriter.h"

#include <QFileInfo>
#include <QStringList>

namespace tematik {

TableWriterRegistry::TableWriterRegistry() = default;
TableWriterRegistry::~TableWriterRegistry() = default;
TableWriterRegistry::TableWriterRegistry(TableWriterRegistry &&) noexcept = default;
TableWriterRegistry &TableWriterRegistry::operator=(TableWriterRegistry &&) noexcept = default;

const TableWriterRegistry &TableWriterRegistry::standard()
{
    static const TableWriterRegistry registry = [] {
        TableWriterRegistry r;
        r.add(std::make_unique<XlsxTableWriter>());
        r.add(std::make_unique<DocxTableWriter>());
        r.add(std::make_unique<OdtTableWriter>());
        r.add(std::make_unique<CsvTableWriter>());
        r.add(std::make_unique<HtmlTableWriter>());
        r.add(std::make_unique<MarkdownTableWriter>());
        return r;
    }();
    return registry;
}

void TableWriterRegistry::add(std::unique_ptr<TableWriter> writer)
{
    m_writers.push_back(std::move(writer));
}

QList<const TableWriter *> TableWriterRegistry::writers() const
{
    QList<const TableWriter *> list;
    for (const auto &writer : m_writers)
        list.append(writer.get());
    return list;
}

const TableWriter *TableWriterRegistry::writerFor(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &writer : m_writers) {
        if (writer->extension() == suffix)
            return writer.get();
    }
    return nullptr;
}

const TableWriter *TableWriterRegistry::writer(const QString &id) const
{
    for (const auto &candidate : m_writers) {
        if (candidate->id() == id)
            return candidate.get();
    }
    return nullptr;
}

QString TableWriterRegistry::fileDialogFilter() const
{
    QStringList filters;
    for (const auto &writer : m_writers)
        filters.append(QStringLiteral("%1 (*.%2)").arg(writer->displayName(), writer->extension()));
    return filters.join(QLatin1String(";;"));
}

} // namespace tematik
