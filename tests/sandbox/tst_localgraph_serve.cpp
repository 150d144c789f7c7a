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

QTEST_GUILESS_MAIN(TestLocalGraphServe)
#include "tst_localgraph_serve.moc"
