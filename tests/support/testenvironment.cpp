#include "tests/support/testenvironment.h"

#include <QFile>
#include <QMutex>

namespace tematik::test {
namespace {

QMutex expectedMutex;
QStringList expected;
int expectedSeen = 0;

void failOnWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    {
        QMutexLocker lock(&expectedMutex);
        for (const QString &e : std::as_const(expected)) {
            if (message.contains(e)) {
                ++expectedSeen;
                return;
            }
        }
    }
    ADD_FAILURE() << "Unexpected Qt message (" << (context.category ? context.category : "") << "): "
                  << message.toStdString();
    if (type == QtFatalMsg)
        abort();
}

} // namespace

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
        return;
    }
    f.write(bytes);
}

ExpectedMessages::ExpectedMessages(const QString &containing)
{
    QMutexLocker lock(&expectedMutex);
    expected.append(containing);
    expectedSeen = 0;
}

ExpectedMessages::~ExpectedMessages()
{
    QMutexLocker lock(&expectedMutex);
    expected.removeLast();
}

int ExpectedMessages::seen() const
{
    QMutexLocker lock(&expectedMutex);
    return expectedSeen;
}

void installMessageHandler()
{
    qInstallMessageHandler(failOnWarnings);
}

} // namespace tematik::test
