// ConversationSync against LocalGraph with a few hundred contacts and a real SQLite file:
// a first sync stores every thread with its window, a second reads only what changed, a
// thread whose inline messages hold no inbound one is read, and a sync that fails or is
// cancelled keeps every page it finished and resumes.
#include "api/sandbox/contactbook.h"
#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxstate.h"
#include "models/audience/conversationsync.h"
#include "models/audience/threadscan.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/syncstatestore.h"
#include "sandboxharness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdlib>
#include <memory>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using Outcome = models::ConversationSync::Outcome;

namespace {

constexpr int kContacts = 230;
constexpr int kPageSize = 50; // 5 list pages for a full walk

sandbox::LocalGraphOptions withContacts()
{
    sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
    options.contactsPerPage = kContacts;
    return options;
}

} // namespace

class TestConversationSync : public QObject
{
    Q_OBJECT

private:
    QString pageId() const { return m_harness->pageId(0, 0); }
    store::ContactStore contacts() { return store::ContactStore(*m_database, pageId()); }

    std::unique_ptr<models::ConversationSync> newSync()
    {
        auto sync = std::make_unique<models::ConversationSync>(&m_harness->client(), *m_database,
                                                               m_harness->on());
        sync->setPageSize(kPageSize);
        return sync;
    }

    // Runs a sync to its end; its outcome.
    Outcome run(models::ConversationSync &sync)
    {
        QSignalSpy finished(&sync, &models::ConversationSync::finished);
        sync.start();
        if (!finished.wait(60000))
            return Outcome::Failed;
        [&] { QCOMPARE(finished.count(), 1); }();
        return finished.first().first().value<Outcome>();
    }

    // PSID -> the sandbox's last_inbound (ms) and window_open, by its own state.
    QHash<QString, std::pair<qint64, bool>> sandboxContacts()
    {
        QHash<QString, std::pair<qint64, bool>> result;
        const QJsonArray list = m_harness->pageState().value(QStringLiteral("contacts")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject contact = value.toObject();
            const auto inbound = models::ThreadScan::parseTime(
                contact.value(QStringLiteral("last_inbound")).toString());
            result.insert(
                contact.value(QStringLiteral("psid")).toString(),
                {inbound.value_or(-1), contact.value(QStringLiteral("window_open")).toBool()});
        }
        return result;
    }

    // The store holds exactly the sandbox's contacts with their inbound times and windows.
    void verifyStoreMatchesSandbox()
    {
        const auto expected = sandboxContacts();
        QCOMPARE(expected.size(), kContacts);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto stored = contacts().list({});
        QVERIFY(stored);
        QCOMPARE(stored->size(), expected.size());
        for (const store::Contact &contact : *stored) {
            QVERIFY2(expected.contains(contact.psid), qPrintable(contact.psid));
            const auto &[inbound, open] = expected.value(contact.psid);
            QCOMPARE(contact.lastInbound, std::optional<qint64>(inbound));
            // Whoever wrote 24 h ago give or take a few seconds may have crossed the line
            // between the two clocks' readings.
            if (std::abs(inbound + store::kMessagingWindowMs - now) > 5000)
                QCOMPARE(contact.windowOpen(now), open);
            QVERIFY(!contact.name.isEmpty());
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<store::Database> m_database;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        QFile::remove(path);
        m_database = std::make_unique<store::Database>(path);
        const store::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_harness = std::make_unique<SandboxHarness>(withContacts());
    }

    void firstSyncStoresEveryThreadWithItsWindow()
    {
        auto sync = newSync();
        QSignalSpy progress(sync.get(), &models::ConversationSync::progress);
        QCOMPARE(run(*sync), Outcome::Finished);
        verifyStoreMatchesSandbox();
        const auto &summary = sync->summary();
        QCOMPARE(summary.listRequests, (kContacts + kPageSize - 1) / kPageSize);
        QCOMPARE(summary.messageRequests, 0); // every thread ends with the person's message
        QCOMPARE(summary.threadsStored, kContacts);
        QCOMPARE(progress.count(), summary.listRequests);
        QCOMPARE(progress.last().at(1).toInt(), kContacts);
        const auto state = store::SyncStateStore(*m_database, pageId()).load();
        QVERIFY(state->finished);
        QVERIFY(state->resumeAfter.isEmpty());
    }

    void secondSyncReadsOnlyWhatChanged()
    {
        QCOMPARE(run(*newSync()), Outcome::Finished);
        auto unchanged = newSync();
        QCOMPARE(run(*unchanged), Outcome::Finished);
        QCOMPARE(unchanged->summary().listRequests, 1);
        QCOMPARE(unchanged->summary().messageRequests, 0);
        QCOMPARE(unchanged->summary().threadsStored, 0);

        // Three people write now: their threads move to the top.
        const auto sandbox = sandboxContacts();
        const QStringList writers = QStringList(sandbox.keyBegin(), sandbox.keyEnd()).mid(0, 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &psid : writers)
            QVERIFY(m_harness->setLastInbound(psid, now));
        auto changed = newSync();
        QCOMPARE(run(*changed), Outcome::Finished);
        QCOMPARE(changed->summary().listRequests, 1);
        QCOMPARE(changed->summary().messageRequests, 0);
        QCOMPARE(changed->summary().threadsStored, 3);
        for (const QString &psid : writers)
            QCOMPARE(contacts().contact(psid)->lastInbound,
                     std::optional<qint64>(now.toSecsSinceEpoch() * 1000));
        verifyStoreMatchesSandbox();
    }

    void aThreadEndingInPageMessagesIsRead()
    {
        QCOMPARE(run(*newSync()), Outcome::Finished);
        // The Page answered six times since the person last wrote: the five inline messages
        // are all the Page's, so the sync must read further back for the inbound time.
        const QString psid = m_harness->psid(0, 0, 0);
        auto *book = &m_harness->graph().state().page(pageId())->contacts;
        const qint64 inbound = book->byPsid(psid)->lastInbound;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 6; ++i)
            book->appendSent(psid, {QStringLiteral("m_test%1").arg(i),
                                    QStringLiteral("Reply %1").arg(i), true, now - 6 + i});
        auto sync = newSync();
        QCOMPARE(run(*sync), Outcome::Finished);
        QCOMPARE(sync->summary().threadsStored, 1);
        QCOMPARE(sync->summary().messageRequests, 1);
        const auto contact = contacts().contact(psid);
        QCOMPARE(contact->lastInbound, std::optional<qint64>(inbound * 1000));
        QCOMPARE(contact->lastOutbound, std::optional<qint64>((now - 1) * 1000));
    }

    void aFailedSyncKeepsItsPagesAndResumes()
    {
        auto failing = newSync();
        // After the first page is stored Graph starts refusing the list.
        connect(failing.get(), &models::ConversationSync::progress, this, [this] {
            QString error;
            m_harness->graph().setFaults(sandbox::FaultConfig::fromJson(
                {{QStringLiteral("error_rate"), QJsonObject{{QStringLiteral("200"), 1.0}}},
                 {QStringLiteral("path_contains"), QStringLiteral("conversations")}},
                &error));
        });
        QCOMPARE(run(*failing), Outcome::Failed);
        QVERIFY(failing->graphError());
        QVERIFY(!failing->errorMessage().isEmpty());
        QCOMPARE(contacts().count({}), std::optional<int>(kPageSize));
        const auto state = store::SyncStateStore(*m_database, pageId()).load();
        QVERIFY(!state->finished);
        QVERIFY(!state->resumeAfter.isEmpty());

        m_harness->graph().clearFaults();
        // Meanwhile someone wrote: the resumed sync must find them too.
        const QString writer = m_harness->psid(0, 0, 7);
        QVERIFY(m_harness->setLastInbound(writer, QDateTime::currentDateTimeUtc()));
        auto resumed = newSync();
        QCOMPARE(run(*resumed), Outcome::Finished);
        QVERIFY(resumed->summary().resumed);
        // The rest of the old walk, then one page from the top for what changed.
        QCOMPARE(resumed->summary().listRequests, (kContacts - 1) / kPageSize + 1);
        verifyStoreMatchesSandbox();
        auto after = newSync();
        QCOMPARE(run(*after), Outcome::Finished);
        QCOMPARE(after->summary().listRequests, 1);
        QVERIFY(!after->summary().resumed);
    }

    void aCancelledSyncKeepsWhatItHad()
    {
        auto sync = newSync();
        connect(sync.get(), &models::ConversationSync::progress, sync.get(),
                [&sync] { sync->cancel(); });
        QCOMPARE(run(*sync), Outcome::Cancelled);
        QCOMPARE(contacts().count({}), std::optional<int>(kPageSize));
        auto resumed = newSync();
        QCOMPARE(run(*resumed), Outcome::Finished);
        QVERIFY(resumed->summary().resumed);
        verifyStoreMatchesSandbox();
    }
};

QTEST_GUILESS_MAIN(TestConversationSync)
#include "tst_conversationsync.moc"
