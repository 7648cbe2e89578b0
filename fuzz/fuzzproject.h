#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace tematik {

class Project;

// What the fuzz targets share. The first call makes a QCoreApplication (the importers translate their
// messages) and one empty project in a temporary folder, kept for the whole run; Qt's messages are
// dropped, since hostile input may rightly make a library warn.
class FuzzProject
{
public:
    static Project &project();

    // Runs an import into project() inside a transaction that is rolled back afterwards, so that every
    // input meets the same empty project. action returns whether the import succeeded. A failed import
    // must leave nothing behind: when the project's counts differ from before, the target aborts, and
    // libFuzzer reports that as a crash.
    static void importRolledBack(const std::function<bool()> &action);

    // A path in the run's temporary folder, for a target that needs its input as a file.
    static QString path(const QString &fileName);

    // libFuzzer's input as a QByteArray of its own (a raw-data view would lack the terminating NUL
    // that every QByteArray read from a file has).
    static QByteArray bytes(const uint8_t *data, size_t size);
};

} // namespace tematik
