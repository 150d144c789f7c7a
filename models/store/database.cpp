#include "database.h"

#include "integritystamp.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <sqlite3.h>

namespace mdesk::store {

namespace {

constexpr int kBusyTimeoutMs = 10000;
// The WAL is checkpointed and emptied once it holds this many pages (1 MB of 4 KB pages).
constexpr int kWalCheckpointPages = 256;

// After a commit that left the WAL at kWalCheckpointPages or more: a TRUNCATE checkpoint
// without waiting for anyone (no busy handler), which empties the WAL when no reader needs
// it and otherwise copies what it can, like SQLite's own autocheckpoint. SQLite's own one
// (PASSIVE) never empties the file: the WAL starts over only at the next write of the same
// process, and a short CLI run has none; the next process rebuilds its index from the whole
// WAL (forgetting what was copied), so the WAL grew without end, every start read all of it
// and every commit copied all of it again (issue 18, CLI vs curl).
int checkpointWhenLong(void *, sqlite3 *sqlite, const char *schema, int pages)
{
    if (pages < kWalCheckpointPages)
        return SQLITE_OK;
    sqlite3_busy_timeout(sqlite, 0);
    sqlite3_wal_checkpoint_v2(sqlite, schema, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_timeout(sqlite, kBusyTimeoutMs);
    return SQLITE_OK; // a busy checkpoint is not the commit's failure
}

// No checkpoint when a connection closes: the WAL file stays (checkpointWhenLong empties it
// as it grows), so the next process neither re-creates it nor syncs the folder. Every short
// CLI run paid 50-100 ms of fsync for that on a disk (issue 18, CLI vs curl). Safe in WAL
// mode: committed transactions are in the WAL, which every opener reads.
void tuneWal(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData())) {
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_wal_hook(sqlite, &checkpointWhenLong, nullptr);
    }
}

// SQLite's result codes for "this is not a database" and "the file is corrupt".
bool isDamageCode(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11");
}

} // namespace

Database::Database(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_prefix(QStringLiteral("mdesk_store_%1").arg(quintptr(this), 0, 16))
{
    IntegrityStamp::watchSqliteDamage();
}

Database::~Database()
{
    dropAllConnections();
    if (damageSeen())
        IntegrityStamp(m_path).clear();
}

bool Database::damageSeen() const
{
    return m_open && IntegrityStamp::damageReports() > m_damageReportsAtOpen;
}

QString Database::damageSeenMessage() const
{
    return tr("SQLite found damage in the local database %1. The next start checks the "
              "whole file and moves it aside if it is damaged.")
        .arg(QDir::toNativeSeparators(m_path));
}

int Database::latestVersion()
{
    return Schema::latestVersion();
}

QString Database::connectionNameForThisThread() const
{
    return QStringLiteral("%1_thread_%2")
        .arg(m_prefix)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::openConnection(const QString &name, QString *error, bool *damaged)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    // WAL lets the GUI and the CLI read while the other writes; NORMAL is safe in WAL
    // (a crash loses no committed-and-checkpointed data and never corrupts); the broadcast
    // journal raises it to FULL where a committed row is a promise.
    // A short WAL: each process's first connection re-reads the whole WAL to rebuild its
    // index, and connections close without a checkpoint; tuneWal() below empties it at
    // kWalCheckpointPages (its hook takes the place of SQLite's autocheckpoint).
    for (const char *pragma :
         {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA foreign_keys = ON", "PRAGMA journal_size_limit = 1048576"}) {
        if (!query.exec(QLatin1String(pragma))) {
            if (error)
                *error = query.lastError().text();
            if (damaged)
                *damaged = isDamageCode(query.lastError());
            query.finish();
            db.close();
            return db;
        }
    }
    tuneWal(db);
    return db;
}

bool Database::quickCheckFails(const QSqlDatabase &db, QString *details)
{
    QSqlQuery query(db);
    // quick_check: integrity_check without the index-content pass. It still reads every
    // page, so it runs when due (IntegrityStamp), on the connection the process goes on
    // with: a start opens one connection (and reads the schema and the WAL once), not two.
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (details)
            *details = query.lastError().text();
        return isDamageCode(query.lastError());
    }
    if (query.next() && query.value(0).toString() != QLatin1String("ok")) {
        if (details)
            *details = query.value(0).toString();
        return true;
    }
    return false;
}

bool Database::schemaCheckFails(const QSqlDatabase &db, QString *details)
{
    // Reads the header and parses the whole schema: a file that is not a database or whose
    // schema pages are damaged fails here, in well under a millisecond.
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return false;
    if (details)
        *details = query.lastError().text();
    return isDamageCode(query.lastError());
}

QString Database::moveAside()
{
    const QFileInfo info(m_path);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix();
    QString target;
    for (int n = 1;; ++n) {
        target = info.dir().filePath(QStringLiteral("%1.damaged-%2%3.%4")
                                         .arg(info.completeBaseName(), stamp,
                                              n == 1 ? QString() : QStringLiteral("-%1").arg(n),
                                              suffix));
        if (!QFile::exists(target))
            break;
    }
    if (!QFile::rename(m_path, target))
        return {};
    // The WAL and shared-memory files belong to the damaged file; keep them beside it.
    for (const char *extra : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(extra);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1String(extra));
    }
    return target;
}

OpenResult Database::open(IntegrityCheck check)
{
    OpenResult result;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = tr("The folder %1 for the local database cannot be created.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }

    const bool existed = info.exists();
    IntegrityStamp stamp(m_path);
    const bool fullCheck = existed && (check == IntegrityCheck::Always || stamp.isDue());
    QString error;
    QString details;
    bool damaged = false;
    QSqlDatabase db = threadConnection(&error, &damaged);
    if (existed && db.isOpen())
        damaged = fullCheck ? quickCheckFails(db, &details) : schemaCheckFails(db, &details);
    if (existed && damaged) {
        if (details.isEmpty())
            details = error;
        db = {};
        closeThreadConnection();
        result.movedTo = moveAside();
        if (result.movedTo.isEmpty()) {
            result.error = tr("The local database %1 is damaged and could not be moved "
                              "aside: %2")
                               .arg(QDir::toNativeSeparators(m_path), details);
            return result;
        }
        result.damagedMessage =
            tr("The local database %1 was damaged and moved to %2; a new one was created.")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(result.movedTo));
        stamp.clear();
        db = threadConnection(&error);
    }
    if (!db.isOpen()) {
        result.error = tr("The local database %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(m_path), error);
        return result;
    }

    QSqlQuery query(db);
    // IMMEDIATE: two processes starting at once migrate one after the other.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = tr("The local database %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return result;
    }
    query.exec(QStringLiteral("PRAGMA user_version"));
    result.fromVersion = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (result.fromVersion > Schema::latestVersion()) {
        query.exec(QStringLiteral("ROLLBACK"));
        result.error = tr("The local database %1 was made by a newer version of Messenger "
                          "Desk (schema %2; this version knows up to %3). It was left "
                          "unchanged.")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(result.fromVersion)
                           .arg(Schema::latestVersion());
        return result;
    }
    if (!Schema::migrate(db, result.fromVersion, &error)) {
        query.exec(QStringLiteral("ROLLBACK"));
        result.error = tr("The local database %1 could not be updated: %2")
                           .arg(QDir::toNativeSeparators(m_path), error);
        return result;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        result.error = tr("The local database %1 could not be updated: %2")
                           .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    result.version = Schema::latestVersion();
    result.ok = true;
    m_open = true;
    // Found clean, or new: the next full check is a day away.
    if (fullCheck || !existed || !result.movedTo.isEmpty())
        stamp.markClean();
    m_damageReportsAtOpen = IntegrityStamp::damageReports();
    m_ftsKnown = -1;
    return result;
}

QSqlDatabase Database::connection()
{
    if (!m_open)
        return {};
    QString error;
    QSqlDatabase db = threadConnection(&error);
    if (!db.isOpen())
        qWarning("mdesk::store: cannot open a connection: %s", qPrintable(error));
    return db;
}

QSqlDatabase Database::threadConnection(QString *error, bool *damaged)
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    return openConnection(name, error, damaged);
}

void Database::closeThreadConnection()
{
    const QString name = connectionNameForThisThread();
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.remove(name);
    }
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::dropAllConnections()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connectionNames);
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::hasFullTextSearch()
{
    if (m_ftsKnown >= 0)
        return m_ftsKnown == 1;
    QSqlQuery query(connection());
    const bool has =
        query.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'")) &&
        query.next();
    m_ftsKnown = has ? 1 : 0;
    return has;
}

bool Database::integrityCheck(QString *details)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        if (details)
            *details = query.lastError().text();
        return false;
    }
    const QString answer = query.value(0).toString();
    if (details)
        *details = answer;
    return answer == QLatin1String("ok");
}

} // namespace mdesk::store
