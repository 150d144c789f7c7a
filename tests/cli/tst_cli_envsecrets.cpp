// Credentials given through the environment (MESSENGER_DESK_PAGE_TOKEN, _APP_TOKEN,
// _APP_SECRET) never appear in stdout, stderr or the --events lines, nor does an
// appsecret_proof made from them: on success, on Graph errors, on transport errors, in
// batches (whose items carry tokens in their URLs) and in profile round trips.
#include "cliharness.h"
#include "sandboxserver.h"

#include "api/appsecretproof.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk;
using namespace mdesk::clitest;

class TestCliEnvSecrets : public QObject
{
    Q_OBJECT

private:
    // Everything secret a run with this environment could leak.
    static QList<QByteArray> secretsOf(const QProcessEnvironment &environment)
    {
        const QString pageToken = environment.value(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"));
        const QString appToken = environment.value(QStringLiteral("MESSENGER_DESK_APP_TOKEN"));
        const QString secret = environment.value(QStringLiteral("MESSENGER_DESK_APP_SECRET"));
        QList<QByteArray> secrets;
        for (const QString &value : {pageToken, appToken, secret}) {
            if (!value.isEmpty())
                secrets.append(value.toUtf8());
        }
        if (!secret.isEmpty()) {
            secrets.append(api::appSecretProof(secret, pageToken).toUtf8());
            secrets.append(api::appSecretProof(secret, appToken).toUtf8());
        }
        return secrets;
    }

    // Runs the CLI with --events and checks that no secret of the environment was printed.
    CliRun runChecked(const CliHarness &cli, const QStringList &arguments,
                      const QByteArray &stdinData = {})
    {
        const CliRun run = cli.run(QStringList{QStringLiteral("--events")} + arguments, stdinData);
        for (const QByteArray &secret : secretsOf(cli.environment())) {
            if (run.printed(secret))
                m_leaks.append(joined(arguments) + QStringLiteral(" printed a secret (") +
                               QString::fromUtf8(secret.left(12)) + QStringLiteral("...)"));
        }
        return run;
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_leaks;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_leaks.clear();
    }

    void cleanup() { QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n')))); }

    void calls()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        cli.setVariable(QStringLiteral("MESSENGER_DESK_APP_TOKEN"), m_sandbox.app().appToken);
        const QString psid = SandboxServer::demoPsids(m_sandbox.page().id, 1).value(0);
        const auto call = [&](const QString &op, const QString &input) {
            return runChecked(cli, page + QStringList{QStringLiteral("call"), op,
                                                      QStringLiteral("--input"), input});
        };

        CliRun run = call(QStringLiteral("fetch_greeting"), QStringLiteral("{}"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary())); // the token was used
        QCOMPARE(run.requestsStarted(), 1);
        QVERIFY2(run.err.contains("[redacted]"), run.err.constData());

        run = call(QStringLiteral("fetch_ids_for_page"),
                   QStringLiteral("{\"asid\":\"%1\"}")
                       .arg(SandboxServer::demoAsid(m_sandbox.app().id, psid)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary())); // the app token was used

        run = call(QStringLiteral("fetch_user_profile"), QStringLiteral("{\"psid\":\"404\"}"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));

        run = call(QStringLiteral("send_message"),
                   QStringLiteral("{\"messaging_type\":\"RESPONSE\",\"recipient\":{\"id\":\"%1\"},"
                                  "\"message\":{\"text\":\"Hi\"}}")
                       .arg(psid));
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));

        run = call(QStringLiteral("fetch_user_profile"), QStringLiteral("{}"));
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
    }

    void errors()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QStringList greeting{QStringLiteral("call"), QStringLiteral("fetch_greeting")};

        // A wrong secret: the proof made from it is refused.
        cli.setVariable(QStringLiteral("MESSENGER_DESK_APP_SECRET"),
                        QStringLiteral("not-the-sandbox-secret"));
        CliRun run = runChecked(cli, page + greeting);
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        m_sandbox.useEnvironment(cli);

        // The connection is reset mid-call (a write: not retried).
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("reset"), 1}, {QStringLiteral("count"), 1}}));
        run = runChecked(cli, page + QStringList{QStringLiteral("call"),
                                                 QStringLiteral("set_get_started"),
                                                 QStringLiteral("--input"),
                                                 QStringLiteral("{\"payload\":\"GO\"}")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        QVERIFY2(run.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .contains(QStringLiteral("transport")),
                 run.out.constData());

        // An answer that is not JSON.
        QVERIFY(
            m_sandbox.setFaults({{QStringLiteral("malformed"), 1}, {QStringLiteral("count"), 1}}));
        run = runChecked(
            cli, page + QStringList{QStringLiteral("call"), QStringLiteral("set_get_started")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));

        // An invalidated token: Graph's 190.
        QVERIFY(!m_sandbox
                     .control("POST", QStringLiteral("/__sandbox/tokens/invalidate"),
                              {{QStringLiteral("token"), m_sandbox.page().token}})
                     .isEmpty());
        run = runChecked(cli, page + greeting);
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
    }

    void batchesAndProfiles()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QByteArray psids =
            SandboxServer::demoPsids(m_sandbox.page().id, 60).join(QLatin1Char('\n')).toUtf8() +
            "\n404404\n";
        CliRun run =
            runChecked(cli,
                       page + QStringList{QStringLiteral("labels"), QStringLiteral("bulk"),
                                          QStringLiteral("label"),
                                          QStringLiteral("3300000000000042"), QStringLiteral("-")},
                       psids);
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        QCOMPARE(run.object().value(QStringLiteral("failed")).toInt(), 1);
        QVERIFY(run.requestsStarted() >= 2);

        const QString file = m_dir.filePath(QStringLiteral("profile.json"));
        run = runChecked(
            cli, page + QStringList{QStringLiteral("profile"), QStringLiteral("export"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray profile = exported.readAll();
        for (const QByteArray &secret : secretsOf(cli.environment()))
            QVERIFY(!profile.contains(secret));
        exported.close();
        QVERIFY(exported.open(QIODevice::WriteOnly | QIODevice::Truncate));
        exported.write(json("{'get_started':{'payload':'AGAIN'}}"));
        exported.close();
        run = runChecked(cli, page + QStringList{QStringLiteral("profile"), QStringLiteral("apply"),
                                                 file, QStringLiteral("--prune")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(run.requestsStarted(), 3); // read, POST, DELETE
    }
};

QTEST_GUILESS_MAIN(TestCliEnvSecrets)
#include "tst_cli_envsecrets.moc"
