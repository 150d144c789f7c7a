#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QString>
#include <atomic>

class QSqlDatabase;

namespace mdesk::store {

// How open() checks the file. Every start reads the header and the schema (a file that is
// not a database, or whose schema is damaged, is found at once); the full check reads every
// page and runs when IntegrityStamp says it is due, or Always.
enum class IntegrityCheck { WhenDue, Always };

// What Database::open() found. ok is false only when the store cannot be used at all (the
// folder cannot be written, a newer app's schema); the app then runs without it. A damaged
// file is not a failure: it is moved aside, a new one is made, and damagedMessage says so
// (shown in the window's message bar and on stderr).
struct OpenResult
{
    bool ok = false;
    QString error;          // why the store cannot be used (translated); empty when ok
    QString damagedMessage; // "The local database ... was damaged and moved to ..."; or empty
    QString movedTo;        // where the damaged file went; empty when nothing was moved
    int fromVersion = 0;    // PRAGMA user_version before the migrations ran
    int version = 0;        // after
};

// The local SQLite store: one file per user, shared by messenger-desk and
// messenger-desk-cli (WAL, a 10 s busy timeout, so both may write at once). Every thread
// gets its own named connection from connection(); a thread other than the one that made
// the Database calls closeThreadConnection() before it ends. Open once with open() before
// anything else; the classes of models/store take a Database & and never own it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::store::Database)

public:
    // path: the file; empty means defaultPath().
    explicit Database(const QString &path = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // $MESSENGER_DESK_STORE if set, else <AppDataLocation>/store.sqlite.
    static QString defaultPath();
    static int latestVersion();

    // Checks the file (see IntegrityCheck), moves a damaged one aside, runs the migrations.
    OpenResult open(IntegrityCheck check = IntegrityCheck::WhenDue);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // This thread's connection, opened on first use with the store's PRAGMAs. Invalid when
    // open() has not succeeded. (Callers include <QSqlDatabase> and link Qt Sql.)
    QSqlDatabase connection();
    void closeThreadConnection();

    // Whether the events_fts table exists (FTS5 compiled in when the file was made).
    bool hasFullTextSearch();

    // Runs PRAGMA integrity_check; true when SQLite answers "ok". For tests and tools.
    bool integrityCheck(QString *details = nullptr);

    // Whether SQLite reported a damaged file since open() (any file of this process: a
    // report names no file). The stamp is then cleared when this Database goes, so the next
    // start runs the full check; the CLI says so.
    bool damageSeen() const;
    // The sentence for damageSeen(), naming the file.
    QString damageSeenMessage() const;

private:
    QString connectionNameForThisThread() const;
    // damaged: set when the connection failed because the file is not a database or corrupt.
    QSqlDatabase threadConnection(QString *error, bool *damaged = nullptr);
    QSqlDatabase openConnection(const QString &name, QString *error, bool *damaged);
    static bool quickCheckFails(const QSqlDatabase &db, QString *details);
    static bool schemaCheckFails(const QSqlDatabase &db, QString *details);
    QString moveAside();
    void dropAllConnections();

    QString m_path;
    QString m_prefix;
    bool m_open = false;
    int m_damageReportsAtOpen = 0;
    std::atomic<int> m_ftsKnown = -1;
    QMutex m_mutex;
    QSet<QString> m_connectionNames;
};

} // namespace mdesk::store
