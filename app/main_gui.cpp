// messenger-desk: the desktop app. Wiring only; the window lives in ui/, the work in the
// layers below it.
#include "app/appidentity.h"
#include "app/desksession.h"
#include "app/settings.h"
#include "app/settingsaccountstore.h"
#include "app/smoketestreporter.h"
#include "app/translationloader.h"
#include "ui/eventlog/eventlogdock.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/checkindicatorstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace {
constexpr int UsageError = 2;
constexpr int StartupError = 1;
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Fusion (Qt's style where no desktop style is installed) draws check boxes that vanish
    // on a dark palette; other styles keep their native indicators.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new mdesk::ui::CheckIndicatorStyle);
    mdesk::app::AppIdentity::apply(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Messenger Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.messengerdesk.MessengerDesk"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/io.github.messengerdesk.MessengerDesk.svg")));
    mdesk::app::TranslationLoader::install(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit the Messenger setup of your Facebook Pages."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Also start the sandbox, a local stand-in for the "
                                            "Graph API with demo Pages, as on the first run."));
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Show the main window, print it as one JSON line "
                                            "and quit. Settings are neither read nor written."));
    parser.addOption(sandboxOption);
    parser.addOption(smokeTest);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    // The smoke test runs on throwaway settings and drafts: nothing of the user's is touched.
    const bool smoke = parser.isSet(smokeTest);
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<mdesk::app::Settings> settings;
    if (smoke) {
        scratch = std::make_unique<QTemporaryDir>();
        if (!scratch->isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(scratch->errorString()));
            return StartupError;
        }
        settings = std::make_unique<mdesk::app::Settings>(
            scratch->filePath(QStringLiteral("messenger-desk.conf")));
    } else {
        settings = std::make_unique<mdesk::app::Settings>();
    }

    mdesk::app::DeskSession session(
        *settings, nullptr, mdesk::app::EnvironmentOverrides::fromEnvironment(),
        smoke ? scratch->filePath(QStringLiteral("drafts")) : QString(),
        smoke ? scratch->filePath(QStringLiteral("store.sqlite")) : QString());
    for (const QString &problem : session.storeProblems())
        std::fprintf(stderr, "messenger-desk: %s\n", qPrintable(problem));
    mdesk::ui::MainWindow window;
    window.eventLog()->setCapacity(settings->eventLogCapacity());
    window.attach(&session.client(), &session.accounts(), &session.drafts(), session.database());
    window.eventLog()->attachJournal(session.eventJournal());
    QObject::connect(&session, &mdesk::app::DeskSession::storeProblem, &window,
                     [&window](const QString &message) { window.showProblems({message}); });
    QObject::connect(&session, &mdesk::app::DeskSession::spoolTakenIn, window.eventLog(),
                     &mdesk::ui::EventLogDock::reloadEarlier);
    session.start(parser.isSet(sandboxOption));
    window.setSandboxRunning(session.isSandboxRunning());

    mdesk::app::SmokeTestReporter reporter(&window);
    QObject::connect(&session, &mdesk::app::DeskSession::ready, &window, [&] {
        QStringList problems = session.storeProblems() + session.keychainProblems();
        if (!session.sandboxError().isEmpty())
            problems.prepend(QCoreApplication::translate("main", "The sandbox could not start: %1")
                                 .arg(session.sandboxError()));
        window.showProblems(problems);
        const std::optional<mdesk::models::PageRef> last = settings->lastPage();
        if (!last || !window.selectPage(*last))
            window.selectFirstPage();
        if (smoke) {
            reporter.addDetail(QStringLiteral("sandbox"), session.isSandboxRunning());
            reporter.addDetail(QStringLiteral("pages"), int(session.accounts().pages().size()));
            reporter.start();
        }
    });

    if (smoke) {
        window.resize(1100, 720);
        window.show();
        return QApplication::exec();
    }

    if (!window.restoreGeometry(settings->windowGeometry()))
        window.resize(1200, 780);
    window.restoreState(settings->windowState());
    QObject::connect(
        &window, &mdesk::ui::MainWindow::currentPageChanged, &window,
        [&settings](const mdesk::models::PageRef &page) { settings->setLastPage(page); });
    QObject::connect(window.eventLog(), &mdesk::ui::EventLogDock::capacityChanged, &window,
                     [&settings](int capacity) { settings->setEventLogCapacity(capacity); });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window, &settings] {
        settings->setWindowGeometry(window.saveGeometry());
        settings->setWindowState(window.saveState());
        settings->sync();
    });
    window.show();
    return QApplication::exec();
}
