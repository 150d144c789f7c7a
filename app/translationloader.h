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

    // Returns true when a Messenger Desk translation was found for the locale. Without one
    // the English catalogue is installed, so false is not an error.
    static bool install(QCoreApplication &app, const QLocale &locale);
    // The English catalogue: it holds only plural forms ("1 person", "2 people"), which the
    // source text writes as "%n person(s)". The CLI, which speaks English, installs it too.
    // It is read when the first plural string is translated.
    static void installEnglish(QCoreApplication &app);
};

} // namespace mdesk::app
