#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tematik {

bool Translations::install(const QLocale &locale)
{
    // Installed translators must outlive the application's use of them: keep them for the process.
    static QTranslator own;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    const bool found = own.load(locale, QStringLiteral("tematik"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found || own.load(QStringLiteral(":/i18n/tematik_en.qm")))
        QCoreApplication::installTranslator(&own);
    return found;
}

} // namespace tematik
