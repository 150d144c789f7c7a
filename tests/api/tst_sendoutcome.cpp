// Send API outcomes as named kinds (graph-api.md section 6): each error a Send API call can
// end in maps to one kind, with a stable name, a retry rule and a sentence for people.
#include "api/graphresult.h"
#include "api/sendoutcome.h"

#include <QSet>
#include <QTest>

using namespace mdesk::api;

Q_DECLARE_METATYPE(mdesk::api::SendOutcome)
Q_DECLARE_METATYPE(mdesk::api::GraphError)

namespace {

GraphError graph(int code, int subcode = 0, int status = 400)
{
    QJsonObject error{{QStringLiteral("message"), QStringLiteral("Graph says no")},
                      {QStringLiteral("code"), code}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return GraphError::fromGraph(error, status);
}

GraphError transport(ErrorCategory category, const char *name, int status = 0)
{
    GraphError error = GraphError::transportError(category, QLatin1String(name),
                                                  QStringLiteral("it broke"));
    error.httpStatus = status;
    return error;
}

const QList<SendOutcome> kAll{SendOutcome::Sent,
                              SendOutcome::WindowClosed,
                              SendOutcome::Unavailable,
                              SendOutcome::PageRestricted,
                              SendOutcome::NoUser,
                              SendOutcome::Permission,
                              SendOutcome::RateLimited,
                              SendOutcome::UnknownOutcome,
                              SendOutcome::InvalidParameter,
                              SendOutcome::Other};

} // namespace

class TestSendOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void okResultIsSent();
    void namesAreStableAndRoundTrip();
    void onlyRateLimitedIsRetrySafe();
    void whatStopsABroadcast();
    void everyKindHasASentence();
};

void TestSendOutcome::classifies_data()
{
    QTest::addColumn<GraphError>("error");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("name");
    const auto row = [](const char *tag, const GraphError &error, SendOutcome outcome,
                        const char *name) {
        QTest::newRow(tag) << error << outcome << QString::fromLatin1(name);
    };
    row("10/2018278 window", graph(10, 2018278, 403), SendOutcome::WindowClosed, "window_closed");
    row("551/1545041 unavailable", graph(551, 1545041), SendOutcome::Unavailable, "unavailable");
    row("551 alone", graph(551), SendOutcome::Unavailable, "unavailable");
    row("10/1893063 restricted", graph(10, 1893063, 403), SendOutcome::PageRestricted,
        "page_restricted");
    row("100/2018001 no user", graph(100, 2018001), SendOutcome::NoUser, "no_user");
    row("10 permission", graph(10, 0, 403), SendOutcome::Permission, "permission");
    row("200 permission", graph(200, 0, 403), SendOutcome::Permission, "permission");
    row("230 permission", graph(230, 0, 403), SendOutcome::Permission, "permission");
    row("299 permission", graph(299, 0, 403), SendOutcome::Permission, "permission");
    row("4 app limit", graph(4), SendOutcome::RateLimited, "rate_limited");
    row("17 user limit", graph(17), SendOutcome::RateLimited, "rate_limited");
    row("32 page limit", graph(32), SendOutcome::RateLimited, "rate_limited");
    row("613 limit", graph(613), SendOutcome::RateLimited, "rate_limited");
    row("80006 messenger limit", graph(80006), SendOutcome::RateLimited, "rate_limited");
    row("http 429", GraphError::fromGraph({}, 429), SendOutcome::RateLimited, "rate_limited");
    row("timeout", transport(ErrorCategory::Timeout, "timeout"), SendOutcome::UnknownOutcome,
        "unknown_outcome");
    row("reset", transport(ErrorCategory::Transport, "reset"), SendOutcome::UnknownOutcome,
        "unknown_outcome");
    row("cut answer", transport(ErrorCategory::Transport, "truncated", 200),
        SendOutcome::UnknownOutcome, "unknown_outcome");
    row("non-JSON 2xx", GraphResult::fromHttp(200, "<html>ok</html>").error(),
        SendOutcome::UnknownOutcome, "unknown_outcome");
    row("bare 502 page", GraphResult::fromHttp(502, "Bad gateway").error(),
        SendOutcome::UnknownOutcome, "unknown_outcome");
    row("1/1357046 in a batch", graph(1, 1357046, 500), SendOutcome::UnknownOutcome,
        "unknown_outcome");
    row("cancelled", transport(ErrorCategory::Cancelled, "cancelled"),
        SendOutcome::UnknownOutcome, "unknown_outcome");
    row("refused: never left", transport(ErrorCategory::Transport, "refused"), SendOutcome::Other,
        "other");
    row("no such host: never left", transport(ErrorCategory::Transport, "host_not_found"),
        SendOutcome::Other, "other");
    row("100 invalid", graph(100), SendOutcome::InvalidParameter, "invalid_parameter");
    row("100/2018109 invalid", graph(100, 2018109), SendOutcome::InvalidParameter,
        "invalid_parameter");
    row("refused before sending", GraphError::invalidInput(QStringLiteral("tag"), QStringLiteral("no")),
        SendOutcome::InvalidParameter, "invalid_parameter");
    row("190 token", graph(190, 463, 401), SendOutcome::Other, "other");
    row("2 temporary", graph(2, 0, 503), SendOutcome::Other, "other");
    row("unknown code", graph(368), SendOutcome::Other, "other");
}

void TestSendOutcome::classifies()
{
    QFETCH(GraphError, error);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, name);
    QCOMPARE(int(classifySendError(error)), int(outcome));
    QCOMPARE(sendOutcomeName(classifySendError(error)), name);
    QCOMPARE(int(classifySendResult(GraphResult::failure(error))), int(outcome));
}

void TestSendOutcome::okResultIsSent()
{
    const GraphResult ok = GraphResult::fromHttp(
        200, R"({"recipient_id":"31","message_id":"m_1"})");
    QVERIFY(ok.isOk());
    QCOMPARE(int(classifySendResult(ok)), int(SendOutcome::Sent));
    QVERIFY(mayHaveBeenDelivered(SendOutcome::Sent));
    QVERIFY(mayHaveBeenDelivered(SendOutcome::UnknownOutcome));
    QVERIFY(!mayHaveBeenDelivered(SendOutcome::RateLimited));
    QVERIFY(!mayHaveBeenDelivered(SendOutcome::WindowClosed));
}

void TestSendOutcome::namesAreStableAndRoundTrip()
{
    const QStringList expected{QStringLiteral("sent"),          QStringLiteral("window_closed"),
                               QStringLiteral("unavailable"),   QStringLiteral("page_restricted"),
                               QStringLiteral("no_user"),       QStringLiteral("permission"),
                               QStringLiteral("rate_limited"),  QStringLiteral("unknown_outcome"),
                               QStringLiteral("invalid_parameter"), QStringLiteral("other")};
    QStringList names;
    for (const SendOutcome outcome : kAll) {
        names.append(sendOutcomeName(outcome));
        QCOMPARE(int(*sendOutcomeFromName(sendOutcomeName(outcome))), int(outcome));
    }
    QCOMPARE(names, expected);
    QVERIFY(!sendOutcomeFromName(QStringLiteral("failed")));
}

void TestSendOutcome::onlyRateLimitedIsRetrySafe()
{
    for (const SendOutcome outcome : kAll)
        QCOMPARE(isRetrySafe(outcome), outcome == SendOutcome::RateLimited);
}

void TestSendOutcome::whatStopsABroadcast()
{
    QSet<QString> stopping;
    for (const SendOutcome outcome : kAll) {
        if (stopsBroadcast(outcome))
            stopping.insert(sendOutcomeName(outcome));
    }
    QCOMPARE(stopping, (QSet<QString>{QStringLiteral("page_restricted"),
                                      QStringLiteral("permission")}));
    QVERIFY(stopsBroadcast(graph(10, 1893063, 403)));
    QVERIFY(stopsBroadcast(graph(190, 0, 401))); // no send can work without a token
    QVERIFY(!stopsBroadcast(graph(10, 2018278, 403))); // one person's window
    QVERIFY(!stopsBroadcast(graph(551, 1545041)));
    QVERIFY(!stopsBroadcast(graph(613)));
}

void TestSendOutcome::everyKindHasASentence()
{
    QSet<QString> sentences;
    for (const SendOutcome outcome : kAll) {
        const QString sentence = describeSendOutcome(outcome);
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), kAll.size());
    QVERIFY(describeSendOutcome(SendOutcome::UnknownOutcome).contains(QLatin1String("check")));
    QVERIFY(describeSendOutcome(SendOutcome::RateLimited).contains(QLatin1String("not sent")));
    QVERIFY(describeSendOutcome(SendOutcome::WindowClosed).contains(QLatin1String("24 hours")));
}

QTEST_GUILESS_MAIN(TestSendOutcome)
#include "tst_sendoutcome.moc"
