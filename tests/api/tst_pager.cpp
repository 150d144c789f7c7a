#include "api/pager.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Pager over a real server: follows paging.cursors.after, or the after item of paging.next
// when there are no cursors, stops on the last page, honours the cap, can be cancelled, and
// never loops on a server that repeats its cursor.
class TestPager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void threePages();
    void capStopsEarly();
    void cancelWhileFetching();
    void cancelBeforeStartSendsNothing();
    void errorOnSecondPage();
    void repeatedCursorDoesNotLoop();
    void nextCursor_data();
    void nextCursor();

private:
    void serveThreePages();
    QJsonObject runPager(Pager &pager, bool expectOk = true);

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QList<GraphEvent> m_events;
};

namespace {

QJsonArray labels(std::initializer_list<const char *> ids)
{
    QJsonArray array;
    for (const char *id : ids)
        array.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                 {QStringLiteral("page_label_name"), QLatin1String(id)}});
    return array;
}

QStringList ids(const QJsonArray &items)
{
    QStringList list;
    for (const auto &item : items)
        list.append(item.toObject().value(QStringLiteral("id")).toString());
    return list;
}

} // namespace

void TestPager::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_events.clear();
    connect(m_client->events(), &EventHub::published, this,
            [this](const GraphEvent &event) { m_events.append(event); });
}

void TestPager::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestPager::serveThreePages()
{
    m_server->setHandler([](const RecordedRequest &request) {
        const QString after = request.queryValue(QStringLiteral("after"));
        if (after.isEmpty())
            return ScriptedResponse::json(QJsonObject{
                {QStringLiteral("data"), labels({"L1", "L2"})},
                {QStringLiteral("paging"), json(R"({"cursors":{"before":"B0","after":"C1"},
                          "next":"https://graph.facebook.com/v23.0/me/custom_labels?after=C1"})")}});
        if (after == QLatin1String("C1")) // only a next URL, no cursors
            return ScriptedResponse::json(QJsonObject{
                {QStringLiteral("data"), labels({"L3", "L4"})},
                {QStringLiteral("paging"),
                 json(
                     R"({"next":"https://graph.facebook.com/v23.0/me/custom_labels?fields=page_label_name&limit=2&after=C2%3D%3D"})")}});
        if (after == QLatin1String("C2=="))
            return ScriptedResponse::json(QJsonObject{
                {QStringLiteral("data"), labels({"L5"})},
                {QStringLiteral("paging"), json(R"({"cursors":{"before":"B2","after":"C3"}})")}});
        return graphError(100, QStringLiteral("unexpected cursor ") + after);
    });
}

QJsonObject TestPager::runPager(Pager &pager, bool expectOk)
{
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    if (!finished.wait(10000) || finished.count() != 1)
        return {};
    const auto result = finished.at(0).at(0).value<GraphResult>();
    if (result.isOk() != expectOk)
        return {};
    return result.isOk() ? result.object() : result.error().toJson();
}

void TestPager::threePages()
{
    serveThreePages();
    Pager pager(m_client, QStringLiteral("list_custom_labels"), json(R"({"before":"X"})"),
                pageOptions(QStringLiteral("tx-pages")));
    QSignalSpy pages(&pager, &Pager::pageFetched);
    const QJsonObject answer = runPager(pager);
    QCOMPARE(ids(answer.value(QStringLiteral("data")).toArray()),
             QStringList({QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"),
                          QStringLiteral("L4"), QStringLiteral("L5")}));
    QCOMPARE(answer.value(QStringLiteral("pages")).toInt(), 3);
    QCOMPARE(answer.value(QStringLiteral("truncated")).toBool(), false);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(pages.at(2).at(0).toInt(), 3);
    QCOMPARE(pages.at(2).at(1).toInt(), 5);

    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_server->request(0).queryValue(QStringLiteral("before")), QStringLiteral("X"));
    QVERIFY(!m_server->request(0).hasQuery(QStringLiteral("after")));
    QCOMPARE(m_server->request(1).queryValue(QStringLiteral("after")), QStringLiteral("C1"));
    QVERIFY(!m_server->request(1).hasQuery(QStringLiteral("before")));
    QCOMPARE(m_server->request(2).queryValue(QStringLiteral("after")), QStringLiteral("C2=="));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_server->request(i).path,
                 QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION "/me/custom_labels"));
    QCOMPARE(m_events.size(), 6);
    for (const auto &event : m_events)
        QCOMPARE(event.transactionId, QStringLiteral("tx-pages"));
}

void TestPager::capStopsEarly()
{
    serveThreePages();
    Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
    pager.setMaxItems(3);
    const QJsonObject answer = runPager(pager);
    QCOMPARE(ids(answer.value(QStringLiteral("data")).toArray()),
             QStringList({QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")}));
    QCOMPARE(answer.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("pages")).toInt(), 2);
    QCOMPARE(m_server->requestCount(), 2);
    // Without a pager-wide tx_id given, all pages still share one.
    QSet<QString> transactions;
    for (const auto &event : m_events)
        transactions.insert(event.transactionId);
    QCOMPARE(transactions.size(), 1);
}

void TestPager::cancelWhileFetching()
{
    serveThreePages();
    m_server->enqueue(ScriptedResponse::json(
        QJsonObject{{QStringLiteral("data"), labels({"L1", "L2"})},
                    {QStringLiteral("paging"), json(R"({"cursors":{"after":"C1"},"next":"n"})")}}));
    m_server->enqueue(ScriptedResponse::noAnswer());
    Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
    QSignalSpy finished(&pager, &Pager::finished);
    connect(m_server, &TestHttpServer::requestReceived, &pager, [&pager](int index) {
        if (index == 1)
            pager.cancel();
    });
    pager.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<GraphResult>();
    QCOMPARE(result.error().category, ErrorCategory::Cancelled);
    QCOMPARE(pager.items().size(), 2);
    QCOMPARE(pager.pages(), 1);
    pager.cancel(); // a second cancel changes nothing
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestPager::cancelBeforeStartSendsNothing()
{
    Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
    QSignalSpy finished(&pager, &Pager::finished);
    pager.cancel();
    QCOMPARE(finished.count(), 1);
    pager.start(); // too late: the pager is done
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestPager::errorOnSecondPage()
{
    m_server->enqueue(ScriptedResponse::json(
        QJsonObject{{QStringLiteral("data"), labels({"L1", "L2"})},
                    {QStringLiteral("paging"), json(R"({"cursors":{"after":"C1"},"next":"n"})")}}));
    m_server->enqueue(graphError(190, QStringLiteral("Session expired")));
    Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
    const QJsonObject error = runPager(pager, false);
    QCOMPARE(error.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
             190);
    QCOMPARE(pager.items().size(), 2); // what arrived stays available
}

void TestPager::repeatedCursorDoesNotLoop()
{
    // A broken server that answers every page with the same cursor.
    m_server->setDefaultResponse(ScriptedResponse::json(QJsonObject{
        {QStringLiteral("data"), labels({"L1"})},
        {QStringLiteral("paging"), json(R"({"cursors":{"after":"SAME"},"next":"n"})")}}));
    Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
    const QJsonObject answer = runPager(pager);
    QVERIFY(!answer.isEmpty());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(answer.value(QStringLiteral("truncated")).toBool(), true);
}

void TestPager::nextCursor_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("cursor");
    QTest::newRow("cursor and next")
        << R"({"paging":{"cursors":{"after":"A"},"next":"u"}})" << QStringLiteral("A");
    QTest::newRow("cursor without next") << R"({"paging":{"cursors":{"after":"A"}}})" << QString();
    QTest::newRow("next only") << R"({"paging":{"next":"https://g/v1/x?b=1&after=Q%2B1"}})"
                               << QStringLiteral("Q+1");
    QTest::newRow("no paging") << R"({"data":[]})" << QString();
}

void TestPager::nextCursor()
{
    QFETCH(QString, answer);
    QFETCH(QString, cursor);
    QCOMPARE(Pager::nextCursor(json(answer.toUtf8().constData())), cursor);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
