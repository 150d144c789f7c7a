#include "api/bulkjob.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// BulkJob against a real server that answers Graph batch requests item by item: 120
// label_user items split 50/50/20 on the wire, per-item failures reported with index and
// error, rate-limited items put back and sent again, cancel.
class TestBulkJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void splitsAndReportsPerItem();
    void cancelReportsTheRest();
    void cancelBeforeStartSendsNothing();
    void unplannableItemFailsAlone();
    void wholeBatchServerError();
    void wholeBatchRateLimitedIsRetried();
    void itemAttemptsAreCapped();
    void emptyJobFinishes();
    void persistentRateLimitSpendsOneBudget();
    void persistentItemRateLimitSpendsOneBudget();
    void unfixableErrorStopsTheJob_data();
    void unfixableErrorStopsTheJob();
    void lostBatchAnswerMakesItemsUnknown();
    void videoBatchAnswerIsUnknown();

private:
    // Answers every batch item from its "user" (PSID "9<index>"): code(index, attempt).
    void serveItems(std::function<int(int index, int attempt)> code);
    bool runJob(BulkJob &job);

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QHash<int, int> m_sent; // item index -> times it reached the server
};

namespace {

QList<BatchItem> labelItems(int count)
{
    QList<BatchItem> items;
    for (int i = 0; i < count; ++i)
        items.append({QStringLiteral("label_user"),
                      QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                                  {QStringLiteral("user"), QStringLiteral("9%1").arg(i)}},
                      {},
                      {},
                      false});
    return items;
}

int indexOf(const QJsonObject &item)
{
    return formFields(item.value(QStringLiteral("body")).toString())
        .value(QStringLiteral("user"))
        .mid(1)
        .toInt();
}

} // namespace

void TestBulkJob::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_sent.clear();
}

void TestBulkJob::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestBulkJob::serveItems(std::function<int(int, int)> code)
{
    m_server->setHandler([this, code](const RecordedRequest &request) {
        QList<std::pair<int, QJsonObject>> answers;
        for (const auto &item : batchItems(request)) {
            const int index = indexOf(item);
            const int attempt = ++m_sent[index];
            const int status = code(index, attempt);
            if (status == 200)
                answers.append({200, json(R"({"success":true})")});
            else
                answers.append({400, QJsonObject{{QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("message"),
                                                               QStringLiteral("item error")},
                                                              {QStringLiteral("code"), status}}}}});
        }
        return batchAnswer(answers);
    });
}

bool TestBulkJob::runJob(BulkJob &job)
{
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start();
    return finished.wait(20000) && finished.count() == 1;
}

void TestBulkJob::splitsAndReportsPerItem()
{
    // Every tenth item from 3 is refused for good (code 100); every tenth from 7 is refused
    // for rate (613) once and then succeeds.
    serveItems([](int index, int attempt) {
        if (index % 10 == 3)
            return 100;
        if (index % 10 == 7 && attempt == 1)
            return 613;
        return 200;
    });
    BulkJob job(m_client, labelItems(120), pageOptions(QStringLiteral("tx-bulk")));
    job.setConcurrency(4);
    QSignalSpy progress(&job, &BulkJob::progress);
    QVERIFY(runJob(job));

    // On the wire: 50, 50, 20 in item order first, then the 12 re-queued items.
    const QList<RecordedRequest> requests = m_server->requests();
    QVERIFY(requests.size() >= 4);
    QCOMPARE(batchItems(requests.at(0)).size(), 50);
    QCOMPARE(batchItems(requests.at(1)).size(), 50);
    QCOMPARE(batchItems(requests.at(2)).size(), 20);
    for (int r = 0; r < 3; ++r) {
        const QList<QJsonObject> items = batchItems(requests.at(r));
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(indexOf(items.at(i)), r * 50 + i);
        QCOMPARE(requests.at(r).path, QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION "/"));
    }
    int itemsOnWire = 0;
    for (const auto &request : requests)
        itemsOnWire += int(batchItems(request).size());
    QCOMPARE(itemsOnWire, 120 + 12);
    for (int i = 0; i < 120; ++i)
        QCOMPARE(m_sent.value(i), i % 10 == 7 ? 2 : 1);
    QCOMPARE(job.requestsSent(), int(requests.size()));

    // The report: 12 failures with index, input and error.
    QCOMPARE(job.total(), 120);
    QCOMPARE(job.succeeded(), 108);
    QCOMPARE(job.done(), 120);
    QCOMPARE(job.failures().size(), 12);
    QList<int> failed;
    for (const auto &failure : job.failures()) {
        failed.append(failure.index);
        QCOMPARE(failure.error.code, 100);
        QCOMPARE(failure.error.category, ErrorCategory::InvalidParameter);
        QCOMPARE(failure.input.value(QStringLiteral("user")).toString(),
                 QStringLiteral("9%1").arg(failure.index));
    }
    std::sort(failed.begin(), failed.end());
    QList<int> expected;
    for (int i = 3; i < 120; i += 10)
        expected.append(i);
    QCOMPARE(failed, expected);

    const QJsonObject report = job.report();
    QCOMPARE(report.value(QStringLiteral("total")).toInt(), 120);
    QCOMPARE(report.value(QStringLiteral("succeeded")).toInt(), 108);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 12);
    QCOMPARE(report.value(QStringLiteral("tx_id")).toString(), QStringLiteral("tx-bulk"));
    const QJsonObject first = report.value(QStringLiteral("failures")).toArray().at(0).toObject();
    QVERIFY(first.contains(QStringLiteral("index")));
    QCOMPARE(first.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
             100);

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 120);
    QCOMPARE(progress.last().at(1).toInt(), 120);
    int previous = 0;
    for (const auto &args : progress) {
        QVERIFY(args.at(0).toInt() >= previous);
        previous = args.at(0).toInt();
    }
    QVERIFY(job.isFinished());
    QCOMPARE(m_client->inFlight(), 0);
}

void TestBulkJob::cancelReportsTheRest()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    BulkJob job(m_client, labelItems(120), pageOptions());
    job.setConcurrency(1);
    QSignalSpy finished(&job, &BulkJob::finished);
    connect(m_server, &TestHttpServer::requestReceived, &job, [&job] { job.cancel(); });
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(job.succeeded(), 0);
    QCOMPARE(job.failures().size(), 120);
    // The batch on the wire may have been applied; the rest was never sent.
    QCOMPARE(job.count(BulkJob::ItemState::Unknown), 50);
    QCOMPARE(job.count(BulkJob::ItemState::NotSent), 70);
    for (const auto &failure : job.failures())
        QCOMPARE(failure.error.category, failure.state == BulkJob::ItemState::Unknown
                                             ? ErrorCategory::UnknownOutcome
                                             : ErrorCategory::Cancelled);
    job.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestBulkJob::cancelBeforeStartSendsNothing()
{
    serveItems([](int, int) { return 200; });
    BulkJob job(m_client, labelItems(7), pageOptions());
    QSignalSpy finished(&job, &BulkJob::finished);
    job.cancel();
    job.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(job.failures().size(), 7);
    QCOMPARE(job.done(), job.total());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestBulkJob::unplannableItemFailsAlone()
{
    serveItems([](int, int) { return 200; });
    QList<BatchItem> items = labelItems(5);
    items[2].input.remove(QStringLiteral("user"));
    BulkJob job(m_client, items, pageOptions());
    QVERIFY(runJob(job));
    QCOMPARE(job.succeeded(), 4);
    QCOMPARE(job.failures().size(), 1);
    QCOMPARE(job.failures().at(0).index, 2);
    QCOMPARE(job.failures().at(0).error.category, ErrorCategory::InvalidInput);
    QCOMPARE(job.failures().at(0).error.field, QStringLiteral("user"));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(batchItems(m_server->lastRequest()).size(), 4);
}

void TestBulkJob::wholeBatchServerError()
{
    // The batch POST may have run partly: its items are unknown, nothing is sent again.
    m_server->setDefaultResponse(ScriptedResponse::raw(500, "{}"));
    BulkJob job(m_client, labelItems(60), pageOptions());
    QVERIFY(runJob(job));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(job.failures().size(), 60);
    for (const auto &failure : job.failures()) {
        QCOMPARE(failure.error.category, ErrorCategory::Server);
        QCOMPARE(failure.state, BulkJob::ItemState::Unknown);
    }
    QCOMPARE(job.report().value(QStringLiteral("unknown")).toInt(), 60);
    QCOMPARE(job.report().value(QStringLiteral("failed")).toInt(), 0);
}

void TestBulkJob::wholeBatchRateLimitedIsRetried()
{
    m_server->enqueue(graphError(4, QStringLiteral("Application request limit reached")));
    serveItems([](int, int) { return 200; });
    BulkJob job(m_client, labelItems(10), pageOptions());
    QVERIFY(runJob(job));
    QCOMPARE(job.succeeded(), 10);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestBulkJob::itemAttemptsAreCapped()
{
    serveItems([](int index, int) { return index == 0 ? 613 : 200; });
    BulkJob job(m_client, labelItems(3), pageOptions());
    job.setMaxItemAttempts(2);
    QVERIFY(runJob(job));
    QCOMPARE(m_sent.value(0), 2);
    QCOMPARE(job.succeeded(), 2);
    QCOMPARE(job.failures().size(), 1);
    QCOMPARE(job.failures().at(0).error.category, ErrorCategory::RateLimited);
}

void TestBulkJob::emptyJobFinishes()
{
    BulkJob job(m_client, {}, pageOptions());
    QVERIFY(runJob(job));
    QCOMPARE(job.done(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestBulkJob::persistentRateLimitSpendsOneBudget()
{
    // Every batch POST is refused for rate. Item retries times client retries used to send
    // each item maxAttempts squared times and count only the job's own sends.
    m_server->setDefaultResponse(graphError(613, QStringLiteral("Rate limited")));
    BulkJob job(m_client, labelItems(10), pageOptions());
    QVERIFY(runJob(job));
    const int budget = fastGovernor().maxAttempts;
    QCOMPARE(m_server->requestCount(), budget);
    QCOMPARE(job.requestsSent(), m_server->requestCount());
    QCOMPARE(job.report().value(QStringLiteral("requests")).toInt(), budget);
    QCOMPARE(job.count(BulkJob::ItemState::Failed), 10);
    for (const auto &failure : job.failures())
        QCOMPARE(failure.error.category, ErrorCategory::RateLimited);
}

void TestBulkJob::persistentItemRateLimitSpendsOneBudget()
{
    serveItems([](int, int) { return 613; });
    BulkJob job(m_client, labelItems(5), pageOptions());
    QVERIFY(runJob(job));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_sent.value(i), fastGovernor().maxAttempts);
    QCOMPARE(job.requestsSent(), m_server->requestCount());
}

void TestBulkJob::unfixableErrorStopsTheJob_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::newRow("190 token") << 190 << 0;
    QTest::newRow("10 permission") << 10 << 0;
    QTest::newRow("230 permission") << 230 << 0;
    QTest::newRow("10/1893063 restricted Page") << 10 << 1893063;
}

void TestBulkJob::unfixableErrorStopsTheJob()
{
    QFETCH(int, code);
    QFETCH(int, subcode);
    // The first item of the first batch meets the error; the job sends nothing more.
    m_server->setHandler([code, subcode](const RecordedRequest &request) {
        QList<std::pair<int, QJsonObject>> answers;
        for (int i = 0; i < batchItems(request).size(); ++i) {
            QJsonObject error{{QStringLiteral("message"), QStringLiteral("No")},
                              {QStringLiteral("code"), code}};
            if (subcode)
                error.insert(QStringLiteral("error_subcode"), subcode);
            answers.append(i == 0 ? std::pair{400, QJsonObject{{QStringLiteral("error"), error}}}
                                  : std::pair{200, json(R"({"success":true})")});
        }
        return batchAnswer(answers);
    });
    BulkJob job(m_client, labelItems(200), pageOptions());
    job.setConcurrency(1);
    QVERIFY(runJob(job));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(job.stopReason().has_value());
    QCOMPARE(job.stopReason()->code, code);
    QCOMPARE(job.succeeded(), 49);
    QCOMPARE(job.count(BulkJob::ItemState::Failed), 1);
    QCOMPARE(job.count(BulkJob::ItemState::NotSent), 150);
    const QJsonObject report = job.report();
    QCOMPARE(
        report.value(QStringLiteral("stopped")).toObject().value(QStringLiteral("code")).toInt(),
        code);
    QCOMPARE(report.value(QStringLiteral("not_sent")).toInt(), 150);
}

void TestBulkJob::lostBatchAnswerMakesItemsUnknown()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    CallOptions options = pageOptions();
    options.timeoutMs = 200;
    BulkJob job(m_client, labelItems(70), options);
    QVERIFY(runJob(job));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(job.count(BulkJob::ItemState::Unknown), 70);
    const QJsonObject report = job.report();
    QCOMPARE(report.value(QStringLiteral("unknown")).toInt(), 70);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
    const QJsonObject first = report.value(QStringLiteral("failures")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QCOMPARE(first.value(QStringLiteral("error")).toObject().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("unknown")));
}

void TestBulkJob::videoBatchAnswerIsUnknown()
{
    m_server->setHandler([](const RecordedRequest &request) {
        QList<std::pair<int, QJsonObject>> answers;
        for (int i = 0; i < batchItems(request).size(); ++i)
            answers.append(
                {500, QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("message"), QStringLiteral("Error")},
                                               {QStringLiteral("code"), 1},
                                               {QStringLiteral("error_subcode"), 1357046}}}}});
        return batchAnswer(answers);
    });
    BulkJob job(m_client, labelItems(4), pageOptions());
    QVERIFY(runJob(job));
    QCOMPARE(job.count(BulkJob::ItemState::Unknown), 4);
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
