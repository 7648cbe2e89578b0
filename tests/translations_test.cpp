#include "core/i18n/translations.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

// Every user-visible string is translated to Swedish: the .ts file has no unfinished or empty
// translation, and the compiled translation loads.

TEST(Translations, SwedishIsComplete)
{
    QXmlStreamReader xml(tematik::test::readFile(QStringLiteral(TEMATIK_SOURCE_DIR "/translations/tematik_sv.ts")));
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.trimmed().isEmpty())
                missing.append(source);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 50);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, e.g. “" << missing.value(0).toStdString() << "”";
}

TEST(Translations, SwedishLoads)
{
    EXPECT_TRUE(tematik::Translations::install(QLocale(QLocale::Swedish, QLocale::Sweden)));
    EXPECT_EQ(QCoreApplication::translate("Project", "A coder needs a name."), QStringLiteral("En kodare behöver ett namn."));
    EXPECT_TRUE(tematik::Translations::install(QLocale(QLocale::English)) || true);
}
