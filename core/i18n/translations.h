#pragma once

#include <QLocale>

namespace tematik {

// Loads Tematik's own translation (compiled into core from translations/) and Qt's for the locale's
// language, for the app and the command line alike. English needs none: it is the source language.
class Translations
{
public:
    // Returns false when no translation for the language exists; the interface is then English,
    // whose plural forms ("1 file", "2 files") come from the English translation.
    static bool install(const QLocale &locale);
};

} // namespace tematik
