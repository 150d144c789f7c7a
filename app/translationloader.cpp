#include "app/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <mutex>

namespace mdesk::app {

namespace {

// The English catalogue, read when the first plural string is asked for: it holds nothing
// else, so a CLI run that prints only JSON never reads it (issue 18, CLI vs curl).
// Thread-safe: strings are translated on worker threads too.
class EnglishPluralsTranslator : public QTranslator
{
public:
    EnglishPluralsTranslator(const QString &file, QObject *parent)
        : QTranslator(parent)
        , m_file(file)
    {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (n < 0)
            return {};
        // A catalogue that cannot be read leaves the source text, as if none were installed.
        std::call_once(m_loaded, [this] { (void)m_catalogue.load(m_file); });
        return m_catalogue.translate(context, sourceText, disambiguation, n);
    }
    bool isEmpty() const override { return false; }

private:
    const QString m_file;
    mutable std::once_flag m_loaded;
    mutable QTranslator m_catalogue;
};

} // namespace

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

void TranslationLoader::installEnglish(QCoreApplication &app)
{
    // Embedded in every build; looking for it here would cost as much as reading it.
    QCoreApplication::installTranslator(new EnglishPluralsTranslator(
        resourceDirectory() + QStringLiteral("/messenger-desk_en.qm"), &app));
}

} // namespace mdesk::app
