#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace mdesk::store {

namespace {

// Migration 1: every table of the store. Times are ms since the epoch (UTC), NULL when
// unknown; days are 'YYYY-MM-DD' Pacific days.
QStringList migration1()
{
    return {
        QStringLiteral("CREATE TABLE contacts ("
                       " page_id TEXT NOT NULL, psid TEXT NOT NULL, name TEXT,"
                       " first_seen INTEGER, last_inbound INTEGER, last_outbound INTEGER,"
                       " unavailable INTEGER NOT NULL DEFAULT 0,"
                       " blocked INTEGER NOT NULL DEFAULT 0,"
                       " conversation_id TEXT, updated_time INTEGER,"
                       " PRIMARY KEY (page_id, psid)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX contacts_last_inbound ON contacts (page_id, last_inbound)"),
        QStringLiteral("CREATE TABLE labels ("
                       " page_id TEXT NOT NULL, label_id TEXT NOT NULL, name TEXT,"
                       " PRIMARY KEY (page_id, label_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE contact_labels ("
                       " page_id TEXT NOT NULL, label_id TEXT NOT NULL, psid TEXT NOT NULL,"
                       " PRIMARY KEY (page_id, label_id, psid)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX contact_labels_psid ON contact_labels (page_id, psid)"),
        QStringLiteral("CREATE TABLE sync_state ("
                       " page_id TEXT PRIMARY KEY NOT NULL, newest_updated_time INTEGER,"
                       " resume_after TEXT, finished INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE broadcasts ("
                       " id INTEGER PRIMARY KEY, app_id TEXT, page_id TEXT, name TEXT,"
                       " message_json TEXT, audience_json TEXT, messaging_type TEXT, tag TEXT,"
                       " state TEXT NOT NULL, created INTEGER, started INTEGER,"
                       " finished INTEGER, scheduled_for INTEGER, note TEXT)"),
        QStringLiteral("CREATE TABLE broadcast_recipients ("
                       " broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id)"
                       " ON DELETE CASCADE,"
                       " psid TEXT NOT NULL, name TEXT,"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent',"
                       " 'skipped', 'failed', 'unknown')),"
                       " message_id TEXT, reason TEXT, error_json TEXT, updated INTEGER,"
                       " PRIMARY KEY (broadcast_id, psid)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX broadcast_recipients_state"
                       " ON broadcast_recipients (broadcast_id, state)"),
        QStringLiteral("CREATE TABLE events ("
                       " seq INTEGER PRIMARY KEY, event_id TEXT, tx_id TEXT, topic TEXT,"
                       " outcome TEXT, app_id TEXT, page_id TEXT, op TEXT,"
                       " occurred_at INTEGER, run_id TEXT, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX events_tx_id ON events (tx_id)"),
        QStringLiteral("CREATE INDEX events_occurred_at ON events (occurred_at)"),
        QStringLiteral("CREATE TABLE insights ("
                       " page_id TEXT NOT NULL, metric TEXT NOT NULL, period TEXT NOT NULL,"
                       " day TEXT NOT NULL, value_json TEXT, read_at INTEGER,"
                       " PRIMARY KEY (page_id, metric, period, day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE attachments ("
                       " page_id TEXT NOT NULL, source_key TEXT NOT NULL, type TEXT,"
                       " attachment_id TEXT NOT NULL, uploaded_at INTEGER NOT NULL,"
                       " PRIMARY KEY (page_id, source_key)) WITHOUT ROWID"),
    };
}

// Migration 2: full-text search over the event journal, where this SQLite has FTS5 (an
// external-content index kept by triggers; rows already in events are indexed). Without
// FTS5 nothing is made and EventJournal searches with LIKE.
QStringList migration2(bool fts5)
{
    if (!fts5)
        return {};
    return {
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5("
                       "topic, json, content='events', content_rowid='seq')"),
        QStringLiteral("CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN"
                       " INSERT INTO events_fts (rowid, topic, json)"
                       " VALUES (new.seq, new.topic, new.json); END"),
        QStringLiteral("CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN"
                       " INSERT INTO events_fts (events_fts, rowid, topic, json)"
                       " VALUES ('delete', old.seq, old.topic, old.json); END"),
        QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('rebuild')"),
    };
}

// Migration 3: what fetch_user_profile said of a contact, where the Page's feature review
// allows those fields (timezone: hours from UTC, as Graph gives it); profile_read_at is
// NULL until the profile was read, so a reader resumes where it stopped.
QStringList migration3()
{
    return {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN locale TEXT"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN timezone REAL"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN gender TEXT"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN profile_read_at INTEGER"),
    };
}

// Migration 4: events found by their id, so events taken in from the spool (EventSpool)
// twice, after a run stopped between its commit and emptying the file, are kept once.
QStringList migration4()
{
    return {QStringLiteral("CREATE INDEX events_event_id ON events (event_id)")};
}

QStringList migration(int version, bool fts5)
{
    switch (version) {
    case 1:
        return migration1();
    case 2:
        return migration2(fts5);
    case 3:
        return migration3();
    case 4:
        return migration4();
    }
    return {};
}

constexpr int kLatestVersion = 4;

} // namespace

int Schema::latestVersion()
{
    return kLatestVersion;
}

bool Schema::sqliteHasFts5(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) &&
           query.next() && query.value(0).toInt() == 1;
}

bool Schema::migrate(QSqlDatabase &db, int from, QString *error, int to)
{
    if (to < 0 || to > kLatestVersion)
        to = kLatestVersion;
    const bool fts5 = sqliteHasFts5(db);
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements = migration(version, fts5);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                if (error)
                    *error = QStringLiteral("migration %1: %2")
                                 .arg(version)
                                 .arg(query.lastError().text());
                return false;
            }
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace mdesk::store
