// LocalGraph through a plain QTcpSocket writing HTTP/1.1 by hand: what any other tool (curl,
// a bot in another language) sees, with none of our client code involved.
#include "rawhttp.h"
#include "sandboxharness.h"

#include "api/appsecretproof.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace mdesk;
using namespace mdesk::sandboxtest;

class TestLocalGraphRawHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getWithBearerThenPostFormOnOneConnection();
    void queryTokenAndProofWork();
    void malformedJsonBodyIs400();
    void missingTokenIs401();
    void messengerCodePngOverRawHttp();
    void connectionCloseIsHonoured();
};

void TestLocalGraphRawHttp::getWithBearerThenPostFormOnOneConnection()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray token = h.pageToken(1, 0).toUtf8();

    RawResponse response =
        exchange(socket, request("GET", "/v23.0/me?fields=id,name", h.graph().url(),
                                 "Authorization: Bearer " + token + "\r\n"));
    QVERIFY(response.complete);
    QCOMPARE(response.statusLine, QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(response.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(response.headers.value("connection"), QByteArray("keep-alive"));
    QVERIFY(response.headers.contains("x-app-usage"));
    QVERIFY(response.headers.contains("x-fb-trace-id"));
    QCOMPARE(response.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Northwind Outdoor Gear"));

    // Same connection: a form-encoded POST with the token in the body, as curl -F/-d sends.
    const QByteArray form =
        "page_label_name=Raw+socket&access_token=" + QUrl::toPercentEncoding(h.pageToken(1, 0));
    response =
        exchange(socket, request("POST", "/v23.0/me/custom_labels", h.graph().url(),
                                 "Content-Type: application/x-www-form-urlencoded\r\n", form));
    QVERIFY(response.complete);
    QCOMPARE(response.status(), 200);
    const QString id = response.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    response = exchange(socket, request("GET", "/v23.0/" + id.toUtf8(), h.graph().url(),
                                        "Authorization: Bearer " + token + "\r\n"));
    QCOMPARE(response.json().value(QStringLiteral("page_label_name")).toString(),
             QStringLiteral("Raw socket"));
}

void TestLocalGraphRawHttp::queryTokenAndProofWork()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    const QString token = h.pageToken(0, 0);
    const QString proof = api::appSecretProof(h.graph().apps().at(0).secret, token);
    const QByteArray target = "/v23.0/me/messenger_profile?fields=get_started&access_token=" +
                              QUrl::toPercentEncoding(token) + "&appsecret_proof=" + proof.toUtf8();
    RawResponse response = exchange(socket, request("GET", target, h.graph().url()));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.json()
                 .value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("get_started")),
             QJsonValue(QJsonObject{{QStringLiteral("payload"), QStringLiteral("GET_STARTED")}}));

    // This app requires the proof: without it Graph refuses.
    response =
        exchange(socket, request("GET", "/v23.0/me?access_token=" + QUrl::toPercentEncoding(token),
                                 h.graph().url()));
    QCOMPARE(response.status(), 400);
    QCOMPARE(response.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             100);
}

void TestLocalGraphRawHttp::malformedJsonBodyIs400()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    const RawResponse response =
        exchange(socket, request("POST", "/v23.0/me/messenger_profile", h.graph().url(),
                                 "Content-Type: application/json\r\nAuthorization: Bearer " +
                                     h.pageToken(1, 0).toUtf8() + "\r\n",
                                 R"({"greeting": [ {"locale": "default", )"));
    QCOMPARE(response.status(), 400);
    const QJsonObject error = response.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("JSON")));
}

void TestLocalGraphRawHttp::missingTokenIs401()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    const RawResponse response =
        exchange(socket, request("GET", "/v23.0/me/custom_labels", h.graph().url()));
    QCOMPARE(response.statusLine, QByteArray("HTTP/1.1 401 Unauthorized"));
    QVERIFY(response.headers.value("www-authenticate").contains("invalid_token"));
    QCOMPARE(response.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             190);
}

void TestLocalGraphRawHttp::messengerCodePngOverRawHttp()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    RawResponse response =
        exchange(socket, request("POST", "/v3.3/me/messenger_codes", h.graph().url(),
                                 "Content-Type: application/json\r\nAuthorization: Bearer " +
                                     h.pageToken(1, 0).toUtf8() + "\r\n",
                                 R"({"type":"standard","data":{"ref":"billboard"}})"));
    QCOMPARE(response.status(), 200);
    const QUrl uri(response.json().value(QStringLiteral("uri")).toString());
    response = exchange(socket, request("GET", uri.path().toUtf8(), h.graph().url()));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.headers.value("content-type"), QByteArray("image/png"));
    QVERIFY(response.body.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(response.body.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
}

void TestLocalGraphRawHttp::connectionCloseIsHonoured()
{
    SandboxHarness h;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(h.graph().url().port()));
    QVERIFY(socket.waitForConnected(10000));
    const RawResponse response =
        exchange(socket, request("GET", "/v23.0/me", h.graph().url(),
                                 "Connection: close\r\nAuthorization: Bearer " +
                                     h.pageToken(1, 1).toUtf8() + "\r\n"));
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

QTEST_GUILESS_MAIN(TestLocalGraphRawHttp)
#include "tst_localgraph_rawhttp.moc"
