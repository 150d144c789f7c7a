// A broadcast to N open-window people against a loopback server that adds a fixed latency
// per request, measured side by side in one run:
//   (a) BroadcastRunner: batches of 50, C batches in flight, every batch marked `sending`
//       in a real SQLite journal (synchronous=FULL, written on the runner's ledger thread)
//       before it leaves, results recorded;
//   (b) one send_message call per person with C calls in flight (a sample, scaled to N).
// Prints wall times, the bound ceil(N/50)/C x latency and the ratio to it (target <= 1.3x),
// (b)/(a), and the journal's share of (a)'s wall time. Figures only: never fails on timing.
//
//   bench_broadcast [--people N] [--latency MS] [--concurrency C] [--single-sample S]

#include "api/graphclient.h"
#include "benchserver.h"
#include "models/broadcasts/broadcastbook.h"
#include "models/broadcasts/broadcastrunner.h"
#include "models/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <ctime>

using namespace mdesk;

namespace {

const QString kAppId = QStringLiteral("1001");
const QString kPageId = QStringLiteral("2002");

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Forwards to the store's journal and adds up the time spent in it.
class TimedLedger : public models::BroadcastLedger
{
public:
    explicit TimedLedger(models::BroadcastLedger &inner)
        : m_inner(inner)
    {}
    std::optional<QStringList> markSending(qint64 id, const QStringList &psids,
                                           QString *error) override
    {
        std::optional<QStringList> marked;
        const qint64 before = m_ns;
        timed([&] {
            marked = m_inner.markSending(id, psids, error);
            return true;
        });
        m_markNs += m_ns - before;
        return marked;
    }
    bool markPending(qint64 id, const QStringList &psids, QString *error) override
    {
        return timed([&] { return m_inner.markPending(id, psids, error); });
    }
    bool record(qint64 id, const QList<models::RecipientResult> &results, QString *error) override
    {
        return timed([&] { return m_inner.record(id, results, error); });
    }
    bool setBroadcastState(qint64 id, const QString &state, const QString &note,
                           QString *error) override
    {
        return timed([&] { return m_inner.setBroadcastState(id, state, note, error); });
    }
    bool writesFromAnyThread() const override { return m_inner.writesFromAnyThread(); }
    void releaseThread() override { m_inner.releaseThread(); }
    double ms() const { return double(m_ns) / 1e6; }
    double markMs() const { return double(m_markNs) / 1e6; }

private:
    template<typename F> bool timed(F f)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = f();
        m_ns += timer.nsecsElapsed();
        return ok;
    }
    models::BroadcastLedger &m_inner;
    qint64 m_ns = 0;
    qint64 m_markNs = 0;
};

// CPU time of the calling thread: the GUI thread's share of the work, which Qt's network
// thread waits on for every request body it sends.
double cpuMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

// All threads': GUI, Qt's network thread, the journal's and the loopback server's share
// the machine's cores.
double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

QStringList people(int count, int offset)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QString::number(7100000000000000LL + offset + i));
    return out;
}

QJsonObject message()
{
    return {{QStringLiteral("text"), QStringLiteral("Our spring sale starts today.")}};
}

// One send_message per person, at most `concurrency` in flight.
double runSingles(api::GraphClient &client, const QStringList &psids, int concurrency)
{
    api::CallOptions options{kAppId, kPageId, {}, QStringLiteral("bench"), 0, {}, false};
    int next = 0;
    int done = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (next < psids.size() && next - done < concurrency) {
            const QJsonObject input{{QStringLiteral("messaging_type"), QStringLiteral("UPDATE")},
                                    {QStringLiteral("recipient"),
                                     QJsonObject{{QStringLiteral("id"), psids.at(next++)}}},
                                    {QStringLiteral("message"), message()}};
            auto *reply = client.call(QStringLiteral("send_message"), input, options);
            QObject::connect(reply, &api::GraphReply::finished, &loop, [&] {
                ++done;
                if (done == psids.size())
                    loop.quit();
                else
                    launch();
            });
        }
    };
    QElapsedTimer timer;
    timer.start();
    launch();
    if (!psids.isEmpty())
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Broadcast benchmark"));
    parser.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("Recipients."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Server latency per request (ms)."),
                                           QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."),
                                               QStringLiteral("C"), QStringLiteral("4"));
    const QCommandLineOption singleOption(
        QStringLiteral("single-sample"),
        QStringLiteral("People for one call each at the same concurrency (0: all)."),
        QStringLiteral("S"), QStringLiteral("1000"));
    parser.addOptions({peopleOption, latencyOption, concurrencyOption, singleOption});
    parser.process(app);
    const int count = std::max(1, parser.value(peopleOption).toInt());
    const int latency = std::max(0, parser.value(latencyOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    int sample = parser.value(singleOption).toInt();
    if (sample <= 0 || sample > count)
        sample = count;

    QTemporaryDir dir;
    store::Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    const store::OpenResult opened = database.open();
    if (!opened.ok) {
        print(QStringLiteral("cannot open the store: %1").arg(opened.error));
        return 1;
    }
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
    print(QStringLiteral("bench_broadcast: N=%1 open-window people, latency %2 ms per request, "
                         "concurrency %3, batches of 50, %4 cores")
              .arg(count)
              .arg(latency)
              .arg(concurrency)
              .arg(QThread::idealThreadCount()));
    runSingles(client, people(concurrency, 900000), concurrency); // warm-up

    // (a) the engine with the real journal.
    models::BroadcastBook book(database, kAppId, kPageId);
    models::Eligibility eligibility;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &psid : people(count, 0)) {
        models::AudiencePerson person;
        person.psid = psid;
        person.lastInbound = now.addSecs(-60);
        eligibility.reachable.append(person);
    }
    QElapsedTimer setupTimer;
    setupTimer.start();
    models::BroadcastDraft draft;
    draft.name = QStringLiteral("bench");
    draft.message = message();
    const auto id = book.create(draft, eligibility, now.toMSecsSinceEpoch());
    const double createMs = double(setupTimer.nsecsElapsed()) / 1e6;
    if (!id) {
        print(QStringLiteral("cannot create the broadcast: %1").arg(book.lastError()));
        return 1;
    }
    if (!book.claim(*id)) {
        print(book.lastError());
        return 1;
    }
    TimedLedger ledger(book);
    models::BroadcastRunner::Setup setup;
    setup.broadcastId = *id;
    setup.message = message();
    setup.psids = people(count, 0);
    setup.options = {kAppId, kPageId, {}, QStringLiteral("bench"), 0, {}, false};
    models::BroadcastRunner runner(&client, &ledger, setup);
    runner.setConcurrency(concurrency);
    const int before = server.requestCount();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuMs();
    const double processCpuBefore = processCpuMs();
    QEventLoop loop;
    QObject::connect(&runner, &models::BroadcastRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    const double engineMs = double(timer.nsecsElapsed()) / 1e6;
    const double engineCpuMs = threadCpuMs() - cpuBefore;
    const double processCpu = processCpuMs() - processCpuBefore;
    const int requests = server.requestCount() - before;

    // (b) one call per person, a sample.
    const double singleMs = runSingles(client, people(sample, 500000), concurrency);
    const double singleScaled = singleMs * count / sample;

    const int batches = (count + 49) / 50;
    const double boundMs = double(batches) / concurrency * latency;
    print(QStringLiteral("(a) engine: %1 sent, %2 requests, wall %3 ms (+ %4 ms to store the "
                         "broadcast and its %5 rows)")
              .arg(runner.count(models::RecipientState::Sent))
              .arg(requests)
              .arg(engineMs, 0, 'f', 1)
              .arg(createMs, 0, 'f', 1)
              .arg(count));
    print(QStringLiteral("(b) one call per person, same concurrency: %1 people in %2 ms -> %3 ms "
                         "for %4")
              .arg(sample)
              .arg(singleMs, 0, 'f', 1)
              .arg(singleScaled, 0, 'f', 0)
              .arg(count));
    print(QStringLiteral("bound ceil(%1/50)/%2 x %3 ms = %4 ms; the engine took %5x the bound "
                         "(target <= 1.3x)")
              .arg(count)
              .arg(concurrency)
              .arg(latency)
              .arg(boundMs, 0, 'f', 1)
              .arg(engineMs / std::max(1.0, boundMs), 0, 'f', 2));
    print(QStringLiteral("ratio (b)/(a): %1x faster through batches")
              .arg(singleScaled / engineMs, 0, 'f', 1));
    print(QStringLiteral("journal: %1 ms, as long as %3% of the wall time of %2 ms, on its "
                         "own thread (marks, committed with synchronous=FULL: %4 ms; results "
                         "and states: %5 ms)")
              .arg(ledger.ms(), 0, 'f', 1)
              .arg(engineMs, 0, 'f', 1)
              .arg(100.0 * ledger.ms() / engineMs, 0, 'f', 1)
              .arg(ledger.markMs(), 0, 'f', 1)
              .arg(ledger.ms() - ledger.markMs(), 0, 'f', 1));
    print(QStringLiteral("GUI thread CPU during (a): %1 ms, %2 ms per batch of 50")
              .arg(engineCpuMs, 0, 'f', 1)
              .arg(engineCpuMs / batches, 0, 'f', 2));
    print(QStringLiteral("process CPU during (a), all threads and the server's: %1 ms, %2% of "
                         "the %3 ms the machine's %4 cores had")
              .arg(processCpu, 0, 'f', 1)
              .arg(100.0 * processCpu / (engineMs * QThread::idealThreadCount()), 0, 'f', 1)
              .arg(engineMs * QThread::idealThreadCount(), 0, 'f', 0)
              .arg(QThread::idealThreadCount()));
    print(QStringLiteral("journal file: %1 KiB").arg(QFileInfo(database.path()).size() / 1024));
    return 0;
}
