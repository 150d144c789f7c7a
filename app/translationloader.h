#pragma once

#include <QLocale>

class QCoreApplication;

namespace mdesk::app {

// Installs the app's translation (embedded under :/i18n) and Qt's own translation for a
// locale. The translators are children of the application and live as long as it does.
class TranslationLoader
{
public:
    // Resource directory of the compiled .qm files.
    static QString resourceDirectory();

    // Returns true when a Messenger Desk translation was found for the locale; English
    // needs none, so false is not an error.
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace mdesk::app
