// Fuzz target: a REFI-QDA project exchange file (.qdpx, a ZIP holding the XML project document and its
// sources) imported into the empty project, as File → Import REFI-QDA Project does.
#include "core/interchange/qdpximporter.h"
#include "fuzz/fuzzproject.h"

using namespace tematik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzProject::bytes(data, size);
    FuzzProject::importRolledBack([&] {
        return QdpxImporter::importBytes(FuzzProject::project(), bytes, QStringLiteral("fuzz.qdpx")).ok();
    });
    return 0;
}
