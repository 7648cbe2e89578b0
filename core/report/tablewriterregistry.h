#pragma once

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace tematik {

class TableWriter;

// The formats report tables can be written in, in one place: the export dialog builds its filter from
// it and `tematik-cli export table` picks the writer for the output file's extension.
class TableWriterRegistry
{
public:
    TableWriterRegistry();
    ~TableWriterRegistry();
    TableWriterRegistry(TableWriterRegistry &&) noexcept;
    TableWriterRegistry &operator=(TableWriterRegistry &&) noexcept;

    // Every writer core provides: CSV, XLSX, DOCX, ODT, HTML and Markdown.
    static const TableWriterRegistry &standard();

    void add(std::unique_ptr<TableWriter> writer);
    QList<const TableWriter *> writers() const;
    // The writer with that id ("docx"); null if none.
    const TableWriter *writer(const QString &id) const;
    // The writer for a file name's extension (case-insensitive); null if none.
    const TableWriter *writerFor(const QString &fileName) const;
    // "Excel workbook (*.xlsx);;…" for QFileDialog.
    QString fileDialogFilter() const;

private:
    std::vector<std::unique_ptr<TableWriter>> m_writers;
};

} // namespace tematik
