// Fuzz target: one file imported as a source, the way the app and `tematik-cli import` import it: the
// registry chooses the importer by the file's name and first bytes, the importer reads it, speaker turns
// are found and the source is stored. Built once per format; TEMATIK_FUZZ_FILE_NAME gives the name the
// bytes arrive under ("fuzz.docx", …), so that the importer of that format gets them first.
#include "core/import/sourceimport.h"
#include "fuzz/fuzzproject.h"

using namespace tematik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzProject::bytes(data, size);
    FuzzProject::importRolledBack([&] {
        return SourceImport::importBytes(FuzzProject::project(), bytes, QStringLiteral(TEMATIK_FUZZ_FILE_NAME), {})
            .ok();
    });
    return 0;
}
