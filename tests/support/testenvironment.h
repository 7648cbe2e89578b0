#pragma once

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

class QWidget;

// gtest prints QStrings in failure messages as text, not as arrays of QChar.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace tematik::test {

// Test data is found by a compile-time path, never relative to the working directory.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(TEMATIK_TEST_DATA "/") + relative;
}

inline QString corpusPath(const QString &file)
{
    return dataPath(QStringLiteral("corpus/") + file);
}

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Qt warnings and critical messages fail the running test, unless a test says it expects them: core
// reports problems as values, so a stray warning is a bug.
class ExpectedMessages
{
public:
    explicit ExpectedMessages(const QString &containing);
    ~ExpectedMessages();
};

void installMessageHandler();

// Saves a picture of the widget as NAME.png when scripts/screenshots asks for pictures (by setting
// TEMATIK_SCREENSHOT_DIR); does nothing otherwise.
void saveScreenshot(QWidget *widget, const QString &name);

// Types text into widget as a keyboard would, Swedish letters included (QTest::keyClicks takes ASCII
// only). In the GUI tests' support, beside saveScreenshot.
void typeText(QWidget *widget, const QString &text);

// The corpus README's comparison of a converted transcript with its .txt twin: the body (from the
// twin's first speaker turn on) must be the same once all white space is removed. Reports the first
// difference with some context.
::testing::AssertionResult sameBodyAsTwin(const QString &imported, const QString &twinFile);

} // namespace tematik::test
