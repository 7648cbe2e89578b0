#include "core/report/zipwriter.h"

#include <zip.h>

namespace tematik {

namespace {

QString zipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipWriter::ZipWriter()
{
    zip_error_t error;
    zip_error_init(&error);
    m_buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_buffer) {
        // The archive is written back into m_buffer on close; keep it alive past zip_close.
        zip_source_keep(m_buffer);
        m_zip = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &error);
    }
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
    if (m_buffer)
        zip_source_free(m_buffer);
}

Status ZipWriter::add(const QString &name, const QByteArray &bytes, Compression compression)
{
    if (!m_zip)
        return Error{tr("could not start a ZIP container")};
    const QByteArray &kept = m_entries.emplace_back(bytes);
    zip_source_t *source = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    const zip_int64_t index =
        source ? zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (source)
            zip_source_free(source);
        return Error{QString::fromUtf8(zip_strerror(m_zip))};
    }
    // Level 1 deflate: a table's XML shrinks nearly as much as at the default level, in less time.
    const zip_int32_t method = compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(m_zip, zip_uint64_t(index), method,
                                 compression == Compression::Store ? 0 : 1) != 0)
        return Error{QString::fromUtf8(zip_strerror(m_zip))};
    return {};
}

Result<QByteArray> ZipWriter::finish()
{
    if (!m_zip)
        return Error{tr("could not start a ZIP container")};
    if (zip_close(m_zip) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(m_zip));
        zip_discard(m_zip);
        m_zip = nullptr;
        return Error{message};
    }
    m_zip = nullptr;
    zip_stat_t stat;
    if (zip_source_stat(m_buffer, &stat) != 0 || zip_source_open(m_buffer) != 0)
        return Error{zipMessage(zip_source_error(m_buffer))};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(m_buffer, bytes.data(), stat.size);
    zip_source_close(m_buffer);
    if (read != zip_int64_t(stat.size))
        return Error{zipMessage(zip_source_error(m_buffer))};
    return bytes;
}

} // namespace tematik
