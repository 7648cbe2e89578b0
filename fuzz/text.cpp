// Fuzz target: a plain-text transcript imported as the app imports it (the encoding detected), then
// decoded in an encoding the user forced (`tematik-cli import --encoding`), which ICU then applies
// to bytes that may not be in it. The forced encoding is chosen by the input's length, so that one input
// always takes the same path.
#include "core/import/sourceimport.h"
#include "core/text/textdecoder.h"
#include "fuzz/fuzzproject.h"

#include <array>

using namespace tematik;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzProject::bytes(data, size);
    FuzzProject::importRolledBack([&] {
        return SourceImport::importBytes(FuzzProject::project(), bytes, QStringLiteral("fuzz.txt"), {}).ok();
    });
    // Single-byte, multi-byte, stateful and compressing encodings: their output may be shorter or
    // longer than their input.
    static const std::array<const char *, 10> forced{"UTF-8",     "UTF-16LE", "UTF-16BE",    "UTF-32BE", "windows-1252",
                                                      "ISO-8859-15", "GB18030", "ISO-2022-JP", "SCSU",     "UTF-7"};
    (void)TextDecoder::decode(bytes, QString::fromLatin1(forced[size % forced.size()]));
    return 0;
}
