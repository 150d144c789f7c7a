// The spool beside the store: events of CLI runs that did not open it, appended whole,
// taken out in order, and never lost between an append and a take.
#include "models/store/database.h"
#include "models/store/eventjournal.h"
#include "models/store/eventspool.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <thread>

using namespace mdesk;
using namespace mdesk::store;

namespace {

api::GraphEvent eventFor(const QString &txId)
{
    api::GraphEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.op = QStringLiteral("list_custom_labels");
    event.outcome = api::EventOutcome::Succeeded;
    event.topic = api::GraphEvent::topicFor(event.op, event.outcome);
    event.transactionId = txId;
    event.source = QStringLiteral("cli");
    event.occurredAt = QDateTime::currentDateTimeUtc();
    event.data = {{QStringLiteral("op"), event.op}};
    return event;
}

QList<api::GraphEvent> eventsFor(const QString &txId, int count)
{
    QList<api::GraphEvent> events;
    for (int i = 0; i < count; ++i)
        events << eventFor(txId);
    return events;
}

// Every event the spool gives, chunk by chunk; the file is emptied after.
QList<QList<SpooledEvent>> takeEverything(EventSpool &spool, int *unreadable = nullptr,
                                          int chunkSize = 500)
{
    QList<QList<SpooledEvent>> chunks;
    QString error;
    const bool ok = spool.takeAll(
        [&chunks](const QList<SpooledEvent> &chunk) {
            chunks << chunk;
            return true;
        },
        &error, unreadable, chunkSize);
    if (!ok)
        qWarning("takeAll: %s", qPrintable(error));
    return chunks;
}

} // namespace

class TestEventSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eventsComeBackInOrderWithTheirRuns();
    void aTakeThatFailsLeavesEveryEvent();
    void aLineCutShortIsLeftOutAndTheNextAppendStartsAfresh();
    void anAppendWaitsWhileATakeHoldsTheFile();
    void aFolderThatCannotBeMadeIsNamed();
    void theJournalTakesEachEventInOnce();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEventSpool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEventSpool::eventsComeBackInOrderWithTheirRuns()
{
    EventSpool spool(storePath());
    QCOMPARE(spool.path(), storePath() + QStringLiteral("-spool"));
    QCOMPARE(spool.size(), 0);
    const QList<api::GraphEvent> first = eventsFor(QStringLiteral("tx-first"), 700);
    const QList<api::GraphEvent> second = eventsFor(QStringLiteral("tx-second"), 2);
    QString error;
    QVERIFY2(spool.append(QStringLiteral("run-a"), first, &error), qPrintable(error));
    QVERIFY2(spool.append(QStringLiteral("run-b"), second, &error), qPrintable(error));
    QVERIFY(spool.size() > 0);

    const QList<QList<SpooledEvent>> chunks = takeEverything(spool);
    QCOMPARE(chunks.size(), 2); // at most 500 a chunk
    QList<SpooledEvent> all = chunks.at(0) + chunks.at(1);
    QCOMPARE(all.size(), 702);
    for (int i = 0; i < 700; ++i) {
        QCOMPARE(all.at(i).runId, QStringLiteral("run-a"));
        QCOMPARE(all.at(i).event.toJson(), first.at(i).toJson());
    }
    QCOMPARE(all.at(701).runId, QStringLiteral("run-b"));
    QCOMPARE(all.at(701).event.transactionId, QStringLiteral("tx-second"));
    QCOMPARE(spool.size(), 0);
    QVERIFY(takeEverything(spool).isEmpty());
}

void TestEventSpool::aTakeThatFailsLeavesEveryEvent()
{
    EventSpool spool(storePath());
    QString error;
    QVERIFY(spool.append(QStringLiteral("run-a"), eventsFor(QStringLiteral("tx"), 3), &error));
    const qint64 size = spool.size();
    int offered = 0;
    QVERIFY(!spool.takeAll(
        [&offered](const QList<SpooledEvent> &chunk) {
            offered += int(chunk.size());
            return false;
        },
        &error));
    QCOMPARE(offered, 3);
    QCOMPARE(spool.size(), size);
    QCOMPARE(takeEverything(spool).value(0).size(), 3);
}

void TestEventSpool::aLineCutShortIsLeftOutAndTheNextAppendStartsAfresh()
{
    EventSpool spool(storePath());
    QString error;
    QVERIFY(spool.append(QStringLiteral("run-a"), eventsFor(QStringLiteral("tx-a"), 1), &error));
    {
        // A run killed in the middle of its write.
        QFile file(spool.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write(
            EventSpool::line(QStringLiteral("run-killed"), eventFor(QStringLiteral("x"))).left(40));
    }
    QVERIFY(spool.append(QStringLiteral("run-b"), eventsFor(QStringLiteral("tx-b"), 1), &error));
    int unreadable = 0;
    const QList<SpooledEvent> taken = takeEverything(spool, &unreadable).value(0);
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.at(0).event.transactionId, QStringLiteral("tx-a"));
    QCOMPARE(taken.at(1).event.transactionId, QStringLiteral("tx-b"));
    QCOMPARE(unreadable, 1);
}

// An append made while a take reads must neither be emptied with the file nor land in the
// middle: it waits for the lock and is in the file after the take.
void TestEventSpool::anAppendWaitsWhileATakeHoldsTheFile()
{
    EventSpool spool(storePath());
    QString error;
    QVERIFY(spool.append(QStringLiteral("run-a"), eventsFor(QStringLiteral("tx-a"), 1), &error));
    QSemaphore appended;
    std::thread appender;
    bool appendedDuringTake = true;
    QVERIFY(spool.takeAll(
        [&](const QList<SpooledEvent> &) {
            appender = std::thread([&] {
                EventSpool other(storePath());
                QString otherError;
                other.append(QStringLiteral("run-b"), eventsFor(QStringLiteral("tx-b"), 1),
                             &otherError);
                appended.release();
            });
            // The assertion itself: in 300 ms the append does not get through the lock.
            appendedDuringTake = appended.tryAcquire(1, 300);
            return true;
        },
        &error));
    appender.join();
    QVERIFY(!appendedDuringTake);
    const QList<SpooledEvent> left = takeEverything(spool).value(0);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().runId, QStringLiteral("run-b"));
}

void TestEventSpool::aFolderThatCannotBeMadeIsNamed()
{
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    EventSpool spool(blocker + QStringLiteral("/store.sqlite"));
    QString error;
    QVERIFY(!spool.append(QStringLiteral("run"), eventsFor(QStringLiteral("tx"), 2), &error));
    // (No catalogue here: the source text's plural.)
    QVERIFY2(error.startsWith(QStringLiteral("2 event(s) could not be written to ")),
             qPrintable(error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
}

// Taken in twice (a run stopped between the journal's commit and emptying the file): each
// event is kept once, with the run that made it.
void TestEventSpool::theJournalTakesEachEventInOnce()
{
    Database database(storePath());
    QVERIFY(database.open().ok);
    EventJournal journal(database, EventJournal::Writing::OnTheCallersThread);
    QList<SpooledEvent> spooled;
    for (const api::GraphEvent &event : eventsFor(QStringLiteral("tx-spooled"), 3))
        spooled << SpooledEvent{QStringLiteral("cli-run"), event};
    QString error;
    QVERIFY2(journal.takeIn(spooled, &error), qPrintable(error));
    QVERIFY2(journal.takeIn(spooled, &error), qPrintable(error));
    const QList<StoredEvent> stored = journal.findByTxId(QStringLiteral("tx-spooled"));
    QCOMPARE(stored.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(stored.at(i).runId, QStringLiteral("cli-run"));
        QCOMPARE(stored.at(i).event.id, spooled.at(i).event.id);
    }
}

QTEST_GUILESS_MAIN(TestEventSpool)
#include "tst_eventspool.moc"
