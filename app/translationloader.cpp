#include "app/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mdesk::app {

QString TranslationLoader::resourceDirectory()
{
    return QStringLiteral(":/i18n");
}

bool TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, dialogs); absent on systems without the Qt
    // translations package, which is fine.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("messenger-desk"), QStringLiteral("_"),
                            resourceDirectory())) {
        QCoreApplication::installTranslator(appTranslator);
        return true;
    }
    delete appTranslator;
    installEnglish(app);
    return false;
}

bool TranslationLoader::installEnglish(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (english->load(resourceDirectory() + QStringLiteral("/messenger-desk_en.qm"))) {
        QCoreApplication::installTranslator(english);
        return true;
    }
    delete english;
    return false;
}

} // namespace mdesk::app
