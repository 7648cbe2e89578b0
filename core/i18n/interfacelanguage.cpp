#include "core/i18n/interfacelanguage.h"

#include "core/i18n/translations.h"

#include <QSettings>

namespace tematik {

namespace {

const QString settingsKey = QStringLiteral("interface/language");

QLocale systemOr(QLocale::Language language, QLocale::Territory home)
{
    const QLocale system = QLocale::system();
    return system.language() == language ? system : QLocale(language, home);
}

} // namespace

QString InterfaceLanguage::saved()
{
    return QSettings().value(settingsKey).toString();
}

void InterfaceLanguage::save(const QString &code)
{
    QSettings().setValue(settingsKey, code);
}

QLocale InterfaceLanguage::locale(const QString &code)
{
    if (code == QLatin1String("sv"))
        return systemOr(QLocale::Swedish, QLocale::Sweden);
    if (code == QLatin1String("en"))
        return systemOr(QLocale::English, QLocale::UnitedKingdom);
    return QLocale::system();
}

QLocale InterfaceLanguage::apply(const QString &code)
{
    const QLocale chosen = locale(code);
    Translations::install(chosen);
    QLocale::setDefault(chosen);
    return chosen;
}

} // namespace tematik
