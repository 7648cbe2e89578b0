#include "fuzz/fuzzproject.h"

#include "core/store/database.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace tematik {
namespace {

struct Run
{
    Run()
    {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        if (!dir.isValid()) {
            std::fprintf(stderr, "fuzz: no temporary folder\n");
            std::abort();
        }
        Result<std::unique_ptr<Project>> created = Project::create(dir.filePath(QStringLiteral("fuzz.tematik")));
        if (!created) {
            std::fprintf(stderr, "fuzz: %s\n", qPrintable(created.error()));
            std::abort();
        }
        project = std::move(*created);
    }

    int argc = 1;
    char name[5] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
};

Run &run()
{
    static Run r;
    return r;
}

bool operator==(const ProjectCounts &a, const ProjectCounts &b)
{
    return a.sources == b.sources && a.codePoints == b.codePoints && a.turns == b.turns && a.speakers == b.speakers
           && a.codes == b.codes && a.codings == b.codings && a.cases == b.cases && a.themes == b.themes
           && a.memos == b.memos && a.coders == b.coders;
}

} // namespace

Project &FuzzProject::project()
{
    return *run().project;
}

void FuzzProject::importRolledBack(const std::function<bool()> &action)
{
    Project &p = project();
    const ProjectCounts before = p.counts();
    {
        Transaction outer(p.database());
        if (!outer.isActive()) {
            std::fprintf(stderr, "fuzz: %s\n", qPrintable(outer.beginStatus().error()));
            std::abort();
        }
        if (!action() && !(p.counts() == before)) {
            std::fprintf(stderr, "fuzz: a failed import left part of itself in the project\n");
            std::abort();
        }
    }
    if (!(p.counts() == before)) {
        std::fprintf(stderr, "fuzz: rolling the import back did not restore the empty project\n");
        std::abort();
    }
}

QString FuzzProject::path(const QString &fileName)
{
    return run().dir.filePath(fileName);
}

QByteArray FuzzProject::bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace tematik

// libFuzzer calls this once before the first input: the setup then does not count as the first
// input's time.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tematik::FuzzProject::project();
    return 0;
}
