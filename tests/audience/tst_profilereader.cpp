// ProfileReader against LocalGraph and a real SQLite file: the Page's contacts' locale,
// timezone and gender read in batches of 50 equal what LocalGraph holds for each person,
// a person Graph does not know stays unread, and a cancelled read keeps what it stored
// while the next one reads only the rest.
#include "api/sandbox/sandboxstate.h"
#include "models/audience/profilereader.h"
#include "models/store/contactprofiles.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mdesk;
using namespace mdesk::sandboxtest;

namespace {

constexpr int kContacts = 120;
const QStringList kFields{QStringLiteral("locale"), QStringLiteral("timezone"),
                          QStringLiteral("gender")};

sandbox::LocalGraphOptions withContacts()
{
    sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
    options.contactsPerPage = kContacts;
    return options;
}

} // namespace

class TestProfileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryContactInBatchesAndStoresWhatGraphSays();
    void cancelKeepsWhatWasStoredAndTheNextReadFinishes();

private:
    QString pageId() const { return m_harness->pageId(0, 0); }
    // Every PSID of the sandbox Page's contacts, added to the store.
    QStringList addSandboxContacts()
    {
        QStringList psids;
        const QJsonArray list = m_harness->pageState().value(QStringLiteral("contacts")).toArray();
        for (const QJsonValue &value : list)
            psids.append(value.toObject().value(QStringLiteral("psid")).toString());
        store::ContactStore contacts(*m_database, pageId());
        [&] { QVERIFY(contacts.addPsids(psids, 1000)); }();
        return psids;
    }
    std::unique_ptr<models::ProfileReader> newReader()
    {
        return std::make_unique<models::ProfileReader>(&m_harness->client(), *m_database,
                                                       m_harness->on(), kFields);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<store::Database> m_database;
};

void TestProfileReader::init()
{
    m_harness = std::make_unique<SandboxHarness>(withContacts());
    m_database = std::make_unique<store::Database>(m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_database->open().ok);
}

void TestProfileReader::cleanup()
{
    m_database.reset();
    m_harness.reset();
}

void TestProfileReader::readsEveryContactInBatchesAndStoresWhatGraphSays()
{
    const QStringList psids = addSandboxContacts();
    QVERIFY(psids.size() >= kContacts);
    // A PSID the Page does not have: Graph refuses it, it stays unread.
    store::ContactStore contacts(*m_database, pageId());
    QVERIFY(contacts.addPsid(QStringLiteral("9999999999"), 1000));

    auto reader = newReader();
    QSignalSpy finished(reader.get(), &models::ProfileReader::finished);
    QSignalSpy progress(reader.get(), &models::ProfileReader::progress);
    reader->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(reader->stopReason().isEmpty(), qPrintable(reader->stopReason()));
    const int people = int(psids.size()) + 1;
    QCOMPARE(reader->requestsSent(), (people + 49) / 50);
    QCOMPARE(progress.count(), reader->requestsSent());
    QCOMPARE(reader->stored(), int(psids.size()));
    QCOMPARE(reader->failed(), 1);
    QVERIFY(!reader->firstFailure().isEmpty());

    store::ContactProfiles profiles(*m_database, pageId());
    const auto read = profiles.read();
    QVERIFY(read);
    QCOMPARE(read->size(), psids.size());
    const sandbox::SandboxState &state = m_harness->graph().state();
    for (const store::ContactProfile &profile : *read) {
        const sandbox::Person *person = state.personForPsid(profile.psid);
        QVERIFY(person);
        QCOMPARE(profile.locale, person->locale);
        QCOMPARE(profile.gender, person->gender);
        QVERIFY(profile.timezone);
        QCOMPARE(*profile.timezone, double(person->timezone));
        QVERIFY(profile.readAt);
    }
    QCOMPARE(*profiles.unread(), QStringList{QStringLiteral("9999999999")});

    // The next read asks only for the one left.
    auto again = newReader();
    QSignalSpy againFinished(again.get(), &models::ProfileReader::finished);
    again->start();
    QVERIFY(againFinished.wait(30000));
    QCOMPARE(again->requestsSent(), 1);
    QCOMPARE(again->stored(), 0);
}

void TestProfileReader::cancelKeepsWhatWasStoredAndTheNextReadFinishes()
{
    const QStringList psids = addSandboxContacts();
    auto reader = newReader();
    reader->setConcurrency(1);
    QSignalSpy finished(reader.get(), &models::ProfileReader::finished);
    connect(reader.get(), &models::ProfileReader::progress, reader.get(),
            [&reader] { reader->cancel(); });
    reader->start();
    QVERIFY(finished.wait(60000));
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(reader->wasCancelled());
    QCOMPARE(reader->stored(), 50);

    store::ContactProfiles profiles(*m_database, pageId());
    QCOMPARE(profiles.read()->size(), 50);
    QCOMPARE(*profiles.unreadCount(), int(psids.size()) - 50);

    auto rest = newReader();
    QSignalSpy restFinished(rest.get(), &models::ProfileReader::finished);
    rest->start();
    QVERIFY(restFinished.wait(60000));
    QCOMPARE(rest->stored(), int(psids.size()) - 50);
    QCOMPARE(*profiles.unreadCount(), 0);
}

QTEST_GUILESS_MAIN(TestProfileReader)
#include "tst_profilereader.moc"
