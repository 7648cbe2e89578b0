// Fuzz target: a REFI-QDA codebook (.qdc, XML) imported into the empty project.
#include "core/interchange/qdcimporter.h"
#include "fuzz/fuzzproject.h"

using namespace tematik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzProject::bytes(data, size);
    FuzzProject::importRolledBack([&] {
        return QdcImporter::importBytes(FuzzProject::project(), bytes, QStringLiteral("fuzz.qdc")).ok();
    });
    return 0;
}
