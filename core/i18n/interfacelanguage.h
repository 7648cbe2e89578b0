#pragma once

#include <QLocale>
#include <QString>

namespace tematik {

// The language the researcher chose for the interface: the system's (the empty code), Swedish ("sv") or
// English ("en"). The chosen locale also formats dates and numbers and sorts names (ICU), as the
// default QLocale.
class InterfaceLanguage
{
public:
    // The saved choice; the system's when none was made.
    static QString saved();
    static void save(const QString &code);
    // The locale of a choice. A chosen language keeps the system's country when the system speaks it
    // (a Finland-Swede keeps fi dates in sv_FI), else takes the language's home: sv_SE, en_GB.
    static QLocale locale(const QString &code);
    // Installs the translations of the choice's locale and makes it the default locale; returns it.
    // Windows made afterwards speak it; those already open keep their texts.
    static QLocale apply(const QString &code);
};

} // namespace tematik
