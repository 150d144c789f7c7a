#include "cliharness.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace mdesk::clitest;

namespace {

// Runs one statement on the store at path (Qt Sql directly); the first column of its first
// row, or -1 when it has none or fails.
int runOnStore(const QString &path, const QString &statement, const QVariantList &values = {})
{
    int result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec() && query.next())
                result = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

// Events the journal of the store at path holds for a tx_id.
int journalEvents(const QString &path, const QString &txId)
{
    return runOnStore(path, QStringLiteral("SELECT count(*) FROM events WHERE tx_id = ?"), {txId});
}

QStringList callArguments(const QString &txId)
{
    return {
        QStringLiteral("--sandbox"), QStringLiteral("--tx-id"),        txId,
        QStringLiteral("call"),      QStringLiteral("fetch_greeting"), QStringLiteral("--input"),
        QStringLiteral("{}")};
}

} // namespace

// The CLI and the local store: Graph calls land in the event journal of the user's store
// (the app's log shows them), a damaged store is moved aside with a message on stderr, and
// `call` works when no store can be opened.
class TestCliStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callsReachTheJournalInTheDataFolder();
    void damagedStoreIsMovedAsideWithAMessage();
    void callWorksWithoutAStore();
    void eventsTheStoreRefusesAreToldOnStderr();
    void opsDoesNotOpenTheStore();
};

void TestCliStore::callsReachTheJournalInTheDataFolder()
{
    CliHarness cli;
    const CliRun run = cli.run(callArguments(QStringLiteral("tx-cli-journal")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.messages().isEmpty(), qPrintable(run.summary()));
    const QString path =
        cli.home() + QStringLiteral("/.local/share/messenger-desk/messenger-desk/store.sqlite");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-cli-journal")), 2); // started, succeeded
}

void TestCliStore::damagedStoreIsMovedAsideWithAMessage()
{
    CliHarness cli;
    const QString folder = cli.home() + QStringLiteral("/store");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/store.sqlite");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    const CliRun run = cli.run(callArguments(QStringLiteral("tx-after-damage")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.err.contains("was damaged and moved to"), qPrintable(run.summary()));
    const QStringList aside =
        QDir(folder).entryList({QStringLiteral("store.damaged-*.sqlite")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(run.err.contains(aside.first().toUtf8()));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-after-damage")), 2);
}

void TestCliStore::callWorksWithoutAStore()
{
    CliHarness cli;
    // A path below a file: no folder can be made there.
    const QString blocker = cli.home() + QStringLiteral("/not-a-folder");
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"),
                    blocker + QStringLiteral("/store.sqlite"));
    const CliRun run = cli.run(callArguments(QStringLiteral("tx-no-store")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.out.contains("user_first_name"), qPrintable(run.summary()));
    QVERIFY2(run.err.contains("local database"), qPrintable(run.summary()));
}

// The journal writes on the CLI's own connection as the run ends: a refusal then is said,
// not lost in silence, and the call's answer still stands.
void TestCliStore::eventsTheStoreRefusesAreToldOnStderr()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/refusing.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    CliRun run = cli.run(callArguments(QStringLiteral("tx-before-refusal")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-before-refusal")), 2);
    runOnStore(path, QStringLiteral("CREATE TRIGGER refuse_events BEFORE INSERT ON events BEGIN"
                                    " SELECT RAISE(FAIL, 'the test refuses events'); END"));
    QCOMPARE(runOnStore(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                             " 'refuse_events'")),
             1);

    run = cli.run(callArguments(QStringLiteral("tx-refused")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.out.contains("user_first_name"), qPrintable(run.summary()));
    QVERIFY2(run.err.contains("2 events could not be written to the local database") &&
                 run.err.contains("the test refuses events"),
             qPrintable(run.summary()));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-refused")), 0);
}

void TestCliStore::opsDoesNotOpenTheStore()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/ops-store.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    const CliRun run = cli.run({QStringLiteral("ops")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
