#include "cliharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// A command that opens the store, and so takes the spool in.
const QStringList kOpensTheStore{QStringLiteral("--sandbox"), QStringLiteral("audience"),
                                 QStringLiteral("list")};

QList<QByteArray> spoolLines(const QString &storePath)
{
    QFile file(storePath + QStringLiteral("-spool"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

// The CLI and the local store: Graph calls reach the event journal of the user's store (the
// app's log shows them) through the spool beside it, so a `call` never opens SQLite; the
// next process that opens the store takes them in. A damaged store is moved aside with a
// message on stderr, and `call` works when nothing can be written.
class TestCliStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callLeavesItsEventsInTheSpoolAndOpensNoStore();
    void callsReachTheJournalInTheDataFolder();
    void damagedStoreIsMovedAsideWithAMessage();
    void callWorksWithoutAStore();
    void eventsTheStoreRefusesWaitInTheSpoolAndAreTold();
    void aSpoolPastItsSizeIsTakenInByTheRunThatFindsIt();
    void runsAtOnceLoseNoEvent();
    void opsDoesNotOpenTheStore();
    void aBrokenStoreModuleIsNamedAndOtherCommandsWork();

private:
    static QString dataStore(const CliHarness &cli)
    {
        return cli.home() +
               QStringLiteral("/.local/share/messenger-desk/messenger-desk/store.sqlite");
    }
};

void TestCliStore::callLeavesItsEventsInTheSpoolAndOpensNoStore()
{
    CliHarness cli;
    const CliRun run = cli.run(callArguments(QStringLiteral("tx-cli-spool")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.messages().isEmpty(), qPrintable(run.summary()));
    const QString path = dataStore(cli);
    QVERIFY2(!QFile::exists(path), "a call opened the store");
    const QList<QByteArray> lines = spoolLines(path);
    QCOMPARE(lines.size(), 2); // started, succeeded
    for (const QByteArray &line : lines) {
        QVERIFY2(line.contains("\"transaction_id\":\"tx-cli-spool\""), line.constData());
        QVERIFY2(!line.contains("sandbox-page-token"), "a token reached the spool");
    }
}

void TestCliStore::callsReachTheJournalInTheDataFolder()
{
    CliHarness cli;
    CliRun run = cli.run(callArguments(QStringLiteral("tx-cli-journal")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.messages().isEmpty(), qPrintable(run.summary()));
    const QString path = dataStore(cli);
    QCOMPARE(journalEvents(path, QStringLiteral("tx-cli-journal")), 2); // started, succeeded
    QVERIFY(spoolLines(path).isEmpty());
    // The run that opened the store journals its own events directly.
    run = cli.run({QStringLiteral("--sandbox"), QStringLiteral("--tx-id"),
                   QStringLiteral("tx-sync"), QStringLiteral("audience"), QStringLiteral("sync")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY(journalEvents(path, QStringLiteral("tx-sync")) >= 2);
    QVERIFY(spoolLines(path).isEmpty());
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
    CliRun run = cli.run(callArguments(QStringLiteral("tx-before-damage-found")));
    QVERIFY2(run.exitCode == 0 && run.messages().isEmpty(), qPrintable(run.summary()));
    run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.err.contains("was damaged and moved to"), qPrintable(run.summary()));
    const QStringList aside =
        QDir(folder).entryList({QStringLiteral("store.damaged-*.sqlite")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(run.err.contains(aside.first().toUtf8()));
    // The spool belongs to the store, not to the damaged file: the new one takes it in.
    QCOMPARE(journalEvents(path, QStringLiteral("tx-before-damage-found")), 2);
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
    CliRun run = cli.run(callArguments(QStringLiteral("tx-no-store")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.out.contains("user_first_name"), qPrintable(run.summary()));
    QVERIFY2(run.err.contains("2 events could not be written to ") &&
                 run.err.contains("where the local database takes them from"),
             qPrintable(run.summary()));
    run = cli.run(kOpensTheStore);
    QVERIFY2(run.err.contains("local database"), qPrintable(run.summary()));
}

// A store that refuses the spool's events (a trigger raises) is said by the process that
// takes them in; they stay in the spool and go in once the store takes them.
void TestCliStore::eventsTheStoreRefusesWaitInTheSpoolAndAreTold()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/refusing.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    CliRun run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    runOnStore(path, QStringLiteral("CREATE TRIGGER refuse_events BEFORE INSERT ON events BEGIN"
                                    " SELECT RAISE(FAIL, 'the test refuses events'); END"));
    QCOMPARE(runOnStore(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                             " 'refuse_events'")),
             1);

    run = cli.run(callArguments(QStringLiteral("tx-refused")));
    QVERIFY2(run.exitCode == 0 && run.out.contains("user_first_name"), qPrintable(run.summary()));
    run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY2(run.err.contains("2 events waiting in ") &&
                 run.err.contains("they wait for the next try") &&
                 run.err.contains("the test refuses events"),
             qPrintable(run.summary()));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-refused")), 0);
    QCOMPARE(spoolLines(path).size(), 2);

    runOnStore(path, QStringLiteral("DROP TRIGGER refuse_events"));
    run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0 && run.messages().isEmpty(), qPrintable(run.summary()));
    QCOMPARE(journalEvents(path, QStringLiteral("tx-refused")), 2);
    QVERIFY(spoolLines(path).isEmpty());
}

// Scripts alone (no app, no command that opens the store): the spool does not grow without
// end, the run that finds it past 1 MB takes it in.
void TestCliStore::aSpoolPastItsSizeIsTakenInByTheRunThatFindsIt()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/scripts.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    CliRun run = cli.run(callArguments(QStringLiteral("tx-model")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    const QList<QByteArray> model = spoolLines(path);
    QCOMPARE(model.size(), 2);
    // Earlier runs' events, as they would have spooled them: new ids, one tx_id.
    QByteArray lines;
    int copies = 0;
    while (lines.size() < 1024 * 1024) {
        QJsonObject record = QJsonDocument::fromJson(model.at(copies % 2)).object();
        QJsonObject event = record.value(QStringLiteral("event")).toObject();
        event.insert(QStringLiteral("id"), QStringLiteral("earlier-%1").arg(copies));
        event.insert(QStringLiteral("transaction_id"), QStringLiteral("tx-earlier"));
        record.insert(QStringLiteral("event"), event);
        lines += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        ++copies;
    }
    {
        QFile file(path + QStringLiteral("-spool"));
        QVERIFY(file.open(QIODevice::Append));
        file.write(lines);
    }
    QVERIFY(!QFile::exists(path));

    run = cli.run(callArguments(QStringLiteral("tx-finds-it")));
    QVERIFY2(run.exitCode == 0 && run.messages().isEmpty(), qPrintable(run.summary()));
    QVERIFY(spoolLines(path).isEmpty());
    QCOMPARE(journalEvents(path, QStringLiteral("tx-model")), 2);
    QCOMPARE(journalEvents(path, QStringLiteral("tx-earlier")), copies);
    QCOMPARE(journalEvents(path, QStringLiteral("tx-finds-it")), 2);
}

// Calls in parallel with a run that takes the spool in: every event reaches the journal once.
void TestCliStore::runsAtOnceLoseNoEvent()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/busy.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    constexpr int kCalls = 6;
    QList<QProcess *> processes;
    for (int i = 0; i <= kCalls; ++i) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(cli.environment());
        process->start(CliHarness::binary(),
                       i == kCalls ? kOpensTheStore
                                   : callArguments(QStringLiteral("tx-parallel-%1").arg(i)));
        processes << process;
    }
    for (QProcess *process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
        delete process;
    }
    const CliRun run = cli.run(kOpensTheStore);
    QVERIFY2(run.exitCode == 0 && run.messages().isEmpty(), qPrintable(run.summary()));
    for (int i = 0; i < kCalls; ++i)
        QCOMPARE(journalEvents(path, QStringLiteral("tx-parallel-%1").arg(i)), 2);
}

void TestCliStore::opsDoesNotOpenTheStore()
{
    CliHarness cli;
    const QString path = cli.home() + QStringLiteral("/ops-store.sqlite");
    cli.setVariable(QStringLiteral("MESSENGER_DESK_STORE"), path);
    const CliRun run = cli.run({QStringLiteral("ops")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-spool")));
}

QTEST_GUILESS_MAIN(TestCliStore)
// The store, the audience and broadcast commands and the sandbox live in a module loaded on
// first use. One that cannot be loaded is named with the loader's reason, and the commands
// that do not need it work: a copy of the executable finds a broken file first, beside it
// where an installed one would be.
void TestCliStore::aBrokenStoreModuleIsNamedAndOtherCommandsWork()
{
    CliHarness cli;
    const QString bin = cli.home() + QStringLiteral("/bin");
    QVERIFY(QDir().mkpath(bin));
    const QString program = bin + QStringLiteral("/messenger-desk-cli");
    QVERIFY(QFile::copy(CliHarness::binary(), program));
    const QString module =
        QDir::cleanPath(bin + QLatin1Char('/') + QStringLiteral(MDESK_CLI_STORE_FROM_BINDIR));
    QVERIFY(QDir().mkpath(QFileInfo(module).path()));
    {
        QFile file(module);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shared library");
    }
    const auto run = [&cli, &program](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(program, arguments);
        process.waitForFinished(60000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    for (const QStringList &arguments :
         {kOpensTheStore, QStringList{QStringLiteral("--sandbox"), QStringLiteral("call"),
                                      QStringLiteral("fetch_greeting")}}) {
        const auto [exitCode, err] = run(arguments);
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(QStringLiteral("The store module %1 could not be loaded (")
                                  .arg(QDir::toNativeSeparators(module))) &&
                     err.contains(QStringLiteral("the local database and the sandbox cannot "
                                                 "be used")),
                 qPrintable(err));
    }
    const auto [exitCode, err] = run({QStringLiteral("ops")});
    QCOMPARE(exitCode, 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

#include "tst_cli_store.moc"
