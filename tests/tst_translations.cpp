#include "api/fieldrules.h"
#include "api/graphversion.h"
#include "api/operationtable.h"
#include "api/requestbuilder.h"
#include "app/translationloader.h"
#include "models/store/database.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <functional>
#include <utility>

using mdesk::app::TranslationLoader;
using mdesk::ui::MainWindow;

namespace {

// One <message> of a .ts catalogue.
struct CatalogueEntry
{
    QString context;
    QString source;
    QString type; // "unfinished", "obsolete" or empty
    QString text;
};

// Every entry of translations/messenger-desk_<language>.ts; empty when it cannot be read.
QList<CatalogueEntry> readCatalogue(const QString &language)
{
    QFile ts(QStringLiteral(MDESK_TRANSLATIONS_DIR "/messenger-desk_%1.ts").arg(language));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&ts);
    QList<CatalogueEntry> entries;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            entry.context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            entry.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries.append(entry);
        }
    }
    return xml.hasError() ? QList<CatalogueEntry>() : entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledTranslationsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("tr") << QStringLiteral("tr");
    }

    void compiledTranslationsAreEmbedded()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(TranslationLoader::resourceDirectory() +
                              QStringLiteral("/messenger-desk_%1.qm").arg(language)));
    }

    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("helpMenu");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Datei")
                            << QStringLiteral("&Hilfe");
        QTest::newRow("tr") << QStringLiteral("tr_TR") << QStringLiteral("&Dosya")
                            << QStringLiteral("&Yardım");
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, fileMenu);
        QFETCH(QString, helpMenu);

        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("messenger-desk"),
                                QStringLiteral("_"), TranslationLoader::resourceDirectory()));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        MainWindow window;
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(), fileMenu);
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuHelp"))->title(), helpMenu);
    }

    // In the German and Turkish catalogues every message is translated: the GUI's and the
    // CLI's own words, and the api/, store and models messages they show (field rules,
    // Graph errors, journal messages).
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("tr") << QStringLiteral("tr");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QList<CatalogueEntry> entries = readCatalogue(language);
        QVERIFY(!entries.isEmpty());
        for (const CatalogueEntry &entry : entries)
            QVERIFY2(
                entry.type != QLatin1String("unfinished") && !entry.text.isEmpty(),
                qPrintable(
                    QStringLiteral("untranslated in %1: %2").arg(entry.context, entry.source)));
    }

    // The German catalogue addresses the user formally throughout ("Sie", "Ihr"): no "du"
    // pronoun or possessive, and no sentence opens with a du-imperative. Status lines say
    // what the app does ("Warten auf ..."), not an order in the first person ("Warte ...").
    void germanAddressesTheUserFormally()
    {
        const QRegularExpression informal(
            QStringLiteral("\\b(?i:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\\b|"
                           "(^|[.:;!?]\\s+|\\b(und|oder)\\s+)"
                           "(?i:Gib|Wähle|Klicke|Nimm|Lies|Lege|Schreibe|Sende|Prüfe|Öffne|"
                           "Füge|Trage|Setze|Warte|Versuche|Starte|Hole|Erstelle|Ändere|"
                           "Speichere|Kopiere|Drücke|Melde|Nutze|Verwende|Sieh|Brich|"
                           "Synchronisiere|Importiere|Lade)\\b(?!\\s+Sie\\b)"),
            QRegularExpression::UseUnicodePropertiesOption);
        const QList<CatalogueEntry> entries = readCatalogue(QStringLiteral("de"));
        QVERIFY(!entries.isEmpty());
        for (const CatalogueEntry &entry : entries)
            QVERIFY2(!informal.match(entry.text).hasMatch(),
                     qPrintable(QStringLiteral("informal German for \"%1\": %2")
                                    .arg(entry.source, entry.text)));
    }

    // Messages made outside widgets are shown translated: lupdate files a tr() string under
    // the namespace or class of the function that calls it, and the runtime must look it up
    // under the same context (64 api/ strings in German and Turkish were never shown, and
    // the store's were never extracted). One message of each kind of caller, made in
    // English and then in German, must differ.
    void messagesOutsideWidgetsAreTranslated()
    {
        using namespace mdesk;
        QTemporaryDir dir;
        {
            QFile blocker(dir.filePath(QStringLiteral("file")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const auto firstMessage = [](const QList<api::Violation> &violations) {
            return violations.isEmpty() ? QString() : violations.first().message;
        };
        const QList<std::pair<const char *, std::function<QString()>>> makers{
            {"a namespace's function (FieldRules::validateGreeting)",
             [&] {
                 return firstMessage(api::FieldRules::validateGreeting(
                     QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                            {QStringLiteral("text"), QString()}}},
                     QStringLiteral("greeting")));
             }},
            {"a helper in an unnamed namespace (a locale list)",
             [&] {
                 return firstMessage(api::FieldRules::validateGreeting(
                     QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}}},
                     QStringLiteral("greeting")));
             }},
            {"a helper of another file (a menu item)",
             [&] {
                 const QJsonObject item{{QStringLiteral("type"), QStringLiteral("postback")},
                                        {QStringLiteral("payload"), QStringLiteral("P")}};
                 const QJsonObject menu{{QStringLiteral("locale"), QStringLiteral("default")},
                                        {QStringLiteral("call_to_actions"), QJsonArray{item}}};
                 return firstMessage(api::FieldRules::validatePersistentMenu(
                     QJsonArray{menu}, api::GraphVersion{26, 0}, QStringLiteral("menu")));
             }},
            {"a function of mdesk::api (buildRequest)",
             [&] {
                 const auto outcome = api::buildRequest(
                     *api::OperationTable::find(QStringLiteral("fetch_greeting")),
                     QJsonObject{{QStringLiteral("foo"), 1}}, api::GraphVersion{26, 0});
                 return std::holds_alternative<api::InputError>(outcome)
                            ? std::get<api::InputError>(outcome).message
                            : QString();
             }},
            {"a class (store::Database)", [&] {
                 store::Database database(dir.filePath(QStringLiteral("file/store.sqlite")));
                 return database.open().error;
             }}};
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("messenger-desk"),
                            QStringLiteral("_"), TranslationLoader::resourceDirectory()));
        for (const auto &[caller, make] : makers) {
            const QString english = make();
            QVERIFY2(!english.isEmpty(), caller);
            QVERIFY(QCoreApplication::installTranslator(&german));
            const QString translated = make();
            QCoreApplication::removeTranslator(&german);
            QVERIFY2(!translated.isEmpty() && translated != english,
                     qPrintable(QStringLiteral("%1: \"%2\" is not translated")
                                    .arg(QLatin1String(caller), english)));
        }
    }

    // A locale without a catalogue still gets English plural forms, not "1 person(s)".
    void englishPluralsWithoutACatalogue()
    {
        QVERIFY(!TranslationLoader::install(*qApp, QLocale(QLocale::French, QLocale::France)));
        const auto text = [](int n) {
            return QCoreApplication::translate("mdesk::ui::LabelsPanel",
                                               "%n repeated PSID(s) left out.", nullptr, n);
        };
        const QString one = text(1);
        const QString two = text(2);
        // The loader's translators are children of the application: gone with them.
        qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
        QCOMPARE(one, QStringLiteral("1 repeated PSID left out."));
        QCOMPARE(two, QStringLiteral("2 repeated PSIDs left out."));
        QCOMPARE(text(1), QStringLiteral("1 repeated PSID(s) left out."));
    }

    // Last, because the loader's translators stay installed for the application's lifetime.
    void loaderInstallsTheLocalesTranslation()
    {
        QVERIFY(TranslationLoader::install(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        MainWindow window;
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(),
                 QStringLiteral("&Datei"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
