// The sending engine against a real LocalGraph on loopback: batches of 50, the journal
// marked before a batch leaves, results per person, rate refusals sent again, resets made
// unknown and never sent again, pause/resume/cancel.
#include "memoryledger.h"
#include "sandboxharness.h"

#include "api/sandbox/contactbook.h"
#include "api/sandbox/sandboxstate.h"
#include "models/broadcasts/broadcastrunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace mdesk;
using models::BroadcastRunner;
namespace RS = models::RecipientState;

class TstBroadcastRunner : public QObject
{
    Q_OBJECT

private:
    sandbox::PageState &page(sandboxtest::SandboxHarness &h)
    {
        return *h.graph().state().page(h.pageId(0, 0));
    }
    // count people of page (0, 0) whose window LocalGraph holds open (they wrote a minute ago).
    QStringList psids(sandboxtest::SandboxHarness &h, int count)
    {
        QStringList out;
        sandbox::ContactBook &book = page(h).contacts;
        const qint64 now = h.graph().state().now().toSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            const QString psid = h.psid(0, 0, i);
            if (!book.byPsid(psid)) {
                sandbox::Contact contact;
                contact.psid = psid;
                contact.threadId = QStringLiteral("t_%1").arg(900000 + i);
                book.add(contact);
            }
            book.setLastInbound(psid, now - 60);
            book.setUnavailable(psid, false);
            out.append(psid);
        }
        return out;
    }
    BroadcastRunner::Setup setup(sandboxtest::SandboxHarness &h, int count)
    {
        BroadcastRunner::Setup s;
        s.broadcastId = 7;
        s.message = QJsonObject{{QStringLiteral("text"), QStringLiteral("Sale starts today")}};
        s.psids = psids(h, count);
        s.options = h.on(0, 0);
        return s;
    }
    // How many times each PSID got a message from the sandbox's point of view.
    QHash<QString, int> received(sandboxtest::SandboxHarness &h)
    {
        QHash<QString, int> out;
        for (const auto &sent : page(h).sentMessages)
            ++out[sent.recipientId];
        return out;
    }

    // Each engine test that says so runs twice: the ledger written on the runner's thread,
    // and written from a ledger thread of its own as the store's is.
    static void ledgerThreads()
    {
        QTest::addColumn<bool>("threaded");
        QTest::newRow("ledger on the runner's thread") << false;
        QTest::newRow("ledger on its own thread") << true;
    }
    // The writes happened where the ledger asked for them.
    static bool wroteWhereAsked(const broadcaststest::MemoryLedger &ledger, bool threaded)
    {
        return !ledger.writers.isEmpty() &&
               ledger.writers.contains(QThread::currentThread()) == !threaded;
    }

private Q_SLOTS:
    void sendsEveryoneInBatchesMarkedBeforeTheyLeave_data() { ledgerThreads(); }
    void sendsEveryoneInBatchesMarkedBeforeTheyLeave()
    {
        QFETCH(bool, threaded);
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger(threaded);
        // Every answered call: whoever Graph delivered to was marked sending before.
        int unmarked = 0;
        connect(&h.graph(), &sandbox::LocalGraph::callServed, this, [&] {
            for (const auto &sent : page(h).sentMessages)
                unmarked += ledger.wasEverSending(sent.recipientId) ? 0 : 1;
        });
        BroadcastRunner runner(&h.client(), &ledger, setup(h, 120));
        runner.setConcurrency(2);
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        QSignalSpy progress(&runner, &BroadcastRunner::progress);
        runner.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), models::BroadcastState::Finished);
        QCOMPARE(unmarked, 0);
        QCOMPARE(runner.requestsSent(), 3); // ceil(120 / 50)
        QCOMPARE(progress.size(), 3);
        QCOMPARE(runner.count(RS::Sent), 120);
        QCOMPARE(ledger.state, models::BroadcastState::Finished);
        const auto got = received(h);
        QCOMPARE(got.size(), 120);
        for (const auto &result : runner.results()) {
            QCOMPARE(got.value(result.psid), 1);
            QVERIFY(!result.messageId.isEmpty());
            QCOMPARE(ledger.states.value(result.psid), RS::Sent);
        }
        QCOMPARE(runner.msRemaining(), 0);
        QVERIFY(wroteWhereAsked(ledger, threaded));
    }

    void rateRefusalsAreSentAgainAndResetsBecomeUnknown()
    {
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger;
        BroadcastRunner runner(&h.client(), &ledger, setup(h, 100));
        runner.setConcurrency(1);
        api::RateGovernor::Config fast = h.client().governor()->config();
        fast.baseBackoffMs = 10;
        fast.maxBackoffMs = 20;
        h.client().governor()->setConfig(fast);
        // First batch: 613 (refused, not sent); second: connection reset (may have arrived).
        sandbox::FaultConfig faults;
        faults.errorRates.insert(613, 1.0);
        faults.count = 1;
        h.graph().setFaults(faults);
        int calls = 0;
        connect(&h.graph(), &sandbox::LocalGraph::callServed, this, [&] {
            if (++calls == 1) {
                sandbox::FaultConfig reset;
                reset.reset = 1.0;
                reset.count = 1;
                h.graph().setFaults(reset);
            }
        });
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20000));
        // 613 on the first 50: sent again; the reset hit them again: unknown, never re-sent.
        QCOMPARE(runner.count(RS::Unknown), 50);
        QCOMPARE(runner.count(RS::Sent), 50);
        QCOMPARE(runner.requestsSent(), 3);
        const auto got = received(h);
        for (const auto &result : runner.results()) {
            QVERIFY(got.value(result.psid) <= 1);
            if (result.state == RS::Unknown) {
                QCOMPARE(ledger.states.value(result.psid), RS::Unknown);
                QCOMPARE(ledger.sendingMarks.value(result.psid), 2); // 613, then the reset
                QVERIFY(!result.error.value(QStringLiteral("text")).toString().isEmpty());
            }
        }
    }

    // A freed slot should not wait for the disk: the next batches are marked while all
    // slots are busy, never more than concurrency() - 1 of them ahead.
    void nextBatchesAreMarkedWhileSlotsAreBusy()
    {
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger;
        BroadcastRunner runner(&h.client(), &ledger, setup(h, 200));
        runner.setConcurrency(2);
        int marksWithAllSlotsBusy = 0;
        int mostMarkedAhead = 0;
        ledger.onMarkSending = [&](const QStringList &psids) {
            if (runner.inFlight() == 2) {
                ++marksWithAllSlotsBusy;
                mostMarkedAhead = std::max(mostMarkedAhead, int(psids.size()));
            }
        };
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(runner.count(RS::Sent), 200);
        QVERIFY2(marksWithAllSlotsBusy > 0, "every mark waited for a free slot");
        QVERIFY2(mostMarkedAhead <= 50, qPrintable(QString::number(mostMarkedAhead)));
        for (auto it = ledger.sendingMarks.cbegin(); it != ledger.sendingMarks.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void pauseHoldsNewBatchesAndResumeFinishes_data()
    {
        QTest::addColumn<bool>("threaded");
        QTest::addColumn<int>("pauseAt");
        QTest::newRow("runner's thread, pause after the first batch") << false << 50;
        QTest::newRow("own thread, pause after the first batch") << true << 50;
        // The last batch may be on the network already: Resume then has nothing to send,
        // and the broadcast ends once its last write (the state Running) is done.
        QTest::newRow("runner's thread, pause after the second batch") << false << 100;
        QTest::newRow("own thread, pause after the second batch") << true << 100;
    }
    void pauseHoldsNewBatchesAndResumeFinishes()
    {
        QFETCH(bool, threaded);
        QFETCH(int, pauseAt);
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger(threaded);
        BroadcastRunner runner(&h.client(), &ledger, setup(h, 150));
        runner.setConcurrency(1);
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        // The next batch leaves as soon as a slot frees, before the answer is written and
        // told: a pause at a progress may find it on the network already.
        int sentAtPause = 0;
        connect(&runner, &BroadcastRunner::progress, &runner, [&](int done) {
            if (done == pauseAt) {
                runner.pause();
                sentAtPause = runner.requestsSent();
            }
        });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(runner.isPaused(), 10000);
        QTRY_COMPARE(ledger.currentState(), models::BroadcastState::Paused);
        const int batchesDone = pauseAt / 50;
        QVERIFY(sentAtPause == batchesDone || sentAtPause == batchesDone + 1);
        QVERIFY(!finished.wait(300)); // nothing more while paused
        QCOMPARE(runner.requestsSent(), sentAtPause);
        QCOMPARE(page(h).messagesSent, 50 * sentAtPause);
        QCOMPARE(runner.inFlight(), 0);
        runner.resume();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), models::BroadcastState::Finished);
        QCOMPARE(runner.count(RS::Sent), 150);
        QCOMPARE(page(h).messagesSent, 150);
        QCOMPARE(ledger.state, models::BroadcastState::Finished);
        QVERIFY(wroteWhereAsked(ledger, threaded));
    }

    void cancelSkipsTheRestAndWaitsForTheBatchInFlight()
    {
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger;
        BroadcastRunner runner(&h.client(), &ledger, setup(h, 200));
        runner.setConcurrency(1);
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        runner.start();
        QTRY_COMPARE(runner.requestsSent(), 1);
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), models::BroadcastState::Cancelled);
        QCOMPARE(runner.count(RS::Sent), 50);
        QCOMPARE(runner.count(RS::Skipped), 150);
        QCOMPARE(page(h).messagesSent, 50);
    }

    void skipCheckAtSendTimeAndJournalFailureStops()
    {
        sandboxtest::SandboxHarness h;
        broadcaststest::MemoryLedger ledger;
        auto s = setup(h, 60);
        const QString closed = s.psids.at(3);
        BroadcastRunner runner(&h.client(), &ledger, s);
        runner.setSkipCheck([&](const QString &psid) {
            return psid == closed ? QStringLiteral("window_closed") : QString();
        });
        QSignalSpy finished(&runner, &BroadcastRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.count(RS::Skipped), 1);
        QCOMPARE(ledger.states.value(closed), RS::Skipped);
        QVERIFY(!received(h).contains(closed));

        broadcaststest::MemoryLedger refusing;
        refusing.refuse = true;
        const int before = page(h).messagesSent;
        BroadcastRunner second(&h.client(), &refusing, setup(h, 10));
        QSignalSpy secondFinished(&second, &BroadcastRunner::finished);
        second.start();
        QVERIFY(secondFinished.wait(10000));
        QCOMPARE(secondFinished.first().first().toString(), models::BroadcastState::Stopped);
        QVERIFY(second.stopReason().contains(QStringLiteral("disk full")));
        QCOMPARE(page(h).messagesSent, before); // nothing left without a committed mark
    }
};

QTEST_GUILESS_MAIN(TstBroadcastRunner)
#include "tst_broadcastrunner.moc"
