// `messenger-desk-cli sandbox serve` as other tools use it: start the process, read the
// first stdout line, then talk HTTP to the URL it names with a hand-written client.
#include "rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace mdesk::sandboxtest;

class TestLocalGraphServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineDescribesTheSandboxThenItServes();
    void faultsAndBudgetFromTheCommandLine();
    void badFaultsAreAUsageError();
    void contactsFromTheCommandLine();
    void badContactsAreAUsageError_data();
    void badContactsAreAUsageError();
};

void TestLocalGraphServe::firstLineDescribesTheSandboxThenItServes()
{
    QProcess serve;
    serve.setProgram(QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY));
    serve.setArguments({QStringLiteral("sandbox"), QStringLiteral("serve"),
                        QStringLiteral("--port"), QStringLiteral("0")});
    serve.start();
    QVERIFY2(serve.waitForStarted(30000), qPrintable(serve.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() == QProcess::NotRunning, 30000);
    const QByteArray line = serve.readLine();
    QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());

    QJsonParseError error{};
    const QJsonObject description = QJsonDocument::fromJson(line, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QUrl url(description.value(QStringLiteral("url")).toString());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    const QJsonArray apps = description.value(QStringLiteral("apps")).toArray();
    QCOMPARE(apps.size(), 2);
    for (const auto &app : apps) {
        const QJsonObject object = app.toObject();
        for (const char *key : {"id", "secret", "app_token"})
            QVERIFY2(!object.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(object.value(QStringLiteral("pages")).toArray().size(), 2);
    }
    // The second app does not require appsecret_proof: a bare token is enough.
    const QJsonObject page =
        apps.at(1).toObject().value(QStringLiteral("pages")).toArray().at(0).toObject();

    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(10000));
    const RawResponse me = exchange(
        socket, request("GET", "/v23.0/me?fields=id,name", url,
                        "Authorization: Bearer " +
                            page.value(QStringLiteral("token")).toString().toUtf8() + "\r\n"));
    QCOMPARE(me.status(), 200);
    QCOMPARE(me.json().value(QStringLiteral("id")).toString(),
             page.value(QStringLiteral("id")).toString());
    QCOMPARE(me.json().value(QStringLiteral("name")).toString(),
             page.value(QStringLiteral("name")).toString());

    const RawResponse state = exchange(socket, request("GET", "/__sandbox/state", url));
    QCOMPARE(state.status(), 200);
    QCOMPARE(state.json().value(QStringLiteral("pages")).toArray().size(), 4);

    serve.kill();
    QVERIFY(serve.waitForFinished(10000));
}

void TestLocalGraphServe::faultsAndBudgetFromTheCommandLine()
{
    QProcess serve;
    serve.setProgram(QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY));
    serve.setArguments({QStringLiteral("sandbox"), QStringLiteral("serve"),
                        QStringLiteral("--faults"),
                        QStringLiteral(R"({"error_rate":{"613":1},"count":1})"),
                        QStringLiteral("--budget"), QStringLiteral(R"({"page_calls":2})")});
    serve.start();
    QVERIFY2(serve.waitForStarted(30000), qPrintable(serve.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() == QProcess::NotRunning, 30000);
    const QJsonObject description = QJsonDocument::fromJson(serve.readLine()).object();
    QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());
    const QUrl url(description.value(QStringLiteral("url")).toString());
    const QByteArray token =
        description
            .value(QStringLiteral("apps"))[1][QStringLiteral("pages")][0][QStringLiteral("token")]
            .toString()
            .toUtf8();
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray auth = "Authorization: Bearer " + token + "\r\n";
    // The injected fault answers the first call with 613 before any budget is spent; the
    // budget then allows two page calls and refuses the next one with 32.
    const RawResponse first = exchange(socket, request("GET", "/v23.0/me?fields=id", url, auth));
    QCOMPARE(first.json()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 613);
    const RawResponse second = exchange(socket, request("GET", "/v23.0/me?fields=id", url, auth));
    QCOMPARE(second.status(), 200);
    const RawResponse third = exchange(socket, request("GET", "/v23.0/me?fields=id", url, auth));
    QCOMPARE(third.status(), 200);
    const RawResponse fourth = exchange(socket, request("GET", "/v23.0/me?fields=id", url, auth));
    QCOMPARE(fourth.json()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 32);
    serve.kill();
    QVERIFY(serve.waitForFinished(10000));
}

void TestLocalGraphServe::badFaultsAreAUsageError()
{
    QProcess serve;
    serve.start(QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY),
                {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--faults"),
                 QStringLiteral("[1,2]")});
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 2);
    QVERIFY(serve.readAllStandardError().contains("--faults expects a JSON object"));
    QVERIFY(serve.readAllStandardOutput().isEmpty());
}

void TestLocalGraphServe::contactsFromTheCommandLine()
{
    QProcess serve;
    serve.setProgram(QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY));
    serve.setArguments({QStringLiteral("sandbox"), QStringLiteral("serve"),
                        QStringLiteral("--contacts"), QStringLiteral("600")});
    serve.start();
    QVERIFY2(serve.waitForStarted(30000), qPrintable(serve.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() == QProcess::NotRunning, 30000);
    const QJsonObject description = QJsonDocument::fromJson(serve.readLine()).object();
    QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());
    // The first line keeps its contract with more people too.
    QCOMPARE(description.value(QStringLiteral("apps")).toArray().size(), 2);
    const QUrl url(description.value(QStringLiteral("url")).toString());
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(10000));
    const RawResponse state = exchange(socket, request("GET", "/__sandbox/state", url));
    QCOMPARE(state.status(), 200);
    for (const QJsonValue &page : state.json().value(QStringLiteral("pages")).toArray()) {
        QCOMPARE(page[QStringLiteral("contacts")].toArray().size(), 600);
        QCOMPARE(page[QStringLiteral("conversations")].toInt(), 600);
    }
    // ?contacts=0 leaves the lists out.
    const RawResponse brief = exchange(socket, request("GET", "/__sandbox/state?contacts=0", url));
    QCOMPARE(brief.json()[QStringLiteral("pages")][0][QStringLiteral("contacts")].toArray().size(),
             0);
    serve.kill();
    QVERIFY(serve.waitForFinished(10000));
}

void TestLocalGraphServe::badContactsAreAUsageError_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("too many") << QStringLiteral("100001");
    QTest::newRow("negative") << QStringLiteral("-5");
    QTest::newRow("text") << QStringLiteral("lots");
}

void TestLocalGraphServe::badContactsAreAUsageError()
{
    QFETCH(QString, value);
    QProcess serve;
    serve.start(
        QStringLiteral(MDESK_MESSENGER_DESK_CLI_BINARY),
        {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--contacts"), value});
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 2);
    const QByteArray error = serve.readAllStandardError();
    QVERIFY2(error.contains("--contacts expects a number of people per page from 0 to 100000"),
             error.constData());
    QVERIFY(serve.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalGraphServe)
#include "tst_localgraph_serve.moc"
