#include "tests/support/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

// The layers are enforced twice: by the link graph in CMake, and here, where a Gui or Widgets header
// under core/ fails the build's tests even before somebody tries to link against it.

namespace {

QSet<QString> headersOf(const QString &module)
{
    QSet<QString> names;
    const QDir dir(QLibraryInfo::path(QLibraryInfo::HeadersPath) + u'/' + module);
    for (const QString &name : dir.entryList(QDir::Files))
        names.insert(name);
    return names;
}

} // namespace

TEST(Layering, CoreIncludesNoGuiOrWidgetsHeader)
{
    const QSet<QString> gui = headersOf(QStringLiteral("QtGui"));
    const QSet<QString> widgets = headersOf(QStringLiteral("QtWidgets"));
    ASSERT_FALSE(gui.isEmpty()) << "Qt Gui headers not found; cannot check the layering";
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"),
                                     QRegularExpression::MultilineOption);
    int files = 0;
    QDirIterator it(QStringLiteral(TEMATIK_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QString text = QString::fromUtf8(tematik::test::readFile(path));
        auto matches = include.globalMatch(text);
        while (matches.hasNext()) {
            const QString header = matches.next().captured(1);
            const QString base = header.section(u'/', -1);
            const bool guiModule =
                header.startsWith(QLatin1String("QtGui")) || header.startsWith(QLatin1String("QtWidgets")) ||
                header.startsWith(QLatin1String("QtSvg")) || base.startsWith(QLatin1String("QSvg"));
            EXPECT_FALSE(guiModule || gui.contains(base) || widgets.contains(base))
                << path.toStdString() << " includes " << header.toStdString();
            EXPECT_FALSE(header.startsWith(QLatin1String("ui/")) || header.startsWith(QLatin1String("app/")))
                << path.toStdString() << " reaches up to " << header.toStdString();
        }
    }
    EXPECT_GT(files, 10);
}

TEST(Layering, CommandLineLinksNoGuiLibrary)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(TEMATIK_CLI)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString libs = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    ASSERT_TRUE(libs.contains(QLatin1String("libQt6Core"))) << libs.toStdString();
    EXPECT_FALSE(libs.contains(QLatin1String("libQt6Gui"))) << libs.toStdString();
    EXPECT_FALSE(libs.contains(QLatin1String("libQt6Widgets"))) << libs.toStdString();
    EXPECT_FALSE(libs.contains(QLatin1String("libQt6Svg"))) << libs.toStdString();
}
