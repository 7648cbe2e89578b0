// libFuzzer's custom mutator for the targets whose input is a ZIP container (DOCX, ODT, XLSX, QDPX).
// Flipping bytes of a ZIP almost never gets past its compression and CRCs, so nearly every input would
// stop in the container; instead one entry is unpacked, mutated as bytes (with the target's
// dictionary), and the container packed again, its entries in their order and ODF's mimetype stored
// first as the format wants. One mutation in eight still changes the container's own bytes, so that
// the container code is fuzzed too. Every input stays a file that the app could be given.
#include "core/import/ziparchive.h"
#include "core/report/zipwriter.h"

#include <algorithm>
#include <cstring>
#include <random>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

using namespace tematik;

namespace {

constexpr size_t entryGrowth = 4096; // how much longer a mutated entry may become

size_t mutateEntry(uint8_t *data, size_t size, size_t maxSize, std::minstd_rand &random)
{
    Result<ZipArchive> zip = ZipArchive::open(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!zip)
        return 0;
    const QStringList names = zip->entries();
    if (names.isEmpty())
        return 0;
    const qsizetype chosen = qsizetype(random() % quint32(names.size()));
    ZipWriter writer;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Result<QByteArray> entry = zip->read(names[i]);
        if (!entry)
            return 0;
        QByteArray bytes = *entry;
        if (i == chosen) {
            std::vector<uint8_t> buffer(size_t(bytes.size()) + entryGrowth);
            std::memcpy(buffer.data(), bytes.constData(), size_t(bytes.size()));
            const size_t mutated = LLVMFuzzerMutate(buffer.data(), size_t(bytes.size()), buffer.size());
            bytes = QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(mutated));
        }
        const bool mimetype = names[i] == QLatin1String("mimetype");
        if (!writer.add(names[i], bytes, mimetype ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate))
            return 0;
    }
    Result<QByteArray> packed = writer.finish();
    if (!packed || size_t(packed->size()) > maxSize)
        return 0;
    std::memcpy(data, packed->constData(), size_t(packed->size()));
    return size_t(packed->size());
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    std::minstd_rand random(seed);
    if (random() % 8 != 0) {
        if (const size_t mutated = mutateEntry(data, size, maxSize, random))
            return mutated;
    }
    return LLVMFuzzerMutate(data, size, maxSize);
}
