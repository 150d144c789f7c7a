// Account secrets through the CLI under the real gnome-keyring of scripts/test: add-app
// --secret-stdin and add-page --token-stdin store them in the keychain only, list shows
// presence and never a value, a call uses them, remove deletes them. No secret lands in the
// settings file or anywhere under HOME outside the keyring folder.
//
// Needs a Secret Service on the session bus: skipped without one, failed when CI is set.
#include "cliharness.h"
#include "sandboxserver.h"

#include "app/secretstore.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mdesk;
using namespace mdesk::clitest;
using app::SecretStore;

namespace {
constexpr int KeychainTimeoutMs = 15000;

QByteArray randomSecret(const char *kind)
{
    return QByteArray("mdesk-cli-") + kind + '-' + QUuid::createUuid().toByteArray(QUuid::Id128);
}

QJsonObject findById(const QJsonArray &array, const QString &id)
{
    for (const auto &value : array) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    // What the keychain holds under key, read in this process: {outcome, value}.
    std::pair<SecretStore::Outcome, QString> keychainEntry(const QString &key)
    {
        SecretStore store;
        QSignalSpy spy(&store, &SecretStore::finished);
        const int id = store.readSecret(key);
        if (!spy.wait(KeychainTimeoutMs) || spy.first().at(0).toInt() != id)
            return {SecretStore::Outcome::Failed, {}};
        return {spy.first().at(1).value<SecretStore::Outcome>(), spy.first().at(2).toString()};
    }

    QDateTime m_started;
    CliHarness m_serveHarness;
    SandboxServer m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        // Filesystem timestamps can be coarse; start the window a little early.
        m_started = QDateTime::currentDateTime().addSecs(-2);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            const char *reason = "No Secret Service: DBUS_SESSION_BUS_ADDRESS is not set. Run the "
                                 "tests with scripts/test, which starts a private D-Bus session "
                                 "with an unlocked gnome-keyring.";
            if (ciIsSet())
                QFAIL(reason);
            QSKIP(reason);
        }
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
    }

    void accountSecretsRoundTrip()
    {
        CliHarness cli; // no MESSENGER_DESK_* credentials: everything comes from the keychain
        const SandboxServer::App &bakeryApp = m_sandbox.app(0); // requires appsecret_proof
        const SandboxServer::Page &bakery = m_sandbox.page(0, 0);
        // The test's own ids in settings, so the keychain keys are the test's own too (other
        // tests may keep entries for the demo app): /me calls are addressed by the token, so
        // the sandbox answers whatever app id the settings use.
        const QString appId = QStringLiteral("9100000000000001");
        const QString pageId = QStringLiteral("9100000000000002");
        const QString pageRef = appId + QLatin1Char('/') + pageId;
        const QString extraApp = QStringLiteral("9100000000000003");
        const QString extraPage = QStringLiteral("9100000000000004");
        const QByteArray extraSecret = randomSecret("secret");
        const QByteArray extraToken = randomSecret("token");
        const QList<QByteArray> secrets{bakeryApp.secret.toUtf8(), bakery.token.toUtf8(),
                                        extraSecret, extraToken};
        const auto leaked = [&secrets](const CliRun &run) {
            for (const QByteArray &secret : secrets) {
                if (run.printed(secret))
                    return true;
            }
            return false;
        };
        const auto account = [&cli](const QStringList &arguments,
                                    const QByteArray &stdinData = {}) {
            return cli.run(QStringList{QStringLiteral("account")} + arguments, stdinData);
        };

        // add-app and add-page: secrets from stdin only.
        CliRun run = account({QStringLiteral("add-app"), appId, QStringLiteral("--name"),
                              QStringLiteral("Bakery bot"), QStringLiteral("--graph-url"),
                              m_sandbox.url().toString(), QStringLiteral("--secret-stdin")},
                             bakeryApp.secret.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(run.object().value(QStringLiteral("secret_stored")).toBool(), true);
        run = account({QStringLiteral("add-page"), appId, pageId, QStringLiteral("--name"),
                       QStringLiteral("Bakery"), QStringLiteral("--token-stdin")},
                      bakery.token.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(run.object().value(QStringLiteral("token_stored")).toBool(), true);
        run = account({QStringLiteral("add-app"), extraApp, QStringLiteral("--secret-stdin")},
                      extraSecret);
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        run = account(
            {QStringLiteral("add-page"), extraApp, extraPage, QStringLiteral("--token-stdin")},
            extraToken + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY(!leaked(run));

        // The keychain holds exactly what came on stdin.
        QCOMPARE(keychainEntry(SecretStore::appSecretKey(appId)).second, bakeryApp.secret);
        QCOMPARE(keychainEntry(SecretStore::pageTokenKey(extraApp, extraPage)).second,
                 QString::fromUtf8(extraToken));

        // list: presence, never values.
        run = account({QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY2(!leaked(run), run.out.constData());
        QJsonArray apps = run.object().value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 2);
        QJsonObject listed = findById(apps, appId);
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("Bakery bot"));
        QCOMPARE(listed.value(QStringLiteral("secret_present")), QJsonValue(true));
        QCOMPARE(listed.value(QStringLiteral("app_token_present")), QJsonValue(false));
        QJsonObject listedPage = findById(listed.value(QStringLiteral("pages")).toArray(), pageId);
        QCOMPARE(listedPage.value(QStringLiteral("token_present")), QJsonValue(true));
        QCOMPARE(
            findById(findById(apps, extraApp).value(QStringLiteral("pages")).toArray(), extraPage)
                .value(QStringLiteral("token_present")),
            QJsonValue(true));

        // A call with the stored token and secret (this app rejects calls without a proof).
        const QStringList greeting{QStringLiteral("--events"), QStringLiteral("--page"), pageRef,
                                   QStringLiteral("call"), QStringLiteral("fetch_greeting")};
        run = cli.run(greeting);
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY(run.object().contains(QStringLiteral("data")));
        QVERIFY2(!leaked(run), run.err.constData());

        // Nothing secret in the settings file or anywhere under either HOME but the keyrings.
        const QByteArray settings = cli.settingsText();
        QVERIFY2(settings.contains(pageId.toUtf8()) && settings.contains(extraPage.toUtf8()),
                 settings.constData());
        for (const QByteArray &secret : secrets)
            QVERIFY2(!settings.contains(secret), settings.constData());
        QStringList hits = filesContaining(cli.home(), secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        const QString keyrings = QDir::home().filePath(QStringLiteral(".local/share/keyrings"));
        hits = filesContaining(QDir::homePath(), {extraSecret, extraToken}, keyrings, m_started);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

        // remove a page: its token goes, the app's secret stays.
        run = account({QStringLiteral("remove"), appId, pageId});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(keychainEntry(SecretStore::pageTokenKey(appId, pageId)).first,
                 SecretStore::Outcome::NotFound);
        QCOMPARE(keychainEntry(SecretStore::appSecretKey(appId)).first, SecretStore::Outcome::Ok);
        run = account({QStringLiteral("list")});
        listed = findById(run.object().value(QStringLiteral("apps")).toArray(), appId);
        QCOMPARE(listed.value(QStringLiteral("pages")).toArray().size(), 0);
        QCOMPARE(listed.value(QStringLiteral("secret_present")), QJsonValue(true));

        // Without the token the call is refused before anything is sent.
        const int callsBefore = m_sandbox.graphCalls();
        run = cli.run(greeting);
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QCOMPARE(run.requestsStarted(), 0);
        QCOMPARE(m_sandbox.graphCalls(), callsBefore);

        // remove the apps: every secret of theirs goes.
        for (const QString &removed : {appId, extraApp}) {
            run = account({QStringLiteral("remove"), removed});
            QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        }
        for (const QString &key :
             {SecretStore::appSecretKey(appId), SecretStore::appSecretKey(extraApp),
              SecretStore::pageTokenKey(extraApp, extraPage)})
            QCOMPARE(keychainEntry(key).first, SecretStore::Outcome::NotFound);
        run = account({QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(run.object().value(QStringLiteral("apps")).toArray().size(), 0);
    }

    void addingAgainKeepsWhatIsNotGiven()
    {
        CliHarness cli;
        const SandboxServer::App &sandboxApp = m_sandbox.app(0);
        const SandboxServer::Page &page = m_sandbox.page(0, 1);
        const QString appId = QStringLiteral("9100000000000011"); // the test's own, see above
        const QString pageId = QStringLiteral("9100000000000012");
        const auto account = [&cli](const QStringList &arguments,
                                    const QByteArray &stdinData = {}) {
            return cli.run(QStringList{QStringLiteral("account")} + arguments, stdinData);
        };
        CliRun run = account({QStringLiteral("add-app"), appId, QStringLiteral("--name"),
                              QStringLiteral("Catering bot"), QStringLiteral("--graph-version"),
                              QStringLiteral("v6.0"), QStringLiteral("--graph-url"),
                              m_sandbox.url().toString(), QStringLiteral("--secret-stdin")},
                             sandboxApp.secret.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        run = account({QStringLiteral("add-page"), appId, pageId, QStringLiteral("--name"),
                       QStringLiteral("Catering"), QStringLiteral("--token-stdin")},
                      randomSecret("outdated-token"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));

        // A new name for the app, a new token for the page: nothing else changes.
        run = account({QStringLiteral("add-app"), appId, QStringLiteral("--name"),
                       QStringLiteral("Catering and events")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        run = account({QStringLiteral("add-page"), appId, pageId, QStringLiteral("--token-stdin")},
                      page.token.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));

        run = account({QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        const QJsonObject listed =
            findById(run.object().value(QStringLiteral("apps")).toArray(), appId);
        QCOMPARE(listed.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Catering and events"));
        QCOMPARE(listed.value(QStringLiteral("graph_version")).toString(), QStringLiteral("v6.0"));
        // With its dates: v6.0 is older than the calendar, so Graph serves it as the oldest
        // version still available.
        const QJsonObject dates = listed.value(QStringLiteral("graph_version_dates")).toObject();
        QCOMPARE(dates.value(QStringLiteral("version")).toString(), QStringLiteral("v6.0"));
        QCOMPARE(dates.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QVERIFY(dates.value(QStringLiteral("served_as")).toString() >= QStringLiteral("v21.0"));
        QCOMPARE(listed.value(QStringLiteral("graph_url")).toString(), m_sandbox.url().toString());
        QCOMPARE(listed.value(QStringLiteral("secret_present")), QJsonValue(true));
        const QJsonObject listedPage =
            findById(listed.value(QStringLiteral("pages")).toArray(), pageId);
        QCOMPARE(listedPage.value(QStringLiteral("name")).toString(), QStringLiteral("Catering"));

        // The call goes to the sandbox, on v6.0, with the new token.
        run = cli.run(
            {QStringLiteral("--events"), QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY2(!run.events().isEmpty(), run.err.constData());
        QCOMPARE(run.events()
                     .first()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("/v6.0/me/messenger_profile"));

        run = account({QStringLiteral("remove"), appId});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    }

    void emptyStdinStoresNothing()
    {
        CliHarness cli;
        CliRun run =
            cli.run({QStringLiteral("account"), QStringLiteral("add-app"), QStringLiteral("7401")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        run =
            cli.run({QStringLiteral("account"), QStringLiteral("add-page"), QStringLiteral("7401"),
                     QStringLiteral("7402"), QStringLiteral("--token-stdin")},
                    "\n");
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QVERIFY2(run.err.contains("stdin"), run.err.constData());
        QVERIFY(!cli.settingsText().contains("7402"));
        QCOMPARE(
            keychainEntry(SecretStore::pageTokenKey(QStringLiteral("7401"), QStringLiteral("7402")))
                .first,
            SecretStore::Outcome::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
