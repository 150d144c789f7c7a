// ContactStore, SyncStateStore and PsidImport on a real SQLite file: what sync, import
// and the list command rely on.
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/labelindex.h"
#include "models/store/psidimport.h"
#include "models/store/syncstatestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace mdesk::store;

namespace {

const QString kPage = QStringLiteral("1001");
const QString kOtherPage = QStringLiteral("2002");
constexpr qint64 kNow = 1'800'000'000'000; // a fixed "now" (2027-01-15)
constexpr qint64 kHour = 60 * 60 * 1000;

ConversationRecord threadOf(const QString &psid, qint64 updated, std::optional<qint64> inbound,
                            std::optional<qint64> outbound = std::nullopt)
{
    ConversationRecord record;
    record.psid = psid;
    record.name = QStringLiteral("Person %1").arg(psid);
    record.conversationId = QStringLiteral("t_") + psid;
    record.updatedTime = updated;
    record.lastInbound = inbound;
    record.lastOutbound = outbound;
    return record;
}

QStringList psidsOf(const std::optional<QList<Contact>> &contacts)
{
    QStringList psids;
    for (const Contact &contact : contacts.value_or(QList<Contact>()))
        psids.append(contact.psid);
    return psids;
}

} // namespace

class TestContactStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store.sqlite")));
        const OpenResult opened = m_database->open();
        QVERIFY2(opened.ok, qPrintable(opened.error));
    }

    void addPsidKeepsKnownPeopleAsTheyAre()
    {
        ContactStore contacts(*m_database, kPage);
        QCOMPARE(contacts.addPsid(QStringLiteral("11"), kNow), std::optional<bool>(true));
        QVERIFY(
            contacts.upsertConversation(threadOf(QStringLiteral("12"), kNow, kNow - kHour), kNow));
        QCOMPARE(contacts.addPsids(
                     {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")}, kNow + 5),
                 std::optional<int>(1));
        QCOMPARE(contacts.contact(QStringLiteral("11"))->firstSeen, std::optional<qint64>(kNow));
        // The import did not forget what sync knew.
        QCOMPARE(contacts.contact(QStringLiteral("12"))->lastInbound,
                 std::optional<qint64>(kNow - kHour));
        QCOMPARE(contacts.contact(QStringLiteral("13"))->firstSeen,
                 std::optional<qint64>(kNow + 5));
        QCOMPARE(contacts.count({}), std::optional<int>(3));
        // Pages do not see each other's people.
        QCOMPARE(ContactStore(*m_database, kOtherPage).count({}), std::optional<int>(0));
    }

    void upsertMovesTimesOnlyForward()
    {
        ContactStore contacts(*m_database, kPage);
        const QString psid = QStringLiteral("21");
        QVERIFY(contacts.upsertConversation(threadOf(psid, kNow, kNow - 2 * kHour, kNow - kHour),
                                            kNow));
        QVERIFY(contacts.setUnavailable(psid, true));
        // An answer with older times (a thread read with fewer messages) keeps the newer.
        auto older = threadOf(psid, kNow + 10, kNow - 3 * kHour, std::nullopt);
        older.name.clear();
        QVERIFY(contacts.upsertConversation(older, kNow + 10));
        auto contact = contacts.contact(psid);
        QVERIFY(contact);
        QCOMPARE(contact->lastInbound, std::optional<qint64>(kNow - 2 * kHour));
        QCOMPARE(contact->lastOutbound, std::optional<qint64>(kNow - kHour));
        QCOMPARE(contact->name, QStringLiteral("Person 21"));
        QCOMPARE(contact->updatedTime, std::optional<qint64>(kNow + 10));
        QCOMPARE(contact->firstSeen, std::optional<qint64>(kNow));
        QVERIFY(contact->unavailable); // no newer message from them
        // A newer message from the person: reachable again.
        QVERIFY(
            contacts.upsertConversation(threadOf(psid, kNow + 20, kNow, std::nullopt), kNow + 20));
        contact = contacts.contact(psid);
        QCOMPARE(contact->lastInbound, std::optional<qint64>(kNow));
        QVERIFY(!contact->unavailable);
        QCOMPARE(contacts.newestUpdatedTime(), std::optional<qint64>(kNow + 20));
    }

    void listFiltersByLabelWindowAndText()
    {
        ContactStore contacts(*m_database, kPage);
        LabelIndex labels(*m_database, kPage);
        // 31 wrote an hour ago, 32 a day and a minute ago, 33 never, 34 just now.
        QVERIFY(
            contacts.upsertConversation(threadOf(QStringLiteral("31"), kNow, kNow - kHour), kNow));
        QVERIFY(contacts.upsertConversation(
            threadOf(QStringLiteral("32"), kNow, kNow - 24 * kHour - 60000), kNow));
        QVERIFY(contacts.addPsid(QStringLiteral("33"), kNow));
        QVERIFY(contacts.upsertConversation(threadOf(QStringLiteral("34"), kNow, kNow - 1), kNow));
        QVERIFY(labels.label(QStringLiteral("900"),
                             {QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")},
                             kNow));
        QVERIFY(labels.label(QStringLiteral("901"), {QStringLiteral("31")}, kNow));

        ContactFilter all;
        QCOMPARE(psidsOf(contacts.list(all)),
                 QStringList({QStringLiteral("34"), QStringLiteral("31"), QStringLiteral("32"),
                              QStringLiteral("33")}));
        ContactFilter open;
        open.openOnly = true;
        open.nowMs = kNow;
        QCOMPARE(psidsOf(contacts.list(open)),
                 QStringList({QStringLiteral("34"), QStringLiteral("31")}));
        ContactFilter labelled;
        labelled.labelId = QStringLiteral("900");
        QCOMPARE(psidsOf(contacts.list(labelled)),
                 QStringList({QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")}));
        labelled.openOnly = true;
        labelled.nowMs = kNow;
        QCOMPARE(psidsOf(contacts.list(labelled)), QStringList({QStringLiteral("31")}));
        QCOMPARE(contacts.count(labelled), std::optional<int>(1));
        ContactFilter text;
        text.text = QStringLiteral("person 3"); // names, case-insensitive
        QCOMPARE(contacts.count(text), std::optional<int>(3));
        text.text = QStringLiteral("%"); // a wildcard character is only itself
        QCOMPARE(contacts.count(text), std::optional<int>(0));

        const auto first = contacts.contact(QStringLiteral("31"));
        QCOMPARE(first->labels, QStringList({QStringLiteral("900"), QStringLiteral("901")}));
        QVERIFY(first->windowOpen(kNow));
        QVERIFY(!contacts.contact(QStringLiteral("32"))->windowOpen(kNow));
        QVERIFY(!contacts.contact(QStringLiteral("33"))->windowOpen(kNow));
    }

    void pagedReadsCoverEveryRowOnce()
    {
        ContactStore contacts(*m_database, kPage);
        QStringList psids;
        for (int i = 0; i < 1050; ++i)
            psids.append(QString::number(100000 + i));
        QCOMPARE(contacts.addPsids(psids, kNow), std::optional<int>(1050));
        QStringList seen;
        for (int offset = 0; offset < 1100; offset += 100) {
            const auto page = contacts.list({}, offset, 100);
            QVERIFY(page);
            QCOMPARE(page->size(), qMin(100, 1050 - offset < 0 ? 0 : 1050 - offset));
            seen += psidsOf(page);
        }
        std::reverse(psids.begin(), psids.end());
        QCOMPARE(seen, psids); // by PSID, descending, when nobody wrote
        int visited = 0;
        QVERIFY(contacts.forEach({}, [&](const Contact &) { return ++visited < 10; }));
        QCOMPARE(visited, 10);
    }

    void syncStateRoundTrips()
    {
        SyncStateStore states(*m_database, kPage);
        const auto fresh = states.load();
        QVERIFY(fresh);
        QVERIFY(!fresh->newestUpdatedTime);
        QVERIFY(!fresh->finished);
        SyncState state;
        state.newestUpdatedTime = kNow;
        state.resumeAfter = QStringLiteral("cursor-1");
        QVERIFY(states.save(state));
        QCOMPARE(states.load()->resumeAfter, QStringLiteral("cursor-1"));
        state.resumeAfter.clear();
        state.finished = true;
        QVERIFY(states.save(state));
        const auto loaded = states.load();
        QCOMPARE(loaded->newestUpdatedTime, std::optional<qint64>(kNow));
        QVERIFY(loaded->resumeAfter.isEmpty());
        QVERIFY(loaded->finished);
        QVERIFY(!SyncStateStore(*m_database, kOtherPage).load()->finished);
    }

    void importIsAllOrNothingAndDropsDuplicates()
    {
        ContactStore contacts(*m_database, kPage);
        QVERIFY(contacts.addPsid(QStringLiteral("41"), kNow));
        {
            PsidImport import(*m_database, kPage);
            QVERIFY(import.begin());
            QCOMPARE(import.add(QStringLiteral("42")), std::optional<bool>(true));
            QCOMPARE(import.add(QStringLiteral("42")), std::optional<bool>(false));
            // Discarded by going out of scope: nothing lands.
        }
        QCOMPARE(contacts.count({}), std::optional<int>(1));
        PsidImport import(*m_database, kPage);
        QVERIFY(import.begin());
        for (const char *psid : {"41", "42", "43", "42"})
            QVERIFY(import.add(QString::fromLatin1(psid)));
        QCOMPARE(import.distinct(), 3);
        QCOMPARE(import.commit(kNow), std::optional<int>(2));
        QCOMPARE(contacts.count({}), std::optional<int>(3));
    }
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
