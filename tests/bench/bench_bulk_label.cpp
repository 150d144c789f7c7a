// Labels N PSIDs against a loopback server that adds a fixed latency per request, twice in
// one run: (a) through BulkJob (Graph batch requests of 50, bounded concurrency) and (b)
// one label_user call per PSID with the same limit of calls in flight, then (c) one call at
// a time. Prints requests, wall times, the ratio and the bound ceil(N/50)/concurrency x
// latency. Figures only: it never fails on timing (machines here are shared and noisy).
//
//   bench_bulk_label [--psids N] [--latency MS] [--concurrency C] [--batch-size B]
//                    [--single-sample S] [--sequential-sample Q]
//
// (b) and (c) label a sample of S and Q PSIDs (0: all N) and scale the time to N, since
// 10,000 calls one by one take 10,000 x latency; the output says so.

#include "api/bulkjob.h"
#include "api/graphclient.h"
#include "benchserver.h"
#include "singlecallrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

using namespace mdesk;

namespace {

const QString kAppId = QStringLiteral("1001");
const QString kPageId = QStringLiteral("2002");

struct Run
{
    int calls = 0;
    int requests = 0;
    int succeeded = 0;
    double wallMs = 0;
};

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

template<typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

QStringList psidList(int count, int offset)
{
    QStringList psids;
    psids.reserve(count);
    for (int i = 0; i < count; ++i)
        psids.append(QString::number(7000000000000000LL + offset + i));
    return psids;
}

Run runBulk(api::GraphClient &client, const bench::BenchServer &server, int count, int concurrency,
            int batchSize)
{
    QList<api::BatchItem> items;
    items.reserve(count);
    for (const auto &psid : psidList(count, 0))
        items.append({QStringLiteral("label_user"),
                      QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                                  {QStringLiteral("user"), psid}},
                      {},
                      {},
                      false});
    api::CallOptions options{kAppId, kPageId, {}, QStringLiteral("bench"), 0, {}, true};
    api::BulkJob job(&client, items, options);
    job.setConcurrency(concurrency);
    job.setBatchSize(batchSize);
    const int before = server.requestCount();
    QElapsedTimer timer;
    timer.start();
    job.start();
    waitFor(&job, &api::BulkJob::finished);
    return {count, server.requestCount() - before, job.succeeded(),
            double(timer.nsecsElapsed()) / 1e6};
}

Run runSingles(api::GraphClient &client, const bench::BenchServer &server, int count,
               int concurrency)
{
    api::CallOptions options{kAppId, kPageId, {}, QStringLiteral("bench"), 0, {}, true};
    bench::SingleCallRunner runner(&client, options, QStringLiteral("555"), psidList(count, 500000),
                                   concurrency);
    const int before = server.requestCount();
    QElapsedTimer timer;
    timer.start();
    runner.start();
    if (count > 0)
        waitFor(&runner, &bench::SingleCallRunner::finished);
    return {count, server.requestCount() - before, runner.succeeded(),
            double(timer.nsecsElapsed()) / 1e6};
}

QString describe(const char *name, const Run &run, int total)
{
    const double scaled = run.wallMs * total / std::max(1, run.calls);
    QString line = QStringLiteral("%1: %2 PSIDs, %3 requests, %4 ok, wall %5 ms")
                       .arg(QLatin1String(name))
                       .arg(run.calls)
                       .arg(run.requests)
                       .arg(run.succeeded)
                       .arg(run.wallMs, 0, 'f', 1);
    if (run.calls != total)
        line += QStringLiteral(" -> extrapolated to %1 PSIDs: %2 requests, %3 ms (%4 x the "
                               "sample)")
                    .arg(total)
                    .arg(total)
                    .arg(scaled, 0, 'f', 0)
                    .arg(double(total) / run.calls, 0, 'f', 1);
    return line;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk labelling benchmark"));
    parser.addHelpOption();
    const QCommandLineOption psidsOption(QStringLiteral("psids"), QStringLiteral("PSIDs to label."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Server latency per request (ms)."),
                                           QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."),
                                               QStringLiteral("C"), QStringLiteral("4"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"),
                                         QStringLiteral("Items per batch request."),
                                         QStringLiteral("B"), QStringLiteral("50"));
    const QCommandLineOption singleOption(
        QStringLiteral("single-sample"),
        QStringLiteral("PSIDs for one call each at the same concurrency (0: all)."),
        QStringLiteral("S"), QStringLiteral("2000"));
    const QCommandLineOption sequentialOption(
        QStringLiteral("sequential-sample"),
        QStringLiteral("PSIDs for one call each, one at a time (0: skip)."), QStringLiteral("Q"),
        QStringLiteral("200"));
    parser.addOptions({psidsOption, latencyOption, concurrencyOption, batchOption, singleOption,
                       sequentialOption});
    parser.process(app);
    const int psids = std::max(1, parser.value(psidsOption).toInt());
    const int latency = std::max(0, parser.value(latencyOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    const int batchSize = std::clamp(parser.value(batchOption).toInt(), 1, 50);
    int singleSample = parser.value(singleOption).toInt();
    if (singleSample <= 0 || singleSample > psids)
        singleSample = psids;
    const int sequentialSample =
        std::min(psids, std::max(0, parser.value(sequentialOption).toInt()));

    bench::BenchServer server(latency);
    if (!server.isListening()) {
        print(QStringLiteral("cannot listen on loopback"));
        return 1;
    }
    api::GraphClient client;
    api::AppConnection connection;
    connection.appId = kAppId;
    connection.baseUrl = server.url();
    connection.appSecret = QStringLiteral("bench-app-secret");
    client.setApp(connection);
    client.setPageToken(kAppId, kPageId, QStringLiteral("bench-page-token-0123456789"));

    print(QStringLiteral("bench_bulk_label: N=%1 PSIDs, latency %2 ms per request (server timer, "
                         "own thread), concurrency %3, batch size %4, %5 cores")
              .arg(psids)
              .arg(latency)
              .arg(concurrency)
              .arg(batchSize)
              .arg(QThread::idealThreadCount()));
    if (concurrency > 6)
        print(QStringLiteral("note: Qt opens at most 6 HTTP/1.1 connections per host, so at most "
                             "6 requests are really in flight"));

    // A short warm-up so connection set-up is not billed to the first run.
    runSingles(client, server, concurrency, concurrency);

    const Run bulk = runBulk(client, server, psids, concurrency, batchSize);
    const Run single = runSingles(client, server, singleSample, concurrency);
    const Run sequential = runSingles(client, server, sequentialSample, 1);

    const int batches = (psids + batchSize - 1) / batchSize;
    const double boundMs = double(batches) / concurrency * latency;
    const double singleScaled = single.wallMs * psids / single.calls;
    print(describe("(a) BulkJob, batches", bulk, psids));
    print(describe("(b) one call per PSID, same concurrency", single, psids));
    if (sequentialSample > 0)
        print(describe("(c) one call per PSID, sequential", sequential, psids));
    print(QStringLiteral("requests: %1 (bulk) vs %2 (one per PSID): %3x fewer")
              .arg(bulk.requests)
              .arg(psids)
              .arg(double(psids) / std::max(1, bulk.requests), 0, 'f', 1));
    print(QStringLiteral("ratio (b)/(a): %1x faster through BulkJob (target >= 50x)")
              .arg(singleScaled / bulk.wallMs, 0, 'f', 1));
    if (sequentialSample > 0)
        print(QStringLiteral("ratio (c)/(a): %1x faster than one call at a time")
                  .arg(sequential.wallMs * psids / sequential.calls / bulk.wallMs, 0, 'f', 1));
    // Where the time goes: a request's turn in its slot is the latency plus client and
    // server work; at equal concurrency (b)/(a) can reach 50x only if a batch of 50 costs
    // no more than a single call.
    print(
        QStringLiteral("time per request and slot: %1 ms bulk, %2 ms one per PSID (latency %3 ms)")
            .arg(bulk.wallMs * concurrency / std::max(1, bulk.requests), 0, 'f', 1)
            .arg(single.wallMs * concurrency / std::max(1, single.requests), 0, 'f', 1)
            .arg(latency));
    print(QStringLiteral("bound ceil(%1/%2)/%3 x %4 ms = %5 ms; bulk took %6 ms = %7x the bound "
                         "(target <= 1.5x)")
              .arg(psids)
              .arg(batchSize)
              .arg(concurrency)
              .arg(latency)
              .arg(boundMs, 0, 'f', 0)
              .arg(bulk.wallMs, 0, 'f', 1)
              .arg(boundMs > 0 ? bulk.wallMs / boundMs : 0.0, 0, 'f', 2));
    print(QStringLiteral("batch items seen by the server: %1; all labelled: %2")
              .arg(server.batchItemCount())
              .arg(bulk.succeeded == psids ? QStringLiteral("yes") : QStringLiteral("NO")));
    // Never a timing verdict; only a broken run (labels not applied) is an error.
    return bulk.succeeded == psids && single.succeeded == single.calls ? 0 : 1;
}
