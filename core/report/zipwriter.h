#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <list>

struct zip;
struct zip_source;

namespace tematik {

// A ZIP container built in memory through libzip, for the DOCX and ODT writers.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Compression
    {
        Deflate,
        Store
    };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // Entries are written in the order they are added (ODF needs its mimetype first).
    Status add(const QString &name, const QByteArray &bytes, Compression compression = Compression::Deflate);
    // The finished archive; the writer is spent afterwards.
    Result<QByteArray> finish();

private:
    zip_source *m_buffer = nullptr;
    zip *m_zip = nullptr;
    // libzip reads entries' bytes only when the archive is closed, so they are kept until then.
    std::list<QByteArray> m_entries;
};

} // namespace tematik
