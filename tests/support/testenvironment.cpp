#include "tests/support/testenvironment.h"

#include "core/text/speakerturnparser.h"
#include "core/text/textdecoder.h"

#include <QFile>
#include <QMutex>

namespace tematik::test {
namespace {

QMutex expectedMutex;
QStringList expected;

void failOnWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    {
        QMutexLocker lock(&expectedMutex);
        for (const QString &e : std::as_const(expected)) {
            if (message.contains(e)) {
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
}

ExpectedMessages::~ExpectedMessages()
{
    QMutexLocker lock(&expectedMutex);
    expected.removeLast();
}

namespace {

QString withoutWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (!ch.isSpace())
            out.append(ch);
    }
    return out;
}

} // namespace

::testing::AssertionResult sameBodyAsTwin(const QString &imported, const QString &twinFile)
{
    Result<DecodedText> twin = TextDecoder::decode(readFile(corpusPath(twinFile)));
    if (!twin)
        return ::testing::AssertionFailure() << "cannot read " << twinFile.toStdString();
    const QList<SpeakerTurn> turns = SpeakerTurnParser::parse(twin->text);
    if (turns.isEmpty())
        return ::testing::AssertionFailure() << twinFile.toStdString() << " has no turns";
    // The twin is BMP-only, so its code-point offsets are UTF-16 offsets.
    const QString expected = withoutWhitespace(QStringView(twin->text).mid(turns.first().start));
    const QString squeezed = withoutWhitespace(imported);
    const qsizetype bodyStart = squeezed.indexOf(expected.left(40));
    if (bodyStart < 0)
        return ::testing::AssertionFailure() << "the body's first words are missing: " << expected.left(40).toStdString();
    const QString actual = squeezed.mid(bodyStart);
    if (actual == expected)
        return ::testing::AssertionSuccess();
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    return ::testing::AssertionFailure()
           << "bodies differ at squeezed offset " << at << " of " << expected.size() << "\n  expected: …"
           << expected.mid(std::max<qsizetype>(0, at - 30), 80).toStdString() << "\n  imported: …"
           << actual.mid(std::max<qsizetype>(0, at - 30), 80).toStdString() << "\n  imported length "
           << actual.size();
}

void installMessageHandler()
{
    qInstallMessageHandler(failOnWarnings);
}

} // namespace tematik::test
