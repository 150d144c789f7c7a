#include "models/store/database.h"
#include "models/store/eventjournal.h"

#include "api/appsecretproof.h"
#include "api/eventhub.h"
#include "sandboxharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mdesk;
using namespace mdesk::store;

namespace {

api::GraphEvent makeEvent(const QString &op, const QString &txId, const QDateTime &when,
                          const QString &extra = {})
{
    api::GraphEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.op = op;
    event.outcome = api::EventOutcome::Succeeded;
    event.topic = api::GraphEvent::topicFor(op, event.outcome);
    event.transactionId = txId;
    event.source = QStringLiteral("gui");
    event.initializedAt = when;
    event.occurredAt = when;
    event.appId = QStringLiteral("app1");
    event.pageId = QStringLiteral("page1");
    event.httpStatus = 200;
    event.durationMs = 12;
    event.data = {{QStringLiteral("op"), op},
                  {QStringLiteral("app_id"), event.appId},
                  {QStringLiteral("page_id"), event.pageId},
                  {QStringLiteral("attempt"), 1},
                  {QStringLiteral("response"),
                   QJsonObject{{QStringLiteral("status"), 200}, {QStringLiteral("body"), extra}}}};
    return event;
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestEventJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void burstIsQueuedAndWrittenOffTheCallersThread();
    void onTheCallersThreadWritesOnTimerFlushAndEnd();
    void roundTripKeepsWhatTheLogShows();
    void earlierRunsAreTheOtherRunsEvents();
    void searchByTxIdAndByWord();
    void retentionByCount();
    void retentionByAge();
    void hubEventsReachTheFile();
    void noSecretReachesTheFile();
    void twoProcessesWriteAtOnce();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestEventJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(path());
    QVERIFY(m_database->open().ok);
}

void TestEventJournal::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestEventJournal::burstIsQueuedAndWrittenOffTheCallersThread()
{
    EventJournal journal(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 20000; ++i)
        journal.append(makeEvent(QStringLiteral("get_labels"), QStringLiteral("tx-burst"), now));
    journal.flush();
    QCOMPARE(journal.count(), 20000);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT run_id) FROM events")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// The CLI's way: no writer thread, this thread's connection writes on the flush interval,
// in flush() and as the journal ends; retention and search work the same.
void TestEventJournal::onTheCallersThreadWritesOnTimerFlushAndEnd()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString txId = QStringLiteral("tx-here");
    {
        EventJournal journal(*m_database, EventJournal::Writing::OnTheCallersThread);
        journal.setFlushInterval(20);
        for (int i = 0; i < 3; ++i)
            journal.append(makeEvent(QStringLiteral("list_custom_labels"), txId, now));
        QCOMPARE(journal.count(), 0); // queued: this thread has not returned to its loop yet
        QTRY_COMPARE(journal.count(), 3);
        journal.setFlushInterval(60 * 60 * 1000);
        journal.append(makeEvent(QStringLiteral("label_user"), txId, now));
        journal.flush();
        QCOMPARE(journal.findByTxId(txId).size(), 4);
        journal.setRetention({90, 2});
        journal.prune();
        QCOMPARE(journal.count(), 2);
        journal.append(makeEvent(QStringLiteral("unlabel_user"), txId, now));
    } // the last one is written as the journal ends
    EventJournal journal(*m_database);
    const auto earlier = journal.findByTxId(txId);
    QCOMPARE(earlier.size(), 3);
    QCOMPARE(earlier.last().event.op, QStringLiteral("unlabel_user"));
}

void TestEventJournal::roundTripKeepsWhatTheLogShows()
{
    const QDateTime when =
        QDateTime::fromString(QStringLiteral("2026-03-01T10:20:30.456Z"), Qt::ISODateWithMs);
    const api::GraphEvent original = makeEvent(QStringLiteral("set_messenger_profile"),
                                               QStringLiteral("tx-1"), when, QStringLiteral("ok"));
    {
        EventJournal journal(*m_database);
        journal.append(original);
    } // the destructor writes what is queued
    EventJournal journal(*m_database);
    const auto earlier = journal.earlierRuns(10);
    QCOMPARE(earlier.size(), 1);
    const api::GraphEvent &back = earlier.first().event;
    QCOMPARE(back.toJson(), original.toJson());
    QCOMPARE(back.op, original.op);
    QCOMPARE(back.pageId, original.pageId);
    QCOMPARE(back.httpStatus, 200);
    QCOMPARE(back.outcome, api::EventOutcome::Succeeded);
    QCOMPARE(back.occurredAt, when);
}

void TestEventJournal::earlierRunsAreTheOtherRunsEvents()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString firstRun;
    {
        EventJournal first(*m_database);
        firstRun = first.runId();
        for (int i = 0; i < 30; ++i)
            first.append(makeEvent(QStringLiteral("op%1").arg(i), QStringLiteral("tx-a"), now));
    }
    EventJournal second(*m_database);
    QVERIFY(second.runId() != firstRun);
    second.append(makeEvent(QStringLiteral("current"), QStringLiteral("tx-b"), now));
    second.flush();
    const auto earlier = second.earlierRuns(10);
    QCOMPARE(earlier.size(), 10); // the newest ten, oldest first
    QCOMPARE(earlier.first().event.op, QStringLiteral("op20"));
    QCOMPARE(earlier.last().event.op, QStringLiteral("op29"));
    for (const auto &stored : earlier)
        QCOMPARE(stored.runId, firstRun);
}

void TestEventJournal::searchByTxIdAndByWord()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString tx = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EventJournal journal(*m_database);
    for (int i = 0; i < 200; ++i)
        journal.append(
            makeEvent(QStringLiteral("get_labels"), QStringLiteral("tx-%1").arg(i), now));
    journal.append(
        makeEvent(QStringLiteral("send_message"), tx, now, QStringLiteral("the quick zebra")));
    journal.append(makeEvent(QStringLiteral("send_message"), tx, now, QStringLiteral("done")));
    journal.flush();
    QCOMPARE(journal.findByTxId(tx).size(), 2);
    QCOMPARE(journal.search(tx).size(), 2);
    const auto zebra = journal.search(QStringLiteral("zebra"));
    QCOMPARE(zebra.size(), 1);
    QCOMPARE(zebra.first().event.transactionId, tx);
    QCOMPARE(journal.search(QStringLiteral("quick zebra")).size(), 1);
    QCOMPARE(journal.search(QStringLiteral("zebra giraffe")).size(), 0);
    QCOMPARE(journal.search(QStringLiteral("send_message")).size(), 2);
    QCOMPARE(journal.search(QStringLiteral("\"OR -")).size(), 0); // no FTS syntax error
    QCOMPARE(journal.search(QStringLiteral("get_labels"), 50).size(), 50);
}

void TestEventJournal::retentionByCount()
{
    EventJournal journal(*m_database);
    journal.setRetention({90, 100});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 250; ++i)
        journal.append(makeEvent(QStringLiteral("op%1").arg(i), QStringLiteral("tx"), now));
    journal.flush();
    journal.prune();
    QCOMPARE(journal.count(), 100);
    QCOMPARE(journal.search(QStringLiteral("op149")).size(), 0); // gone from the index too
    QCOMPARE(journal.search(QStringLiteral("op150")).size(), 1);
}

void TestEventJournal::retentionByAge()
{
    EventJournal journal(*m_database);
    journal.setRetention({90, 1000000});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    journal.append(makeEvent(QStringLiteral("ancient"), QStringLiteral("tx"), now.addDays(-91)));
    journal.append(makeEvent(QStringLiteral("old"), QStringLiteral("tx"), now.addDays(-89)));
    journal.append(makeEvent(QStringLiteral("fresh"), QStringLiteral("tx"), now));
    journal.flush();
    journal.prune();
    QCOMPARE(journal.count(), 2);
    QCOMPARE(journal.search(QStringLiteral("ancient")).size(), 0);
    QCOMPARE(journal.search(QStringLiteral("old")).size(), 1);
}

void TestEventJournal::hubEventsReachTheFile()
{
    EventJournal journal(*m_database);
    api::EventHub hub;
    journal.attach(&hub);
    hub.publish(makeEvent(QStringLiteral("get_labels"), QStringLiteral("tx-hub"),
                          QDateTime::currentDateTimeUtc()));
    journal.flush();
    QCOMPARE(journal.findByTxId(QStringLiteral("tx-hub")).size(), 1);
}

void TestEventJournal::noSecretReachesTheFile()
{
    sandboxtest::SandboxHarness harness;
    EventJournal journal(*m_database);
    journal.attach(harness.client().events());
    // App 0 requires appsecret_proof: the request carries token and proof.
    const auto app = harness.graph().apps().at(0);
    QVERIFY(app.requireAppSecretProof);
    const QString token = harness.pageToken(0, 0);
    const api::GraphResult result =
        harness.call(QStringLiteral("fetch_messenger_profile"),
                     {{QStringLiteral("fields"), QStringLiteral("greeting")}});
    QVERIFY2(result.isOk(), sandboxtest::describe(result).constData());
    journal.flush();
    QVERIFY(journal.count() >= 2); // started and succeeded
    const QByteArray bytes = fileBytes(path());
    QVERIFY(bytes.contains("mb_fetch_messenger_profile_succeeded")); // the events are there
    QVERIFY(bytes.contains(harness.pageId(0, 0).toUtf8()));
    QVERIFY(!token.isEmpty() && !app.secret.isEmpty());
    for (const QString &secret : {token, app.secret, api::appSecretProof(app.secret, token)})
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret reached the database file");
}

// A GUI and a CLI on one file: both append at once, neither sees "database is locked",
// every event of both is there.
void TestEventJournal::twoProcessesWriteAtOnce()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    child.setReadChannel(QProcess::StandardError);
    child.start(QStringLiteral(MDESK_STORE_CRASH_HELPER_BINARY),
                {QStringLiteral("events"), path(), QStringLiteral("20000")});
    QVERIFY(child.waitForStarted());
    EventJournal journal(*m_database);
    journal.setFlushInterval(20);
    QSignalSpy failures(&journal, &EventJournal::writeFailed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 20000; ++i) {
        journal.append(makeEvent(QStringLiteral("get_labels"), QStringLiteral("parent"), now));
        if (i % 1000 == 0)
            journal.flush(); // many small transactions, interleaved with the child's
    }
    journal.flush();
    QVERIFY(child.waitForFinished(120000));
    const QByteArray childErrors = child.readAllStandardError();
    QVERIFY2(child.exitCode() == 0, childErrors.constData());
    QVERIFY(!childErrors.contains("locked"));
    QCoreApplication::processEvents();
    QCOMPARE(failures.count(), 0);
    QCOMPARE(journal.findByTxId(QStringLiteral("parent"), 100000).size(), 20000);
    QCOMPARE(journal.findByTxId(QStringLiteral("child"), 100000).size(), 20000);
    QVERIFY(m_database->integrityCheck());
}

QTEST_GUILESS_MAIN(TestEventJournal)
#include "tst_eventjournal.moc"
