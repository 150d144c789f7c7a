// `profile export -> edit -> diff -> apply` against `sandbox serve`: apply sends one POST and
// one DELETE, a second apply of the same file sends nothing, and fields deprecated on the
// app's Graph version are refused before anything is sent.
#include "cliharness.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::clitest;

namespace {

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeObject(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// "METHOD op" of every started event, in order.
QStringList requestsOf(const CliRun &run)
{
    QStringList requests;
    for (const QJsonObject &event : run.events()) {
        if (event.value(QStringLiteral("outcome")).toString() != QLatin1String("started"))
            continue;
        const QJsonObject data = event.value(QStringLiteral("data")).toObject();
        requests.append(data.value(QStringLiteral("request"))
                            .toObject()
                            .value(QStringLiteral("method"))
                            .toString() +
                        QLatin1Char(' ') + data.value(QStringLiteral("op")).toString());
    }
    return requests;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private:
    CliRun profile(CliHarness &cli, const QStringList &arguments)
    {
        const QStringList page = m_sandbox.useEnvironment(cli);
        return cli.run(QStringList{QStringLiteral("--events")} + page +
                       QStringList{QStringLiteral("profile")} + arguments);
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void exportEditDiffApplyRoundTrip()
    {
        CliHarness cli;
        const QString file = m_dir.filePath(QStringLiteral("bakery.json"));

        // export: one GET for every field, written as one object keyed by field.
        const CliRun exported = profile(cli, {QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.summary()));
        QCOMPARE(requestsOf(exported), QStringList{QStringLiteral("GET fetch_messenger_profile")});
        const QJsonObject original = readObject(file);
        QCOMPARE(sorted(original.keys()),
                 (QStringList{QStringLiteral("get_started"), QStringLiteral("greeting"),
                              QStringLiteral("ice_breakers"), QStringLiteral("persistent_menu"),
                              QStringLiteral("whitelisted_domains")}));
        const CliRun toStdout = profile(cli, {QStringLiteral("export")});
        QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.summary()));
        QCOMPARE(toStdout.object(), original);

        // Edit: a new greeting, one more domain, no ice breakers.
        QJsonObject edited = original;
        edited.insert(QStringLiteral("greeting"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("locale"), QStringLiteral("default")},
                          {QStringLiteral("text"), QStringLiteral("Hello {{user_first_name}}!")}}});
        QJsonArray domains = original.value(QStringLiteral("whitelisted_domains")).toArray();
        domains.append(QStringLiteral("https://cakes.bluebird-bakery.example"));
        edited.insert(QStringLiteral("whitelisted_domains"), domains);
        edited.remove(QStringLiteral("ice_breakers"));
        QVERIFY(writeObject(file, edited));

        // diff: what apply would do, read with one GET.
        const CliRun diff = profile(cli, {QStringLiteral("diff"), file});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.summary()));
        QCOMPARE(requestsOf(diff), QStringList{QStringLiteral("GET fetch_messenger_profile")});
        const QJsonObject change = diff.object();
        QCOMPARE(sorted(change.value(QStringLiteral("set")).toObject().keys()),
                 (QStringList{QStringLiteral("greeting"), QStringLiteral("whitelisted_domains")}));
        QCOMPARE(change.value(QStringLiteral("reset")).toArray(),
                 QJsonArray{QStringLiteral("ice_breakers")});
        QCOMPARE(change.value(QStringLiteral("set")).toObject().value(QStringLiteral("greeting")),
                 edited.value(QStringLiteral("greeting")));

        // --dry-run: the plan, nothing written.
        const CliRun dryRun =
            profile(cli, {QStringLiteral("apply"), file, QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.summary()));
        QCOMPARE(requestsOf(dryRun), QStringList{QStringLiteral("GET fetch_messenger_profile")});
        QCOMPARE(dryRun.object().value(QStringLiteral("requests_sent")).toInt(), 0);
        QCOMPARE(dryRun.object().value(QStringLiteral("requests")).toArray().size(), 2);

        // apply without --prune: the field it would clear is named, nothing is written.
        const CliRun unpruned = profile(cli, {QStringLiteral("apply"), file});
        QVERIFY2(unpruned.exitCode == 2, qPrintable(unpruned.summary()));
        QVERIFY2(unpruned.err.contains("would clear 1 field the page has: ice_breakers"),
                 unpruned.err.constData());
        QCOMPARE(requestsOf(unpruned), QStringList{QStringLiteral("GET fetch_messenger_profile")});

        // apply --prune: one POST and one DELETE, under the tx_id of the read.
        const int callsBefore = m_sandbox.graphCalls();
        const CliRun applied =
            profile(cli, {QStringLiteral("apply"), file, QStringLiteral("--prune")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.summary()));
        QCOMPARE(requestsOf(applied),
                 (QStringList{QStringLiteral("GET fetch_messenger_profile"),
                              QStringLiteral("POST set_messenger_profile"),
                              QStringLiteral("DELETE reset_messenger_profile")}));
        QCOMPARE(applied.object().value(QStringLiteral("requests_sent")).toInt(), 2);
        QCOMPARE(m_sandbox.graphCalls(), callsBefore + 3);
        const QList<QJsonObject> events = applied.events();
        for (const QJsonObject &event : events)
            QCOMPARE(event.value(QStringLiteral("transaction_id")),
                     events.first().value(QStringLiteral("transaction_id")));
        const QJsonObject live = m_sandbox.pageState(m_sandbox.page().id)
                                     .value(QStringLiteral("messenger_profile"))
                                     .toObject();
        QCOMPARE(sorted(live.keys()), sorted(edited.keys()));

        // A second apply of the same file sends nothing but the read.
        const CliRun again = profile(cli, {QStringLiteral("apply"), file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.summary()));
        QCOMPARE(requestsOf(again), QStringList{QStringLiteral("GET fetch_messenger_profile")});
        QCOMPARE(again.object().value(QStringLiteral("requests_sent")).toInt(), 0);
        QVERIFY(again.object().value(QStringLiteral("set")).toObject().isEmpty());
        QVERIFY(again.object().value(QStringLiteral("reset")).toArray().isEmpty());

        // The page now exports as the edited file.
        const CliRun reexported = profile(cli, {QStringLiteral("export")});
        QCOMPARE(reexported.object(), edited);
    }

    void deprecatedFieldIsRefusedBeforeSending()
    {
        CliHarness cli;
        const QString file = m_dir.filePath(QStringLiteral("home-url.json"));
        QVERIFY(
            writeObject(file, QJsonDocument::fromJson(
                                  json("{'get_started':{'payload':'GET_STARTED'},"
                                       "'whitelisted_domains':['https://bluebird-bakery.example'],"
                                       "'home_url':{'url':'https://bluebird-bakery.example/home',"
                                       "'webview_height_ratio':'tall','in_test':true}}"))
                                  .object()));
        const int callsBefore = m_sandbox.graphCalls();
        const CliRun refused = profile(cli, {QStringLiteral("apply"), file});
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.summary()));
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("home_url") && refused.err.contains("v7.0"),
                 refused.err.constData());
        QVERIFY2(refused.events().isEmpty(), refused.err.constData());
        QCOMPARE(m_sandbox.graphCalls(), callsBefore);
        const QJsonObject live = m_sandbox.pageState(m_sandbox.page().id)
                                     .value(QStringLiteral("messenger_profile"))
                                     .toObject();
        QVERIFY(!live.contains(QStringLiteral("home_url")));

        // The same file is fine on a version that still serves home_url.
        cli.setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_VERSION"), QStringLiteral("v6.0"));
        const CliRun older =
            profile(cli, {QStringLiteral("apply"), file, QStringLiteral("--prune")});
        QVERIFY2(older.exitCode == 0, qPrintable(older.summary()));
        QVERIFY(older.object()
                    .value(QStringLiteral("set"))
                    .toObject()
                    .contains(QStringLiteral("home_url")));
    }

    void graphRefusalIsExitOne()
    {
        // An expired token: the read is refused and its error JSON is the answer.
        QVERIFY(!m_sandbox
                     .control("POST", QStringLiteral("/__sandbox/tokens/invalidate"),
                              {{QStringLiteral("token"), m_sandbox.page().token}})
                     .isEmpty());
        CliHarness cli;
        const CliRun run = profile(cli, {QStringLiteral("export")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        QCOMPARE(run.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 190);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
