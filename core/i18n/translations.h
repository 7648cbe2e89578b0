#pragma once

#include <QLocale>

namespace tematik {

// Loads Tematik's own translation (compiled into core from translations/) and Qt's for the locale's
// language, for the app and the command line alike. English needs none: it is the source language.
class Translations
{
public:
    // Returns false when no translation for the language exists (the interface stays English).
    static bool install(const QLocale &locale);
};

} // namespace tematik
