// messenger-desk: the desktop app. Wiring only; the window lives in ui/.
#include "app/appidentity.h"
#include "app/settings.h"
#include "app/smoketestreporter.h"
#include "app/translationloader.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

namespace {
constexpr int UsageError = 2;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mdesk::app::AppIdentity::apply(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Messenger Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("messenger-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/messenger-desk.svg")));
    mdesk::app::TranslationLoader::install(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit the Messenger setup of your Facebook Pages."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Show the main window, print it as one JSON line "
                                            "and quit. Settings are neither read nor written."));
    parser.addOption(smokeTest);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    mdesk::ui::MainWindow window;

    if (parser.isSet(smokeTest)) {
        window.resize(1100, 720);
        window.show();
        mdesk::app::SmokeTestReporter reporter(&window);
        reporter.start();
        return QApplication::exec();
    }

    mdesk::app::Settings settings;
    if (!window.restoreGeometry(settings.windowGeometry()))
        window.resize(1100, 720);
    window.restoreState(settings.windowState());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window, &settings] {
        settings.setWindowGeometry(window.saveGeometry());
        settings.setWindowState(window.saveState());
        settings.sync();
    });
    window.show();
    return QApplication::exec();
}
