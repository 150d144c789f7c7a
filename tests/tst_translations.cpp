#include "app/translationloader.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using mdesk::app::TranslationLoader;
using mdesk::ui::MainWindow;

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
        QFile ts(QStringLiteral(MDESK_TRANSLATIONS_DIR "/messenger-desk_%1.ts").arg(language));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        int checked = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++checked;
                QVERIFY2(type != QLatin1String("unfinished") && !text.isEmpty(),
                         qPrintable(QStringLiteral("untranslated in %1: %2").arg(context, source)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(checked > 0);
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
