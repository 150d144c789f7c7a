#include "models/store/contactprofiles.h"
#include "models/store/database.h"
#include "models/store/integritystamp.h"
#include "models/store/schema.h"
#include "support/sqlitedamage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>

using mdesk::store::Database;
using mdesk::store::IntegrityCheck;
using mdesk::store::IntegrityStamp;
using mdesk::store::Schema;

namespace {

QStringList tableNames(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : -1;
}

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA %1").arg(name));
    return query.next() ? query.value(0).toString() : QString();
}

// A file at schema `version`, made with the migrations up to there, outside Database.
void makeFileAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw_%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Schema::migrate(db, 0, &error, version), qPrintable(error));
        if (version >= 1) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO events (tx_id, topic, occurred_at, run_id, json) VALUES "
                "('tx-old', 'mb_get_labels_succeeded', 1, 'run-0', '{\"word\":\"zebra\"}')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO contacts (page_id, psid, name) VALUES ('p1', 'u1', 'Ada')")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A store of 2,000 contacts whose pages in the middle are overwritten (the header and the
// schema stay valid), checked clean just before the damage.
void makeStoreWithCorruptPages(const QString &path)
{
    {
        Database database(path);
        QVERIFY(database.open().ok);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 2000; ++i)
            query.exec(QStringLiteral("INSERT INTO contacts (page_id, psid, name) VALUES "
                                      "('p', '%1', 'someone with a long name %1')")
                           .arg(i));
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }
    QVERIFY(!IntegrityStamp(path).isDue());
    // A leaf page of the contacts table in the middle of the file: a full check reads it,
    // reading the table's rows reads it, a start that reads the schema does not.
    const QString damaged =
        mdesk::testsupport::damageTableLeaf(path, QStringLiteral("contacts"), 3);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
}

void ageStamp(const QString &databasePath, qint64 secs)
{
    QFile stamp(IntegrityStamp(databasePath).path());
    QVERIFY(stamp.open(QIODevice::ReadWrite));
    QVERIFY(stamp.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secs),
                              QFileDevice::FileModificationTime));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFileGetsEveryTable();
    void migratesFromEachPreviousVersion_data();
    void migratesFromEachPreviousVersion();
    void pathFromEnvironment();
    void garbageFileIsMovedAsideWithAMessage();
    void corruptPagesAreMovedAsideWhenTheCheckIsDue_data();
    void corruptPagesAreMovedAsideWhenTheCheckIsDue();
    void damageSeenInUseMakesTheNextStartCheck();
    void damagedSchemaIsFoundAtEveryStart();
    void newerSchemaIsLeftAlone();
    void secondProcessStyleOpenSeesTheSameData();
    void walStaysSmallAcrossManyWrites();
    void walStaysSmallAcrossShortRuns();
};

void TestDatabase::emptyFileGetsEveryTable()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("sub/store.sqlite")));
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.fromVersion, 0);
    QCOMPARE(result.version, Database::latestVersion());
    QVERIFY(result.damagedMessage.isEmpty());
    QSqlDatabase db = database.connection();
    const QStringList tables = tableNames(db);
    for (const char *table : {"contacts", "labels", "contact_labels", "sync_state", "broadcasts",
                              "broadcast_recipients", "events", "insights", "attachments"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QVERIFY(database.hasFullTextSearch()); // Debian's SQLite has FTS5
    QCOMPARE(userVersion(db), Database::latestVersion());
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("10000"));
    QVERIFY(database.integrityCheck());
    QVERIFY(db.connectionName().contains(QStringLiteral("thread")));
}

void TestDatabase::migratesFromEachPreviousVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Database::latestVersion(); ++version)
        QTest::addRow("v%d", version) << version;
}

void TestDatabase::migratesFromEachPreviousVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    makeFileAtVersion(path, from);
    Database database(path);
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.fromVersion, from);
    QCOMPARE(userVersion(database.connection()), Database::latestVersion());
    QSqlQuery query(database.connection());
    if (from >= 1) {
        // Rows made before the migration are kept, and events made before the FTS index
        // are found by it.
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM contacts WHERE psid = 'u1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Ada"));
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'zebra'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // Migration 3: a contact made before it has no profile yet, and one can be stored.
        QVERIFY(query.exec(QStringLiteral("SELECT locale, timezone, gender, profile_read_at "
                                          "FROM contacts WHERE psid = 'u1'")));
        QVERIFY(query.next());
        for (int column = 0; column < 4; ++column)
            QVERIFY(query.value(column).isNull());
        query.finish();
        mdesk::store::ContactProfiles profiles(database, QStringLiteral("p1"));
        QCOMPARE(*profiles.unread(), QStringList{QStringLiteral("u1")});
        QCOMPARE(*profiles.save({{QStringLiteral("u1"),
                                  QStringLiteral("de_DE"),
                                  1.0,
                                  QStringLiteral("female"),
                                  {}}},
                                5000),
                 1);
        const auto read = profiles.read();
        QVERIFY(read && read->size() == 1);
        QCOMPARE(read->first().locale, QStringLiteral("de_DE"));
        QCOMPARE(read->first().timezone.value_or(-99), 1.0);
        QCOMPARE(read->first().gender, QStringLiteral("female"));
        QCOMPARE(read->first().readAt.value_or(0), qint64(5000));
        QCOMPARE(*profiles.unreadCount(), 0);
    }
    QVERIFY(database.integrityCheck());
}

void TestDatabase::pathFromEnvironment()
{
    qputenv("MESSENGER_DESK_STORE", "/tmp/somewhere/else.sqlite");
    QCOMPARE(Database::defaultPath(), QStringLiteral("/tmp/somewhere/else.sqlite"));
    qunsetenv("MESSENGER_DESK_STORE");
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/store.sqlite")));
}

void TestDatabase::garbageFileIsMovedAsideWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QByteArray garbage(8192, 'x');
    garbage.prepend("this is not a database at all ");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    Database database(path);
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.movedTo.isEmpty());
    QVERIFY2(QFileInfo(result.movedTo).fileName().startsWith(QStringLiteral("store.damaged-")),
             qPrintable(result.movedTo));
    QVERIFY(result.movedTo.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(result.damagedMessage.contains(QStringLiteral("was damaged and moved to")));
    QVERIFY(result.damagedMessage.contains(QDir::toNativeSeparators(result.movedTo)));
    // Nothing is lost: the damaged bytes are kept as they were.
    QFile moved(result.movedTo);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    QCOMPARE(userVersion(database.connection()), Database::latestVersion());
    QVERIFY(database.integrityCheck());
}

void TestDatabase::corruptPagesAreMovedAsideWhenTheCheckIsDue_data()
{
    QTest::addColumn<int>("check");
    QTest::addColumn<qint64>("stampAgeSecs"); // -1: no stamp
    QTest::newRow("always") << int(IntegrityCheck::Always) << qint64(0);
    QTest::newRow("due: the last check a day ago")
        << int(IntegrityCheck::WhenDue) << IntegrityStamp::kIntervalSecs;
    QTest::newRow("due: never checked") << int(IntegrityCheck::WhenDue) << qint64(-1);
    QTest::newRow("due: a stamp from the future")
        << int(IntegrityCheck::WhenDue) << -IntegrityStamp::kIntervalSecs;
}

void TestDatabase::corruptPagesAreMovedAsideWhenTheCheckIsDue()
{
    QFETCH(int, check);
    QFETCH(qint64, stampAgeSecs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    makeStoreWithCorruptPages(path);
    if (stampAgeSecs == -1)
        IntegrityStamp(path).clear();
    else
        ageStamp(path, stampAgeSecs);
    Database database(path);
    const auto result = database.open(IntegrityCheck(check));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(!result.movedTo.isEmpty(), "a file with corrupt pages must be moved aside");
    QVERIFY(!result.damagedMessage.isEmpty());
    QVERIFY(database.integrityCheck());
    // The new file is clean and stamped; the damaged one keeps no stamp of its own.
    QVERIFY(!IntegrityStamp(path).isDue());
    QVERIFY(!QFile::exists(IntegrityStamp(result.movedTo).path()));
}

void TestDatabase::damageSeenInUseMakesTheNextStartCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    makeStoreWithCorruptPages(path);
    {
        // Checked clean a minute ago: this start reads the header and the schema only.
        Database database(path);
        const auto result = database.open();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.movedTo.isEmpty());
        QVERIFY(!database.damageSeen());
        std::atomic<int> heard{0};
        IntegrityStamp::setDamageListener([&heard] { ++heard; });
        // Reading the damaged pages fails, and SQLite reports it.
        QSqlQuery query(database.connection());
        const bool readAll =
            query.exec(QStringLiteral("SELECT max(name), max(first_seen) FROM contacts")) &&
            query.next();
        IntegrityStamp::setDamageListener({});
        QVERIFY(!readAll);
        QVERIFY(database.damageSeen());
        QVERIFY(heard > 0);
        QVERIFY(database.damageSeenMessage().contains(QDir::toNativeSeparators(path)));
    }
    QVERIFY(IntegrityStamp(path).isDue());
    Database database(path);
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(!result.movedTo.isEmpty(), "the start after the damage was seen must check");
    QVERIFY(result.damagedMessage.contains(QStringLiteral("was damaged and moved to")));
    QVERIFY(!database.damageSeen());
}

void TestDatabase::damagedSchemaIsFoundAtEveryStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database database(path);
        QVERIFY(database.open().ok);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(!IntegrityStamp(path).isDue());
    {
        // Page 1 after its 100-byte header holds the schema's b-tree.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3000, '\xA5'));
    }
    Database database(path);
    const auto result = database.open();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(!result.movedTo.isEmpty(), "a damaged schema must be found without the full check");
    QVERIFY(database.integrityCheck());
}

void TestDatabase::newerSchemaIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    makeFileAtVersion(path, Database::latestVersion());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("n"));
    Database database(path);
    const auto result = database.open();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("newer version")), qPrintable(result.error));
    QVERIFY(result.movedTo.isEmpty());
    QVERIFY(!database.isOpen());
    QVERIFY(QFile::exists(path));
}

void TestDatabase::secondProcessStyleOpenSeesTheSameData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Database first(path);
    Database second(path);
    QVERIFY(first.open().ok);
    QVERIFY(second.open().ok);
    QSqlQuery(first.connection())
        .exec(QStringLiteral(
            "INSERT INTO labels (page_id, label_id, name) VALUES ('p', 'l', 'VIP')"));
    QSqlQuery query(second.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM labels")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("VIP"));
}

QTEST_GUILESS_MAIN(TestDatabase)
// Each process's first connection re-reads the whole WAL, and connections close without a
// checkpoint: the WAL must stay bounded (256 pages and one transaction), or every CLI start
// reads megabytes. 6 MB of rows in small transactions, as a day of events would write.
void TestDatabase::walStaysSmallAcrossManyWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database database(path);
        QVERIFY(database.open().ok);
        QSqlQuery query(database.connection());
        const QString name(2000, QLatin1Char('n'));
        for (int batch = 0; batch < 60; ++batch) {
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 50; ++i) {
                query.prepare(QStringLiteral(
                    "INSERT INTO contacts (page_id, psid, name) VALUES ('p', ?, ?)"));
                query.addBindValue(QString::number(batch * 50 + i));
                query.addBindValue(name);
                QVERIFY(query.exec());
            }
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
        }
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QVERIFY2(QFileInfo(path).size() > 5 * 1024 * 1024, "the rows must have reached the file");
    QVERIFY2(!wal.exists() || wal.size() <= 1536 * 1024,
             qPrintable(QStringLiteral("WAL of %1 bytes").arg(wal.size())));
}

void TestDatabase::walStaysSmallAcrossShortRuns()
{
    // As CLI calls use it: each run opens the store, commits a little and closes without a
    // checkpoint. Each run rebuilds the WAL's index, so SQLite's own autocheckpoint never
    // emptied the file: it grew by every run's pages, and every start read all of it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString name(2000, QLatin1Char('n'));
    qint64 largest = 0;
    for (int run = 0; run < 80; ++run) {
        {
            Database database(path);
            QVERIFY(database.open().ok);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 20; ++i) {
                query.prepare(QStringLiteral(
                    "INSERT INTO contacts (page_id, psid, name) VALUES ('p', ?, ?)"));
                query.addBindValue(QString::number(run * 20 + i));
                query.addBindValue(name);
                QVERIFY(query.exec());
            }
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
        }
        largest = std::max(largest, QFileInfo(path + QStringLiteral("-wal")).size());
    }
    // 80 runs of about 12 pages each: 4 MB without the checkpoint; with it, at most the
    // 256 pages that start one and a run's pages on top.
    QVERIFY2(largest <= (256 + 40) * 4120,
             qPrintable(QStringLiteral("WAL of %1 bytes").arg(largest)));
    Database database(path);
    QVERIFY(database.open().ok);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM contacts")) && query.next());
    QCOMPARE(query.value(0).toInt(), 80 * 20);
}

#include "tst_database.moc"
