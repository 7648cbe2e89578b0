#include "core/i18n/translations.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

// Every user-visible string is translated to Swedish: the .ts file has no unfinished or empty
// translation, and the compiled translation loads.

namespace {

// The source texts of a .ts file whose translation is unfinished or empty. English is the source
// language, so there only messages with plural forms need a translation ("1 file", "2 files").
QStringList untranslated(const QString &tsFile, bool pluralsOnly, int *messages)
{
    QXmlStreamReader xml(tematik::test::readFile(tsFile.contains(u'/') ? tsFile : QStringLiteral(TEMATIK_SOURCE_DIR "/translations/") + tsFile));
    QStringList missing;
    QString source;
    bool numerus = false;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (pluralsOnly && !numerus)
                continue;
            ++*messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            bool complete = type.isEmpty();
            // A plain translation has text; a numerus one has a non-empty text in every plural form.
            QString text;
            int forms = 0;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    ++forms;
                    complete = complete && !xml.readElementText().trimmed().isEmpty();
                }
            }
            if (!complete || (forms == 0 && text.trimmed().isEmpty()))
                missing.append(source);
        }
    }
    EXPECT_FALSE(xml.hasError()) << tsFile.toStdString() << ": " << xml.errorString().toStdString();
    return missing;
}

} // namespace

TEST(Translations, SwedishIsComplete)
{
    int messages = 0;
    const QStringList missing = untranslated(QStringLiteral("tematik_sv.ts"), false, &messages);
    EXPECT_GT(messages, 200);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, e.g. “" << missing.value(0).toStdString() << "”";
}

TEST(Translations, EnglishPluralFormsAreComplete)
{
    int messages = 0;
    const QStringList missing = untranslated(QStringLiteral("tematik_en.ts"), true, &messages);
    EXPECT_GT(messages, 10);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " without English plural forms, e.g. “" << missing.value(0).toStdString() << "”";
}

TEST(Translations, SwedishLoads)
{
    EXPECT_TRUE(tematik::Translations::install(QLocale(QLocale::Swedish, QLocale::Sweden)));
    EXPECT_EQ(QCoreApplication::translate("Project", "A coder needs a name."), QStringLiteral("En kodare behöver ett namn."));
}

TEST(Translations, EnglishPluralsWhateverTheLocale)
{
    // No translation for Finnish: the interface is English, with English plural forms.
    EXPECT_FALSE(tematik::Translations::install(QLocale(QLocale::Finnish)));
    EXPECT_EQ(QCoreApplication::translate("tematik::MainWindow", "%Ln source(s)", nullptr, 1), QStringLiteral("1 source"));
    EXPECT_EQ(QCoreApplication::translate("tematik::MainWindow", "%Ln source(s)", nullptr, 3), QStringLiteral("3 sources"));
    EXPECT_TRUE(tematik::Translations::install(QLocale(QLocale::Swedish)));
    EXPECT_EQ(QCoreApplication::translate("tematik::MainWindow", "%Ln source(s)", nullptr, 3), QStringLiteral("3 källor"));
}

TEST(Translations, CountsAreWrittenAsTheLocaleWritesNumbers)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    ASSERT_TRUE(tematik::Translations::install(QLocale()));
    // "1 200 källor", with the Swedish (non-breaking space) digit grouping.
    EXPECT_EQ(QCoreApplication::translate("tematik::MainWindow", "%Ln source(s)", nullptr, 1200),
              QLocale().toString(1200) + QStringLiteral(" källor"));
    EXPECT_NE(QLocale().toString(1200), QStringLiteral("1200"));
    QLocale::setDefault(before);
    tematik::Translations::install(before);
}

// No string is missing from the Swedish file: lupdate, run over the build's sources into a copy of it,
// finds nothing to add (a string added to the code but not to the .ts would come in unfinished). The
// sources are those qt_add_lupdate lists at configure time, so lupdate reads them as the build does.
TEST(Translations, NoStringInTheCodeIsMissingFromSwedish)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("lupdate.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(TEMATIK_CMAKE), {QStringLiteral("-DIN_FILE=" TEMATIK_LUPDATE_PROJECT),
                                                QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                                                QStringLiteral(TEMATIK_LUPDATE_PROJECT_SCRIPT)});
    ASSERT_TRUE(cmake.waitForFinished(60000));
    ASSERT_EQ(cmake.exitCode(), 0) << cmake.readAllStandardError().toStdString();

    const QString copy = dir.filePath(QStringLiteral("tematik_sv.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TEMATIK_SOURCE_DIR "/translations/tematik_sv.ts"), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TEMATIK_LUPDATE), {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                                                    QStringLiteral("-locations"), QStringLiteral("none"),
                                                    QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    int messages = 0;
    const QStringList missing = untranslated(copy, false, &messages);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " strings of the code not in tematik_sv.ts, e.g. “"
                                   << missing.value(0).toStdString() << "”";
}
