// Issue 18, "Also": with credentials from the environment, `call` touches neither the
// keychain nor D-Bus. The session bus address points at a socket of this test that counts
// who connects (and hangs up at once); a call with MESSENGER_DESK_PAGE_TOKEN never
// connects, a page without one asks the keychain (the probe works). The dynamic loader's
// own log (LD_DEBUG=files) shows that the first loads neither QtKeychain nor Qt D-Bus:
// they come with the keychain plugin, on the first secret asked for. Nor does it load Qt
// Sql, SQLite, Qt HttpServer or Qt WebSockets: they come with the store module, for a
// command that opens the store.
#include "cliharness.h"
#include "support/testhttpserver.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace mdesk::clitest;
using mdesk::testsupport::ScriptedResponse;
using mdesk::testsupport::TestHttpServer;

class TestCliEnvOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callWithEnvironmentCredentialsSkipsTheBus()
    {
        QThread thread;
        auto *server = new TestHttpServer;
        QVERIFY(server->listen());
        server->setDefaultResponse(ScriptedResponse::raw(200, "{\"data\":[]}"));
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        // A failed check returns early: the threads still end before they are destroyed.
        const auto stopServer = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });

        // A fake session bus in a thread of its own (the harness blocks this one).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString busPath = dir.filePath(QStringLiteral("bus"));
        QThread busThread;
        auto *bus = new QLocalServer;
        QVERIFY(bus->listen(busPath));
        std::atomic<int> connections{0};
        connect(bus, &QLocalServer::newConnection, bus, [bus, &connections] {
            while (QLocalSocket *socket = bus->nextPendingConnection()) {
                ++connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        bus->moveToThread(&busThread);
        connect(&busThread, &QThread::finished, bus, &QObject::deleteLater);
        busThread.start();
        const auto stopBus = qScopeGuard([&busThread] {
            busThread.quit();
            busThread.wait();
        });

        CliHarness cli;
        QVERIFY(cli.isValid());
        cli.setVariable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                        QStringLiteral("unix:path=") + busPath);
        cli.setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), server->url().toString());
        cli.setVariable(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"),
                        QStringLiteral("PAGETOKEN-envonly-0123456789"));
        cli.setVariable(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const auto loaded = [](const CliRun &run, const char *library) {
            return run.err.contains(library); // in "file=/usr/lib/...", "calling init: ..."
        };
        const QStringList call{QStringLiteral("--page"), QStringLiteral("1001/2002"),
                               QStringLiteral("call"), QStringLiteral("list_custom_labels")};
        const CliRun run = cli.run(call);
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(connections.load(), 0);
        for (const char *library :
             {"libqt6keychain", "libQt6DBus", "libdbus-1", "messenger-desk-keychain", "libQt6Sql",
              "libsqlite3", "libQt6HttpServer", "libQt6WebSockets", "messenger-desk-cli-store"})
            QVERIFY2(!loaded(run, library), library);

        // A command that opens the store loads the store module, and with it SQLite.
        cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"),
                        dir.filePath(QStringLiteral("store.sqlite")));
        const CliRun audience = cli.run({QStringLiteral("--page"), QStringLiteral("1001/2002"),
                                         QStringLiteral("audience"), QStringLiteral("list")});
        QVERIFY2(audience.exitCode == 0, qPrintable(audience.summary()));
        for (const char *library : {"messenger-desk-cli-store", "libQt6Sql", "libsqlite3"})
            QVERIFY2(loaded(audience, library), library);

        // Without a token in the environment the keychain is asked: the probe sees it.
        cli.unsetVariable(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"));
        const CliRun keychain = cli.run(call);
        QVERIFY2(keychain.exitCode != 0, qPrintable(keychain.summary()));
        QTRY_VERIFY(connections.load() > 0);
        QVERIFY(loaded(keychain, "messenger-desk-keychain"));
        QVERIFY(loaded(keychain, "libqt6keychain"));
    }
};

QTEST_GUILESS_MAIN(TestCliEnvOnly)
#include "tst_cli_envonly.moc"
