#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

struct zip;

namespace tematik {

// A ZIP container read from memory (DOCX, ODT, XLSX and, later, QDPX), through libzip.
//
// Hostile archives are expected: every read is capped, whatever sizes the archive declares, so a ZIP
// bomb stops at the cap instead of filling memory. Errors say what is wrong in words for the user.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // Largest single entry, and largest total that may be expanded from one archive.
    static constexpr qint64 maxEntrySize = 128LL * 1024 * 1024;
    static constexpr qint64 maxTotalSize = 512LL * 1024 * 1024;
    // An entry that claims to expand more than this many times its compressed size is a bomb.
    static constexpr qint64 maxRatio = 1000;

    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;
    ~ZipArchive();

    // The bytes must outlive nothing: the archive keeps its own copy.
    static Result<ZipArchive> open(const QByteArray &bytes);
    // Cheap test of the first bytes: the local-file-header signature.
    static bool looksLikeZip(const QByteArray &head);

    QStringList entries() const;
    bool contains(const QString &name) const;
    // The whole entry, or an error (missing, damaged, too large).
    Result<QByteArray> read(const QString &name);

private:
    ZipArchive() = default;

    QByteArray m_bytes;
    zip *m_zip = nullptr;
    qint64 m_expanded = 0;
};

} // namespace tematik
