// Fuzz target: a project file, damaged or not a project at all, opened as the app opens it (for
// writing, which upgrades an older schema in place, and read-only), and then read as a user reading it
// would: its counts, sources with their texts and turns, codes, codings with their words, themes, cases
// and memos. Opening may fail; what opens must read without a crash.
#include "core/store/casestore.h"
#include "core/store/codestore.h"
#include "core/store/codingstore.h"
#include "core/store/memostore.h"
#include "core/store/project.h"
#include "core/store/sourcestore.h"
#include "core/store/themestore.h"
#include "fuzz/fuzzproject.h"

#include <QFile>

using namespace tematik;

namespace {

void readAll(Project &project)
{
    (void)project.name();
    (void)project.counts();
    (void)project.coders();
    for (const SourceInfo &source : project.sources().list()) {
        (void)project.sources().text(source.id);
        (void)project.sources().turns(source.id);
        (void)project.sources().turnCount(source.id);
        (void)project.codings().forSource(source.id);
        (void)project.codings().spansOf(source.id);
        for (const SpeakerInfo &speaker : project.cases().speakersOf(source.id))
            (void)project.cases().turnCount(speaker.id);
    }
    QList<CodeId> codes;
    for (const Code &code : project.codes().list()) {
        (void)project.codes().path(code.id);
        (void)project.codings().segmentsOfCode(code.id);
        (void)project.codings().useWithSubcodes(code.id);
        codes.append(code.id);
    }
    (void)project.codings().useByCode();
    (void)project.codings().useOfCodes(codes);
    (void)project.codings().count();
    for (const Theme &theme : project.themes().list())
        (void)project.themes().codesOf(theme.id);
    for (const CaseInfo &c : project.cases().list())
        (void)project.cases().values(c.id);
    (void)project.cases().attributes();
    (void)project.memos().list();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzProject::path(QStringLiteral("opened.tematik"));
    for (const bool readOnly : {false, true}) {
        Project::removeFiles(path);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            return 0;
        file.close();
        if (Result<std::unique_ptr<Project>> project = Project::open(path, readOnly))
            readAll(**project);
    }
    return 0;
}
