#include "core/import/ziparchive.h"

#include <zip.h>

namespace tematik {
namespace {

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

} // namespace

ZipArchive::ZipArchive(ZipArchive &&other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_zip(std::exchange(other.m_zip, nullptr)), m_expanded(other.m_expanded)
{
}

ZipArchive &ZipArchive::operator=(ZipArchive &&other) noexcept
{
    if (this != &other) {
        if (m_zip)
            zip_discard(m_zip);
        m_bytes = std::move(other.m_bytes);
        m_zip = std::exchange(other.m_zip, nullptr);
        m_expanded = other.m_expanded;
    }
    return *this;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::looksLikeZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes)
{
    if (!looksLikeZip(bytes))
        return Error{tr("it is not a ZIP container")};
    ZipArchive archive;
    archive.m_bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(archive.m_bytes.constData(), zip_uint64_t(archive.m_bytes.size()),
                                                    0, &error);
    if (!source) {
        zip_error_fini(&error);
        return Error{tr("the ZIP container cannot be read")};
    }
    // ZIP_CHECKCONS compares the central directory with the local headers: a truncated or spliced
    // file fails here rather than half-way through reading an entry.
    archive.m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive.m_zip) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_source_free(source);
        zip_error_fini(&error);
        return Error{tr("the ZIP container is damaged or incomplete (%1)").arg(reason)};
    }
    zip_error_fini(&error);
    return archive;
}

QStringList ZipArchive::entries() const
{
    QStringList names;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    const QByteArray utf8Name = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip, utf8Name.constData(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        return Error{tr("the container has no %1").arg(name)};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Error{tr("%1 in the container cannot be read").arg(name)};
    const qint64 declared = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
    if (declared > maxEntrySize || declared > maxTotalSize - m_expanded
        || (compressed > 0 && declared / compressed > maxRatio && declared > 1024 * 1024))
        return Error{tr("%1 would expand to %2 MB, beyond the safe limit (a ZIP bomb?)")
                         .arg(name)
                         .arg(declared / (1024 * 1024))};

    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Error{tr("%1 in the container cannot be opened (%2)").arg(name, QString::fromUtf8(zip_strerror(m_zip)))};
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(declared, maxEntrySize)));
    char buffer[64 * 1024];
    // The declared size may lie: count what actually comes out and stop at the caps.
    const qint64 cap = std::min(maxEntrySize, maxTotalSize - m_expanded);
    Status status;
    for (;;) {
        const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            status = Error{tr("%1 in the container is damaged (%2)").arg(name, QString::fromUtf8(zip_file_strerror(file)))};
            break;
        }
        if (got == 0)
            break;
        if (data.size() + got > cap) {
            status = Error{tr("%1 expands beyond the safe limit of %2 MB (a ZIP bomb?)").arg(name).arg(cap / (1024 * 1024))};
            break;
        }
        data.append(buffer, qsizetype(got));
    }
    // zip_fclose reports a CRC mismatch found at the end of the entry.
    const int closed = zip_fclose(file);
    if (!status)
        return status.takeError();
    if (closed != 0)
        return Error{tr("%1 in the container is damaged (%2)").arg(name, libzipMessage(closed))};
    m_expanded += data.size();
    return data;
}

} // namespace tematik
